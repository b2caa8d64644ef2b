"""The country a party carries out of the entities stage, for the kinds of names world news
uses and the knowledge base or the linker used to leave without one (or with the wrong one):
armed movements and international bodies (no state), national agencies, forces and parties,
firms, bodies and officials named after a province or state, people titled by a firm,
surnames spaCy tags as organisations, and envoys named with the state they are posted to.
Sentences are written for these tests; each asserts the country the entity gets and, where
the coder reads the party from it, the party's country in the coded event."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sanctionwatch.annotate import Annotator
from sanctionwatch.annotate.kb import load_kb
from sanctionwatch.errors import DataFileError
from sanctionwatch.model import Document, Entity
from sanctionwatch.settings import PACKAGE_DATA
from tests.conftest import only_event


@pytest.fixture(scope="module")
def annotator(settings: Any, nlp: Any) -> Annotator:
    return Annotator(settings, None, nlp=nlp)


def _entity(annotator: Annotator, text: str, phrase: str,
            date: str = "2024-06-15") -> Entity | None:
    """The entity the annotator gives the first occurrence of ``phrase`` in ``text``."""
    result = annotator.annotate(Document(id="t", source="t", text=text, published=date))
    start = text.index(phrase)
    return result.entity_at(start, start + len(phrase))


def _last(annotator: Annotator, text: str, phrase: str,
          date: str = "2024-06-15") -> Entity | None:
    """The entity of the last occurrence of ``phrase`` (a later, shorter mention)."""
    result = annotator.annotate(Document(id="t", source="t", text=text, published=date))
    start = text.rindex(phrase)
    return result.entity_at(start, start + len(phrase))


# --- armed movements: acting for no state, whatever state adjective names them -----------

@pytest.mark.parametrize(("text", "phrase", "name"), [
    ("The Houthis attacked a cargo ship in the Red Sea.", "Houthis", "Ansar Allah"),
    ("Yemen's Houthi rebels seized a tanker off Hodeidah.", "Houthi rebels", "Ansar Allah"),
    ("The Afghan Taliban claimed the attack on the convoy.", "Taliban", "Taliban"),
    ("Lebanon's Hezbollah fired rockets across the border.", "Hezbollah", "Hezbollah"),
    ("The Islamic State claimed the bombing of the market.", "Islamic State", "Islamic State"),
    ("Militants loyal to al-Qaeda ambushed the patrol.", "al-Qaeda", "al-Qaeda"),
])
def test_armed_movements_act_for_no_state(annotator: Annotator, text: str, phrase: str,
                                          name: str) -> None:
    entity = _entity(annotator, text, phrase)
    assert entity is not None and entity.name == name
    assert entity.countries == []


def test_a_movement_named_with_a_state_adjective_is_coded_with_no_state(code: Any) -> None:
    event = only_event(code("The Afghan Taliban seized two foreign journalists in Kabul."),
                       "COERCE")
    assert event.actor is not None and event.actor.name == "Taliban"
    assert event.actor.country is None


# --- international bodies: no state; a state outlet's home state is not theirs -----------

@pytest.mark.parametrize(("text", "phrase", "name"), [
    ("The World Health Organization sent medicines to Gaza.", "World Health Organization",
     "World Health Organization"),
    ("UNICEF delivered vaccines to the flooded provinces.", "UNICEF", "UNICEF"),
    ("The WFP shipped wheat to Yemen.", "WFP", "World Food Programme"),
    ("OPEC agreed to cut output in May.", "OPEC", "Organization of the Petroleum Exporting "
     "Countries"),
])
def test_international_bodies_have_no_state(annotator: Annotator, text: str, phrase: str,
                                            name: str) -> None:
    entity = _entity(annotator, text, phrase)
    assert entity is not None and entity.name == name and entity.countries == []


def test_an_international_body_in_a_state_outlets_copy_is_not_the_outlets(code: Any) -> None:
    events = code("The World Food Programme sent flour to the flood victims.", wire=("KCNA",))
    event = only_event(events, "AID")
    assert event.actor is not None and event.actor.country is None


# --- national agencies, forces, parties: their state, even without the state's name ------

@pytest.mark.parametrize(("text", "phrase", "country"), [
    ("NASA awarded the contract on Monday.", "NASA", "us"),
    ("The FBI arrested the suspect in his home.", "FBI", "us"),
    ("The IRGC seized an oil tanker in the Strait of Hormuz.", "IRGC", "ir"),
    ("The SDF staged drills with the U.S. navy near Japan.", "SDF", "jp"),
    ("Japan's coast guard seized a fishing boat.", "coast guard", "jp"),
    ("South Korea's Unification Ministry criticised the launch.", "Unification Ministry", "kr"),
    ("The People's Liberation Army held drills near Taiwan.", "People's Liberation Army", "cn"),
    ("The Israel Defense Forces struck targets in Gaza.", "Israel Defense Forces", "il"),
    ("Chongryon sent a congratulatory letter to Pyongyang.", "Chongryon", "jp"),
    ("The General Federation of Trade Unions of Korea held a meeting.",
     "General Federation of Trade Unions of Korea", "kp"),
])
def test_state_bodies_carry_their_state(annotator: Annotator, text: str, phrase: str,
                                        country: str) -> None:
    entity = _entity(annotator, text, phrase)
    assert entity is not None and entity.countries[:1] == [country]


def test_an_ambiguous_acronym_still_needs_its_state_in_the_story(annotator: Annotator) -> None:
    """"SDF" is Japan's Self-Defense Forces only where the story names Japan (elsewhere it
    may be Syria's Democratic Forces); NASA, FBI and IRGC are marked in the data as meaning
    one body anywhere (``acronym_alone``)."""
    entity = _entity(annotator, "The SDF said the convoy was attacked near Raqqa.", "SDF")
    assert entity is None or entity.countries == []


def test_an_agency_named_by_acronym_is_the_party(code: Any) -> None:
    event = only_event(code("The FBI arrested two men in Chicago on Monday."), "COERCE")
    assert event.actor is not None and event.actor.country == "us"


# --- firms: the state of their headquarters ------------------------------------------------

@pytest.mark.parametrize(("text", "phrase", "country"), [
    ("Huawei sold routers to the ministry.", "Huawei", "cn"),
    ("SoftBank agreed to inject $5 billion into the start-up.", "SoftBank", "jp"),
    ("Gazprom cut gas supplies to Moldova.", "Gazprom", "ru"),
    ("Maersk shipped the containers to Rotterdam.", "Maersk", "dk"),
])
def test_firms_carry_their_home_state(annotator: Annotator, text: str, phrase: str,
                                      country: str) -> None:
    entity = _entity(annotator, text, phrase)
    assert entity is not None and entity.schema == "Company"
    assert entity.countries == [country]


def test_a_firm_as_party_gives_the_event_its_state(code: Any) -> None:
    event = only_event(code("Huawei supplied telecom equipment to North Korea."),
                       "COOPERATE")  # trade goods between states (gold guideline 2)
    assert event.actor is not None and event.actor.country == "cn"
    assert event.recipient is not None and event.recipient.country == "kp"


# --- bodies and officials named after a province or state --------------------------------

@pytest.mark.parametrize(("text", "phrase", "country"), [
    ("The Texas Department of Public Safety arrested two men.",
     "Texas Department of Public Safety", "us"),
    ("The University of California sued the administration.", "University of California",
     "us"),
    ("The Bank of England raised interest rates.", "Bank of England", "gb"),
    ("Indiana Gov. Eric Holcomb signed the bill on Tuesday.", "Eric Holcomb", "us"),
    ("Gujarat Chief Minister Bhupendra Patel opened the plant.", "Bhupendra Patel", "in"),
    ("Eric Holcomb, governor of Indiana, signed the bill.", "Eric Holcomb", "us"),
])
def test_subnational_bodies_and_officials_act_for_their_state(
        annotator: Annotator, text: str, phrase: str, country: str) -> None:
    entity = _entity(annotator, text, phrase)
    assert entity is not None and entity.countries == [country]


def test_a_place_inside_a_longer_name_is_no_title(annotator: Annotator) -> None:
    """Only a place opening the body's name (or closing it after "of") places it: a person
    whose name merely follows a place in a list is not placed by it."""
    entity = _entity(annotator, "Farmers from Texas and Maria Gonzalez spoke at the rally.",
                     "Maria Gonzalez")
    assert entity is None or entity.countries == []


# --- people titled by a firm; surnames tagged as organisations; envoys -------------------

def test_a_firms_officer_acts_for_its_state(annotator: Annotator) -> None:
    entity = _entity(annotator, "SoftBank CEO Masayoshi Son met the bankers.", "Masayoshi Son")
    assert entity is not None and entity.countries == ["jp"]
    entity = _entity(annotator, "WeWork co-founder Adam Neumann left the company.",
                     "Adam Neumann")
    assert entity is not None and entity.countries == ["us"]


def test_a_surname_tagged_as_an_organisation_is_the_person(annotator: Annotator) -> None:
    text = ("WeWork co-founder Adam Neumann left the company. "
            "Neumann stepped down as chief executive in September.")
    later = _last(annotator, text, "Neumann")
    assert later is not None and later.schema == "Person" and later.name == "Adam Neumann"


def test_an_envoy_acts_for_the_state_that_sent_him(annotator: Annotator) -> None:
    entity = _entity(annotator, "Kurt Volker, the former special envoy to Ukraine, testified.",
                     "Kurt Volker")
    assert entity is not None and "ua" not in entity.countries
    entity = _entity(annotator, "Alexandr Matsegora, ambassador of Russia to the DPRK, laid "
                     "a wreath.", "Alexandr Matsegora")
    assert entity is not None and entity.countries == ["ru"]


# --- surnames alone: after the full name, and sitting foreign and defence ministers ------

def test_a_later_surname_takes_the_full_names_entity_and_state(annotator: Annotator) -> None:
    text = "Julian Assange was arrested in London. Assange denied the charges."
    later = _last(annotator, text, "Assange")
    assert later is not None and later.name == "Julian Assange" and later.countries == ["au"]


def test_a_sitting_foreign_minister_is_named_by_surname(annotator: Annotator) -> None:
    entity = _entity(annotator, "Choe Son Hui met Lavrov in Moscow.", "Lavrov")
    assert entity is not None and entity.name == "Sergey Lavrov" and entity.countries == ["ru"]


def test_a_minister_surname_that_is_a_common_word_needs_the_full_name(
        annotator: Annotator) -> None:
    """"Austin" is a city as often as Lloyd Austin (``bare_surname: false``), and a minister
    out of office on the date is not named by surname alone."""
    assert _entity(annotator, "The mayor of Austin said the city would sue.", "Austin",
                   "2023-06-01") is None
    assert _entity(annotator, "Pompeo accused Iran of attacking the tankers.", "Pompeo",
                   "2024-06-01") is None


# --- the data files ------------------------------------------------------------------------

def test_acronym_alone_must_be_a_boolean(tmp_path: Path) -> None:
    import shutil

    data = tmp_path / "data"
    shutil.copytree(PACKAGE_DATA, data)
    bodies = data / "kb" / "bodies.yaml"
    bodies.write_text(bodies.read_text(encoding="utf-8") + (
        "- {name: Test Agency, countries: [us], aliases: [TA], acronym_alone: maybe, "
        "source: test}\n"), encoding="utf-8")
    with pytest.raises(DataFileError, match="acronym_alone"):
        load_kb(data)


def test_new_kb_files_are_sourced_and_link_no_state_twice() -> None:
    kb = load_kb(PACKAGE_DATA)
    for name in ("Hamas", "Hezbollah", "Islamic State", "Taliban"):
        entries = [e for e in kb.entries.values() if e.name == name]
        assert len(entries) == 1 and entries[0].countries == () and entries[0].source
    nasa = next(e for e in kb.entries.values() if "NASA" in e.aliases)
    assert nasa.acronym_alone and nasa.countries == ("us",)
