"""Event types: ordinary news that the sixth round's rules misread, and the cases those
rules were written for (which must still code).

A reviewer's probes (conditions in a state outlet's copy, opinions as demands, sport and
trade retaliation, celebrations in the streets, port calls, things turned down, everyday
punishment, civilian tests) plus sentences of the same kind written for these tests; none is
taken from the gold set or the seed. Each runs through the real spaCy pipeline and Annotator.
"""

from __future__ import annotations

from typing import Any

import pytest

from sanctionwatch.model import Event
from tests.conftest import only_event as only


def types(events: list[Event]) -> list[str]:
    return sorted(e.type for e in events)


# 1. a condition in a state outlet's copy is no threat by that state


@pytest.mark.parametrize(("text", "wire"), [
    ("Beijing, June 14 (Xinhua) -- If convicted, the American could be sentenced to ten "
     "years in prison.", "Xinhua"),
    ("Tokyo, June 14 (NHK) -- If convicted, the American sailor could be jailed.", "NHK"),
    ("Beijing, June 14 (Xinhua) -- If found guilty, the Canadian could be imprisoned for "
     "life.", "Xinhua"),
])
def test_a_judicial_outcome_on_a_condition_is_no_threat_by_the_outlets_state(
        code: Any, text: str, wire: str) -> None:
    assert "THREATEN" not in types(code(text, wire=(wire,)))


def test_a_conditional_strike_in_a_state_outlets_voice_is_still_its_threat(code: Any) -> None:
    event = only(code("If the U.S. goes on with its provocation, it will face merciless "
                      "retaliation.", wire=("KCNA",)), "THREATEN")
    assert event.actor is not None and event.actor.country == "kp"
    assert event.recipient is not None and event.recipient.country == "us"
    event = only(code("If the U.S. persists in its provocations, its aircraft carriers will "
                      "be attacked.", wire=("KCNA",)), "THREATEN")
    assert event.actor is not None and event.actor.country == "kp"


# 4. an opinion about what someone should do is no demand on them


@pytest.mark.parametrize(("text", "wire"), [
    ("Xi said China should deepen reform.", "AFP"),
    ("The coach said Real Madrid should have won the game.", "AFP"),
    ("The report said Britain must build more homes.", "AFP"),
    ("Critics said Netflix should cancel the show.", "AFP"),
    ("Beijing, June 14 (Xinhua) -- Japan should do more to attract tourists, experts say.",
     "Xinhua"),
    ("Analysts said Germany should have cut taxes earlier.", "AFP"),
    ("Fans said Arsenal must sign a striker in January.", "AFP"),
])
def test_an_opinion_on_what_a_party_should_do_is_no_demand(
        code: Any, text: str, wire: str) -> None:
    assert "REQUEST" not in types(code(text, wire=(wire,)))


def test_a_states_body_laying_a_duty_on_another_state_is_still_a_demand(code: Any) -> None:
    event = only(code("The EU should lift the tariffs, China's commerce ministry said on "
                      "Monday."), "REQUEST")
    assert event.actor is not None and event.actor.country == "cn"
    event = only(code("The Russian Foreign Ministry said that Washington should withdraw its "
                      "troops from Syria."), "REQUEST")
    assert event.recipient is not None and event.recipient.country == "us"
    # a person laying a duty on a named body, even of unknown state
    assert "REQUEST" in types(code("She said the IMF should cancel the debts of the poorest "
                                   "countries."))


# 5. retaliation by trade, sport or law is no violence


@pytest.mark.parametrize("text", [
    "China launched retaliation against U.S. tariffs with duties on soybeans.",
    "Real Madrid launched a swift counterattack against Barcelona in the 70th minute.",
    "Tesla retaliated against short sellers with a lawsuit.",
    "Liverpool launched a counterattack that led to the second goal.",
    "The airline retaliated against the union by cutting routes.",
])
def test_retaliation_without_force_is_no_assault(code: Any, text: str) -> None:
    assert "ASSAULT" not in types(code(text))


def test_retaliation_with_force_or_vowed_against_a_state_still_codes(code: Any) -> None:
    assert "ASSAULT" in types(code("Iran retaliated against Israel with a barrage of "
                                   "missiles and drones."))
    event = only(code("North Korea vowed to retaliate against the drills with missile "
                      "launches."), "THREATEN")
    assert event.actor is not None and event.actor.country == "kp"
    event = only(code("Iran vowed to retaliate against Israel for the strike."), "THREATEN")
    assert event.recipient is not None and event.recipient.country == "il"


# 6. people in the streets protest only with a protest cue; what is chanted is no party


@pytest.mark.parametrize(("text", "wire"), [
    ("Residents took to the streets to clear the snow.", "AFP"),
    ("Beijing, June 14 (Xinhua) -- Thousands of fans took to the streets of Buenos Aires to "
     "celebrate the World Cup win.", "Xinhua"),
    ("Residents took to the streets of Valencia to help clean up after the floods.", "AFP"),
    ("Families took to the streets to watch the carnival parade.", "AFP"),
])
def test_taking_to_the_streets_without_a_protest_cue_is_no_protest(
        code: Any, text: str, wire: str) -> None:
    assert "PROTEST" not in types(code(text, wire=(wire,)))


def test_taking_to_the_streets_against_something_is_a_protest(code: Any) -> None:
    event = only(code("Thousands took to the streets in Belgrade against the government."),
                 "PROTEST")
    assert event.recipient is not None and "government" in str(event.recipient.name).lower()


def test_what_protesters_chant_is_no_recipient(code: Any) -> None:
    event = only(code("Beijing, June 14 (Xinhua) -- Protesters in Paris chanted slogans "
                      "against the pension reform.", wire=("Xinhua",)), "PROTEST")
    assert event.recipient is None or "slogan" not in str(event.recipient.name).lower()
    event = only(code("Protesters chanted slogans outside the embassy in Seoul."), "PROTEST")
    assert event.recipient is None or "slogan" not in str(event.recipient.name).lower()


# 7. a port call or a goodwill visit by a warship is no show of force


@pytest.mark.parametrize(("text", "wire"), [
    ("A Chinese destroyer arrived in Durban for a port call.", "AFP"),
    ("A British aircraft carrier arrived in Tokyo for a goodwill visit.", "AFP"),
    ("Pyongyang, June 14 (KCNA) -- A Russian frigate entered Wonsan port on a friendship "
     "visit.", "KCNA"),
    ("An Indian frigate entered the port of Colombo on a three-day goodwill visit.", "AFP"),
])
def test_a_warships_port_call_is_no_show_of_force(code: Any, text: str, wire: str) -> None:
    assert "MOBILIZE" not in types(code(text, wire=(wire,)))


def test_a_warship_sent_in_is_still_a_show_of_force(code: Any) -> None:
    event = only(code("A U.S. nuclear submarine entered the port of Busan on Thursday."),
                 "MOBILIZE")
    assert event.actor is not None and event.actor.country == "us"


# 8. a thing turned down or dismissed is no party rejected; dropped charges are conceded


@pytest.mark.parametrize(("text", "thing"), [
    ("Kane turned down a move to Chelsea.", "move"),
    ("The mayor turned down the invitation from the governor.", "invitation"),
    ("The Kremlin dismissed the report.", "report"),
    ("The singer turned down the offer to perform at the final.", "offer"),
])
def test_a_thing_turned_down_or_dismissed_is_not_the_recipient(
        code: Any, text: str, thing: str) -> None:
    for event in code(text):
        assert event.recipient is None or thing not in str(event.recipient.name).lower(), \
            (text, event.recipient)


def test_the_maker_of_what_is_turned_down_is_the_one_rejected(code: Any) -> None:
    event = only(code("The mayor turned down the invitation from the governor."), "REJECT")
    assert event.recipient is not None and "governor" in str(event.recipient.name).lower()


def test_a_move_to_a_club_turned_down_is_no_rejection(code: Any) -> None:
    assert "REJECT" not in types(code("Kane turned down a move to Chelsea."))


def test_charges_dismissed_by_a_judge_are_conceded(code: Any) -> None:
    events = code("Judge Lewis Kaplan dismissed the charges against Sam Bankman-Fried.")
    assert "REJECT" not in types(events)
    assert "CONCEDE" in types(events)


def test_a_proposal_turned_down_from_a_party_is_still_rejected(code: Any) -> None:
    event = only(code("Zelensky turned down the proposal from Trump."), "REJECT")
    assert event.recipient is None or "proposal" not in str(event.recipient.name).lower()
    assert "REJECT" in types(code("The Kremlin dismissed the allegations by Ukraine as "
                                  "groundless."))


# 9. a civilian test is no show of force


@pytest.mark.parametrize("text", [
    "SpaceX tested its Starship rocket in Texas on Thursday.",
    "Students tested a homemade rocket at the science fair.",
    "Blue Origin tested its New Glenn rocket engine in Texas.",
    "SpaceX launched its Starship rocket from Texas on Thursday.",
    "SpaceX conducted a test of its Starship rocket in Texas.",
])
def test_a_civilian_rocket_test_is_no_show_of_force(code: Any, text: str) -> None:
    assert "MOBILIZE" not in types(code(text))


def test_a_state_testing_a_missile_is_still_a_show_of_force(code: Any) -> None:
    assert "MOBILIZE" in types(code("North Korea tested a new hypersonic missile on "
                                    "Tuesday."))
    assert "MOBILIZE" in types(code("The Russian army tested a new rocket launcher near "
                                    "Moscow."))
    assert "MOBILIZE" in types(code("The Missile Administration tested a new-type cruise "
                                    "missile on Tuesday.", wire=("KCNA",)))


# 10. punishment in the everyday sense is no coercion by a state


@pytest.mark.parametrize("text", [
    "The teacher punished the pupils for cheating.",
    "The boxer vowed to punish his opponent in the rematch.",
    "The FA handed a punishment to Chelsea.",
    "The prime minister will face punishment at the ballot box, the opposition said.",
    "The coach punished the players for arriving late.",
])
def test_everyday_punishment_is_neither_coercion_nor_threat(code: Any, text: str) -> None:
    assert not {"COERCE", "THREATEN"} & set(types(code(text)))


def test_a_state_punishing_or_vowing_to_is_still_coded(code: Any) -> None:
    event = only(code("Biden vowed to punish Russia for the invasion."), "THREATEN")
    assert event.recipient is not None and event.recipient.country == "ru"
    assert "THREATEN" in types(code("The U.S. will face merciless punishment, the DPRK "
                                    "foreign ministry said."))


# 11. roads cut by protesters, an investigation closed, a drone flown over a stadium


def test_roads_cut_by_protesters_is_no_sanction(code: Any) -> None:
    assert "SANCTION" not in types(code("Protesters cut off roads in Nairobi."))
    assert "SANCTION" not in types(code("Farmers cut off roads around Paris with tractors."))


def test_roads_cut_to_a_neighbour_by_a_state_is_still_a_sanction(code: Any) -> None:
    assert "SANCTION" in types(code("North Korea cut off the roads and railways connected "
                                    "to South Korea."))


def test_an_investigation_closed_into_a_thing_has_no_recipient(code: Any) -> None:
    for event in code("The police closed the investigation into the fire."):
        assert event.recipient is None or "fire" not in str(event.recipient.name).lower()


def test_a_drone_flown_over_a_stadium_is_no_incursion(code: Any) -> None:
    assert "COERCE" not in types(code("The pilot flew the drone over the stadium during "
                                      "the final."))
    assert "COERCE" not in types(code("A hobbyist flew a drone over the beach."))


# lexicon entries the coder looks up by name fail at load, not mid-run


def test_a_triggers_file_without_a_named_entry_is_refused_at_load(tmp_path: Any) -> None:
    from sanctionwatch.errors import DataFileError
    from sanctionwatch.events.lexicon import load_triggers

    path = tmp_path / "triggers.yaml"
    path.write_text('verbs:\n  enter into: {type: AGREE, cameo: "030", needs: [into]}\n'
                    '  mobilize: {type: MOBILIZE, cameo: "150"}\n'
                    'object_nouns:\n  drill: {type: MOBILIZE, cameo: "150"}\n'
                    '  sentence: {type: COERCE, cameo: "173"}\n', encoding="utf-8")
    with pytest.raises(DataFileError, match="enter"):
        load_triggers(path)
    path.write_text(path.read_text(encoding="utf-8").replace(
        "  mobilize:", '  enter: {type: MOBILIZE, cameo: "152"}\n  mobilize:'), encoding="utf-8")
    assert load_triggers(path)[0]["enter"][-1].needs == ()
