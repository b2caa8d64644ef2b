"""Parties no verb names outright: the state of a judicial act or a protest (its scene,
else the dateline), a state outlet's epithet for another state's side, a pronoun taking
the subject of a conditional clause or a state named on an earlier plural subject, a
person named bare after a bare office title, and "left here for X".

Sentences are written for these tests in news style and run through the real pipeline.
"""

from __future__ import annotations

from typing import Any

import pytest

from sanctionwatch.model import Event


def sides(events: list[Event], etype: str) -> tuple[str | None, str | None]:
    """Actor and recipient countries of the last coded event of a type."""
    found = [e for e in events if e.type == etype]
    assert found, [(e.type, e.trigger) for e in events]
    e = found[-1]
    return (e.actor.country if e.actor else None,
            e.recipient.country if e.recipient else None)


@pytest.mark.parametrize("text, etype, expected", [
    # a judicial act is done by the state where it took place
    # (people no text places, charged where they are, are taken to be of that state)
    ("Police arrested three men in Berlin on Monday.", "COERCE", ("de", None)),
    ("Two bank employees were charged in Paris on Friday with fraud.", "COERCE",
     ("fr", "fr")),
    # ... or, where no place is said, by the dateline's state
    ("WASHINGTON (AP) -- Two prison guards were charged Tuesday with falsifying records.",
     "COERCE", ("us", "us")),
    # a protest no one is named for is its scene's people
    ("A large rally was held in front of the parliament in Madrid on Sunday.", "PROTEST",
     ("es", None)),
])
def test_scene_places_the_unnamed_side(code: Any, text: str, etype: str,
                                       expected: tuple[str | None, str | None]) -> None:
    assert sides(code(text), etype) == expected


def test_a_call_made_elsewhere_is_no_scene_of_the_arrest(code: Any) -> None:
    # Berlin is inside a clause on the charge, not where the arrest was made
    events = code("Jones was arrested in Rome in May for a call he made to an office in "
                  "Berlin.")
    assert sides(events, "COERCE")[0] == "it"


@pytest.mark.parametrize("text, etype, expected", [
    # KCNA's "puppet" is the ROK's side, never the DPRK's own
    ("The puppet army staged artillery firing drills near the border on Monday.",
     "MOBILIZE", ("kr", None)),
    # people protesting in Seoul are the ROK's, also in the DPRK's own copy
    ("Thousands of people protested in front of the city hall in Seoul on Saturday.",
     "PROTEST", ("kr", None)),
    # the scene of a judicial act beats the outlet's own default for people
    ("Two bank employees were charged in Paris on Friday with fraud.", "COERCE",
     ("fr", "fr")),
])
def test_state_outlet_sides(code: Any, text: str, etype: str,
                            expected: tuple[str | None, str | None]) -> None:
    assert sides(code(text, wire=("KCNA",)), etype) == expected


def test_left_here_for_a_state_is_its_visit(code: Any) -> None:
    # "left here for X": the needed "for" hangs on the place adverb
    events = code("The culture minister and her party left here for Cuba on Monday.",
                  wire=("KCNA",))
    assert sides(events, "CONSULT") == ("kp", "cu")


def test_pronoun_takes_the_conditional_clause_subject(code: Any) -> None:
    text = "If Japan and its allies go on with such provocations, they will pay a dear price."
    assert sides(code(text, wire=("KCNA",)), "THREATEN")[1] == "jp"


def test_state_on_an_earlier_plural_subject_is_the_antecedent(code: Any) -> None:
    text = ("Pyongyang, May 3 (KCNA) -- A spokesman of the DPRK defence ministry issued "
            "a statement.\nThe ROK army thugs started live-fire exercises along the "
            "frontline on Monday.\nOn April 26, they resumed their drills at sea. They "
            "also fired artillery shells near the border on May 1.")
    events = [e for e in code(text, wire=("KCNA",)) if e.type == "MOBILIZE"]
    assert events and all(e.actor is not None and e.actor.country == "kr" for e in events)


def test_person_named_bare_after_a_bare_title_is_the_outlets_own(code: Any) -> None:
    text = ("Pyongyang, May 3 (KCNA) -- An agreement on trade was signed here on Thursday.\n"
            "Present at the ceremony were Vice-Minister of External Economic Relations "
            "Pak Song Chol and officials concerned, and members of the Russian delegation "
            "led by Igor Petrov, deputy minister of Trade.\n"
            "Pak Song Chol and Igor Petrov signed the agreement.")
    signed = [e for e in code(text, wire=("KCNA",))
              if e.actor is not None and e.actor.name and "Pak" in e.actor.name]
    assert signed and signed[0].actor is not None and signed[0].actor.country == "kp"


@pytest.mark.parametrize("text, expected", [
    # the guest comes to the host: the guest acts, the host is visited
    ("The Ministry of Foreign Affairs hosted a banquet for the Lao delegation.", ("la", "kp")),
])
def test_hosted_occasion(code: Any, text: str, expected: tuple[str | None, str | None]) -> None:
    assert sides(code(text, wire=("KCNA",)), "CONSULT") == expected


def test_qualified_government_points_back_to_its_state(code: Any) -> None:
    text = ("LA PAZ (AP) -- Bolivia's ombudsman's office reported eight deaths on Saturday.\n"
            "Rights groups called on the \"interim\" government to end the violence.")
    assert sides(code(text), "REQUEST")[1] == "bo"


def test_one_more_act_is_no_restatement(code: Any) -> None:
    text = ("Pyongyang, May 3 (KCNA) -- The ROK army thugs started live-fire exercises "
            "along the frontline on Monday.\nThey also fired artillery shells near the "
            "border on May 1.")
    drills = [e for e in code(text, wire=("KCNA",)) if e.type == "MOBILIZE"]
    assert len(drills) == 2 and all(e.actor and e.actor.country == "kr" for e in drills)


@pytest.mark.parametrize("text, wire, etype, expected", [
    # forces moved in an agentless passive are their state's, which mobilizes them
    ("Thousands of Russian troops were mobilized near the border.", ("AFP",), "MOBILIZE",
     ("ru", None)),
    # a territory named before a title places the person
    ("Hong Kong Chief Executive Carrie Lam met Chinese President Xi Jinping on Monday.",
     ("AFP",), "CONSULT", ("hk", "cn")),
    # a protest outside an embassy in London: the embassy's owner is not the scene, but
    # it is the state protested at (parties7: the mission a protest is held at)
    ("A protest demonstration was staged outside the Japanese embassy in London on Monday.",
     ("KCNA",), "PROTEST", ("gb", "jp")),
    # in the outlet's copy, people protesting abroad are that state's ("In Seoul, ...")
    ("In Tokyo, hundreds of citizens condemned the U.S. for staging joint military drills.",
     ("KCNA",), "ACCUSE", ("jp", "us")),
])
def test_more_sides(code: Any, text: str, wire: tuple[str, ...], etype: str,
                    expected: tuple[str | None, str | None]) -> None:
    assert sides(code(text, wire=wire), etype) == expected


def test_person_from_a_place_of_their_own_gets_no_story_state(code: Any) -> None:
    text = ("WASHINGTON (AP) -- U.S. officials deported 300 people on Friday, the U.S. "
            "Department of Homeland Security said.\n"
            "\"It was the third time I had been deported,\" said Raj Singh, 31, from "
            "Punjab's Ludhiana.")
    deported = [e for e in code(text) if e.type == "COERCE" and e.recipient is not None
                and e.recipient.name == "I"]
    assert deported and deported[0].recipient is not None
    assert deported[0].recipient.country != "us"
