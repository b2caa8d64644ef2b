"""Transfer and commerce typing on general news (gold guidelines 2, 3, 6, 10; clar. 12, 24).

Trade or gift: a plain transfer verb moving goods of a trade category between two states is
trade (COOPERATE), while arms, aid and gifts are AID and a province's goods sent to its own
farms stay a domestic gift. Restrictions of trade and aid code as COERCE or SANCTION. Firms'
business copy, trade figures and permits code nothing.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import only_event


def _summary(events: list[Any]) -> list[tuple[Any, ...]]:
    return [(e.type, e.actor.country if e.actor else None,
             e.recipient.country if e.recipient else None, e.modality) for e in events]


def _assert_sides(events: list[Any], etype: str, actor: str, recipient: str) -> None:
    """The one event of ``etype`` goes from ``actor``'s state to ``recipient``'s."""
    event = only_event(events, etype)
    assert (event.actor.country, event.recipient.country) == (actor, recipient), \
        _summary(events)


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), [
    ("Russia shipped diesel to North Korea in March.", "COOPERATE", "ru", "kp"),
    ("Iraq delivered 300,000 barrels of crude oil to Jordan last week.", "COOPERATE", "iq",
     "jo"),
    ("Hundreds of North Korean labourers were dispatched to China last year.", "COOPERATE",
     "kp", "cn"),
    ("The US delivered Abrams tanks to Ukraine on Monday.", "AID", "us", "ua"),
    ("Japan sent rice to Madagascar as humanitarian aid on Tuesday.", "AID", "jp", "mg"),
    ("France sold Rafale fighter jets to India in 2016.", "AID", "fr", "in"),
])
def test_plain_transfers_are_trade_unless_arms_or_aid(
        code: Any, text: str, etype: str, actor: str, recipient: str) -> None:
    _assert_sides(code(text, published="2024-03-14"), etype, actor, recipient)


def test_diesel_sent_as_a_gift_stays_aid(code: Any) -> None:
    events = code("China sent 5,000 tonnes of diesel to Laos as a gift on Friday.")
    assert [e.type for e in events] == ["AID"], _summary(events)


def test_goods_sent_to_a_person_are_a_gift(code: Any) -> None:
    events = code("Kim Jong Un sent a limousine to Vladimir Putin in June.")
    assert [e.type for e in events] == ["AID"], _summary(events)


def test_a_car_told_as_a_gift_elsewhere_in_the_story_is_one_gift(code: Any) -> None:
    events = code("North Korea sent a car to Russia in March. Kim Jong Un sent the car to "
                  "Russia as a gift.")
    assert [e.type for e in events] == ["AID"], _summary(events)


def test_machinery_sent_within_one_state_stays_a_domestic_gift(code: Any) -> None:
    text = ("Pyongyang, October 3 (KCNA) -- South Hamgyong Province sent tractors and "
            "threshers to farms in the province.")
    events = code(text, published="2024-10-03", wire=("KCNA",))
    assert [e.type for e in events] == ["AID"], _summary(events)


def test_a_promised_trade_is_agree_planned(code: Any) -> None:
    events = code("Azerbaijan will ship natural gas to Hungary from next year.")
    event = only_event(events, "AGREE")
    assert event.modality == "planned"


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), [
    ("South Korea halted imports of Japanese fishery products on Monday.", "COERCE", "kr",
     "jp"),
    ("Beijing restricted exports of rare earths to the United States last month.", "COERCE",
     "cn", "us"),
    ("Finland closed all its border crossings with Russia on Thursday.", "SANCTION", "fi",
     "ru"),
    ("Germany stopped aid to Niger after the coup.", "SANCTION", "de", "ne"),
    ("Canada suspended arms export licences to Turkey on Monday.", "SANCTION", "ca", "tr"),
    ("Niger's junta ordered the French ambassador to leave the country on Friday.",
     "COERCE", "ne", "fr"),
    ("Washington banned imports of cotton from Uzbekistan in 2019.", "COERCE", "us", "uz"),
])
def test_restrictions_of_trade_and_aid_code(
        code: Any, text: str, etype: str, actor: str, recipient: str) -> None:
    _assert_sides(code(text, published="2024-03-14"), etype, actor, recipient)


def test_a_vessel_boarded_by_a_coast_guard_is_coercion(code: Any) -> None:
    events = code("The Philippine coast guard boarded a Chinese trawler near the shoal.")
    event = only_event(events, "COERCE")
    assert (event.actor.country, event.recipient.country) == ("ph", "cn")


@pytest.mark.parametrize("text", [
    "Toyota shipped 2 million cars last year.",
    "Apple delivered its new laptops to customers in Britain on Friday.",
    "FedEx delivered a record number of packages in December.",
    "Chile's copper exports fell 12 percent in the first half.",
    "Japan imports most of its crude oil from the Middle East.",
    "The cabinet approved export licences for drones worth 2 billion euros.",
    "Lawmakers passed a bill that permits the sale of fighter jets to allies.",
    "Shares jumped after the firm signed a deal to supply batteries to Ford.",
    "Passengers boarded the ferry to Busan on Monday.",
])
def test_business_copy_figures_and_permits_code_nothing(code: Any, text: str) -> None:
    assert _summary(code(text)) == []
