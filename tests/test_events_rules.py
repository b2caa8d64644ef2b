"""Event coding rules: modality, roles, items, dates and data-file checks.

Sentences are run through the real spaCy pipeline and the real Annotator; they are written
in the style of wire copy to exercise one rule each (none is taken from the seed).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sanctionwatch.errors import DataFileError
from sanctionwatch.events.lexicon import load_goods, load_triggers
from tests.conftest import only_event as only


@pytest.mark.parametrize("text, modality", [
    ("Russia delivered artillery shells to North Korea in January.", "asserted"),
    ("Russia denied supplying artillery shells to North Korea.", "denied"),
    ("Russia could deliver artillery shells to North Korea.", "hypothetical"),
    # an open question inside a statement (a question sentence codes nothing: gold
    # clarification 14)
    ("Investigators are trying to establish whether Russia delivered artillery shells to "
     "North Korea.", "hypothetical"),
    ("Russia will deliver artillery shells to North Korea next month.", "planned"),
    ("Officials said Russia delivered artillery shells to North Korea.", "reported"),
])
def test_modality_of_a_transfer(code: Any, text: str, modality: str) -> None:
    events = [e for e in code(text) if e.item is not None]
    assert len(events) == 1, [(e.type, e.trigger) for e in code(text)]
    event = events[0]
    assert event.modality == modality
    assert event.item is not None and event.item.category == "arms" and event.item.hs == "9306"


def test_promise_to_supply_is_agree_with_the_item(code: Any) -> None:
    event = only(code("China agreed to supply diesel to North Korea."), "AGREE")
    assert event.modality == "planned"
    assert event.actor is not None and event.actor.country == "cn"
    assert event.recipient is not None and event.recipient.country == "kp"
    assert event.item is not None and event.item.category == "refined_petroleum"
    assert event.item.hs == "2710"


def test_purchase_makes_the_seller_the_actor(code: Any) -> None:
    event = only(code("Iran bought 20 helicopters from Russia last year."), "COOPERATE")
    assert event.actor is not None and event.actor.country == "ru"
    assert event.recipient is not None and event.recipient.country == "ir"
    assert event.item is not None and event.item.category == "helicopters"
    assert event.item.quantity == "20"
    assert event.date == "2023" and event.date_precision == "year"


def test_speech_is_not_a_transfer(code: Any) -> None:
    assert [e for e in code("Vladimir Putin gave a speech in Moscow on Tuesday.")
            if e.type == "AID"] == []


def test_light_verb_takes_its_type_from_the_object(code: Any) -> None:
    event = only(code("Xi Jinping sent a message of greetings to Vladimir Putin."), "SUPPORT")
    assert event.actor is not None and event.actor.country == "cn"
    assert event.recipient is not None and event.recipient.country == "ru"


def test_restatements_merge_into_one_event(code: Any) -> None:
    text = ("Russia sold coal to China on Monday. Officials said Russia sold the coal to "
            "China. The sale was large.")
    sales = [e for e in code(text) if e.type == "COOPERATE"]
    assert len(sales) == 1
    assert sales[0].date == "2024-03-11" and sales[0].date_precision == "day"
    assert "merged" in " ".join(sales[0].explanation)
    # the other telling is kept, so a reader (and the in-document scoring) can find it
    told_again = text.index("Officials said")
    assert [span.start for span in sales[0].restatements] == [told_again]
    assert sales[0].to_dict()["restatements"][0]["text"].startswith("Officials said")


def test_sources_start_with_the_wire(code: Any) -> None:
    event = only(code("Japan sent rice to the Philippines, Kyodo News reported."), "AID")
    assert event.sources[0] == "AFP"
    assert event.modality == "reported"
    assert event.item is not None and event.item.category == "food_agricultural"


def test_goods_vocabulary_uses_only_shared_categories(tmp_path: Path) -> None:
    bad = tmp_path / "goods.yaml"
    bad.write_text("spaceships:\n  starship: '8802'\n")
    with pytest.raises(DataFileError, match="spaceships"):
        load_goods(bad, {"vehicles"})


@pytest.mark.parametrize("content, reason", [
    ("verbs:\n  give: {type: DONATE}\n", "DONATE"),  # not a PLOVER type
    ("verbs: [give\n", "line"),  # broken YAML: the error names the line
    # YAML reads a bare `on` as true: the trigger would never fire, so the file is refused
    ("verbs:\n  call on: {type: REQUEST, cameo: '010', needs: [on]}\n", "needs"),
    # a closed word list of the parse rules read as a boolean would switch its rule off
    ("verbs: {}\nfurther_words: no\n", "further_words"),
])
def test_a_broken_triggers_file_is_refused(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "triggers.yaml"
    path.write_text(content)
    with pytest.raises(DataFileError, match=reason):
        load_triggers(path)


def test_passive_participle_makes_the_agent_the_supplier(code: Any) -> None:
    events = code("Missiles supplied by the United States to Ukraine were fired on Friday.")
    aid = only(events, "AID")
    assert aid.actor is not None and aid.actor.country == "us"
    assert aid.recipient is not None and aid.recipient.country == "ua"
    assert aid.item is not None and aid.item.category == "arms"


def test_release_of_a_report_is_not_a_prisoner_release(code: Any) -> None:
    assert [e for e in code("The United Nations released a report on Iran on Monday.")
            if e.type == "RETREAT"] == []


def test_offer_done_is_a_supply_offer_to_come_a_promise(code: Any) -> None:
    """'weapons offered by X' and 'X has offered weapons' report supplies already made;
    'X offered to supply weapons' stays a promise."""
    done = code("Kyiv attacked the city with missiles offered by the United States.")
    assert [(e.type, e.modality) for e in done if e.item] == [("AID", "asserted")]
    perfect = code("The United States has offered Ukraine a large amount of munitions.")
    assert [(e.type, e.cameo) for e in perfect if e.item] == [("AID", "072")]
    promise = code("The United States offered to supply Ukraine with munitions.")
    assert all(e.type != "AID" for e in promise)


def test_unlisted_party_takes_the_state_in_its_apposition(code: Any) -> None:
    """A sender the knowledge base lacks is placed by the state in its description."""
    events = code("Kim Jong Un received a floral basket from Ukhnaa Zorigtbaatar, "
                  "president of Mongolia, on Friday.")
    gift = only(events, "AID")
    assert gift.actor is not None and gift.actor.country == "mn"


def test_state_supplied_goods_are_a_supply_to_their_user(code: Any) -> None:
    """'U.S.-supplied missiles' presupposes a supply by the U.S. to whoever uses them;
    a hyphenated adjective that is no supply ('well-known') codes nothing."""
    events = code("Ukraine struck the bridge with U.S.-supplied missiles on Sunday.")
    aid = only(events, "AID")
    assert aid.actor is not None and aid.actor.country == "us"
    assert aid.recipient is not None and aid.recipient.country == "ua"
    assert aid.item is not None and aid.item.text == "missiles" and aid.item.category == "arms"
    assert not [e for e in code("Ukraine struck the bridge with well-known missiles.")
                if e.type == "AID"]


def test_goods_used_in_breach_of_sanctions_were_supplied_by_someone(code: Any) -> None:
    """Goods a party uses 'in breach of an embargo' reached it from an unknown supplier;
    a breach with no one holding goods ('the gift could violate sanctions') codes none."""
    aid = only(code("The rebels used rifles in breach of the arms embargo."), "AID")
    assert aid.actor is None and aid.recipient is not None
    assert aid.item is not None and aid.item.category == "arms"
    assert not [e for e in code("The gift could be in violation of sanctions on Iran.")
                if e.type == "AID" and e.actor is None]


def test_receiving_a_person_is_a_visit_and_conjoined_verbs_share_the_counterpart(
        code: Any) -> None:
    """'X received the minister' hosts a visit (the visitor acts); 'met and had a talk with
    Y' gives both verbs Y; a date ('on Sept. 17') is never a party."""
    visit = only(code("Kim Jong Un received Sergei Shoigu in Pyongyang on Friday."), "CONSULT")
    assert visit.cameo == "043" and visit.actor is not None and visit.actor.country == "ru"
    assert visit.recipient is not None and visit.recipient.country == "kp"
    talks = code("Choe Son Hui met and had a talk with Sergei Lavrov in Moscow on Sept. 17.")
    assert talks and all(e.recipient is not None and e.recipient.country == "ru"
                         for e in talks if e.type == "CONSULT")


def test_event_nouns_code_with_possessor_to_and_of(code: Any) -> None:
    """'its arms sale to Japan' and 'the delivery of shells to Russia by X' are transfers;
    'there were talks between X and Y' a meeting; a noun with no goods codes nothing."""
    sale = only(code("The U.S. expanded its arms sale to Japan."), "AID")
    assert sale.actor is not None and sale.actor.country == "us"
    assert sale.recipient is not None and sale.recipient.country == "jp"
    assert sale.item is not None and sale.item.category == "arms"
    delivery = only(code("The delivery of artillery shells to Russia by North Korea began."),
                    "AID")
    assert delivery.actor is not None and delivery.actor.country == "kp"
    talks = only(code("There were talks between Vladimir Putin and Kim Jong Un on Friday."),
                 "CONSULT")
    assert talks.recipient is not None and talks.recipient.country == "kp"
    assert not [e for e in code("The sale of the company to investors closed.") if e.item]


def test_transfer_to_come_is_a_promise_and_reported_would_is_intent(code: Any) -> None:
    """'will deliver' and 'said they would provide' are promises of a transfer (AGREE,
    planned); 'would ... if' stays hypothetical; dealers' sales with no state code none."""
    will = only(code("Russia will deliver artillery shells to North Korea next month."), "AGREE")
    assert will.modality == "planned" and will.item is not None
    said = only(code("Officials said Russia would provide fuel to North Korea."), "AGREE")
    assert said.modality == "planned"
    cond = code("Russia would provide fuel to North Korea if sanctions were lifted.")
    assert all(e.modality == "hypothetical" for e in cond if e.item), cond
    assert not code("Local dealers sold 30,000 new cars in October.")


def test_relative_pronoun_actor_is_its_antecedent(code: Any) -> None:
    """'the United States, which accuses him': the state accuses, not 'which'."""
    accuse = only(code("Assange faces extradition to the United States, which accuses him "
                       "of espionage."), "ACCUSE")
    assert accuse.actor is not None and accuse.actor.country == "us"


def test_sender_after_conjoined_goods_acts_and_is_no_part_of_the_item(code: Any) -> None:
    """'received a basket and a letter from the Vietnamese ambassador': the ambassador
    sends; the item stops before 'from'."""
    gift = only(code("Kim Jong Un received a floral basket and a letter from the Vietnamese "
                     "ambassador."), "AID")
    assert gift.actor is not None and gift.actor.country == "vn"
    assert gift.item is not None and "from" not in gift.item.text


def test_passive_transfer_recipient_is_the_goods_holder(code: Any) -> None:
    events = code("Pakistan says all its fighter jets were supplied by China.")
    aid = only(events, "AID")
    assert aid.actor is not None and aid.actor.country == "cn"
    assert aid.recipient is not None and aid.recipient.country == "pk"


def test_pressuring_a_state_is_coercion(code: Any) -> None:
    events = code("France has been pressuring Germany to approve the loan.")
    coerce = only(events, "COERCE")
    assert coerce.actor is not None and coerce.actor.country == "fr"
    assert coerce.recipient is not None and coerce.recipient.country == "de"
