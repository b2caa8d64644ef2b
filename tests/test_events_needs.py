"""Event types: shapes that state no act (a need, a possibility) and shapes that do.

Each sentence is a made-up example of one construction in wire style, run through the real
spaCy pipeline and the real Annotator (none is taken from the gold set or the seed).
"""

from __future__ import annotations

from typing import Any

from sanctionwatch.model import Event


def types(events: list[Event]) -> list[str]:
    return sorted(e.type for e in events)


def test_an_act_that_it_is_necessary_to_do_is_no_event(code: Any) -> None:
    assert code("To this end, it is necessary to make higher demands on the Iraqi "
                "ministers, he added.") == []
    assert code("It is necessary to discuss the matter with the Chinese side, the "
                "minister said.") == []
    # a need stated beside an act done: only the act is coded
    events = code("The minister urged the Iraqi officials to act, saying that it is "
                  "important to discuss the matter with the Chinese side.")
    assert types(events) == ["REQUEST"]


def test_an_act_judged_is_still_coded(code: Any) -> None:
    # "foolish" judges a deed done, it states no need
    events = code("It was foolish for the United States to send more weapons to Israel.")
    assert types(events) == ["AID"]
    assert types(code("He made strict demands on the Iraqi ministers.")) == ["REQUEST"]


def test_taking_the_lead_is_no_trade(code: Any) -> None:
    # "take in" / "take on" receive goods or labour only as the verb's particle
    assert code("The Chinese factory is now taking the lead in the drive to produce "
                "steel.") == []
    events = code("A Russian factory took in thousands of North Korean workers last year.")
    assert types(events) == ["COOPERATE"]
    assert events[0].item is not None and events[0].item.category == "labour"


def test_the_aim_of_an_effort_is_no_transfer(code: Any) -> None:
    # the parser hangs the infinitive on the verb, but it states what the work is for
    assert code("The Chinese province has stepped up the work to supply tractors to the "
                "farms.") == []
    assert code("Measures should be taken to urgently supply the reserve materials to the "
                "flood victims in Vietnam, he said.") == []
    # a transfer with its vehicle named is still one (diesel between states: trade)
    events = code("Russia sent a tanker to deliver diesel to North Korea.")
    assert any(e.type == "COOPERATE" and e.recipient is not None and e.recipient.country == "kp"
               for e in events)


def test_a_training_is_a_service_only_with_the_skill_named(code: Any) -> None:
    assert code("The Chinese academy has trained thousands of skilled workers and "
                "engineers.") == []
    assert code("The Cuban leadership trained the people into fearless fighters.") == []
    events = code("Russian officers trained North Korean crews to operate air defence radars, "
                  "officials said.")
    assert types(events) == ["AID"]
    assert events[0].recipient is not None and events[0].recipient.country == "kp"
    assert types(code("Russian instructors trained North Korean soldiers in the use of "
                      "drones.")) == ["AID"]


def test_a_mobilization_needs_troops_or_arms(code: Any) -> None:
    assert code("Farms in the Chinese province mobilized all their forces and means on "
                "harvesting.") == []
    # a participle describing the units reports no mobilization
    assert "MOBILIZE" not in types(code("Iran praised the army units mobilized for the "
                                        "construction of the new dam."))
    events = code("Russia mobilized 300,000 reservists on Wednesday.")
    assert types(events) == ["MOBILIZE"]
    assert types(code("Israel mobilized its reserve forces on Sunday.")) == ["MOBILIZE"]


def test_a_named_place_visited_is_no_meeting(code: Any) -> None:
    # "of the Sun" is part of the place's name, not its owner
    assert "CONSULT" not in types(code("The Vietnamese delegation visited the Kumsusan "
                                       "Palace of the Sun on Tuesday."))
    assert "CONSULT" not in types(code("The Chinese delegation visited the Yongmyong "
                                       "Church and the Rungna Islet."))
    # the owner of a place is still the one visited, and a state visited is met
    events = code("Putin visited the home of a Russian war veteran in Moscow.")
    assert types(events) == ["CONSULT"]
    assert types(code("The Chinese delegation visited Russia on Tuesday.")) == ["CONSULT"]


def test_a_question_asked_is_no_request(code: Any) -> None:
    assert code("The Iranian minister asked a Russian official if all the old tankers had "
                "been sold.") == []
    assert code("The Iranian minister asked Russian officials which district it was.") == []
    assert code("The Iranian minister asked the Russian envoy about the new pipeline.") == []
    # what is asked for, or a condition before the asking, is still a request
    assert types(code("Iran asked Russia for more weapons.")) == ["REQUEST"]
    assert types(code("If aid is necessary, Iran will ask Russia for it.")) == ["REQUEST"]


def test_an_occasion_or_an_emblem_honoured_is_no_support(code: Any) -> None:
    assert code("Young people in Cuba greeted the Youth Day under special care of the "
                "Communist Party of Cuba.") == []
    assert code("The Cuban masses paid high tribute to the sacred national flag of "
                "Cuba.") == []
    events = code("The Cuban president paid tribute to the Vietnamese people.")
    assert types(events) == ["SUPPORT"]
    assert events[0].recipient is not None and events[0].recipient.country == "vn"


def test_a_demand_on_a_condition_is_still_a_demand(code: Any) -> None:
    events = code("Iran demanded compensation from Britain if the tanker is not released.")
    assert "REQUEST" in types(events)


def test_a_habit_is_no_event(code: Any) -> None:
    assert code('Whenever such a fact is made public, the Japanese authorities often '
                'promise "improvement".') == []
    assert "REQUEST" not in types(code(
        "It is a tragedy that the U.S. and the West, which often call for respecting "
        "self-determination, have connived at the massacre."))
    # a frequency adverb on a past act still reports acts done
    assert types(code("The U.S. and South Korea often staged joint military drills last "
                      "year.")) == ["MOBILIZE"]
