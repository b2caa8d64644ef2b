"""Wire credits, datelines and the chain of cited sources."""

from __future__ import annotations

import pytest

from sanctionwatch.extract.credits import find_credits


@pytest.mark.parametrize(("paragraphs", "extra", "wire"), [
    (["Body text of the story goes here.", "(Inputs from ANI)"], [], ["ANI"]),
    (["Body text of the story goes here.", "With inputs from PTI and IANS."], [], ["PTI", "IANS"]),
    (["Body text of the story goes here. (AP)"], [], ["AP"]),
    (["They sold everything to pay the agent who promised a job. PTI"], [], ["PTI"]),
    (["Body text of the story goes here.", "- Reuters"], [], ["Reuters"]),
    (["Body text of the story goes here."], ["(Inputs from Agencies)", "(With inputs from AFP)"],
     ["AFP"]),
    (["Body text.", "Copyright 2024 The Associated Press. All rights reserved."], [], ["AP"]),
    (["SEOUL, Feb 20 (Reuters) - North Korea fired a missile, the military said."], [],
     ["Reuters"]),
])
def test_wire_credits(paragraphs: list[str], extra: list[str], wire: list[str]) -> None:
    assert find_credits(paragraphs, extra).wire == wire


def test_photo_credit_and_mentions_are_not_wire() -> None:
    credits = find_credits([
        "Officials met in Geneva on Tuesday, Reuters reported, and agreed new rules.",
        "The talks continue next week, a spokesperson said."], [])
    assert credits.wire == []


@pytest.mark.parametrize(("text", "dateline", "wire"), [
    ("Pyongyang, March 1 (KCNA) -- Kim Jong Un inspected a factory.",
     "Pyongyang, March 1 (KCNA)", ["KCNA"]),
    ("SEOUL, Feb 20 (Reuters) - North Korea said on Tuesday...", "SEOUL, Feb 20 (Reuters)",
     ["Reuters"]),
    ("WASHINGTON (AP) — The Senate voted on Tuesday.", "WASHINGTON (AP)", ["AP"]),
    ("MOSCOW — Russia said on Tuesday it would respond to the new measures in kind, "
     "officials told reporters.", "MOSCOW", []),
    ("New Delhi: The ministry said on Monday that talks with the delegation would resume "
     "next month in the capital.", "New Delhi", []),
    ("(Reuters) — The attorney general is investigating the company, a person familiar "
     "with the matter said.", "(Reuters)", ["Reuters"]),
    ("Meanwhile, the ministry said that talks would resume.", None, []),
    # a heading with a colon is not a dateline
    ("The Latest: Man stabbed to death on a commuter train near the bay station", None, []),
])
def test_datelines(text: str, dateline: str | None, wire: list[str]) -> None:
    credits = find_credits([text], [])
    assert credits.dateline == dateline
    assert credits.wire == wire


def test_state_media_resolves_to_the_named_state_agency() -> None:
    story = [
        "The leader received a car as a gift, as told by Yonhap News Agency, citing state media.",
        "The gift shows special relations, Yonhap News Agency reported, citing Korean Central "
        "News Agency (KCNA).",
        "(Inputs from ANI)",
    ]
    credits = find_credits(story, [])
    assert credits.wire == ["ANI"]
    assert credits.cited_sources == ["Yonhap News Agency", "KCNA"]


def test_chain_of_three_and_no_chain_without_agencies() -> None:
    story = ["Moscow sent the parts, AFP reported, quoting Kyodo News, citing TASS."]
    assert find_credits(story, []).cited_sources == ["AFP", "Kyodo News", "TASS"]
    assert find_credits(["The minister said the talks went well."], []).cited_sources == []


def test_single_reporting_agency_is_the_chain() -> None:
    story = ["The ship docked at Nampo, according to NK News, which tracked it by satellite."]
    assert find_credits(story, []).cited_sources == ["NK News"]


def test_byline_credits_an_agency() -> None:
    story = ["The ministry said on Monday that the talks would resume next week."]
    assert find_credits(story, [], bylines=["By The Associated Press"]).wire == ["AP"]
    assert find_credits(story, [], bylines=["By Jane Doe | Reuters"]).wire == ["Reuters"]
    assert find_credits(story, [], bylines=["By Jane Doe"]).wire == []


def test_the_sites_own_byline_is_not_a_wire() -> None:
    story = ["The ministry said on Monday that the talks would resume next week."]
    assert find_credits(story, [], bylines=["By Laura He, CNN Business"], outlet="CNN").wire == []
    assert find_credits(story, [], bylines=["By Sputnik International"],
                        outlet="SputnikInt").wire == []
    assert find_credits(story, [], bylines=["By Reuters"], outlet="CNN").wire == ["Reuters"]


@pytest.mark.parametrize("sentence", [
    "KCNA said on Tuesday that the leader inspected a missile factory, according to Yonhap.",
    "The leader received a car, as reported by Yonhap News Agency, which cited KCNA.",
    "KCNA was quoted by Yonhap as saying the test succeeded.",
    "According to Yonhap, citing KCNA, the leader inspected a factory.",
])
def test_chain_in_either_word_order(sentence: str) -> None:
    assert find_credits([sentence], []).cited_sources == ["Yonhap News Agency", "KCNA"]
