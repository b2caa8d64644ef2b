"""Quality floors for findings, measured through the real pipeline on the gold set.

The floors are pinned in benchmarks/findings_floors.json from measured figures (see
``python -m benchmarks.findings_eval``); never lower them without saying why in the commit.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, shared_path

FLOORS = ROOT / "benchmarks" / "findings_floors.json"


@pytest.fixture(scope="module")
def tallies(settings: Any) -> Any:
    shared_path("data", "news", "kcna")
    from benchmarks.findings_eval import evaluate_gold, load_gold, make_pipeline

    return evaluate_gold(make_pipeline(settings), load_gold())


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_findings_meet_pinned_floors(tallies: Any, split: str) -> None:
    floors = json.loads(Path(FLOORS).read_text(encoding="utf-8"))["gold"][split]
    tally = tallies[split]
    assert tally.precision >= floors["precision"], (split, tally.misses)
    assert tally.recall >= floors["recall"], (split, tally.misses)


def test_gold_documents_all_analysed(tallies: Any) -> None:
    floors = json.loads(Path(FLOORS).read_text(encoding="utf-8"))
    errors = [e for t in tallies.values() for e in t.errors]
    assert len(errors) <= floors["max_gold_errors"], errors
