"""Screening the seed's parties against the real OFAC and UN files imported into a tmp home."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sanctionwatch.annotate import Annotated, Annotator
from sanctionwatch.extract import extract
from sanctionwatch.model import RawDocument
from sanctionwatch.settings import load_settings
from tests.conftest import shared_path

LIST_FILES = ("un_sc_consolidated_2020-12-01.xml", "ofac_sdn_2024-02-20.csv")


@pytest.fixture(scope="module")
def screened(tmp_path_factory: pytest.TempPathFactory, seed_path: Path, nlp: Any) -> Annotated:
    from sanctionwatch.screening import load_screener
    from sanctionwatch.screening.lists import import_file
    from sanctionwatch.store import connect

    settings = load_settings(home=tmp_path_factory.mktemp("lists-home"))
    conn = connect(settings.database)
    try:
        for name in LIST_FILES:
            import_file(conn, shared_path("data", "sanctions", name))
    finally:
        conn.close()
    screener = load_screener(settings)
    assert screener is not None
    raw = RawDocument(source=str(seed_path), data=seed_path.read_bytes())
    return Annotator(settings, screener, nlp=nlp).annotate(extract(raw, settings))


def test_putin_and_kim_screen_to_their_ofac_entries_not_un(screened: Annotated) -> None:
    expected = {"Q7747": "RUSSIA-EO14024", "Q56226": "DPRK3"}
    for qid, programme in expected.items():
        entity = screened.entity(qid)
        assert entity is not None
        top = entity.sanctions[0]
        assert top.list_id == "us-ofac-sdn" and programme in top.programs, entity.sanctions
        assert top.explanation, "each hit says why it matched"
        assert all(h.list_id != "un-sc" for h in entity.sanctions)


def test_kim_yo_jong_is_screened_as_herself(screened: Annotated) -> None:
    sister = next(e for e in screened.entities if e.name == "Kim Yo-jong")
    kim = screened.entity("Q56226")
    assert kim is not None
    assert {h.entry_id for h in sister.sanctions}.isdisjoint({h.entry_id for h in kim.sanctions})
    assert any("YO JONG" in h.name.upper() for h in sister.sanctions)


def test_states_are_not_screened(screened: Annotated) -> None:
    assert all(not e.sanctions for e in screened.entities if e.schema == "Country")
