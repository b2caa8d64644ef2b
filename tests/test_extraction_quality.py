"""Extraction quality on 181 real pages may not fall below the floors pinned in
``benchmarks/extraction_floors.json`` (as trafilatura gates its own score in CI)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import shared_path

FLOORS = Path(__file__).resolve().parent.parent / "benchmarks" / "extraction_floors.json"


@pytest.fixture(scope="module")
def figures() -> dict[str, Any]:
    shared_path("data", "extraction", "aeb", "ground-truth.json")
    from benchmarks.extraction import measure

    return measure(repeat=1)


@pytest.fixture(scope="module")
def floors() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(FLOORS.read_text(encoding="utf-8"))
    return data


def test_metric_reproduces_published_trafilatura_score(
        figures: dict[str, Any], floors: dict[str, Any]) -> None:
    ref = floors["metric_reference"]
    got = figures["reference"]["trafilatura_published"]["all"]["f1"]
    assert abs(got - ref["trafilatura_published_f1"]) <= ref["tolerance"], got


@pytest.mark.parametrize("mode", ["html", "text"])
def test_body_scores_at_or_above_floors(
        figures: dict[str, Any], floors: dict[str, Any], mode: str) -> None:
    body, floor = figures[mode]["body"], floors[mode]
    assert body["all"]["f1"] >= floor["f1_all"], body["all"]
    assert body["held-out"]["f1"] >= floor["f1_held_out"], body["held-out"]
    assert body["all"]["precision"] >= floor["precision_all"], body["all"]
    assert body["all"]["recall"] >= floor["recall_all"], body["all"]
    assert len(figures[mode]["failures"]) <= floor["max_failures"], figures[mode]["failures"]


@pytest.mark.parametrize("mode", ["html", "text"])
def test_title_and_date_accuracy_at_or_above_floors(
        figures: dict[str, Any], floors: dict[str, Any], mode: str) -> None:
    result, floor = figures[mode], floors[mode]

    def rate(key: str) -> float:
        a = result[key]
        return float(a["right"]) / a["total"] if a["total"] else 0.0

    assert rate("title") >= floor["title_accuracy"], result["title"]
    assert rate("date_url") >= floor["date_url_accuracy"], result["date_url"]
    assert rate("date_markup") >= floor["date_markup_accuracy"], result["date_markup"]


def test_text_cleaner_beats_keeping_everything(
        figures: dict[str, Any], floors: dict[str, Any]) -> None:
    baseline = figures["reference"]["keep_everything"]["all"]["f1"]
    cleaned = figures["text"]["body"]["all"]["f1"]
    assert cleaned - baseline >= floors["text"]["min_gain_over_keep_everything"]


def test_clean_wire_copy_passes_whole(figures: dict[str, Any], floors: dict[str, Any]) -> None:
    if "kcna" not in figures:
        pytest.skip("needs ../shared/data/news/kcna")
    got, floor = figures["kcna"], floors["kcna"]
    assert got["kept_share"] >= floor["kept_share"], got
    assert got["dateline_share"] >= floor["dateline_share"], got
    assert got["wire_share"] >= floor["wire_share"], got
    assert got["failures"] <= floor["max_failures"], got
