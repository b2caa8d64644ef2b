"""Event types: classes of trigger added in the sixth round (bouquets, replies, duties laid
on a party, conditional threats in a state outlet's voice, pleas, dropped investigations,
cut links, tributes at statues, evaluated transfers).

Each sentence is written for the test in news style, run through the real spaCy pipeline and
the real Annotator (none is taken from the gold set or the seed).
"""

from __future__ import annotations

from typing import Any

from sanctionwatch.model import Event
from tests.conftest import only_event as only


def types(events: list[Event]) -> list[str]:
    return sorted(e.type for e in events)


def test_bouquets_presented_are_flowers_given(code: Any) -> None:
    event = only(code("Schoolchildren presented bouquets to Vladimir Putin at the airport."),
                 "AID")
    assert event.item is not None and event.item.hs == "0603"
    assert event.recipient is not None and event.recipient.country == "ru"


def test_a_reply_to_a_message_is_correspondence_a_reply_to_questions_none(code: Any) -> None:
    assert types(code("Xi Jinping replied to a message of congratulations sent by Vladimir "
                      "Putin.")) == ["CONSULT"]
    assert "CONSULT" not in types(code("Vladimir Putin replied to questions from reporters "
                                       "in Moscow."))


def test_a_duty_laid_on_a_named_party_by_a_speaker_is_a_demand(code: Any) -> None:
    event = only(code("The Russian Foreign Ministry said that Washington should withdraw its "
                      "troops from Syria."), "REQUEST")
    assert event.modality == "asserted"
    assert event.actor is not None and event.actor.country == "ru"
    assert event.recipient is not None and event.recipient.country == "us"
    # no one lays it, or the speaker's own state, or a stance rather than an act
    assert code("If sane, Schiff should hurry up.") == []
    assert code("Xi Jinping said that China should deepen reform and opening up.") == []
    assert code("Provincial Party organizations should work in a responsible manner.",
                wire=("KCNA",)) == []
    assert code("The U.S. should be aware that its hostile policy will fail.",
                wire=("KCNA",)) == []


def test_a_duty_in_a_state_outlets_statement_is_its_demand(code: Any) -> None:
    event = only(code("The U.S. must immediately stop its reckless military provocations.",
                      wire=("KCNA",)), "REQUEST")
    assert event.actor is not None and event.actor.country == "kp"


def test_a_sentence_faced_on_a_condition_is_hypothetical(code: Any) -> None:
    event = only(code("John Smith faces a maximum sentence of 20 years in prison if "
                      "convicted."), "COERCE")
    assert event.modality == "hypothetical"


def test_an_agentless_attack_on_a_condition_in_a_state_outlet_is_its_threat(code: Any) -> None:
    event = only(code("If the ROK provokes us again, Seoul will be bombed.",
                      wire=("KCNA",)), "THREATEN")
    assert event.actor is not None and event.actor.country == "kp"


def test_pleading_guilty_concedes_and_not_guilty_rejects(code: Any) -> None:
    assert types(code("Paul Manafort pleaded guilty to fraud charges in Washington.")) == \
        ["CONCEDE"]
    assert types(code("Paul Manafort pleaded not guilty to fraud charges in Washington.")) == \
        ["REJECT"]


def test_a_dropped_investigation_is_a_concession(code: Any) -> None:
    assert types(code("Swedish prosecutors dropped the investigation into Julian Assange on "
                      "Tuesday.")) == ["CONCEDE"]


def test_cutting_off_roads_to_a_neighbour_reduces_relations(code: Any) -> None:
    assert types(code("The Korean People's Army cut off roads and railways leading to South "
                      "Korea.")) == ["SANCTION"]


def test_protesters_chanting_protest_and_a_criticism_dismissed_is_rejected(code: Any) -> None:
    assert types(code("Hong Kong protesters chanted slogans outside the Legislative "
                      "Council.")) == ["PROTEST"]
    assert types(code("The Chinese Foreign Ministry dismissed the criticism from Britain.")) \
        == ["REJECT"]
    assert code("The Chinese Foreign Ministry dismissed the deputy minister.") == []


def test_a_visit_to_statues_is_a_tribute_not_a_meeting(code: Any) -> None:
    assert "CONSULT" not in types(code(
        "A delegation of the Vietnamese army visited the statues of President Kim Il Sung on "
        "Mansu Hill.", wire=("KCNA",)))


def test_a_transfer_named_only_to_be_judged_is_background(code: Any) -> None:
    assert code("The floral baskets presented by the children to Kim Jong Un were an "
                "expression of reverence.") == []
    assert "AID" in types(code("The weapons supplied by the U.S. to Ukraine have been used "
                               "to kill civilians."))


def test_balloons_and_drones_sent_into_a_neighbour_are_coercion_not_supply(code: Any) -> None:
    assert types(code("North Korea sent balloons carrying trash into South Korea.")) == \
        ["COERCE"]
    assert types(code("North Korea flew drones into South Korean airspace.")) == ["COERCE"]
    assert types(code("Iran sent drones to Russia.")) == ["AID"]  # "to": a supply


def test_a_promise_of_a_hostile_act_is_a_threat(code: Any) -> None:
    event = only(code("North Korea vowed to retaliate against the United States."), "THREATEN")
    assert event.modality == "asserted"
    assert event.recipient is not None and event.recipient.country == "us"
    assert types(code("Pyongyang vowed a merciless retaliation against Seoul.")) == \
        ["THREATEN"]
    assert types(code("Russia promised to supply wheat to Egypt.")) == ["AGREE"]
    # a pledge to third parties commits its maker; the act pledged is coded, no threat
    assert "THREATEN" not in types(code("Qatar has pledged to expel exiled leaders of the "
                                        "Muslim Brotherhood."))


def test_a_warship_arriving_is_a_deployment_not_a_visit(code: Any) -> None:
    assert types(code("A U.S. aircraft carrier arrived in Busan on Monday.")) == ["MOBILIZE"]
    assert types(code("A U.S. nuclear submarine entered Busan port on Monday.")) == \
        ["MOBILIZE"]
    assert code("A Panamanian bulk carrier entered the port of Nampho.") == []


def test_a_leader_watching_a_show_of_force_mobilizes(code: Any) -> None:
    event = only(code("Kim Jong Un observed the test-fire of a new missile.", wire=("KCNA",)),
                 "MOBILIZE")
    assert event.actor is not None and event.actor.country == "kp"
    assert "PROTEST" not in types(code("Kim Jong Un watched a mass rally in Pyongyang.",
                                       wire=("KCNA",)))


def test_an_event_noun_taking_its_course_happened(code: Any) -> None:
    event = only(code("The talks between Russia and China ended on Tuesday."), "CONSULT")
    assert event.actor is not None and event.actor.country == "ru"
    assert event.recipient is not None and event.recipient.country == "cn"
    assert types(code("Protests erupted in Tehran on Monday.")) == ["PROTEST"]
    assert code("The strike began on Monday in Paris.") == []


def test_pleading_with_someone_is_no_plea_of_not_guilty(code: Any) -> None:
    assert "REJECT" not in types(code("In a letter, the doctors pleaded with the "
                                      "administration to reconsider its decision."))
    assert types(code("John Smith pleaded innocent to the charges in a New York court.")) \
        == ["REJECT"]


def test_the_means_of_a_threatened_act_is_part_of_the_threat(code: Any) -> None:
    events = code("If Seoul resumes the leaflet scattering, we will respond by scattering "
                  "leaflets over the South.", wire=("KCNA",))
    assert types(events) == ["THREATEN"]


def test_countermeasures_announced_against_a_party_are_a_threat(code: Any) -> None:
    event = only(code("The DPRK will take resolute countermeasures against the U.S. "
                      "provocations."), "THREATEN")
    assert event.recipient is not None and event.recipient.country == "us"
    assert "THREATEN" not in types(code("Twitter pledged to take decisive action against "
                                        "similar strategies in the future."))


def test_a_statement_warning_a_party_is_a_warning(code: Any) -> None:
    assert "THREATEN" in types(code("Kim Yo Jong released a statement warning Seoul.",
                                    wire=("KCNA",)))


def test_weapons_hitting_a_place_are_an_attack(code: Any) -> None:
    event = only(code("Russian missiles hit Kyiv overnight."), "ASSAULT")
    assert event.recipient is not None and event.recipient.country == "ua"
    assert code("The typhoon hit Japan on Monday.") == []
    assert code("U.S. sanctions hit the Russian economy.") == []


def test_protest_words_people_take_to_the_streets_troops_do_not(code: Any) -> None:
    assert types(code("Tens of thousands of Hong Kong residents took to the streets on "
                      "Sunday.")) == ["PROTEST"]
    assert "PROTEST" not in types(code("The People's Liberation Army took to the streets of "
                                       "Hong Kong to clear barricades."))
    assert "PROTEST" in types(code("The KCTU held a candlelight vigil in Seoul on "
                                   "Saturday."))
    assert types(code("The KCNA commentary lashed out at South Korea.")) == ["ACCUSE"]


def test_court_and_police_words(code: Any) -> None:
    assert types(code("John Smith was found guilty of fraud by a jury in Manhattan.")) == \
        ["ACCUSE"]
    assert code("John Smith was found not guilty of fraud by a jury in Manhattan.") == []
    assert types(code("John Smith was summoned by the Seoul police for questioning.")) == \
        ["REQUEST"]
    assert types(code("China summoned the Japanese ambassador on Monday.")) == ["REQUEST"]


def test_a_weapon_tested_mobilizes(code: Any) -> None:
    assert types(code("North Korea tested a new hypersonic missile on Tuesday.")) == \
        ["MOBILIZE"]
    assert code("John Smith tested positive for COVID in London.") == []


def test_links_to_a_neighbour_closed_or_destroyed_reduce_relations(code: Any) -> None:
    assert types(code("North Korea blew up the roads linking it to South Korea.")) == \
        ["SANCTION"]
    assert types(code("Russia closed its border with Finland.")) == ["SANCTION"]


def test_weapons_hitting_their_targets_are_a_drill(code: Any) -> None:
    assert types(code("The missiles hit the targets accurately.", wire=("KCNA",))) == \
        ["MOBILIZE"]


def test_a_prison_term_faced_is_a_possible_sentence(code: Any) -> None:
    event = only(code("John Smith faces a maximum of 20 years in prison."), "COERCE")
    assert event.modality == "hypothetical"
    assert code("John Smith spent ten years in prison.") == []


def test_retaliation_to_befall_a_party_on_a_condition_is_a_threat_to_it(code: Any) -> None:
    event = only(code("If the ROK continues the provocation, it will witness the new "
                      "counteraction of the DPRK.", wire=("KCNA",)), "THREATEN")
    assert event.recipient is not None and event.recipient.country == "kr"
    assert types(code("The U.S. will face merciless retaliation.", wire=("KCNA",))) == \
        ["THREATEN"]


def test_loans_and_assistance_extended_to_a_party_are_aid(code: Any) -> None:
    event = only(code("Japan extended a $1 billion loan to Indonesia."), "AID")
    assert event.recipient is not None and event.recipient.country == "id"
    assert types(code("China rendered assistance to the flood victims of Laos.")) == ["AID"]
    assert "AID" not in types(code("Factories in South Korea are getting more active in "
                                   "rendering assistance."))


def test_a_proposal_turned_down_is_rejected(code: Any) -> None:
    assert types(code("North Korea turned down the proposal from Seoul.")) == ["REJECT"]


def test_flowers_laid_after_visiting_statues_are_given_there_with_the_tribute(code: Any) -> None:
    events = code("Working people visited the statues on Mansu Hill, laid floral baskets and "
                  "paid tribute to the great leaders.", wire=("KCNA",))
    assert types(events) == ["AID"]  # the tribute paid is the flowers, one act
    assert events[0].item is not None and events[0].item.hs == "0603"


def test_a_wreath_laid_at_a_memorial_is_given_to_no_one(code: Any) -> None:
    assert code("The Chinese ambassador laid a wreath at the memorial to the fallen "
                "soldiers.", wire=("KCNA",)) == []
