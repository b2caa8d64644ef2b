"""The second annotator's labels (tests/gold/events_second.jsonl) and the agreement figure.

The agreement between two annotators is the ceiling the event targets are read against, so
its labels must be valid and point at gold sentences, and its scoring must be right.
"""

from __future__ import annotations

import re

import yaml

from sanctionwatch.model import MODALITIES, PLOVER_TYPES
from tests.conftest import ROOT, shared_path
from tests.gold.agreement import SECOND, Agreement, agreement
from tests.gold.loader import EVENTS, load_event_gold, read_jsonl

CATEGORIES = set(yaml.safe_load((ROOT / "sanctionwatch" / "data" / "categories.yaml").read_text()))
COUNTRY = re.compile(r"^[a-z]{2}$")


def test_second_labels_are_valid_and_point_at_gold_rows() -> None:
    ids = {str(row["id"]) for row in read_jsonl(EVENTS)}
    rows = read_jsonl(SECOND)
    assert len({row["id"] for row in rows}) == len(rows) == 80
    for row in rows:
        assert row["id"] in ids, row["id"]
        assert row["sample"] in ("rounds 1-3", "round 4")
        for event in row["events"]:
            assert event["type"] in PLOVER_TYPES and event["modality"] in MODALITIES, row["id"]
            for key in ("actor_country", "recipient_country"):
                assert event[key] is None or COUNTRY.match(event[key]), (row["id"], key)
            if event["item"]:
                assert event["item"]["category"] in CATEGORIES, row["id"]


def test_the_first_annotator_agrees_with_itself_and_a_lost_event_costs_recall() -> None:
    shared_path("data", "news")  # the gold sentences resolve through ../shared
    sentence = next(s for s in load_event_gold() if len(s.events) == 1)
    own = [{"type": e.type, "actor_country": e.actor_country,
            "recipient_country": e.recipient_country, "modality": e.modality}
           for e in sentence.events]
    same = Agreement()
    same.add(sentence, own)
    assert same.figures()["type_f1"] == 1.0 and same.figures()["parties"] == 1.0
    none = Agreement()
    none.add(sentence, [])
    assert none.figures()["type_recall"] == 0.0 and none.figures()["parties"] is None


def test_agreement_is_read_per_sample() -> None:
    shared_path("data", "news")
    figures = agreement()
    assert figures["all"]["sentences"] == 80
    assert figures["rounds 1-3"]["sentences"] == figures["round 4"]["sentences"] == 40
