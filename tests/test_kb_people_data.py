"""The hand-kept people file is consistent: every fact a link or a role phrase rests on is
well-formed, so an error in the data shows here and not as a silent wrong link."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sanctionwatch.annotate.kb import load_kb
from sanctionwatch.datafiles import read_yaml
from sanctionwatch.settings import PACKAGE_DATA

KB_DIR = PACKAGE_DATA / "kb"
# a date as precise as it is known: year, year-month or day (compared as ISO strings)
PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _rows(name: str) -> list[dict[str, Any]]:
    rows = read_yaml(KB_DIR / name)
    assert isinstance(rows, list)
    return rows


@pytest.fixture(scope="module")
def people() -> list[dict[str, Any]]:
    return _rows("people.yaml")


@pytest.fixture(scope="module")
def state_codes() -> set[str]:
    return {row["iso2"] for row in _rows("states.yaml")}


def _check_date(text: str) -> None:
    """The date parses as a calendar date (a partial one as its first day)."""
    m = PARTIAL_DATE.match(text)
    assert m is not None, f"{text!r} is not YYYY, YYYY-MM or YYYY-MM-DD"
    date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))


def test_every_person_has_a_name_a_source_and_known_states(
        people: list[dict[str, Any]], state_codes: set[str]) -> None:
    for row in people:
        assert isinstance(row.get("name"), str) and row["name"].strip(), row
        assert row.get("source"), f"{row['name']} has no source"
        for code in row.get("countries") or []:
            # YAML reads a bare `no` (Norway) as false: the code must stay a string
            assert isinstance(code, str) and code in state_codes, (row["name"], code)


def test_positions_name_known_roles_and_states_with_ordered_dates(
        people: list[dict[str, Any]], state_codes: set[str]) -> None:
    roles = {row["role"] for row in _rows("roles.yaml")}
    for row in people:
        for pos in row.get("positions") or []:
            where = f"{row['name']}: {pos}"
            assert pos["role"] in roles, where
            assert isinstance(pos["country"], str) and pos["country"] in state_codes, where
            start, end = pos.get("from"), pos.get("to")
            for value in (start, end):
                if value is not None:
                    assert isinstance(value, str), f"{where}: quote the date"
                    _check_date(value)
            if start is not None and end is not None:
                assert start <= end, where


def test_no_two_people_share_a_qid_or_a_spelling(people: list[dict[str, Any]]) -> None:
    qids: dict[str, list[str]] = defaultdict(list)
    spellings: dict[str, set[str]] = defaultdict(set)
    for row in people:
        if row.get("qid"):
            qids[row["qid"]].append(row["name"])
        for form in (row["name"], *(row.get("aliases") or [])):
            spellings[form.casefold()].add(row["name"])
    assert {q: n for q, n in qids.items() if len(n) > 1} == {}
    assert {s: n for s, n in spellings.items() if len(n) > 1} == {}


def test_a_person_is_never_named_like_a_state(people: list[dict[str, Any]]) -> None:
    state_forms = set()
    for row in _rows("states.yaml"):
        for form in (row["name"], *(row.get("aliases") or []),
                     *(row.get("adjectives") or []), *(row.get("capitals") or [])):
            state_forms.add(form.casefold())
    clashes = [(row["name"], form) for row in people
               for form in (row["name"], *(row.get("aliases") or []))
               if form.casefold() in state_forms]
    assert clashes == []


def test_every_person_survives_loading_as_an_entry_of_their_own(
        people: list[dict[str, Any]]) -> None:
    """The loader merges an entry into a known one of the same name: two people merged so
    would silently lose one's positions."""
    kb = load_kb(Path(PACKAGE_DATA))
    loaded = {e.name for e in kb.entries.values() if e.schema == "Person"}
    assert [row["name"] for row in people if row["name"] not in loaded] == []
