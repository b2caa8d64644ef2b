"""Quality floors of sanctions screening on the real lists (pinned in benchmarks/)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, shared_path

FLOORS = json.loads((ROOT / "benchmarks" / "screening_floors.json").read_text())
@pytest.fixture(scope="module")
def index(sanctions_home: Path) -> Any:
    from sanctionwatch.screening import load_screener
    from sanctionwatch.settings import load_settings

    return load_screener(load_settings(home=sanctions_home))


def test_recall_at_1_over_aliases_reaches_the_floor(index: Any) -> None:
    from benchmarks.screening import recall_at_1

    figures = recall_at_1(index, every=10)
    assert figures["queries"] > 3000
    assert figures["recall_at_1"] >= FLOORS["recall_at_1"], figures["misses_sample"]
    assert figures["recall_at_1_held_out"] >= FLOORS["recall_at_1"]


def test_putin_spellings_reach_the_floor(index: Any) -> None:
    from benchmarks.screening import putin_rate

    figures = putin_rate(index)
    assert figures["putin_rate"] >= FLOORS["putin_rate"], figures["putin_failed"]


def test_false_alarms_on_real_unlisted_names_stay_under_the_ceiling(index: Any) -> None:
    from benchmarks.screening import false_alarms

    shared_path("data", "news", "kcna")
    figures = false_alarms(index)
    assert figures["nonlisted_names"] >= FLOORS["nonlisted_names_min"]
    assert figures["false_alarm_rate"] <= FLOORS["false_alarm_rate_max"], figures["false_alarms"]


def test_exclusions_name_entries_that_exist_and_match(index: Any) -> None:
    """Every hand-checked exclusion must really screen to the entry it names, so the file
    cannot hide false alarms behind a wrong entry id."""
    import yaml

    from benchmarks.screening import EXCLUSIONS

    wrong = []
    for item in yaml.safe_load(Path(EXCLUSIONS).read_text(encoding="utf-8"))["listed"]:
        hits = [h for schema in ("Person", "Organization")
                for h in index.screen(item["name"], schema, limit=10)]
        if item["entry"] not in {f"{h.list_id}/{h.entry_id}" for h in hits}:
            wrong.append(item["name"])
    assert not wrong
