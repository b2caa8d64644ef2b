"""Event coding on the seed article, read from ../shared and run through extract + annotate."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sanctionwatch.annotate import Annotated, Annotator
from sanctionwatch.events import code_events
from sanctionwatch.extract import extract
from sanctionwatch.model import Event, RawDocument


@pytest.fixture(scope="module")
def seed(seed_path: Path, settings: Any, nlp: Any) -> tuple[Annotated, list[Event]]:
    raw = RawDocument(source=str(seed_path), data=seed_path.read_bytes())
    annotated = Annotator(settings, None, nlp=nlp).annotate(extract(raw, settings))
    return annotated, code_events(annotated)


def countries(event: Event) -> tuple[str | None, str | None]:
    return (event.actor.country if event.actor else None,
            event.recipient.country if event.recipient else None)


def test_the_gift_is_one_reported_aid_event_with_its_item_date_and_sources(
        seed: tuple[Annotated, list[Event]]) -> None:
    _, events = seed
    gifts = [e for e in events if e.type == "AID" and e.item is not None
             and e.item.category == "vehicles" and e.modality not in ("hypothetical",)
             and e.actor is not None]
    assert len(gifts) == 1, [(e.type, e.evidence.text) for e in events]
    gift = gifts[0]
    assert countries(gift) == ("ru", "kp")
    assert gift.actor is not None and gift.actor.entity == "Q7747"
    assert gift.recipient is not None and gift.recipient.entity == "Q56226"
    assert gift.item is not None and gift.item.hs == "8703" and "car" in gift.item.text
    assert gift.date == "2024-02" and gift.date_precision == "month"
    assert gift.modality == "reported"
    assert gift.sources == ["ANI", "Yonhap News Agency", "KCNA"]
    assert gift.cameo == "070"


def test_vehicles_used_in_breach_of_sanctions_were_supplied_by_someone(
        seed: tuple[Annotated, list[Event]]) -> None:
    """'Kim Jong Un has made public appearances in various vehicles ..., violating
    international sanctions': the vehicles reached him from an unknown supplier."""
    _, events = seed
    unknown = [e for e in events if e.type == "AID" and e.actor is None]
    assert len(unknown) == 1, [(e.type, e.actor, e.evidence.text) for e in events]
    event = unknown[0]
    assert event.recipient is not None and event.recipient.entity == "Q56226"
    assert event.recipient.country == "kp"
    assert event.item is not None and event.item.category == "vehicles"
    assert event.item.hs == "8703" and "vehicles" in event.item.text
    assert event.modality == "reported"


def test_evidence_is_the_sentence_in_the_text(seed: tuple[Annotated, list[Event]]) -> None:
    annotated, events = seed
    text = annotated.document.text
    assert events
    for event in events:
        ev = event.evidence
        assert text[ev.start:ev.end] == ev.text and "\n" not in ev.text
        assert event.trigger and event.trigger in ev.text


def test_the_limousine_showing_is_a_meeting_dated_september_2023(
        seed: tuple[Annotated, list[Event]]) -> None:
    _, events = seed
    shows = [e for e in events if e.date == "2023-09"]
    assert [e.type for e in shows] == ["CONSULT"]
    assert countries(shows[0]) == ("ru", "kp") and shows[0].item is None


def test_delegations_leaving_for_russia_are_a_visit(
        seed: tuple[Annotated, list[Event]]) -> None:
    _, events = seed
    visits = [e for e in events if e.type == "CONSULT" and e.mode == "visit"]
    assert any(countries(e) == ("kp", "ru") for e in visits), visits


def test_unknown_whether_sentence_gives_nothing_but_a_hypothetical(
        seed: tuple[Annotated, list[Event]]) -> None:
    annotated, events = seed
    text = annotated.document.text
    start = text.index("It is not known whether")
    end = text.index(".", start)
    inside = [e for e in events if e.evidence.start <= start < e.evidence.end
              or start <= e.evidence.start < end]
    assert all(e.modality == "hypothetical" for e in inside), inside


def test_events_serialise_to_the_contract(seed: tuple[Annotated, list[Event]],
                                          contract_validator: Any) -> None:
    from sanctionwatch.model import Analysis

    annotated, events = seed
    analysis = Analysis(document=annotated.document, entities=annotated.entities,
                        events=events)
    errors = list(contract_validator.iter_errors(analysis.to_dict()))
    assert errors == []
