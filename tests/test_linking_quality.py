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
    assert {r["split"] for r in rows} == {"dev", "heldout"}
    for item in gold:
        text = item_text(item.file, item.item)
        for r in item.rows:
            assert span_hash(text[r["start"]:r["end"]]) == r["sha1"], r


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_linking_meets_the_floors(split: str, settings: Any, nlp: Any) -> None:
    shared_path("data", "news", "kcna")
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))[split]
    scores = evaluate(Annotator(settings, None, nlp=nlp), load_gold(GOLD, split))
    assert scores.precision >= floors["precision"], scores.errors
    assert scores.recall >= floors["recall"], scores.errors
    assert scores.unknown_found / scores.gold_unknown >= floors["unknown_people_recall"]
    assert scores.false_people <= floors["max_false_people"], scores.errors
