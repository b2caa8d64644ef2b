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
