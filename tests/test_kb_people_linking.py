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


@pytest.mark.parametrize("text", [
    "India and Pakistan traded fire on the border. Singh said the army was ready.",
    "Britain imposed new sanctions on Russia. Hunt said the measures would bite.",
])
def test_a_bare_surname_never_named_in_full_links_no_one(annotator: Annotator, text: str) -> None:
    """The one KB person called Singh or Hunt is not whoever the story calls so: news names
    a person in full before the surname alone, so the surname needs the full name."""
    result = annotator.annotate(Document(id="t", source="t", text=text, published="2024-06-01"))
    assert not [e for e in result.entities if e.schema == "Person" and e.kb_id], result.entities


def test_a_surname_shared_with_an_unknown_person_links_neither(annotator: Annotator) -> None:
    text = "Manmohan Singh met Rajnath Singh in Delhi. Singh said India would respond."
    entity = _entity(annotator, text, "2024-06-01", "Rajnath Singh")
    assert entity is not None and [m.text for m in entity.mentions] == ["Rajnath Singh"]


def test_a_common_surname_needs_the_full_name_before_it(annotator: Annotator) -> None:
    """``bare_surname: false`` (Johnson): a headline's bare surname before the full name is
    not taken; after it, the surname is the person."""
    text = ("Johnson quits. Former Prime Minister Boris Johnson said he would leave. "
            "Johnson said so again.")
    entity = _entity(annotator, text, "2023-06-10", "Boris Johnson")
    assert entity is not None and [m.text for m in entity.mentions] == ["Boris Johnson",
                                                                         "Johnson"]
    assert entity.mentions[1].start == text.rindex("Johnson")


def test_a_role_title_before_a_surname_names_the_holder(annotator: Annotator) -> None:
    text = "President Biden met Prime Minister Modi in Washington."
    result = annotator.annotate(Document(id="t", source="t", text=text, published="2023-06-22"))
    linked = {m.text: e.name for e in result.entities if e.kb_id for m in e.mentions}
    assert linked == {"Biden": "Joe Biden", "Modi": "Narendra Modi"}


@pytest.mark.parametrize(("text", "date", "surname", "holder"), [
    ("Erdogan said Turkey would not join the sanctions.", "2023-01-10", "Erdogan",
     "Recep Tayyip Erdogan"),
    ("Lukashenko met the visiting delegation.", "2024-03-01", "Lukashenko",
     "Alexander Lukashenko"),
])
def test_a_sitting_leader_is_named_by_surname_alone(annotator: Annotator, text: str, date: str,
                                                     surname: str, holder: str) -> None:
    """News names a head of state or government in office by surname alone, even in a story
    that never gives the full name; a minister ("Singh", "Hunt" above) is not named so."""
    entity = _entity(annotator, text, date, surname)
    assert entity is not None and entity.name == holder


def test_a_leader_s_surname_out_of_office_is_no_one(annotator: Annotator) -> None:
    text = "Lukashenko met the visiting delegation."
    assert _entity(annotator, text, "1990-03-01", "Lukashenko") is None


@pytest.mark.parametrize("text", [
    "Cruz criticized the Biden administration over the border.",  # Cuba's prime minister
    "Mason criticized the referee after the match.",  # a former Barbados president
    "Wong said the company would expand into Europe.",  # Singapore's prime minister
    "Ahmed said the shop had been closed for a week.",  # Abiy Ahmed, named by "Abiy"
])
def test_a_common_surname_alone_is_no_sitting_leader(annotator: Annotator, text: str) -> None:
    """A sitting leader is named by surname alone in news, but not when that surname is
    common across the world: the story must name the leader first."""
    surname = text.split()[0]
    entity = _entity(annotator, text, "2024-06-01", surname)
    assert entity is None or not entity.kb_id, entity


def test_a_surname_that_names_a_state_is_the_state(annotator: Annotator) -> None:
    """Portugal's prime minister is Luis Montenegro; "Montenegro condemned" is the state."""
    entity = _entity(annotator, "Montenegro condemned the attack on Monday.", "2024-06-01",
                     "Montenegro")
    assert entity is not None and entity.schema == "Country" and entity.countries == ["me"]


def test_a_leader_known_by_the_name_he_goes_by_links_by_it(annotator: Annotator) -> None:
    entity = _entity(annotator, "Abiy met the Kenyan president on Monday.", "2024-06-01", "Abiy")
    assert entity is not None and entity.name == "Abiy Ahmed" and entity.countries == ["et"]
