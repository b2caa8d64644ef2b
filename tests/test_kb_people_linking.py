"""Heads of state and government of any state are known: named in full or by their office,
they act for their state, and the office resolves to whoever held it on the document's date."""

from __future__ import annotations

from typing import Any

import pytest

from sanctionwatch.annotate import Annotator
from sanctionwatch.model import Document, Entity


@pytest.fixture(scope="module")
def annotator(settings: Any, nlp: Any) -> Annotator:
    return Annotator(settings, None, nlp=nlp)


def _entity(annotator: Annotator, text: str, date: str, phrase: str) -> Entity | None:
    result = annotator.annotate(Document(id="t", source="t", text=text, published=date))
    start = text.index(phrase)
    return result.entity_at(start, start + len(phrase))


@pytest.mark.parametrize(("text", "date", "phrase", "holder"), [
    ("The Kenyan President opened the new port.", "2020-05-01", "Kenyan President",
     "Uhuru Kenyatta"),
    ("The Kenyan President opened the new port.", "2023-05-01", "Kenyan President",
     "William Ruto"),
    ("Malawi's President signed the loan agreement.", "2021-02-01", "Malawi's President",
     "Lazarus Chakwera"),
    ("The Japanese Prime Minister arrived in Riyadh.", "2019-03-01", "Japanese Prime Minister",
     "Shinzo Abe"),
    ("Saudi Arabia's crown prince received the delegation.", "2024-03-01",
     "Saudi Arabia's crown prince", "Mohammed bin Salman"),
    ("The British Queen met the Spanish King in London.", "2019-06-01", "British Queen",
     "Elizabeth II"),
    ("The British Queen met the Spanish King in London.", "2019-06-01", "Spanish King",
     "Felipe VI"),
    ("Britain's King hosted the state banquet.", "2023-12-01", "Britain's King", "Charles III"),
    ("The Belarusian leader flew to Moscow for talks.", "2022-03-01", "Belarusian leader",
     "Alexander Lukashenko"),
    ("The Cuban leader flew to Moscow for talks.", "2019-03-01", "Cuban leader", "Raul Castro"),
    ("The Cuban leader flew to Moscow for talks.", "2022-03-01", "Cuban leader",
     "Miguel Diaz-Canel"),
    ("The Turkish Foreign Minister flew to Moscow for talks.", "2022-03-01",
     "Turkish Foreign Minister", "Mevlut Cavusoglu"),
    ("The Turkish Foreign Minister flew to Moscow for talks.", "2024-03-01",
     "Turkish Foreign Minister", "Hakan Fidan"),
])
def test_an_office_resolves_to_its_holder_on_the_date(
        annotator: Annotator, text: str, date: str, phrase: str, holder: str) -> None:
    entity = _entity(annotator, text, date, phrase)
    assert entity is not None and entity.name == holder


@pytest.mark.parametrize(("text", "name", "state"), [
    ("Lazarus Chakwera signed the loan agreement with the bank.", "Lazarus Chakwera", "mw"),
    ("Nayib Bukele announced the purchase on Monday.", "Nayib Bukele", "sv"),
    ("Shavkat Mirziyoyev received the delegation in Tashkent.", "Shavkat Mirziyoyev", "uz"),
    ("Andres Manuel Lopez Obrador criticised the measures.", "Andres Manuel Lopez Obrador",
     "mx"),
])
def test_a_leader_named_in_full_acts_for_his_state(
        annotator: Annotator, text: str, name: str, state: str) -> None:
    entity = _entity(annotator, text, "2021-06-01", name)
    assert entity is not None and entity.schema == "Person"
    assert state in entity.countries


def test_a_leader_s_surname_alone_is_the_leader_named_before(annotator: Annotator) -> None:
    text = ("Kenyan President William Ruto flew in on Monday. "
            "Ruto said the deal would create jobs.")
    entity = _entity(annotator, text, "2023-10-01", "William Ruto")
    assert entity is not None
    assert [m.text for m in entity.mentions] == ["William Ruto", "Ruto"]


def test_a_surname_that_is_a_common_word_is_not_taken_alone(annotator: Annotator) -> None:
    text = "Theresa May met Angela Merkel in Berlin in May 2018. May said the talks went well."
    entity = _entity(annotator, text, "2018-05-20", "Theresa May")
    assert entity is not None and entity.countries == ["gb"]
    assert [m.text for m in entity.mentions] == ["Theresa May"]
