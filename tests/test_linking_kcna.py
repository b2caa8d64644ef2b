"""Linking on real KCNA items (../shared/data/news/kcna): roles, glued names, datelines."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from sanctionwatch.annotate import Annotated, Annotator
from sanctionwatch.model import Document
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def items() -> list[dict[str, Any]]:
    path = shared_path("data", "news", "kcna", "kcna_headlines_2023-12-24_to_2024-11-10.json")
    data: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def annotator(settings: Any, nlp: Any) -> Annotator:
    return Annotator(settings, None, nlp=nlp)


def find(items: list[dict[str, Any]], *needles: str) -> dict[str, Any]:
    for item in items:
        if all(n in item["story_text"] for n in needles):
            return item
    pytest.skip(f"no KCNA item with {needles}")


def annotate(annotator: Annotator, item: dict[str, Any], date: str | None = None) -> Annotated:
    published = date or dt.datetime.fromtimestamp(item["date"] / 1000, dt.UTC).date().isoformat()
    doc = Document(id=item["link"], source="kcna", text=item["story_text"], published=published)
    return annotator.annotate(doc)


def test_dprk_leader_and_names_glued_to_the_next_word(annotator: Annotator,
                                                      items: list[dict[str, Any]]) -> None:
    item = find(items, "to the DPRK leader.", "Kim Jong Unexpressed")
    result = annotate(annotator, item)
    text = result.document.text
    start = text.index("DPRK leader")
    assert (ent := result.entity_at(start, start + len("DPRK leader"))) is not None
    assert ent.id == "Q56226"
    kim = result.entity("Q56226")
    assert kim is not None
    assert any(m.text == "Kim Jong Un" and text[m.end:m.end + 2] == "ex" for m in kim.mentions) \
        or any(m.text == "Kim" and text[m.end:m.end + 6] == " Jong " for m in kim.mentions)


def test_role_title_follows_the_document_date(annotator: Annotator,
                                              items: list[dict[str, Any]]) -> None:
    item = find(items, "the Russian president extended")
    text = item["story_text"]
    start = text.index("Russian president extended")
    span = (start, start + len("Russian president"))
    now = annotate(annotator, item).entity_at(*span)
    then = annotate(annotator, item, date="2010-06-01").entity_at(*span)
    assert now is not None and now.id == "Q7747"
    assert then is not None and then.name == "Dmitry Medvedev"


def test_sister_statements_never_link_to_the_leader(annotator: Annotator,
                                                    items: list[dict[str, Any]]) -> None:
    statements = [i for i in items if i["story_text"].count("Kim Yo Jong") >= 1][:5]
    assert statements
    for item in statements:
        result = annotate(annotator, item)
        sister = [e for e in result.entities if e.name == "Kim Yo-jong"]
        assert len(sister) == 1 and sister[0].countries == ["kp"]
        kim = result.entity("Q56226")
        assert kim is None or all("Yo" not in m.text for m in kim.mentions)


def test_over_many_items_mentions_are_exact_and_datelines_are_places(
        annotator: Annotator, items: list[dict[str, Any]]) -> None:
    texts = list(dict.fromkeys(i["story_text"] for i in items))[:60]
    for n, text in enumerate(texts):
        result = annotator.annotate(Document(id=str(n), source="kcna", text=text))
        for ent in result.entities:
            for m in ent.mentions:
                assert text[m.start:m.end] == m.text
            if text.startswith("Pyongyang,"):
                assert all(m.start > 0 for m in ent.mentions), ent
            if ent.schema == "Person" and ent.kb_id is None:
                assert " " in ent.name or any(
                    " " in e.name and e.name.endswith(ent.name) for e in result.entities), ent


def test_unknown_officials_and_bodies_act_for_the_state_in_their_title(
        annotator: Annotator, items: list[dict[str, Any]]) -> None:
    item = find(items, "Russian ambassador to the DPRK", "Supreme Prosecutor's Office")
    result = annotate(annotator, item)
    countries = {e.name: e.countries for e in result.entities}
    ambassador = [n for n in countries if "Matsegora" in n]
    assert ambassador and countries[ambassador[0]] == ["ru"]
    assert countries.get("Supreme Prosecutor's Office") == ["ru"]
    unknown = [e for e in result.entities if e.kb_id is None and e.schema == "Person"]
    assert any(e.countries == ["kp"] for e in unknown), unknown
