"""Which noun of a transfer's object names the goods (sanctionwatch.events.items), through
the real spaCy pipeline and coder.

Amount, measure and container heads pass their "of" phrase's goods through; a head that is
not goods names something about them and gives no item.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sanctionwatch.errors import DataFileError
from sanctionwatch.events.items import item_heads, load_item_heads


def transfer_item(code: Any, text: str) -> Any:
    """The item of the one transfer (AID, or COOPERATE for trade) coded from a text, or None
    when none is coded."""
    events = [e for e in code(text) if e.type in ("AID", "COOPERATE")]
    assert len(events) <= 1, [(e.type, e.item) for e in events]
    return events[0].item if events else None


@pytest.mark.parametrize("text, category, hs", [
    ("Russia delivered 500 tons of diesel to North Korea.", "refined_petroleum", "2710"),
    ("Russia shipped barrels of oil to North Korea.", "crude_oil", "2709"),
    ("China sent a shipment of rifles to North Korea.", "arms", "9301"),
    ("Russia sent a fleet of trucks to North Korea.", "vehicles", "8704"),
    ("China sent some of its weapons to North Korea.", "arms", None),
    ("Russia sent crates of artillery shells to North Korea.", "arms", "9306"),
    # a vehicle named with its load carries it: the crude oil is the item, not the tankers
    ("Russia sent two tankers of crude to North Korea.", "crude_oil", "2709"),
    ("China sent ten trucks of coal to North Korea.", "coal", "2701"),
    # ... but with no goods in its "of" phrase the vehicle itself is the item
    ("Russia sent two ships of the Pacific Fleet to North Korea.", "vessels", "8901"),
    # a container given as such, with no "of" phrase, is the goods itself
    ("Modi gave Biden a sandalwood box.", "other_goods", None),
])
def test_amount_and_container_heads_pass_their_goods_through(
        code: Any, text: str, category: str, hs: str | None) -> None:
    item = transfer_item(code, text)
    assert item is not None and (item.category, item.hs) == (category, hs)


@pytest.mark.parametrize("text", [
    "Russia sent pictures of tanks to North Korea.",
    "Russia gave North Korea a model of a car.",
    "Russia sent a list of weapons to North Korea.",
    "The Japanese reactionaries give to their newly-building warships such names of "
    "notorious warships as Taigei.",
])
def test_a_head_that_is_not_goods_gives_no_item(code: Any, text: str) -> None:
    assert transfer_item(code, text) is None


def test_goods_at_the_end_of_a_chain_with_their_purpose(code: Any) -> None:
    """The head noun, not a modifier, decides; "apparatuses for indoor playgrounds" are
    playground apparatus (HS 9506), not machinery, and the item keeps the purpose."""
    item = transfer_item(code, "Later, he sent thousands of pieces of apparatuses for indoor "
                               "playgrounds to the Pyongyang Children's Department Store.")
    assert item is not None
    assert (item.category, item.hs) == ("other_goods", "9506")
    assert item.text.endswith("for indoor playgrounds")


def test_a_for_phrase_naming_a_destination_is_not_the_goods(code: Any) -> None:
    item = transfer_item(code, "Russia sent weapons for Ukraine.")
    assert item is not None and item.category == "arms" and item.text == "weapons"


def test_a_plural_the_tagger_lemmatises_wrongly_still_passes_through(code: Any) -> None:
    """spaCy lemmatises "doses" as "dos": the word less its plural ending is tried too."""
    item = transfer_item(code, "The company provided 100 doses of influenza vaccines to the "
                               "clinic.")
    assert item is not None and item.category == "humanitarian"


def test_head_lists_are_data_and_a_broken_file_names_its_key(tmp_path: Path) -> None:
    heads = item_heads()
    assert {"ton", "barrel", "shipment", "piece"} <= heads.pass_through
    assert "name" not in heads.pass_through and "picture" not in heads.pass_through
    bad = tmp_path / "heads.yaml"
    bad.write_text("pass_through: [ton]\ncontainers: oops\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="containers"):
        load_item_heads(bad)


@pytest.mark.parametrize("text, category", [
    ("Russia supplied North Korea with a modified version of the Iskander missile.", "arms"),
    ("Russia delivered elements of air defence systems to North Korea.", "arms"),
    ("Russia sold $500 million worth of arms to North Korea.", "arms"),
])
def test_versions_elements_and_values_of_goods_are_the_goods(code: Any, text: str,
                                                             category: str) -> None:
    item = transfer_item(code, text)
    assert item is not None and item.category == category


@pytest.mark.parametrize("text, category, hs", [
    # parts named for other goods are of those goods' kind, not machinery
    ("Russia sent spare parts for MiG fighters to North Korea.", "arms", None),
    ("Russia sent tank spare parts to North Korea.", "arms", None),
    # ... with their own heading where the vocabulary has one
    ("Russia sent spare parts for aircraft to North Korea.", "aircraft", "8803"),
    # spare parts for nothing named stay machinery parts
    ("Russia sent spare parts to North Korea.", "machinery", "8409"),
])
def test_parts_are_of_the_kind_of_the_goods_they_are_for(code: Any, text: str, category: str,
                                                        hs: str | None) -> None:
    item = transfer_item(code, text)
    assert item is not None and (item.category, item.hs) == (category, hs)


def test_a_goods_noun_the_parser_split_off_its_of_phrase_is_still_the_goods(
        code: Any) -> None:
    # the small parser reads "watches" here as a verb's conjunct, leaving "of luxury" alone
    events = [e for e in code("China exported $3 million worth of luxury watches to North "
                              "Korea last year.") if e.item is not None]
    assert len(events) == 1
    assert events[0].item.text == "$3 million worth of luxury watches"
    assert events[0].item.category == "luxury_goods"


def test_a_model_name_the_tagger_took_for_a_pronoun_still_modifies_the_goods(
        code: Any) -> None:
    # "Shahed-136" is tagged PRON and "drones" made a second object of the verb
    events = [e for e in code("Iran has delivered hundreds of Shahed-136 drones to Russia.")
              if e.item is not None]
    assert [(e.type, e.item.text, e.item.category) for e in events] == [
        ("AID", "hundreds of Shahed-136 drones", "arms")]


def test_a_time_the_parser_hung_on_the_goods_is_no_part_of_the_item(code: Any) -> None:
    events = [e for e in code("Chinese firms imported North Korean seafood worth millions of "
                              "dollars last year.") if e.item is not None]
    assert [e.item.text for e in events] == ["North Korean seafood"]


def test_a_place_or_time_under_the_value_word_is_no_part_of_the_item(code: Any) -> None:
    events = [e for e in code("A German dealer exported 15 sports cars worth 2 million euros "
                              "to buyers in Moscow in April.") if e.item is not None]
    # the value after the goods is the item's value, and its number no count of the goods
    assert [(e.item.text, e.item.quantity, e.item.value) for e in events] == [
        ("15 sports cars", "15", "2 million euros")]


@pytest.mark.parametrize("text, value, quantity", [
    # the small model tags none of these as money with its currency
    ("A Latvian dealer sold a used car valued at 8,000 euros to a buyer in Moscow.",
     "8,000 euros", None),
    ("A French firm exported perfume worth $500,000 to Russia.", "$500,000", None),
    ("An Italian shop sold EUR 600 worth of perfume to a buyer in Moscow.", "EUR 600", None),
    ("A dealer sold 30 cars worth 40,000 yuan each to a buyer in Moscow.",
     "40,000 yuan each", "30"),
    # a renminbi amount by its abbreviation
    ("A Chinese dealer sold a Bentley for 2 million RMB to a buyer in Moscow.",
     "2 million RMB", None),
])
def test_a_value_is_read_with_its_currency_and_is_no_quantity(code: Any, text: str, value: str,
                                                               quantity: str | None) -> None:
    items = [e.item for e in code(text) if e.item is not None]
    assert [(i.value, i.quantity) for i in items] == [(value, quantity)], items


@pytest.mark.parametrize("text, category", [
    ("A Finnish company exported dual-use goods to Russia.", "wmd_dual_use"),
    ("North Korea exported iron-ore to China.", "iron_ore"),
])
def test_a_hyphenated_goods_phrase_is_one_word_of_the_vocabulary(code: Any, text: str,
                                                                 category: str) -> None:
    items = [e.item for e in code(text) if e.item is not None]
    assert [i.category for i in items] == [category], items


def test_pounds_alone_are_a_weight_not_money(code: Any) -> None:
    items = [e.item for e in code("A Dutch trader sold 500 pounds of caviar to a restaurant "
                                  "in Moscow.") if e.item is not None]
    assert items and all(i.value is None for i in items), items


@pytest.mark.parametrize("text, category", [
    # goods of no named kind sent for a disaster's victims are relief
    ("The governor conveyed the materials to the flood victims in the province on Monday.",
     "humanitarian"),
    ("The Red Cross sent goods to earthquake survivors in southern Turkey.", "humanitarian"),
    ("China sent supplies to flood-hit areas of Myanmar last week.", "humanitarian"),
    # no disaster named, or a kind named: the goods stay what they are
    ("A Chinese firm sent materials to a factory in Dandong.", "other_goods"),
    ("The leader sent gifts to the builders of the flood-hit areas.", "other_goods"),
])
def test_goods_of_no_kind_sent_for_disaster_victims_are_relief(
        code: Any, text: str, category: str) -> None:
    assert transfer_item(code, text).category == category
