"""Who does the act of a gerund after "with": the object of a charge or a task does it
("charged a car dealer with exporting", "tasked the firm with supplying"), not the
subject that charges; a means after "with" ("hit the town with shells") is no act.

Sentences are written for these tests in news style and run through the real pipeline.
"""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize("text, actor_word", [
    ("Prosecutors in Lithuania charged a car dealer with exporting 22 luxury cars to "
     "Russia.", "dealer"),
    ("The government tasked the state oil company with supplying diesel to North Korea.",
     "company"),
])
def test_the_object_of_a_charge_does_the_gerund(code: Any, text: str,
                                                actor_word: str) -> None:
    transfers = [e for e in code(text) if e.type in ("AID", "COOPERATE")]
    assert transfers, text
    assert transfers[0].actor is not None and actor_word in (transfers[0].actor.name or "")
    assert transfers[0].recipient is not None and transfers[0].recipient.country in ("ru",
                                                                                     "kp")


def test_a_means_after_with_is_no_act(code: Any) -> None:
    assert all(e.type not in ("AID", "COOPERATE")
               for e in code("The army hit the town with artillery shells."))


@pytest.mark.parametrize("text, category", [
    ("Russia supplied military trucks to North Korea.", "arms"),
    ("Russia sent attack helicopters to Mali.", "arms"),
    ("Norway sent F-16s to Ukraine.", "arms"),
    ("The United States delivered F-16 jets to Ukraine.", "arms"),
    ("Germany delivered air defence equipment to Ukraine.", "arms"),
    # a carrier with no war word stays what it is
    ("China exported 300 trucks to North Korea.", "vehicles"),
    ("Airbus delivered 20 passenger jets to China Eastern.", "aircraft"),
])
def test_carriers_built_for_war_are_arms(code: Any, text: str, category: str) -> None:
    items = [e.item for e in code(text) if e.item is not None]
    assert items and items[0].category == category, (text, items)


def test_a_price_is_no_party(code: Any) -> None:
    """"sold it for 110 million U.S. dollars": the currency's state buys nothing."""
    sales = [e for e in code("Iran seized the tanker and sold its oil for 110 million "
                             "U.S. dollars.") if e.type == "COOPERATE"]
    assert sales and all(e.recipient is None or e.recipient.country != "us" for e in sales)


def test_a_firm_has_its_home_state_but_is_no_state(code: Any) -> None:
    """A company keeps its home state as a party, yet its rocket test is no show of force
    (an act only a state or an armed force does)."""
    assert not [e for e in code("SpaceX tested its Starship rocket on Thursday.")
                if e.type == "MOBILIZE"]
    sales = [e for e in code("Lockheed Martin delivered 12 F-35s to Poland last week.")
             if e.type in ("AID", "COOPERATE")]
    assert sales and sales[0].actor is not None and sales[0].actor.country == "us"


@pytest.mark.parametrize("text, expected", [
    # a known firm's own trade, to no one named, is business copy ...
    ("Tesla delivered 400,000 vehicles in the quarter.", None),
    ("Samsung shipped 60 million smartphones in the first quarter.", None),
    # ... but firms of two states trading goods is a transfer between them
    ("Rosneft sold crude oil to Sinopec.", ("ru", "cn")),
])
def test_firms_with_home_states(code: Any, text: str,
                                expected: tuple[str, str] | None) -> None:
    transfers = [e for e in code(text) if e.type in ("AID", "COOPERATE")]
    if expected is None:
        assert not transfers, transfers
    else:
        assert transfers and (transfers[0].actor.country if transfers[0].actor else None,
                              transfers[0].recipient.country if transfers[0].recipient
                              else None) == expected


@pytest.mark.parametrize("text, agrees", [
    ("Google promised more features, but it is not delivering them yet.", False),
    ("The Black Friday Apple deals promise to be even better than usual.", False),
    # a firm's promise to a state is an agreement to watch
    ("Huawei agreed to supply 5G equipment to Iran.", True),
])
def test_a_firms_promise_needs_a_counterpart_with_a_state(code: Any, text: str,
                                                          agrees: bool) -> None:
    assert any(e.type == "AGREE" for e in code(text)) is agrees


def test_a_detention_is_done_by_the_state_where_it_took_place(code: Any) -> None:
    """Detaining is a judicial act like arresting: "detained in Moscow" is Russia's."""
    [event] = [e for e in code("Three Americans were detained in Moscow on Friday.")
               if e.type == "COERCE"]
    assert event.actor is not None and event.actor.country == "ru"
    assert event.recipient is not None and event.recipient.country == "us"


def test_an_event_noun_that_is_goods_is_the_item(code: Any) -> None:
    """"extended a loan": the loan is both the act's noun and what is given."""
    [aid] = [e for e in code("Tokyo extended a $4.5 billion loan to Kyiv on Monday.")
             if e.type == "AID"]
    assert aid.item is not None and aid.item.category == "financial"
    assert aid.recipient is not None and aid.recipient.country == "ua"
