"""Diplomacy, conflict and protest typing, threats, plans, hedges and modality.

Each sentence is an ordinary example of one construction, written for these tests (none is
taken from the gold set, the probes or the seed), run through the real spaCy pipeline and
the real Annotator. Each class has cases that must code and cases that must not.
"""

from __future__ import annotations

from typing import Any

from sanctionwatch.model import Event
from tests.conftest import only_event as only


def types(events: list[Event]) -> list[str]:
    return sorted(e.type for e in events)


def countries(event: Event) -> tuple[str | None, str | None]:
    return (event.actor.country if event.actor else None,
            event.recipient.country if event.recipient else None)


# ---- future meetings are agreements (gold clarification 24) ------------------------------
def test_a_meeting_still_to_come_is_an_agreement_not_a_meeting(code: Any) -> None:
    event = only(code("Egypt and Ethiopia will hold talks in Cairo next week on the dam."),
                 "AGREE")
    assert event.modality == "planned"
    assert countries(event) == ("eg", "et")
    assert "CONSULT" not in types(code("Turkish President Erdogan is due to visit Baghdad "
                                       "next month."))


def test_a_meeting_held_stays_a_meeting(code: Any) -> None:
    event = only(code("Egypt and Ethiopia held talks in Cairo on Monday on the dam."), "CONSULT")
    assert event.modality == "asserted"


def test_a_forecast_meeting_codes_nothing(code: Any) -> None:
    assert code("The two foreign ministers are likely to meet in Geneva later this month.") == []
    assert code("The Brazilian president is expected to attend the climate summit.") == []


def test_a_question_codes_nothing(code: Any) -> None:
    assert code("Will Turkey send more drones to Azerbaijan?") == []
    assert code("Why did Canada expel the Indian diplomat?") == []


# ---- threats (gold guideline 5) ---------------------------------------------------------
def test_a_conditional_threat_is_a_threat_made(code: Any) -> None:
    event = only(code("Beijing threatened to impose sanctions on Lithuania if it opened the "
                      "office."), "THREATEN")
    assert event.modality == "asserted"
    assert event.actor is not None and event.actor.country == "cn"


def test_a_conditional_warning_names_the_one_warned_in_the_condition(code: Any) -> None:
    event = only(code("Seoul warned of a swift response if North Korea fired another "
                      "missile."), "THREATEN")
    assert event.modality == "asserted"
    assert countries(event) == ("kr", "kp")


def test_force_promised_on_a_condition_is_a_threat_on_others_word(code: Any) -> None:
    events = code("If Azerbaijan attacks Armenian villages, Yerevan would respond militarily, "
                  "an Armenian minister said.")
    event = only(events, "THREATEN")
    assert countries(event) == ("am", "az")
    assert event.modality == "reported"
    assert "ASSAULT" not in types(events)


def test_a_response_without_force_is_no_threat(code: Any) -> None:
    assert code("If Azerbaijan asks, Yerevan would respond to the letter within a week.") == []
    assert code("The ministry responded strongly to the criticism from Washington.") == []


def test_a_penalty_faced_on_a_condition_is_a_possible_sentence_not_a_threat(code: Any) -> None:
    event = only(code("The former Iraqi minister could face the death penalty if convicted, "
                      "his lawyers said."), "COERCE")
    assert event.modality == "hypothetical"


# ---- verbs and orders read through the lexicon ------------------------------------------
def test_a_call_is_read_through_its_means(code: Any) -> None:
    event = only(code("French President Emmanuel Macron spoke by phone with Iranian President "
                      "Masoud Pezeshkian on Sunday."), "CONSULT")
    assert countries(event) == ("fr", "ir")
    assert code("The French president spoke with reporters in Paris on Sunday.") == []


def test_people_freed_and_held_are_released(code: Any) -> None:
    event = only(code("Venezuela freed three American citizens held for two years."), "RETREAT")
    assert countries(event) == ("ve", "us")


def test_restored_relations_are_cooperation_between_the_pair(code: Any) -> None:
    event = only(code("Qatar and Bahrain restored diplomatic relations on Wednesday."),
                 "COOPERATE")
    assert countries(event) == ("qa", "bh")


def test_an_official_protest_is_a_complaint_not_a_demonstration(code: Any) -> None:
    event = only(code("Vietnam lodged a protest with China over the ramming of a fishing "
                      "boat."), "ACCUSE")
    assert countries(event) == ("vn", "cn")


def test_a_counted_crowd_protests_where_it_rallies(code: Any) -> None:
    event = only(code("Thousands of Serbians rallied in Belgrade on Saturday against the "
                      "lithium mine."), "PROTEST")
    assert event.actor is not None and event.actor.country == "rs"
    assert event.recipient is None  # the city is the scene, not the target


def test_demonstrators_demanding_something_make_one_protest(code: Any) -> None:
    events = code("Hundreds of Kenyans demonstrated in Nairobi on Tuesday, demanding lower "
                  "taxes.")
    assert types(events) == ["PROTEST"]


def test_showing_and_sport_are_no_protest(code: Any) -> None:
    assert code("The Russian army demonstrated its new tanks in the drills.") == []
    assert code("Nadal rallied to beat Medvedev in the final on Sunday.") == []


def test_an_honour_conferred_is_praise_and_a_contract_or_trophy_is_not(code: Any) -> None:
    event = only(code("The Sakharov Prize was awarded to the Venezuelan opposition leader "
                      "Maria Corina Machado."), "SUPPORT")
    assert event.recipient is not None and event.recipient.country == "ve"
    assert code("The Pentagon awarded a $2 billion contract to Boeing.") == []
    assert code("The trophy and the gold medals were awarded to the Spanish players.") == []


def test_a_guest_leaving_here_is_the_end_of_a_hosted_visit(code: Any) -> None:
    events = code("Pyongyang, May 3 (KCNA) -- A delegation of the Communist Party of "
                  "Vietnam left here on Friday.", wire=("KCNA",))
    event = only(events, "CONSULT")
    assert countries(event) == ("vn", "kp")


def test_denying_claims_rejects_them_unless_the_act_is_spelled_out(code: Any) -> None:
    event = only(code("Hungary denied the claims by the European Commission."), "REJECT")
    assert event.actor is not None and event.actor.country == "hu"
    events = code("Iran denied allegations that it supplied missiles to Russia.")
    assert "REJECT" not in types(events)
    assert only(events, "AID").modality == "denied"


# ---- documents as sources (gold clarification 23) -----------------------------------------
def test_imagery_cited_for_an_act_makes_it_reported(code: Any) -> None:
    event = only(code("Chinese warships entered Philippine waters on Monday, satellite images "
                      "showed."), "MOBILIZE")
    assert event.modality == "reported"


def test_an_agreement_reached_on_a_text_is_told_as_done(code: Any) -> None:
    event = only(code("Serbia and Kosovo have agreed on the wording of a border deal."), "AGREE")
    assert event.modality == "asserted"
    promise = only(code("Serbia agreed on Monday to supply electricity to Kosovo."), "AGREE")
    assert promise.modality == "planned"


def test_coordinated_nationalities_clash_with_each_other(code: Any) -> None:
    event = only(code("Armenian and Azerbaijani troops clashed along the border on Tuesday."),
                 "ASSAULT")
    assert countries(event) == ("am", "az")
    assert code("The two plans clashed with the budget rules.") == []


def test_countermeasures_answer_the_deed_of_the_sibling_clause(code: Any) -> None:
    event = only(code("Pyongyang, May 3 (KCNA) -- The DPRK will not tolerate the military "
                      "drills of Japan and will take resolute countermeasures.",
                      wire=("KCNA",)), "THREATEN")
    assert countries(event) == ("kp", "jp")
