"""Shared fixtures: where ../shared is, the contract validator, one loaded spaCy pipeline."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("SANCTIONWATCH_SHARED", ROOT.parent / "shared")).resolve()


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with a clear message where it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs the shared data at {path} (../shared is absent here)")
    return path


@pytest.fixture(scope="session")
def contract_validator() -> Any:
    from jsonschema import Draft202012Validator

    schema = json.loads(shared_path("contract", "analysis.schema.json").read_text())
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@pytest.fixture(scope="session")
def seed_path() -> Path:
    files = sorted(shared_path("seed").glob("*.txt"))
    if not files:
        pytest.skip("no seed article in ../shared/seed")
    return files[0]


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from sanctionwatch.settings import load_settings

    return load_settings(home=tmp_path_factory.mktemp("home"))


@pytest.fixture(scope="session")
def nlp(settings: Any) -> Any:
    from sanctionwatch.annotate import load_nlp

    return load_nlp(settings)


@pytest.fixture(scope="session")
def code(settings: Any, nlp: Any) -> Any:
    """Events of one text run through the real annotator and coder:
    ``code(text, published="2024-03-14", wire=("AFP",), cited=())``, ``cited`` being the
    story's citation chain the extract stage would find."""
    from sanctionwatch.annotate import Annotator
    from sanctionwatch.events import code_events
    from sanctionwatch.model import Document

    annotator = Annotator(settings, None, nlp=nlp)

    def run(text: str, published: str = "2024-03-14",
            wire: tuple[str, ...] = ("AFP",), cited: tuple[str, ...] = ()) -> list[Any]:
        doc = Document(id="t", source="t", text=text, published=published, wire=list(wire),
                       cited_sources=list(cited))
        return code_events(annotator.annotate(doc))
    return run


def only_event(events: list[Any], etype: str) -> Any:
    """The one event of a type (fails, listing what was coded, when there are none or more)."""
    found = [e for e in events if e.type == etype]
    assert len(found) == 1, [(e.type, e.modality, e.trigger) for e in events]
    return found[0]


SANCTIONS_FILES = ("un_sc_consolidated_2020-12-01.xml", "ofac_sdn_2024-02-20.csv",
                   "ofac_sdn_2024-05-03.csv", "ofac_cons_prim_nonsdn_2025-08.csv",
                   "ofac_alt_2026-06.csv", "ofac_add_2026-06.csv")


@pytest.fixture(scope="session")
def sanctions_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home with every real list file imported and the screening index built (once)."""
    from sanctionwatch.screening import load_screener
    from sanctionwatch.screening.lists import import_file
    from sanctionwatch.settings import load_settings
    from sanctionwatch.store import connect

    home = tmp_path_factory.mktemp("sanctions-home")
    conn = connect(home / "sanctionwatch.db")
    try:
        for name in SANCTIONS_FILES:
            import_file(conn, shared_path("data", "sanctions", name))
    finally:
        conn.close()
    assert load_screener(load_settings(home=home)) is not None  # builds and caches the index
    return home
