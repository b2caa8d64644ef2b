"""The event benchmark's pairing of expected and predicted events (benchmarks/events_eval)."""

from __future__ import annotations

from types import SimpleNamespace

from benchmarks.events_eval import match_events, tells
from sanctionwatch.model import Event, Party, Span
from tests.gold.loader import GoldEvent


def gold_aid(actor: str, recipient: str) -> GoldEvent:
    return GoldEvent(type="AID", actor=None, actor_country=actor, recipient=None,
                     recipient_country=recipient, modality="asserted", item_text=None,
                     item_category=None, item_hs=None, date=None)


def coded_aid(actor: str, recipient: str) -> Event:
    return Event(id="", type="AID", actor=Party(country=actor),
                 recipient=Party(country=recipient), modality="asserted", date=None,
                 sources=[], evidence=Span(0, 1, "x"))


def test_two_events_of_one_type_pair_by_agreement_not_order() -> None:
    """"A gave X to B; C gave Y to D" coded in the other order: each expected gift is
    scored against the coded gift it describes, not the first of its type."""
    gold = SimpleNamespace(events=(gold_aid("ru", "kp"), gold_aid("cn", "kp")))
    coded = [coded_aid("cn", "kp"), coded_aid("ru", "kp")]
    pairs = match_events(gold, coded)
    assert [(g.actor_country, m.actor.country if m and m.actor else None)
            for g, m in pairs] == [("ru", "ru"), ("cn", "cn")]


def test_an_expected_event_without_a_coded_one_of_its_type_is_unpaired() -> None:
    gold = SimpleNamespace(events=(gold_aid("ru", "kp"),))
    assert match_events(gold, []) == [(gold.events[0], None)]


def test_an_event_is_told_in_its_evidence_and_in_each_restatement() -> None:
    """In-document scoring: a sentence whose telling merged into a better one elsewhere
    in the item is scored on that merged event, not counted as a miss."""
    event = coded_aid("ru", "kp")
    event.evidence = Span(100, 150, "better telling")
    event.restatements = [Span(10, 40, "vaguer telling")]
    assert tells(event, 100, 150) and tells(event, 0, 45)
    assert not tells(event, 50, 90)
