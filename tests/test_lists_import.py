"""Importing real list files: all-or-nothing, idempotent, clear errors; the store's migrations."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, shared_path

UN = "un_sc_consolidated_2020-12-01.xml"
CONS = "ofac_cons_prim_nonsdn_2025-08.csv"


def run_cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sanctionwatch", "--home", str(home), *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=120, check=False)


def sanctions(name: str) -> Path:
    return shared_path("data", "sanctions", name)


def connect(home: Path) -> sqlite3.Connection:
    from sanctionwatch.store import connect as open_db

    return open_db(home / "sanctionwatch.db")


def counts(conn: sqlite3.Connection) -> tuple[int, int]:
    return (conn.execute("SELECT COUNT(*) FROM sources").fetchone()[0],
            conn.execute("SELECT COUNT(*) FROM entries").fetchone()[0])


def test_store_records_migrations_once_and_uses_wal(tmp_path: Path) -> None:
    from sanctionwatch.store import MIGRATIONS, migrate

    conn = connect(tmp_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    names = [r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY name")]
    assert names == sorted(m.name for m in MIGRATIONS)
    assert migrate(conn) == []  # re-running applies nothing
    conn.close()


def test_un_entries_keep_names_programmes_dates_and_source(tmp_path: Path) -> None:
    from sanctionwatch.screening.lists import import_file

    conn = connect(tmp_path)
    result = import_file(conn, sanctions(UN))
    assert (result.list_id, result.published, result.status) == ("un-sc", "2020-12-01",
                                                                 "imported")
    row = conn.execute("SELECT e.schema, e.programs, e.listed_on, e.nationalities, "
                       "e.birth_dates, s.sha256, s.path FROM entries e JOIN sources s "
                       "ON s.id = e.source_id WHERE e.entry_id = 'KPi.033'").fetchone()
    assert row[0] == "Person" and json.loads(row[1]) == ["DPRK"] and row[2] == "2016-11-30"
    assert json.loads(row[3]) == ["Democratic People's Republic of Korea"]
    assert json.loads(row[4]) == ["1964-07-17"]
    assert row[5].startswith("349f65078ff4") and row[6].endswith(UN)
    aliases = {r[0] for r in conn.execute(
        "SELECT name FROM entry_names WHERE entry_id = 'KPi.037' AND name_type = 'aka'")}
    assert "Jang Chang Ha" in aliases


def test_reimporting_the_same_file_changes_nothing(tmp_path: Path) -> None:
    from sanctionwatch.screening.lists import import_file

    conn = connect(tmp_path)
    import_file(conn, sanctions(CONS))
    before = counts(conn)
    again = import_file(conn, sanctions(CONS))
    assert again.status == "unchanged" and counts(conn) == before


def test_a_truncated_file_is_refused_whole_and_the_loaded_list_stays(tmp_path: Path) -> None:
    from sanctionwatch.errors import ListImportError
    from sanctionwatch.screening.lists import import_file

    conn = connect(tmp_path)
    import_file(conn, sanctions(CONS))
    before = counts(conn)
    data = sanctions(CONS).read_bytes()
    cut = tmp_path / "cons_2025-09-01.csv"  # a later snapshot, cut inside a quoted field
    cut.write_bytes(data[: data.index(b'"', len(data) // 2) + 5])
    with pytest.raises(ListImportError) as caught:
        import_file(conn, cut)
    assert str(cut) in str(caught.value) and "line" in str(caught.value)
    assert counts(conn) == before


def test_duplicate_ids_name_the_file_and_both_lines(tmp_path: Path) -> None:
    from sanctionwatch.errors import ListImportError
    from sanctionwatch.screening.lists import import_file

    lines = sanctions(CONS).read_bytes().splitlines(keepends=True)
    dup = tmp_path / "cons_dup_2025-08.csv"
    dup.write_bytes(b"".join([*lines[:5], lines[2]]))
    with pytest.raises(ListImportError, match=r"duplicate entry number .*line 3.*line 6"):
        import_file(connect(tmp_path), dup)


def test_malformed_xml_and_unknown_formats_are_clear_errors(tmp_path: Path) -> None:
    from sanctionwatch.errors import ListImportError
    from sanctionwatch.screening.lists import import_file

    text = sanctions(UN).read_text(encoding="utf-8")
    broken = tmp_path / "un_broken.xml"
    broken.write_text(text[: len(text) // 3], encoding="utf-8")
    conn = connect(tmp_path)
    with pytest.raises(ListImportError, match=r"malformed XML.*line \d+"):
        import_file(conn, broken)
    other = tmp_path / "notes.txt"
    other.write_text("not a sanctions list\n", encoding="utf-8")
    with pytest.raises(ListImportError, match="unknown list format"):
        import_file(conn, other)
    assert counts(conn) == (0, 0)


def test_cli_import_status_and_a_bad_file_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text('1,"X","individual"\n', encoding="utf-8")
    done = run_cli(tmp_path, "lists", "import", str(sanctions(UN)), str(bad))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and f"{bad}:" in done.stderr
    assert "imported" in done.stderr
    status = run_cli(tmp_path, "lists", "status", "--format", "json")
    items = [json.loads(line) for line in status.stdout.splitlines()]
    assert [(i["list"], i["published"]) for i in items] == [("un-sc", "2020-12-01")]
    assert items[0]["programs"]["DPRK"] == 155 and items[0]["rows"] == 1006


def test_update_without_network_fails_cleanly_and_keeps_the_lists(tmp_path: Path) -> None:
    run_cli(tmp_path, "lists", "import", str(sanctions(CONS)))
    done = run_cli(tmp_path, "lists", "update", "--source", "ofac-cons", "--timeout", "3",
                   "--url", "ofac-cons=http://127.0.0.1:9/CONS_PRIM.CSV")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "cannot download ofac-cons" in done.stderr
    conn = connect(tmp_path)
    assert counts(conn) == (1, 443)
