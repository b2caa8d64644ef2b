"""Whose word an event rests on: the sentence's own source before the story's chain."""

from __future__ import annotations

from typing import Any

from tests.conftest import only_event

CHAIN = ("Yonhap News Agency", "KCNA")


def test_a_speaker_named_in_the_sentence_replaces_the_story_chain(code: Any) -> None:
    # the story cites KCNA elsewhere; this act rests on the minister, not on KCNA
    events = code("Russia supplied diesel to North Korea, South Korea's defence minister "
                  "Shin Won-sik said on Monday.", wire=("Reuters",), cited=("KCNA",))
    assert only_event(events, "COOPERATE").sources == ["Reuters", "Shin Won-sik"]


def test_a_sentence_without_a_source_rests_on_the_story_chain(code: Any) -> None:
    events = code("Russia delivered 20 tonnes of diesel to North Korea last week.",
                  wire=("ANI",), cited=CHAIN)
    assert only_event(events, "COOPERATE").sources == ["ANI", *CHAIN]


def test_a_speaker_on_the_chain_goes_on_along_it(code: Any) -> None:
    events = code("Russia delivered 20 tonnes of diesel to North Korea, Yonhap News Agency "
                  "reported, citing state media.", wire=("ANI",), cited=CHAIN)
    assert only_event(events, "COOPERATE").sources == ["ANI", *CHAIN]


def test_according_to_an_unnamed_body_is_kept_as_written(code: Any) -> None:
    events = code("According to a UN panel of experts, Russian tankers delivered refined "
                  "petroleum products to North Korea.", cited=("KCNA",))
    assert only_event(events, "COOPERATE").sources == ["AFP", "a UN panel of experts"]


def test_a_pronoun_speaker_is_the_person_it_stands_for(code: Any) -> None:
    events = code("Shin Won-sik spoke to reporters in Seoul on Monday. He said Russia had "
                  "supplied North Korea with diesel.", wire=("Reuters",), cited=("KCNA",))
    assert only_event(events, "COOPERATE").sources == ["Reuters", "Shin Won-sik"]
