"""An agency dateline is its own sentence, so the story's verb is parsed as the main one."""

from __future__ import annotations

from typing import Any

import pytest

from sanctionwatch.annotate import Annotator
from sanctionwatch.extract.credits import story_starts


@pytest.fixture(scope="module")
def annotator(settings: Any, nlp: Any) -> Annotator:
    return Annotator(settings, None, nlp=nlp)


@pytest.mark.parametrize("text, opens", [
    ("MOSCOW (Reuters) - Russian firms hired workers.", "Russian"),
    ("Pyongyang, May 1 (KCNA) -- Kim Jong Un visited a farm.", "Kim"),
    ("Seoul\n\nSEOUL, March 5, 2024 (Yonhap) - North Korea fired a missile.", "North"),
])
def test_a_dateline_is_cut_off_the_story(text: str, opens: str) -> None:
    assert [text[i:].split()[0] for i in story_starts(text)] == [opens]


def test_a_parenthesis_inside_a_sentence_is_no_dateline() -> None:
    assert story_starts("Putin met Kim (right) - and then left.") == []


def test_the_story_verb_after_a_dateline_heads_its_sentence(annotator: Annotator) -> None:
    doc = annotator.parse("MOSCOW (Reuters) - Russian construction firms hired thousands of "
                          "North Korean workers in 2023.")
    hired = next(t for t in doc if t.text == "hired")
    assert hired.dep_ == "ROOT" and hired.sent.text.startswith("Russian")


def test_a_dated_story_sentence_is_coded(code: Any) -> None:
    events = code("MOSCOW (Reuters) - Russian construction firms hired thousands of North "
                  "Korean workers in 2023.", wire=("Reuters",))
    assert [(e.type, e.actor.country if e.actor else None,
             e.recipient.country if e.recipient else None, e.item.category if e.item else None)
            for e in events] == [("COOPERATE", "kp", "ru", "labour")]
