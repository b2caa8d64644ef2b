"""Names glued to a neighbouring word (KCNA's lost whitespace) are split off before the
parse, so the verb after them codes; the text and its offsets are unchanged, and words
that merely mix cases ("iPhone", "McDonald", "YouTube") are left whole."""

from __future__ import annotations

from typing import Any

import pytest

from sanctionwatch.annotate import Annotator
from sanctionwatch.events import code_events
from sanctionwatch.model import Document


@pytest.fixture(scope="module")
def annotator(settings: Any, nlp: Any) -> Annotator:
    return Annotator(settings, None, nlp=nlp)


def test_glued_name_is_split_and_its_verb_codes(annotator: Annotator) -> None:
    text = ("Pyongyang, May 3 (KCNA) -- The respected ComradeKim Jong Unreceived a floral "
            "basket from the Vietnamese ambassador on Friday.")
    ann = annotator.annotate(Document(id="g", source="t", text=text, published="2024-05-03",
                                      wire=["KCNA"]))
    assert ann.doc.text == text
    words = [t.text for t in ann.doc]
    assert words[words.index("Comrade"):words.index("received") + 1] == \
        ["Comrade", "Kim", "Jong", "Un", "received"]
    gifts = [e for e in code_events(ann) if e.type == "AID"]
    assert gifts and gifts[0].recipient is not None and gifts[0].recipient.country == "kp"


def test_mixed_case_words_are_not_split(annotator: Annotator) -> None:
    text = "He bought an iPhone at McDonald's and watched YouTube toKim Jong Un."
    doc = annotator.parse(text)
    words = [t.text for t in doc]
    assert {"iPhone", "McDonald", "YouTube"} <= set(words)
    assert words[-5:-1] == ["to", "Kim", "Jong", "Un"]
