"""Role phrases resolve to the holder for that state on the document's date."""

from __future__ import annotations

from typing import Any

import pytest

from sanctionwatch.annotate import Annotator
from sanctionwatch.model import Document


@pytest.fixture(scope="module")
def annotator(settings: Any, nlp: Any) -> Annotator:
    return Annotator(settings, None, nlp=nlp)


def linked(annotator: Annotator, text: str, published: str, phrase: str,
           last: bool = False) -> Any:
    """The entity the annotator links at the first (or last) occurrence of a phrase."""
    result = annotator.annotate(Document(id="t", source="t", text=text, published=published))
    start = text.rindex(phrase) if last else text.index(phrase)
    return result.entity_at(start, start + len(phrase))


@pytest.mark.parametrize(("text", "date", "phrase", "holder"), [
    ("The Russian President met the Chinese leader in Beijing.", "2024-05-20",
     "Chinese leader", "Xi Jinping"),
    ("The Russian President met the Chinese leader in Beijing.", "2024-05-20",
     "Russian President", "Vladimir Putin"),
    ("The Russian President met the Chinese leader in Beijing.", "2009-05-20",
     "Russian President", "Dmitry Medvedev"),
    ("Russia's defence minister visited Pyongyang.", "2024-06-20",
     "Russia's defence minister", "Andrei Belousov"),
    ("Russia's defence minister visited Pyongyang.", "2023-06-20",
     "Russia's defence minister", "Sergei Shoigu"),
    ("North Korea rejected the offer. The leader's sister said Seoul would pay.", "2024-03-01",
     "leader's sister", "Kim Yo-jong"),
    ("Iran's Supreme Leader sent greetings.", "2024-05-20", "Iran's Supreme Leader",
     "Ali Khamenei"),
    ("Kim Jong Un visited a farm. Later the General Secretary toured a school.", "2024-11-05",
     "General Secretary", "Kim Jong Un"),
])
def test_role_holder(annotator: Annotator, text: str, date: str, phrase: str,
                     holder: str) -> None:
    entity = linked(annotator, text, date, phrase)
    assert entity is not None and entity.name == holder
    assert any(m.text == phrase for m in entity.mentions)


def test_a_title_with_no_state_in_the_story_links_no_one(annotator: Annotator) -> None:
    text = "The leader's sister spoke at the meeting."
    result = annotator.annotate(Document(id="t", source="t", text=text, published="2024-03-01"))
    assert all(e.schema != "Person" for e in result.entities)


def test_a_possessive_state_before_a_named_title_stays_the_state(annotator: Annotator) -> None:
    """"South Korea's defence minister Shin Won-sik": the name carries the title, but the
    possessive names the state as a noun of its own, so it links to the state (not left as
    an unlinked place); an adjective ("Russian Foreign Minister") still folds into the title.
    """
    text = ("South Korea's Defence Minister Shin Won-sik met Russian Foreign Minister "
            "Sergei Lavrov. South Korea's Unification Minister Kim Yung-ho was there.")
    result = annotator.annotate(Document(id="t", source="t", text=text, published="2024-03-01"))
    korea = [e for e in result.entities if e.schema == "Country" and e.countries == ["kr"]]
    assert len(korea) == 1 and [m.text for m in korea[0].mentions] == ["South Korea"] * 2
    assert not [e for e in result.entities if "ru" in e.countries and e.schema == "Country"]
    unknown = next(e for e in result.entities if e.name == "Kim Yung-ho")
    assert unknown.kb_id is None and unknown.countries == ["kr"]
    assert not [e for e in result.entities if e.name == "Unification"]  # part of the title
    assert all(e.schema != "Address" for e in result.entities)


def test_a_title_two_story_states_hold_refers_back_to_the_holder_named(
        annotator: Annotator) -> None:
    """"The head of state" in a story naming Nicaragua and the DPRK: the holder named before
    it, or a state earlier in its own sentence, says which; with neither, no one."""
    text = ("Kim Jong Un sent a message to Daniel Ortega, President of Nicaragua. The head of "
            "state thanked the DPRK.")
    entity = linked(annotator, text, "2024-06-01", "head of state")
    assert entity is not None and entity.name == "Daniel Ortega"
    text = ("Nicaragua and the DPRK signed an accord. In the DPRK the head of state inspected a "
            "farm.")
    entity = linked(annotator, text, "2024-06-01", "head of state")
    assert entity is not None and entity.name == "Kim Jong Un"
    text = "Nicaragua and the DPRK signed an accord. The head of state spoke."
    # no holder named, no state near it
    assert linked(annotator, text, "2024-06-01", "head of state") is None


def test_a_state_opening_any_title_before_a_name_folds_into_it(annotator: Annotator) -> None:
    text = ("US Trade Representative Robert Lighthizer met Chinese vice-premier Liu He in a "
            "Washington-based think tank.")
    result = annotator.annotate(Document(id="t", source="t", text=text, published="2019-10-01"))
    assert not [e for e in result.entities if e.schema in ("Country", "Address")], result.entities
    people = {e.name: e.countries for e in result.entities if e.schema == "Person"}
    assert people == {"Robert Lighthizer": ["us"], "Liu He": ["cn"]}


def test_a_bare_title_means_the_holder_the_story_talks_about(annotator: Annotator) -> None:
    """A US story that mentions "the president of Ukraine" once still means its own
    president by "the president": the holder named most before the title wins."""
    text = ("President Trump tied himself to the outcome. Trump tweeted. Congress should "
            "investigate Trump over his call with the president of Ukraine. Democrats were "
            "right about the president's wrongdoing.")
    result = annotator.annotate(Document(id="t", source="t", text=text, published="2019-11-20"))
    entity = linked(annotator, text, "2019-11-20", "president", last=True)
    assert entity is not None and entity.name == "Donald Trump"
    at = text.index("president of Ukraine")
    entity = result.entity_at(at, at + 9)
    assert entity is not None and entity.name == "Volodymyr Zelensky"
    trump = result.entity("Q22686")
    assert trump is not None and [m.text for m in trump.mentions].count("Trump") == 3


def test_a_government_named_after_its_leader_with_a_word_between(annotator: Annotator) -> None:
    for text in ("The U.S. supplied weapons to the Zelenskiy puppet regime.",
                 "The ROK sought to provide the Nazi regime of Zelenskiy with equipment."):
        entity = linked(annotator, text, "2024-06-01", "Zelenskiy")
        assert entity is not None and entity.name == "Volodymyr Zelensky"


def test_a_story_on_a_past_holder_means_him_by_the_title(annotator: Annotator) -> None:
    """KCNA's "the President" in a story on Kim Il Sung's work is Kim Il Sung, not the
    holder on the publication date; a story naming the present holder means him."""
    text = "Kim Il Sung visited the farm in 1963. The President said the crops were good."
    entity = linked(annotator, text, "2024-04-15", "President")
    assert entity is not None and entity.name == "Kim Il Sung"
    text = "Kim Jong Un inspected the farm. The President said the crops were good."
    entity = linked(annotator, text, "2024-04-15", "President")
    assert entity is not None and entity.name == "Kim Jong Un"


def test_the_president_of_a_body_is_no_state_s_president(annotator: Annotator) -> None:
    text = ("Trump met Xi Jinping. John Williams, the president of the Federal Reserve Bank "
            "of New York, said growth was slowing.")
    entity = linked(annotator, text, "2019-11-20", "president")
    assert entity is None or entity.kb_id is None
