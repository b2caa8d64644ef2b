"""Recipients that world news names off the verb's direct object, and the visitor of a
hosted meeting.

Each class is tested on sentences written for it (not the blind probes') with a sentence
where the rule must not fire: the owner of the thing acted on ("support for Armenia's
bid", "seized Greece's tanker"), a seized vessel's flag, the place of things struck
("hideouts in eastern Afghanistan", "the city of Kherson"), the person a warrant is for,
the deed an investigation is into, the mission a protest is held at, the guest of "X
hosted Y" and the bearer of credentials received. All run through the real spaCy
pipeline, knowledge base and coder.
"""

from __future__ import annotations

from typing import Any

from sanctionwatch.model import Event
from tests.conftest import only_event as only


def sides(event: Event) -> tuple[str | None, str | None]:
    return (event.actor.country if event.actor else None,
            event.recipient.country if event.recipient else None)


def recipient_countries(events: list[Event]) -> set[str | None]:
    return {e.recipient.country if e.recipient else None for e in events}


# the owner of the thing an act is aimed at


def test_support_for_a_states_bid_is_support_for_the_state(code: Any) -> None:
    events = code("France voiced strong support for Armenia's bid to deepen ties with the "
                  "European Union.")
    # not the European Union, named inside what Armenia seeks
    assert sides(only(events, "SUPPORT")) == ("fr", "am")


def test_seizing_a_states_tanker_coerces_the_state(code: Any) -> None:
    assert sides(only(code("Iran seized Greece's tanker in the Gulf."), "COERCE")) == (
        "ir", "gr")


def test_a_release_of_someones_album_names_no_party(code: Any) -> None:
    # the owner rule is for acts aimed at a party (support, reproach, coercion, attack),
    # not for a record company's release
    events = code("Sony released Taylor Swift's new album on Friday.")
    assert not any(e.recipient is not None and e.recipient.name == "Taylor Swift"
                   for e in events), [(e.type, e.recipient) for e in events]


# a seized vessel's flag


def test_seized_flagged_vessel_gives_the_flag_state(code: Any) -> None:
    events = code("The coast guard seized a Panama-flagged tanker carrying smuggled fuel.")
    assert only(events, "COERCE").recipient.country == "pa"


def test_seized_vessel_with_no_flag_named_has_no_recipient(code: Any) -> None:
    event = only(code("The coast guard seized a tanker in the Gulf."), "COERCE")
    assert event.recipient is None


def test_a_flag_on_a_vessel_that_acts_gives_no_recipient(code: Any) -> None:
    # a rescue of nobody in particular and a collision: the flag state is no one acted on
    for text in ("A Portuguese-flagged ship rescued 40 migrants off Libya.",
                 "A Liberian-flagged tanker collided with a fishing boat."):
        events = code(text)
        assert not recipient_countries(events) & {"pt", "lr"}, (text, events)


# the place of the things struck


def test_targets_in_a_named_state_are_that_states(code: Any) -> None:
    event = only(code("Pakistani jets bombed hideouts in eastern Afghanistan."), "ASSAULT")
    assert sides(event) == ("pk", "af")


def test_a_city_named_by_an_of_phrase_is_placed_by_the_knowledge_base(code: Any) -> None:
    event = only(code("Russian artillery shelled the city of Kherson on Sunday."), "ASSAULT")
    assert sides(event) == ("ru", "ua")


def test_a_named_target_is_not_replaced_by_the_place_it_is_in(code: Any) -> None:
    event = only(code("Israeli aircraft bombed Hezbollah positions in Syria."), "ASSAULT")
    assert event.recipient is not None and event.recipient.name == "Hezbollah"


def test_talks_held_in_a_third_state_do_not_make_it_a_party(code: Any) -> None:
    events = code("The United States and Russia held talks in Geneva.")
    assert sides(only(events, "CONSULT")) == ("us", "ru")
    events = code("Russian and U.S. diplomats met in Geneva on Tuesday.")
    assert "ch" not in recipient_countries(events)


# a warrant's person, an investigation's deed


def test_arrest_warrant_for_a_person_coerces_that_person(code: Any) -> None:
    events = code("The Netherlands issued an arrest warrant for a Syrian general.")
    assert sides(only(events, "COERCE")) == ("nl", "sy")


def test_investigation_into_a_states_plot_accuses_that_state(code: Any) -> None:
    events = code("Poland opened an investigation into a suspected Belarusian spy ring.")
    assert sides(only(events, "ACCUSE")) == ("pl", "by")


def test_investigation_into_a_fire_accuses_no_state(code: Any) -> None:
    event = only(code("Police opened an investigation into the fire."), "ACCUSE")
    assert event.recipient is None or event.recipient.country is None


# a protest at a state's mission


def test_protest_outside_an_embassy_is_aimed_at_its_state(code: Any) -> None:
    events = code("Hundreds of Armenians protested outside the Azerbaijani embassy in Moscow.")
    assert only(events, "PROTEST").recipient.country == "az"
    events = code("Activists protested outside the embassy of Israel in London.")
    assert only(events, "PROTEST").recipient.country == "il"


def test_protest_outside_a_parliament_has_no_foreign_target(code: Any) -> None:
    event = only(code("Students protested outside the parliament in Belgrade."), "PROTEST")
    assert event.recipient is None


# visits: the guest acts


def test_the_guest_of_x_hosted_y_is_the_actor(code: Any) -> None:
    events = code("French President Emmanuel Macron hosted Indian Prime Minister Narendra "
                  "Modi at the Elysee.")
    assert sides(only(events, "CONSULT")) == ("in", "fr")


def test_a_hosted_dinner_with_no_guest_is_no_meeting(code: Any) -> None:
    assert not [e for e in code("Macron hosted a dinner at the Elysee.")
                if e.type == "CONSULT"]


def test_credentials_received_from_an_envoy_make_the_envoy_the_visitor(code: Any) -> None:
    events = code("King Charles received the credentials of the new Japanese ambassador.")
    assert sides(only(events, "CONSULT")) == ("jp", "gb")


def test_an_of_phrase_telling_what_was_received_is_no_sender(code: Any) -> None:
    for event in code("The president received a letter of thanks."):
        assert event.actor is None or event.actor.name != "thanks", event


def test_a_place_noun_is_placed_by_the_knowledge_base_place_in_its_of_phrase(
        nlp: Any) -> None:
    # read from the words, whatever the tagger made of the name (in a longer sentence it
    # may leave "Kharkiv" untagged, and the linker then has no mention to link)
    from sanctionwatch.events.states import place_state

    doc = nlp("Shells fell on the city of Kharkiv and on the city of Springfield.")
    cities = [t for t in doc if t.lower_ == "city"]
    assert [place_state(t) for t in cities] == ["ua", None]


# people counted by nationality; an envoy recalled from a capital


def test_people_counted_by_their_nationality_are_that_states(code: Any) -> None:
    event = only(code("Police detained hundreds of Afghans at the border."), "COERCE")
    assert event.recipient is not None and event.recipient.country == "af"
    event = only(code("Police arrested dozens of protesters."), "COERCE")
    assert event.recipient is not None and event.recipient.country is None


def test_an_envoy_recalled_from_a_capital_sanctions_its_state(code: Any) -> None:
    events = code("Moscow recalled its ambassador from Chisinau for consultations.")
    assert sides(only(events, "SANCTION")) == ("ru", "md")


def test_aid_suspended_from_a_budget_is_not_aimed_at_the_budget(code: Any) -> None:
    event = only(code("The United States suspended aid from its budget to the group."),
                 "SANCTION")
    assert event.recipient is not None and event.recipient.name == "the group"


def test_an_authority_placed_in_a_territory_acts_for_it(code: Any) -> None:
    events = code("Police in Macau detained two men suspected of running an illegal casino.")
    assert only(events, "COERCE").actor.country == "mo"
