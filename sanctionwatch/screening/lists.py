"""Importing list files into the database (all-or-nothing per file) and reporting what is loaded.

A list file is a *snapshot*: the list as its publisher issued it on one date. Several snapshots
of one list live side by side so that screening can be done as of a date. Files that add to
another list (OFAC ALT.CSV aliases, ADD.CSV addresses) replace the previous file of their kind
and attach to the main list's entries by entry number.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sanctionwatch.errors import ListImportError
from sanctionwatch.screening.entries import ParsedFile
from sanctionwatch.screening.readers import date_from_filename, reader_for
from sanctionwatch.store import now_iso, transaction

LIST_TITLES = {
    "un-sc": "UN Security Council consolidated list",
    "us-ofac-sdn": "OFAC Specially Designated Nationals (SDN)",
    "us-ofac-cons": "OFAC consolidated non-SDN lists",
}


@dataclass
class ImportResult:
    path: str
    list_id: str
    kind: str
    reader: str
    published: str
    sha256: str
    rows: int
    status: str  # imported | unchanged | replaced
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _published(path: Path, parsed: ParsedFile, given: str | None) -> tuple[str, str]:
    """The snapshot's publication date and where it came from (option, file, name, mtime)."""
    if given:
        try:
            return datetime.fromisoformat(given).date().isoformat(), "given on the command line"
        except ValueError as exc:
            raise ListImportError(str(path), f"--published {given!r} is not an ISO date") from exc
    if parsed.published:
        return parsed.published, "stated in the file"
    from_name = date_from_filename(path)
    if from_name:
        return from_name, "taken from the file name"
    mtime = datetime.fromtimestamp(path.stat().st_mtime, UTC).date().isoformat()
    return mtime, "file modification time (the file states no date)"


def import_file(conn: sqlite3.Connection, path: Path, *, fmt: str | None = None,
                published: str | None = None) -> ImportResult:
    """Parse, check and store one list file in one transaction; same file twice is a no-op."""
    if not path.is_file():
        raise ListImportError(str(path), "no such file")
    reader = reader_for(path, fmt)
    parsed = reader.read(path)  # every check happens here, before the database is touched
    date, basis = _published(path, parsed, published)
    digest = sha256_of(path)
    result = ImportResult(str(path), parsed.list_id, parsed.kind, reader.name, date, digest,
                          parsed.row_count, "imported", list(parsed.notes))
    same = conn.execute("SELECT published FROM sources WHERE list_id=? AND kind=? AND sha256=?",
                        (parsed.list_id, parsed.kind, digest)).fetchone()
    if same is not None:
        result.status = "unchanged"
        result.published = same[0]
        return result
    with transaction(conn):
        if parsed.kind == "list":
            old = conn.execute("DELETE FROM sources WHERE list_id=? AND kind='list' AND "
                               "published=?", (parsed.list_id, date)).rowcount
        else:
            old = conn.execute("DELETE FROM sources WHERE list_id=? AND kind=?",
                               (parsed.list_id, parsed.kind)).rowcount
        if old:
            result.status = "replaced"
        source_id = _insert_source(conn, path, parsed, reader.name, date, basis, digest)
        _insert_rows(conn, source_id, parsed)
    return result


def _insert_source(conn: sqlite3.Connection, path: Path, parsed: ParsedFile, reader: str,
                   date: str, basis: str, digest: str) -> int:
    cursor = conn.execute(
        "INSERT INTO sources (list_id, kind, reader, path, sha256, published, published_basis,"
        " imported_at, row_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (parsed.list_id, parsed.kind, reader, str(path.resolve()), digest, date, basis,
         now_iso(), parsed.row_count))
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def _insert_rows(conn: sqlite3.Connection, source_id: int, parsed: ParsedFile) -> None:
    conn.executemany(
        "INSERT INTO entries (source_id, entry_id, schema, caption, programs, listed_on, gender,"
        " nationalities, birth_dates, identifiers, remarks) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [(source_id, e.entry_id, e.schema, e.caption, json.dumps(e.programs), e.listed_on,
          e.gender, json.dumps(e.nationalities), json.dumps(e.birth_dates),
          json.dumps(e.identifiers), e.remarks) for e in parsed.entries])
    conn.executemany(
        "INSERT INTO entry_names (source_id, entry_id, name, name_type, quality, surname)"
        " VALUES (?,?,?,?,?,?)",
        [(source_id, e.entry_id, n.name, n.name_type, n.quality, n.surname)
         for e in parsed.entries for n in e.names])
    conn.executemany(
        "INSERT INTO supplements (source_id, list_id, entry_id, row_id, kind, data)"
        " VALUES (?,?,?,?,?,?)",
        [(source_id, parsed.list_id, s.entry_id, s.row_id, s.kind, json.dumps(s.data))
         for s in parsed.supplements])


def status(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every loaded file, newest snapshot first per list, with counts per programme."""
    out: list[dict[str, Any]] = []
    rows = conn.execute("SELECT id, list_id, kind, reader, path, sha256, published, "
                        "published_basis, imported_at, row_count FROM sources "
                        "ORDER BY list_id, kind, published DESC").fetchall()
    list_dates: dict[str, list[str]] = {}
    for row in rows:
        if row[2] == "list":
            list_dates.setdefault(row[1], []).append(row[6])
    for (sid, list_id, kind, reader, path, digest, published, basis, imported_at,
         count) in rows:
        item: dict[str, Any] = {
            "list": list_id, "title": LIST_TITLES.get(list_id, list_id), "kind": kind,
            "reader": reader, "path": path, "sha256": digest, "published": published,
            "published_basis": basis, "imported_at": imported_at, "rows": count, "notes": []}
        if kind == "list":
            programs: Counter[str] = Counter()
            for (value,) in conn.execute("SELECT programs FROM entries WHERE source_id=?", (sid,)):
                programs.update(json.loads(value))
            item["programs"] = dict(sorted(programs.items(), key=lambda kv: (-kv[1], kv[0])))
            item["schemas"] = dict(conn.execute(
                "SELECT schema, COUNT(*) FROM entries WHERE source_id=? GROUP BY schema", (sid,)))
        else:
            item["notes"].extend(_supplement_notes(conn, sid, list_id, published,
                                                   list_dates.get(list_id, [])))
        out.append(item)
    return out


def _supplement_notes(conn: sqlite3.Connection, sid: int, list_id: str, published: str,
                      snapshots: list[str]) -> list[str]:
    notes = []
    later = [d for d in snapshots if d < published]
    if later:
        notes.append(f"published {published}, after the {list_id} snapshot(s) of "
                     f"{', '.join(sorted(later))}: its rows are applied to them by entry number, "
                     "so names or addresses added after a snapshot may show on it")
    attached = conn.execute(
        "SELECT COUNT(DISTINCT s.entry_id) FROM supplements s WHERE s.source_id=? AND EXISTS "
        "(SELECT 1 FROM entries e JOIN sources src ON src.id=e.source_id WHERE "
        "src.list_id=s.list_id AND e.entry_id=s.entry_id)", (sid,)).fetchone()[0]
    total = conn.execute("SELECT COUNT(DISTINCT entry_id) FROM supplements WHERE source_id=?",
                         (sid,)).fetchone()[0]
    notes.append(f"{attached} of {total} entry numbers found in the loaded {list_id} snapshots")
    return notes
