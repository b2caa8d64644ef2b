"""Linking quality on the hand-labelled gold set, gated against the pinned floors."""

from __future__ import annotations

import json
from typing import Any

import pytest

from benchmarks.linking import FLOORS, GOLD, evaluate, item_text, load_gold, span_hash
from sanctionwatch.annotate import Annotator
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def gold() -> Any:
    shared_path("data", "news", "kcna")
    return load_gold(GOLD)


def test_gold_pointers_still_point_at_their_text(gold: Any) -> None:
    rows = [r for item in gold for r in item.rows]
    assert len([r for r in rows if r["expected"]]) >= 100
    for item in gold:
        text = item_text(item.file, item.item)
        for r in item.rows:
            assert span_hash(text[r["start"]:r["end"]]) == r["sha1"], r


def test_linking_meets_the_floors(gold: Any, settings: Any, nlp: Any) -> None:
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    scores = evaluate(Annotator(settings, None, nlp=nlp), gold)
    assert scores.precision >= floors["precision"], scores.errors
    assert scores.recall >= floors["recall"], scores.errors
    assert scores.unknown_found / scores.gold_unknown >= floors["unknown_people_recall"]
    assert scores.false_people <= floors["max_false_people"], scores.errors
