"""The embedded SQLite database: one file under the settings' home, nothing to install or start.

Schema changes are recorded migrations (the ``migrations`` table names each one applied), so
opening a database of any age brings it up to date and re-running is harmless. A later stage
adds its tables by appending a :class:`Migration` to :data:`MIGRATIONS` (or calling
:func:`register_migration` from its own module before :func:`connect`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sanctionwatch.errors import ConfigError


@dataclass(frozen=True)
class Migration:
    """One schema step: a unique, never-renamed name and the SQL script that applies it."""

    name: str
    sql: str


MIGRATIONS: list[Migration] = [
    Migration("0001_lists", """
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            list_id TEXT NOT NULL,          -- e.g. un-sc, us-ofac-sdn, us-ofac-cons
            kind TEXT NOT NULL,             -- list | aliases | addresses
            reader TEXT NOT NULL,           -- the reader that parsed it (registry name)
            path TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            published TEXT NOT NULL,        -- ISO date the publisher issued the file
            published_basis TEXT NOT NULL,  -- where that date came from (file, name, option)
            imported_at TEXT NOT NULL,
            row_count INTEGER NOT NULL,
            UNIQUE (list_id, kind, sha256)
        );
        CREATE TABLE entries (
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            entry_id TEXT NOT NULL,
            schema TEXT NOT NULL,
            caption TEXT NOT NULL,
            programs TEXT NOT NULL,         -- JSON list
            listed_on TEXT,
            gender TEXT,
            nationalities TEXT NOT NULL,    -- JSON list of country names as published
            birth_dates TEXT NOT NULL,      -- JSON list of ISO (partial) dates
            identifiers TEXT NOT NULL,      -- JSON list of {type, value}
            remarks TEXT,
            PRIMARY KEY (source_id, entry_id)
        );
        CREATE TABLE entry_names (
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            entry_id TEXT NOT NULL,
            name TEXT NOT NULL,
            name_type TEXT NOT NULL,        -- primary | aka | fka | nka
            quality TEXT NOT NULL,          -- strong | weak (UN: good | low)
            surname TEXT                    -- the family name where the list marks it
        );
        CREATE INDEX entry_names_entry ON entry_names (source_id, entry_id);
        CREATE TABLE supplements (
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            list_id TEXT NOT NULL,
            entry_id TEXT NOT NULL,         -- the main list's entry this row attaches to
            row_id TEXT NOT NULL,
            kind TEXT NOT NULL,             -- alias | address
            data TEXT NOT NULL,             -- JSON object
            PRIMARY KEY (source_id, row_id)
        );
        CREATE INDEX supplements_entry ON supplements (list_id, entry_id);
    """),
]


def register_migration(migration: Migration) -> None:
    """Append a later stage's migration (names must be unique; order is the order added)."""
    if any(m.name == migration.name for m in MIGRATIONS):
        return
    MIGRATIONS.append(migration)


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply every migration not yet recorded, each in its own transaction; returns their names."""
    conn.execute("CREATE TABLE IF NOT EXISTS migrations ("
                 "name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    done = {row[0] for row in conn.execute("SELECT name FROM migrations")}
    applied: list[str] = []
    for migration in MIGRATIONS:
        if migration.name in done:
            continue
        with transaction(conn):
            for statement in _statements(migration.sql):
                conn.execute(statement)
            conn.execute("INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                         (migration.name, now_iso()))
        applied.append(migration.name)
    return applied


def _statements(script: str) -> Iterator[str]:
    """Split a migration script on ';' (ours hold none inside literals); drop comments."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    for part in "\n".join(lines).split(";"):
        if part.strip():
            yield part


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) the database at ``path`` in WAL mode, fully migrated.

    Transactions are explicit (:func:`transaction`), so an import is all-or-nothing.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=10000")
        migrate(conn)
    except (OSError, sqlite3.Error) as exc:
        raise ConfigError(str(path), f"cannot open the database: {exc}") from exc
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception (which is re-raised)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


__all__ = ["MIGRATIONS", "Migration", "connect", "migrate", "now_iso", "register_migration",
           "transaction"]
