"""Quality floors of sanctions screening on the real lists (pinned in benchmarks/)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, shared_path

FLOORS = json.loads((ROOT / "benchmarks" / "screening_floors.json").read_text())
ALL_FILES = ("un_sc_consolidated_2020-12-01.xml", "ofac_sdn_2024-02-20.csv",
             "ofac_sdn_2024-05-03.csv", "ofac_cons_prim_nonsdn_2025-08.csv",
             "ofac_alt_2026-06.csv", "ofac_add_2026-06.csv")


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from sanctionwatch.screening import load_screener
    from sanctionwatch.screening.lists import import_file
    from sanctionwatch.settings import load_settings
    from sanctionwatch.store import connect

    shared_path("data", "sanctions")
    settings = load_settings(home=tmp_path_factory.mktemp("floors-home"))
    conn = connect(settings.database)
    try:
        for name in ALL_FILES:
            import_file(conn, shared_path("data", "sanctions", name))
    finally:
        conn.close()
    screener = load_screener(settings)
    assert screener is not None
    return screener


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
