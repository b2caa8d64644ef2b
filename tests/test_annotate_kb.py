"""The knowledge base as data: complete, sourced, and refused with a clear error when broken."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from sanctionwatch.annotate.kb import load_kb
from sanctionwatch.errors import DataFileError
from sanctionwatch.settings import PACKAGE_DATA


@pytest.fixture(scope="module")
def states() -> list[dict[str, object]]:
    rows = yaml.safe_load((PACKAGE_DATA / "kb" / "states.yaml").read_text(encoding="utf-8"))
    assert isinstance(rows, list)
    return rows


def test_every_un_member_state_with_codes_and_names(states: list[dict[str, object]]) -> None:
    members = [s for s in states if s["un_member"]]
    assert len(members) == 193
    assert len({s["iso2"] for s in states}) == len(states)
    for extra in ("tw", "xk", "ps"):
        assert extra in {s["iso2"] for s in states}
    for s in states:
        assert str(s["id"]).startswith("Q") and s["source"], s


def test_every_entry_has_a_source_and_ids_are_unique() -> None:
    kb = load_kb(PACKAGE_DATA)
    assert all(e.source for e in kb.entries.values())
    assert kb.entries["Q423"].schema == "Country" and kb.entries["Q423"].countries == ("kp",)
    assert kb.entries["Q7747"].countries == ("ru",)
    # agencies come from the shared agency file, state media acting for their state
    assert kb.entries["Q1192006"].countries == ("kp",)
    ambiguous = {a for a, ids in kb.alias_index().items() if len(ids) > 1}
    assert "Kim Jong Un" not in ambiguous and "KOMID" not in ambiguous


def test_role_holders_follow_the_dates() -> None:
    kb = load_kb(PACKAGE_DATA)
    assert [e.name for e in kb.holders("head_of_state", "ru", "2024-02-20")] == ["Vladimir Putin"]
    assert [e.name for e in kb.holders("head_of_state", "ru", "2010-01-01")] == ["Dmitry Medvedev"]
    assert [e.name for e in kb.holders("defence_minister", "ru", "2024-06-01")] == [
        "Andrei Belousov"]


def test_derived_list_entries_cite_their_list_entry() -> None:
    rows = yaml.safe_load((PACKAGE_DATA / "kb" / "listed.yaml").read_text(encoding="utf-8"))
    assert rows and all("UN SC consolidated list" in r["source"] and "KP" in r["source"]
                        for r in rows)


def test_kb_build_derives_from_the_real_un_list(tmp_path: Path) -> None:
    from sanctionwatch.annotate.kb_build import build
    from tests.conftest import shared_path

    entries = build(shared_path("data", "sanctions", "un_sc_consolidated_2020-12-01.xml"))
    assert 100 < len(entries) < 400
    persons = [e for e in entries if e["schema"] == "Person"]
    assert persons and all(e["countries"] == ["kp"] for e in persons)


@pytest.mark.parametrize(("name", "content", "where"), [
    ("people.yaml", "- name: Somebody\n  countries: [ru]\n", "entry 1"),
    ("people.yaml", "- name: [unclosed\n", "line"),
    ("roles.yaml", "{role: x}\n", None),
    ("people.yaml", "- name: A B\n  source: x\n- name: C D\n  bare_surname: 'no'\n  source: x\n",
     "entry 2"),
    ("subdivisions.yaml", "USA: [Texas]\n", "USA"),
    ("subdivisions.yaml", "us: Texas\n", None),
    ("places.yaml", "KP: [Nampo]\n", "KP"),
])
def test_broken_kb_file_names_file_and_place(tmp_path: Path, name: str, content: str,
                                             where: str | None) -> None:
    data = tmp_path / "data"
    shutil.copytree(PACKAGE_DATA, data)
    (data / "kb" / name).write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_kb(data)
    assert name in str(info.value)
    if where:
        assert where in str(info.value)


@pytest.mark.parametrize("common, official", [
    ("Turkey", "Türkiye"), ("Czech Republic", "Czechia"), ("Burma", "Myanmar"),
    ("Swaziland", "Eswatini"), ("Ivory Coast", "Côte d'Ivoire"), ("Macedonia", "North Macedonia"),
])
def test_states_answer_to_the_names_news_still_uses(
        states: list[dict[str, object]], common: str, official: str) -> None:
    by_name = {}
    for s in states:
        aliases = s.get("aliases") or []
        assert isinstance(aliases, list)
        for n in [s["name"], *aliases]:
            by_name[str(n).casefold()] = s["name"]
    assert by_name.get(common.casefold()) == official
