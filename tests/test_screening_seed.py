"""Screening against the real UN and OFAC files: the seed's parties, dates, the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def home(sanctions_home: Path) -> Path:
    return sanctions_home


@pytest.fixture(scope="module")
def screener(home: Path) -> Any:
    from sanctionwatch.screening import load_screener
    from sanctionwatch.settings import load_settings

    loaded = load_screener(load_settings(home=home))
    assert loaded is not None
    return loaded


def run_cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sanctionwatch", "--home", str(home), *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=120, check=False)


@pytest.mark.parametrize(("name", "entry", "programme"), [
    ("Vladimir Putin", "35096", "RUSSIA-EO14024"),
    ("Vladmir Putin", "35096", "RUSSIA-EO14024"),
    ("Kim Jong Un", "20157", "DPRK3"),
    ("Kim Jong-un", "20157", "DPRK3"),
    ("Kim Jongun", "20157", "DPRK3"),
    ("KIM, Jong Un", "20157", "DPRK3"),
    ("Kim Kim Jong Un", "20157", "DPRK3"),
])
def test_seed_parties_screen_to_their_ofac_entry_not_the_un(screener: Any, name: str, entry: str,
                                                            programme: str) -> None:
    hits = screener.screen(name, "Person", as_of="2024-02-20")
    assert hits and (hits[0].list_id, hits[0].entry_id) == ("us-ofac-sdn", entry), hits
    assert programme in hits[0].programs and hits[0].explanation
    assert all(h.list_id != "un-sc" for h in hits)
    assert all(h.score >= screener.threshold for h in hits)


def test_the_sister_is_not_the_leader(screener: Any) -> None:
    hits = screener.screen("Kim Yo-jong", "Person")
    assert hits and hits[0].name == "KIM, Yo Jong"
    assert "20157" not in {h.entry_id for h in hits}


def test_as_of_uses_what_was_listed_then(screener: Any) -> None:
    # OFAC's CSV gives no listing dates: the snapshots date LLC AURUS, absent on 2024-02-20
    assert screener.screen("LLC Aurus", "Organization", as_of="2024-02-20") == []
    later = screener.screen("LLC Aurus", "Organization", as_of="2024-05-03")
    assert later and later[0].name == "LIMITED LIABILITY COMPANY AURUS"
    assert (later[0].listed_by, later[0].absent_on) == ("2024-05-03", "2024-02-20")
    assert not any("not known" in line for line in later[0].explanation)


def test_between_snapshots_an_entry_of_the_later_one_is_shown_as_uncertain(
        screener: Any) -> None:
    [hit] = screener.screen("LLC Aurus", "Organization", as_of="2024-02-24")
    assert (hit.listed_by, hit.absent_on) == ("2024-05-03", "2024-02-20")
    assert "whether it was listed on 2024-02-24 is not known" in hit.explanation[-1]
    # an entry on both snapshots is simply listed on any date between them
    [kim] = screener.screen("Kim Jong Un", "Person", as_of="2024-02-24", limit=1)
    assert kim.listed_by == "2024-02-20" and kim.absent_on is None
    assert not any("not known" in line for line in kim.explanation)


def test_before_every_snapshot_an_undated_entry_is_uncertain_not_dropped(
        screener: Any) -> None:
    [kim] = screener.screen("Kim Jong Un", "Person", as_of="2023-06-01", limit=1)
    assert kim.entry_id == "20157" and kim.listed_by == "2024-02-20"
    assert "whether it was listed on 2023-06-01 is not known" in kim.explanation[-1]
    # the UN list dates its entries: one listed after the date stays out (KOMID, 2009-04-24)
    komid = "Korea Mining Development Trading Corporation"
    assert "KPe.001" in {h.entry_id for h in screener.screen(komid, "Organization",
                                                              as_of="2010-01-01")}
    assert "KPe.001" not in {h.entry_id for h in screener.screen(komid, "Organization",
                                                                  as_of="2008-01-01")}


def test_qualifiers_lower_the_score(screener: Any) -> None:
    plain = screener.screen("Vladimir Putin", "Person", limit=1)[0].score
    wrong_country = screener.screen("Vladimir Putin", "Person", countries=["France"], limit=1,
                                    threshold=0.0)[0]
    wrong_year = screener.screen("Vladimir Putin", "Person", birth_date="1990", limit=1,
                                 threshold=0.0)[0]
    as_company = screener.screen("Vladimir Putin", "Organization", limit=1, threshold=0.0)
    assert wrong_country.score < plain and any("country differs" in r
                                               for r in wrong_country.explanation)
    assert wrong_year.score < plain and any("birth year differs" in r
                                            for r in wrong_year.explanation)
    assert not as_company or as_company[0].score < plain
    right = screener.screen("Vladimir Putin", "Person", countries=["ru"], limit=1)[0]
    assert right.score == plain


def test_unlisted_people_are_not_matched(screener: Any) -> None:
    for name in ("Antonio Guterres", "Emmanuel Macron", "Yoon Suk Yeol", "Xi Jinping"):
        assert screener.screen(name, "Person") == [], name


def test_cli_screen_json_and_status_notes_on_2026_aliases(home: Path) -> None:
    done = run_cli(home, "screen", "--format", "json", "--as-of", "2024-02-20",
                   "Vladimir Putin", "Kim Jong Un")
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["hits"][0]["programs"] for r in rows] == [["RUSSIA-EO14024"], ["DPRK3"]]
    assert rows[0]["hits"][0]["explanation"]
    status = run_cli(home, "lists", "status")
    assert "2026-06-01" in status.stdout and "applied to them by entry number" in status.stdout
    bad = run_cli(home, "screen", "--as-of", "Feb 2024", "Putin")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_cli_screen_without_lists_says_what_to_do(tmp_path: Path) -> None:
    done = run_cli(tmp_path, "screen", "Vladimir Putin")
    assert done.returncode == 1 and "lists import" in done.stderr
    assert "Traceback" not in done.stderr
