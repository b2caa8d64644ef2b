"""Provisions that name their goods by HS codes (hs_defines in the regime files): an item
whose HS heading is known and outside them is not covered, whatever its category."""

from __future__ import annotations

from typing import Any

import pytest

from sanctionwatch.annotate import Annotated
from sanctionwatch.model import Document, Event, Item, Party, Span
from sanctionwatch.rules import RuleEngine


@pytest.fixture(scope="module")
def engine(settings: Any) -> RuleEngine:
    return RuleEngine(settings)


def provisions(engine: RuleEngine, item: Item, sup: str, rec: str) -> set[str]:
    doc = Document(id="d", source="t", text="(text)", published="2024-03-01")
    ev = Event(id="ev-1", type="AID", actor=Party(name="a", country=sup),
               recipient=Party(name="b", country=rec), modality="asserted",
               date="2024-02-20", sources=["Reuters"], evidence=Span(0, 6, "(text)"),
               item=item)
    return {f"{b.instrument} {b.provision}" for f in engine.apply(
        Annotated(document=doc, doc=None, entities=[]), [ev]) for b in f.legal_basis}


def test_transport_vehicles_are_hs_86_89_not_the_vehicles_category(engine: RuleEngine) -> None:
    assert "UNSCR 2397 (2017) OP7" in provisions(
        engine, Item(text="trucks", category="vehicles", hs="8704"), "ru", "kp")
    assert provisions(engine, Item(text="tyres", category="vehicles", hs="4011"),
                      "ru", "kp") == set()


def test_food_from_the_dprk_is_hs_07_08_12_only(engine: RuleEngine) -> None:
    assert "UNSCR 2397 (2017) OP6" in provisions(
        engine, Item(text="dried fruit", category="food_agricultural", hs="08"), "kp", "cn")
    assert provisions(engine, Item(text="rice", category="food_agricultural", hs="1006"),
                      "kp", "cn") == set()
    # no HS code known: the category still decides
    assert "UNSCR 2397 (2017) OP6" in provisions(
        engine, Item(text="food", category="food_agricultural", hs=None), "kp", "cn")


def test_natural_gas_is_not_a_natural_gas_liquid(engine: RuleEngine) -> None:
    """2375 OP13 bans condensates and natural gas liquids (propane, butanes: HS
    2711.12-2711.19), not natural gas, which shares the heading 2711."""
    assert provisions(engine, Item(text="LNG", category="natural_gas", hs="2711"),
                      "ru", "kp") == set()
    assert "UNSCR 2375 (2017) OP13" in provisions(
        engine, Item(text="propane", category="condensates_ngl", hs="271112"), "ru", "kp")
    assert "UNSCR 2375 (2017) OP13" in provisions(
        engine, Item(text="gas condensate", category="condensates_ngl", hs=None), "ru", "kp")
