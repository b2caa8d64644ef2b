"""Parties of ordinary news that the scene, dateline, epithet and host readings must not
misplace: the state of a judicial act is where it took place (never the accused's own
state, nor the dateline's where the sentence names another place); people charged keep
their own nationality word; a civilian deployment mobilizes no forces; an occasion hosted
for no one named is no meeting; KCNA's "puppet" places a side in the ROK only where no
other state is in view; a person told as "from" a place is not given the story's state.

Sentences are written for these tests in news style (several from a reviewer's probes of
ordinary news) and run through the real pipeline.
"""

from __future__ import annotations

from typing import Any

import pytest

from sanctionwatch.model import Event


def of_type(events: list[Event], etype: str) -> list[Event]:
    return [e for e in events if e.type == etype]


def sides(events: list[Event], etype: str) -> tuple[str | None, str | None]:
    """Actor and recipient countries of the last coded event of a type."""
    found = of_type(events, etype)
    assert found, [(e.type, e.trigger) for e in events]
    e = found[-1]
    return (e.actor.country if e.actor else None,
            e.recipient.country if e.recipient else None)


# --- the state of a judicial act -------------------------------------------------------

@pytest.mark.parametrize("text", [
    # the accused's nationality says nothing of who charged them
    "Two Chinese nationals were charged with smuggling a dangerous fungus into the United "
    "States.",
    "An American journalist was arrested on espionage charges.",
    "A Russian hacker was extradited and charged with fraud.",
    # a place is named: the dateline's state is not where it happened
    "WASHINGTON (AP) - A British tourist was arrested in Dubai for drinking.",
    "LONDON (Reuters) - A British tourist was arrested in Phuket for drinking.",
])
def test_judicial_act_not_placed_by_accused_or_far_dateline(code: Any, text: str) -> None:
    events = of_type(code(text), "COERCE")
    assert events, text
    accused = events[-1].recipient.country if events[-1].recipient else None
    actor = events[-1].actor.country if events[-1].actor else None
    dateline = {"WASHINGTON": "us", "LONDON": "gb"}.get(text.split(" ")[0])
    assert actor is None or actor not in (accused, dateline), (actor, text)


@pytest.mark.parametrize("text, expected", [
    ("Police arrested three men in Berlin on Monday.", "de"),
    ("A Canadian woman was sentenced to death in China.", "cn"),
    ("A French aid worker was arrested in Tehran last month.", "ir"),
    ("WASHINGTON (AP) - A British tourist was arrested in Dubai for drinking.", "ae"),
    # no place named: the dateline's state
    ("MOSCOW (Reuters) - A U.S. citizen was arrested on suspicion of espionage.", "ru"),
    ("WASHINGTON (AP) -- Two prison guards were charged Tuesday with falsifying records.",
     "us"),
])
def test_judicial_act_by_its_scene_or_dateline(code: Any, text: str, expected: str) -> None:
    assert sides(code(text), "COERCE")[0] == expected


def test_judicial_act_in_a_story_of_one_state_is_its(code: Any) -> None:
    # no place, no dateline: the story's own state, for someone told by no nationality
    text = ("U.S. prosecutors said a New York man had threatened a U.S. congresswoman in a "
            "phone call.\nJohn Miller was arrested in April for the call.")
    assert sides(code(text), "COERCE")[0] == "us"


# --- people acted on keep their own nationality word -----------------------------------

@pytest.mark.parametrize("text, wire, arrester", [
    ("Pyongyang, June 14 (KCNA) -- The Japanese puppet authorities arrested Korean "
     "residents.", ("KCNA",), "jp"),
    ("Kurdish activists were charged in Paris with financing terrorism.", ("AFP",), "fr"),
])
def test_accused_with_a_nationality_word_keep_it(code: Any, text: str,
                                                  wire: tuple[str, ...], arrester: str) -> None:
    actor, accused = sides(code(text, wire=wire), "COERCE")
    assert actor == arrester and accused != arrester


def test_unplaced_people_charged_where_they_are(code: Any) -> None:
    # the rule's own case: people with no nationality word, charged where they are
    assert sides(code("Two bank employees were charged in Paris on Friday with fraud."),
                 "COERCE") == ("fr", "fr")


# --- a civilian deployment mobilizes nothing --------------------------------------------

@pytest.mark.parametrize("text", [
    "Extra staff were deployed to airports for the holiday rush.",
    "Riot police were deployed to the stadium before the derby.",
    "More nurses were deployed to the wards during the flu season.",
])
def test_civilian_deployment_is_no_mobilization(code: Any, text: str) -> None:
    assert not of_type(code(text), "MOBILIZE")


@pytest.mark.parametrize("text, expected", [
    ("U.S. troops were deployed to Poland in February.", ("us", "pl")),
    ("Thousands of Russian troops were mobilized near the border.", ("ru", None)),
    ("U.S. strategic bombers were deployed to the peninsula.", ("us", None)),
])
def test_forces_deployed_are_their_states(code: Any, text: str,
                                          expected: tuple[str | None, str | None]) -> None:
    assert sides(code(text), "MOBILIZE") == expected


# --- an occasion hosted for no one named is no meeting ----------------------------------

@pytest.mark.parametrize("text, wire", [
    ("Macron hosted a dinner at the Elysee on Tuesday.", ("AFP",)),
    ("Pyongyang, June 14 (KCNA) -- Kim Jong Un hosted a dinner.", ("KCNA",)),
    ("The ambassador hosted a reception on the occasion of the national day.", ("KCNA",)),
    ("The charge d'affaires of the Cuban embassy here hosted a reception.", ("KCNA",)),
])
def test_hosted_occasion_with_no_guest_is_nothing(code: Any, text: str,
                                                  wire: tuple[str, ...]) -> None:
    assert not of_type(code(text, wire=wire), "CONSULT")


@pytest.mark.parametrize("text, wire, expected", [
    ("The Ministry of Foreign Affairs hosted a banquet for the Lao delegation.", ("KCNA",),
     ("la", "kp")),
    ("The French president hosted a dinner for the German chancellor at the Elysee.",
     ("AFP",), ("de", "fr")),
])
def test_hosted_occasion_guest_visits_host(code: Any, text: str, wire: tuple[str, ...],
                                           expected: tuple[str | None, str | None]) -> None:
    assert sides(code(text, wire=wire), "CONSULT") == expected


# --- KCNA's "puppet": the ROK's only where no other state is in view --------------------

@pytest.mark.parametrize("text, etype", [
    ("Pyongyang, June 14 (KCNA) -- The puppet army shelled residential areas in Donetsk.",
     "ASSAULT"),
    ("Pyongyang, June 14 (KCNA) -- The puppet forces fired missiles at Belgorod in Russia.",
     "ASSAULT"),
])
def test_puppet_with_another_state_in_view_is_not_the_rok(code: Any, text: str,
                                                          etype: str) -> None:
    events = code(text, wire=("KCNA",))
    assert all(e.actor is None or e.actor.country not in ("kr", "kp")
               for e in of_type(events, etype))


def test_puppet_with_another_state_named_is_no_domestic_side(code: Any) -> None:
    # the epithet places no one where another state is named, nor is the side the DPRK's
    text = ("Pyongyang, June 14 (KCNA) -- The puppet military staged joint drills with the "
            "U.S. forces.")
    assert sides(code(text, wire=("KCNA",)), "MOBILIZE") == (None, "us")


@pytest.mark.parametrize("text, etype, expected", [
    ("Pyongyang, June 14 (KCNA) -- The puppet army staged artillery firing drills near the "
     "border on Monday.", "MOBILIZE", ("kr", None)),
    ("Pyongyang, June 14 (KCNA) -- Two trade unionists were arrested by the puppet police.",
     "COERCE", ("kr", None)),
])
def test_puppet_alone_is_the_rok(code: Any, text: str, etype: str,
                                 expected: tuple[str | None, str | None]) -> None:
    assert sides(code(text, wire=("KCNA",)), etype) == expected


# --- a person told as "from" a place ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "WASHINGTON (AP) -- U.S. officials deported 300 people on Friday.\n\"It was the third "
    "time I had been deported,\" said Maria Lopez, 40, from Oaxaca.",
    "WASHINGTON (AP) -- \"I was deported twice,\" said Raj Singh, a farmer from Lahore.",
])
def test_person_from_elsewhere_gets_no_story_state(code: Any, text: str) -> None:
    deported = [e for e in of_type(code(text), "COERCE")
                if e.recipient is not None and e.recipient.name == "I"]
    assert deported and deported[0].recipient is not None
    assert deported[0].recipient.country != "us"


def test_person_from_a_place_in_the_story_state_is_its(code: Any) -> None:
    text = ("WASHINGTON (AP) -- Police arrested a man on Friday.\n\"They arrested me "
            "twice,\" said John Miller, 40, from Ohio.")
    arrested = [e for e in of_type(code(text), "COERCE")
                if e.recipient is not None and e.recipient.name == "me"]
    assert arrested and arrested[0].recipient is not None
    assert arrested[0].recipient.country == "us"


# --- a person named with a bare title once -----------------------------------------------

def test_foreign_titled_official_named_bare_is_not_the_outlets(code: Any) -> None:
    text = ("Pyongyang, May 3 (KCNA) -- Russian Deputy Minister of Trade Igor Petrov "
            "arrived here.\nIgor Petrov met officials on Friday.")
    met = of_type(code(text, wire=("KCNA",)), "CONSULT")
    assert met and met[-1].actor is not None and met[-1].actor.country != "kp"


def test_de_facto_government_points_back_to_its_state(code: Any) -> None:
    # "de facto" is one qualifier, read as the phrase it is
    text = ("LA PAZ (AP) -- Bolivia's ombudsman's office reported eight deaths on Saturday.\n"
            "Rights groups called on the de facto government to end the violence.")
    assert sides(code(text), "REQUEST")[1] == "bo"
