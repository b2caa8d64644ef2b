"""The matcher on its own: each behaviour a name-matching analyst expects, and `match`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sanctionwatch.screening import match_names
from tests.conftest import ROOT


@pytest.mark.parametrize(("a", "b", "schema"), [
    ("Kim Jong Un", "KIM, Jong Un", "Person"),  # name-part order
    ("Kim Jong-un", "KIM, Jong Un", "Person"),  # Korean hyphen
    ("Kim Jongun", "KIM, Jong Un", "Person"),  # Korean syllables joined
    ("Vladmir Putin", "PUTIN, Vladimir Vladimirovich", "Person"),  # typo, patronymic omitted
    ("Владимир Путин", "PUTIN, Vladimir Vladimirovich", "Person"),  # Cyrillic
    ("김정은", "Kim Jong Un", "Person"),  # Hangul
    ("فلاديمير بوتين", "PUTIN, Vladimir Vladimirovich", "Person"),  # Arabic, no vowels
    ("V. V. Putin", "PUTIN, Vladimir Vladimirovich", "Person"),  # initials
    ("Mr. Vladimir Putin", "PUTIN, Vladimir Vladimirovich", "Person"),  # honorific
    ("LLC Aurus", "LIMITED LIABILITY COMPANY AURUS", "Organization"),  # company type
    ("OOO Aurus", "LIMITED LIABILITY COMPANY AURUS", "Organization"),
])
def test_the_same_party_matches(a: str, b: str, schema: str) -> None:
    result = match_names(a, b, schema)
    assert result.match, result
    assert result.explanation


@pytest.mark.parametrize(("a", "b", "schema"), [
    ("Kim Jong Un", "KIM, Yo Jong", "Person"),  # the sister shares two syllables
    ("Kim Jong Un", "KIM, Jong Sik", "Person"),
    ("Kim Chol Min", "KIM, Min Chol", "Person"),  # given-name syllables swapped
    ("Vladimir Putin", "POTANIN, Vladimir Olegovich", "Person"),
    ("Sanjay Gupta", "GUPTA, Ajay", "Person"),
    ("Putin", "PUTIN, Vladimir Vladimirovich", "Person"),  # a bare surname is not enough
    ("Air Force", "IRGC AIR FORCE", "Organization"),
])
def test_different_parties_do_not_match(a: str, b: str, schema: str) -> None:
    result = match_names(a, b, schema)
    assert not result.match, result


def test_a_title_and_surname_is_weak_evidence_that_says_so() -> None:
    result = match_names("President Putin", "PUTIN, Vladimir Vladimirovich")
    assert 0.5 < result.score < 0.8  # without the lists, how rare the surname is is unknown
    assert "only a surname" in result.explanation[0]


def test_entity_type_mismatch_lowers_the_score() -> None:
    from sanctionwatch.screening.matcher import Candidate, Query, get_algorithm

    algorithm = get_algorithm("sw-logic-v1")
    same = algorithm.compare(Query("Aurus", "Organization"),
                             Candidate("AURUS", "Organization"), 0.8)
    other = algorithm.compare(Query("Aurus", "Person"), Candidate("AURUS", "Organization"), 0.8)
    assert other.score < same.score and "entity type differs" in other.explanation[-1]
    gender = algorithm.compare(Query("Kim Yo Jong", gender="Male"),
                               Candidate("KIM, Yo Jong", gender="Female"), 0.8)
    assert gender.score < same.score and "gender differs" in gender.explanation[-1]


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sanctionwatch", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=120, check=False, input=stdin)


def test_cli_match_json_and_pairs(tmp_path: Path) -> None:
    one = run_cli("match", "--format", "json", "Kim Jong-un", "KIM, Jong Un")
    assert one.returncode == 0, one.stderr
    body = json.loads(one.stdout)
    assert body["match"] is True and body["score"] == 1.0 and body["explanation"]
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("name1,name2,schema\nKim Jong Un,KIM Yo Jong,\n"
                     "LLC Aurus,OOO AURUS,Organization\n", encoding="utf-8")
    many = run_cli("match", "--pairs", str(pairs))
    rows = [json.loads(line) for line in many.stdout.splitlines()]
    assert [(r["line"], r["match"]) for r in rows] == [(2, False), (3, True)]
    bad = tmp_path / "bad.csv"
    bad.write_text("only-one-column\n", encoding="utf-8")
    failed = run_cli("match", "--pairs", str(bad))
    assert failed.returncode == 1 and "line 1" in failed.stderr
    assert "Traceback" not in failed.stderr
