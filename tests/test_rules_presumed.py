"""A target-state party that rests only on the outlet's default (sanctionwatch.rules.engine).

The target's own state media report other states' wars at length; event coding credits a
party named by a bare common noun ("The army") to the outlet's state. Such a party is no
evidence that goods reached the target, nor of an activity with it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from sanctionwatch.annotate import Annotated
from sanctionwatch.model import Document, Entity, Event, Item, Party, Span
from sanctionwatch.rules import RuleEngine

BOMB = Item(text="GBU-39, a GPS guided bomb", category="arms", hs="9306")
TEXT = "The army dropped GBU-39, a GPS guided bomb, offered by the U.S."


@pytest.fixture(scope="module")
def engine(settings: Any) -> RuleEngine:
    return RuleEngine(settings)


def annotated() -> Annotated:
    doc = Document(id="d", source="t", text=TEXT, published="2024-05-27")
    return Annotated(document=doc, doc=None, entities=[])


def supply(recipient: str = "The army", sources: tuple[str, ...] = ("KCNA",)) -> Event:
    return Event(id="ev-1", type="AID", actor=Party(name="the U.S.", country="us"),
                 recipient=Party(name=recipient, country="kp"), modality="asserted",
                 date="2024-05-26", sources=list(sources), context=["military"],
                 evidence=Span(0, len(TEXT), TEXT), item=BOMB, trigger="offered")


def test_a_common_noun_in_the_targets_own_media_is_no_target_party(engine: RuleEngine) -> None:
    assert engine.apply(annotated(), [supply()]) == []
    [explained] = engine.explain(annotated(), [supply()])
    assert any("only by default" in (t.failed or "") for t in explained.near_misses)


@pytest.mark.parametrize("change", [
    {"recipient": "the Korean People's Army"},  # named, not a bare common noun
    {"sources": ("Yonhap News Agency", "KCNA")},  # told by a foreign outlet too
])
def test_a_named_party_or_another_outlet_still_counts(engine: RuleEngine,
                                                      change: dict[str, Any]) -> None:
    [f] = engine.apply(annotated(), [supply(**change)])
    assert f.regime == "un-dprk" and f.recipient_country == "kp"


def test_the_sentence_naming_the_target_keeps_the_party(engine: RuleEngine) -> None:
    text = "The army of North Korea received bombs offered by the U.S."
    ev = replace(supply(), evidence=Span(0, len(text), text))
    doc = Document(id="d", source="t", text=text, published="2024-05-27")
    korea = Entity(id="Q423", name="North Korea", schema="Country", countries=["kp"],
                   mentions=[Span(12, 23, "North Korea")])
    found = engine.apply(Annotated(document=doc, doc=None, entities=[korea]), [ev])
    assert [f.recipient_country for f in found] == ["kp"]
