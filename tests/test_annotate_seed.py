"""Linking on the seed article, read from ../shared and extracted as the pipeline does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sanctionwatch.annotate import Annotated, Annotator
from sanctionwatch.extract import extract
from sanctionwatch.model import Entity, RawDocument


@pytest.fixture(scope="module")
def seed(seed_path: Path, settings: Any, nlp: Any) -> Annotated:
    raw = RawDocument(source=str(seed_path), data=seed_path.read_bytes())
    document = extract(raw, settings)
    return Annotator(settings, None, nlp=nlp).annotate(document)


def by_name(annotated: Annotated, name: str) -> Entity:
    found = [e for e in annotated.entities if e.name == name]
    assert len(found) == 1, [e.name for e in annotated.entities]
    return found[0]


def test_mentions_are_offsets_into_the_text(seed: Annotated) -> None:
    text = seed.document.text
    for entity in seed.entities:
        assert entity.mentions, entity
        for m in entity.mentions:
            assert text[m.start:m.end] == m.text


def test_misspelt_putin_and_stuttered_kim_link_to_wikidata(seed: Annotated) -> None:
    putin = seed.entity("Q7747")
    kim = seed.entity("Q56226")
    assert putin is not None and kim is not None
    assert putin.schema == kim.schema == "Person"
    assert putin.countries == ["ru"] and kim.countries == ["kp"]
    texts = {m.text for m in putin.mentions}
    assert "Vladmir Putin" in texts and "Putin" in texts
    assert "Kim Kim Jong Un" in {m.text for m in kim.mentions}


def test_kim_yo_jong_stays_herself(seed: Annotated) -> None:
    sister = by_name(seed, "Kim Yo-jong")
    kim = seed.entity("Q56226")
    assert kim is not None and sister.id != kim.id
    assert all("Yo" not in m.text for m in kim.mentions)
    assert sister.countries == ["kp"]


def test_role_title_resolves_to_the_holder_on_the_document_date(seed: Annotated) -> None:
    text = seed.document.text
    start = text.index("the Russian President\u2019s gift") + len("the ")
    entity = seed.entity_at(start, start + len("Russian President"))
    assert entity is not None and entity.id == "Q7747"


def test_states_adjectives_and_capital_metonyms(seed: Annotated) -> None:
    kp = seed.entity("Q423")
    ru = seed.entity("Q159")
    assert kp is not None and ru is not None
    assert kp.schema == "Country" and kp.countries == ["kp"]
    assert {"North Korea", "North Korean", "Pyongyang"} <= {m.text for m in kp.mentions}
    assert {"Russia", "Moscow"} <= {m.text for m in ru.mentions}


def test_products_and_events_are_not_parties(seed: Annotated) -> None:
    for entity in seed.entities:
        lowered = entity.name.lower()
        assert not any(w in lowered for w in ("aurus", "senat", "maybach", "eurasia", "forum"))
        if entity.schema == "Person":
            assert entity.kb_id is not None or " " in entity.name, entity


def test_mentions_in_a_sentence_come_in_text_order(seed: Annotated) -> None:
    text = seed.document.text
    start = text.index("Kim Yo-jong thanked")
    end = text.index(".", start) + 1
    pairs = seed.mentions_in(start, end)
    names = [e.name for _, e in pairs]
    assert names[0] == "Kim Yo-jong"
    assert "Vladimir Putin" in names and names[-1] == "Kim Jong Un"
    assert [s.start for s, _ in pairs] == sorted(s.start for s, _ in pairs)
