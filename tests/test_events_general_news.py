"""Ordinary news is not sanctions news: words that name goods or acts in one sense and
something else in everyday copy (business, sport, health, politics) code nothing, while
their weapon, trade or treaty sense still does. Each sentence is made up in wire style."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import only_event as only


@pytest.mark.parametrize("text", [
    "Vodafone sold its Spanish arm to Zegona last year.",  # a division, not arms
    "The coach conveyed his fighting spirit to the players.",  # no liquor
    "The cartel smuggled drugs to the United States.",  # narcotics are no medicines
    "Coca-Cola sold Coke to distributors in Iran.",  # a drink, not coking coal
    "The investor gave the startup a lifeline.",  # a metaphor
])
def test_everyday_senses_of_goods_words_are_no_transfer(code: Any, text: str) -> None:
    assert [(e.type, e.item and e.item.category) for e in code(text)] == []


@pytest.mark.parametrize("text, category", [
    ("A Malaysian trader sold palm oil to North Korea in 2023.", "food_agricultural"),
    ("China sold engine oil to North Korea.", "refined_petroleum"),
    ("Russia delivered oil to North Korea in March.", "crude_oil"),
    ("Germany sent two Patriot batteries to Ukraine.", "arms"),
    ("Russia supplied anti-personnel mines to Myanmar.", "arms"),
    ("Iran sent artillery rounds to Russia.", "arms"),
])
def test_the_goods_sense_is_read_from_the_whole_phrase(code: Any, text: str,
                                                       category: str) -> None:
    items = [e.item for e in code(text) if e.item is not None]
    assert [item.category for item in items] == [category]


@pytest.mark.parametrize("text", [
    "Twitter fired 3,700 workers on Friday.",
    "The airline flew a new jet to Paris.",
    "Nurses staged a strike over pay across England.",
    "Stocks staged a strong rally on Wall Street.",
    "The ruling dealt a blow to Trump's election campaign.",
    "Doctors conducted tests on the patient.",
    "Apple held the launch of its new iPhone.",
    "Every citizen has the right to vote.",
    "Samsung showed its new smartphone to reporters.",
    "Liverpool lifted the Premier League trophy.",
    "Real Madrid signed Kylian Mbappe.",
    "Arsenal snatched a late winner against Chelsea.",
    "Airbus will bear responsibility for the delays, the airline said.",
    "The minister eased the pain of farmers.",
    "Two people were killed when a truck crashed into a bus in Lagos.",
    "Three soldiers were killed in a helicopter crash.",
])
def test_everyday_senses_of_event_words_code_nothing(code: Any, text: str) -> None:
    assert [(e.type, e.trigger) for e in code(text)] == []


@pytest.mark.parametrize("text, etype", [
    ("North Korea fired two ballistic missiles into the sea on Tuesday.", "MOBILIZE"),
    ("China flew 30 fighter jets near Taiwan on Monday.", "MOBILIZE"),
    ("North Korea conducted a missile test on Tuesday.", "MOBILIZE"),
    ("Iran carried out a test of a new ballistic missile.", "MOBILIZE"),
    ("The DPRK conducted the launch of a reconnaissance satellite at the Sohae ground.",
     "MOBILIZE"),
    ("The United States lifted sanctions on Venezuela's oil sector.", "CONCEDE"),
    ("Russia and North Korea signed a strategic partnership treaty in June.", "SUPPORT"),
    ("Putin showed his limousine to Kim Jong Un at the space centre.", "CONSULT"),
    ("Two soldiers were killed in an Israeli air strike.", "ASSAULT"),
    # an amount of a measure stands for it
    ("The US imposed a new round of sanctions on Russia.", "COERCE"),
    ("Britain adopted a new package of sanctions against Russia.", "COERCE"),
])
def test_the_military_trade_and_treaty_senses_still_code(code: Any, text: str,
                                                         etype: str) -> None:
    event = only(code(text), etype)
    assert event.actor is not None and event.actor.country is not None


def test_the_weapon_fired_is_no_party_its_target_is(code: Any) -> None:
    event = only(code("China flew 30 fighter jets toward Taiwan on Monday."), "MOBILIZE")
    assert event.recipient is not None and event.recipient.country == "tw"
    event = only(code("North Korea fired two ballistic missiles into the sea."), "MOBILIZE")
    assert event.recipient is None or "missile" not in event.recipient.name.lower()


@pytest.mark.parametrize("text, etype", [
    ("Twelve people were killed in a wave of attacks across Baghdad.", "ASSAULT"),
    ("Three people were killed when a Russian drone crashed into an apartment block.",
     "ASSAULT"),
    ("Russian instructors trained North Korean soldiers, Seoul's spy agency said.", "AID"),
    ("Britain has trained 30,000 Ukrainian troops since 2022.", "AID"),
    ("Russia mobilized 300,000 men in September 2022.", "MOBILIZE"),
    ("Kim Jong Un oversaw the launch of a new ICBM on Thursday.", "MOBILIZE"),
])
def test_narrowed_rules_keep_their_real_cases(code: Any, text: str, etype: str) -> None:
    """Found in review: the accident, training, mobilisation and launch rules must not
    lose attacks, military training, call-ups and missile launches."""
    only(code(text), etype)


@pytest.mark.parametrize(("text", "etype"), [
    ("North Korea has shipped millions of rounds to Russia, officials said.", "AID"),
    # oil moved between states is trade (gold guideline 2), arms are military aid
    ("Russia regularly supplies oil to North Korea through ship-to-ship transfers, the "
     "report said.", "COOPERATE"),
])
def test_ammunition_rounds_and_ongoing_supplies_are_transfers(code: Any, text: str,
                                                              etype: str) -> None:
    event = only(code(text), etype)
    assert event.item is not None and event.item.category in ("arms", "crude_oil")
    assert event.recipient is not None and event.recipient.country in ("ru", "kp")


@pytest.mark.parametrize("text", [
    "The EU sent a new round of aid to Ukraine.",  # a round of aid is aid
    "Messi helped Inter Miami win the Leagues Cup.",  # sport, no assistance
])
def test_no_arms_from_a_round_of_aid_nor_help_from_a_goal(code: Any, text: str) -> None:
    assert not [e for e in code(text) if (e.item is not None and e.item.category == "arms")
                or (e.trigger and e.trigger.startswith("help"))]

