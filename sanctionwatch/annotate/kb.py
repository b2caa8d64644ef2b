"""The knowledge base: states, people, bodies, agencies and list-derived entries, as data.

Every entry comes from a YAML file under ``data/kb/`` (plus the shared agency file) and keeps
its ``source``. Ids are Wikidata QIDs where the file gives one, otherwise a content id of the
entry's schema and name, so the same entry has the same id on every run.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from sanctionwatch.datafiles import read_yaml
from sanctionwatch.errors import DataFileError
from sanctionwatch.extract.agencies import load_agencies
from sanctionwatch.ids import content_id

ORG_SCHEMAS = {"Organization", "Company", "PublicBody"}
LISTED_FILE = "listed.yaml"  # written by kb_build from the UN list
# hand-kept files first (a list-derived entry with the same name merges into them)
KB_FILES = ("states.yaml", "people.yaml", "bodies.yaml", "movements.yaml", "companies.yaml",
            LISTED_FILE)
SUBDIVISIONS_FILE = "subdivisions.yaml"  # states, provinces: where a party is placed
PLACES_FILE = "places.yaml"  # ports, border towns, sites: where goods are loaded or made


@dataclass(frozen=True)
class Position:
    """A role (``roles.yaml``) held for a state over a period (ISO dates, ``to`` exclusive)."""

    role: str
    country: str
    start: str | None = None
    end: str | None = None

    def holds_on(self, date: str | None) -> bool:
        """True when held on ``date``; with no date, only a current (open-ended) position."""
        if date is None:
            return self.end is None
        day = date[:10]
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class KBEntry:
    id: str
    name: str
    schema: str
    countries: tuple[str, ...]
    aliases: tuple[str, ...]
    source: str
    positions: tuple[Position, ...] = ()
    surname: str | None = None  # the family name, for "Putin" alone
    capitals: tuple[str, ...] = ()  # a state's capitals: metonyms that may also be just places
    # False for a surname among the commonest of the person's country ("Singh", "Khan"):
    # alone it means this person only after his full name, never by title or eponym
    bare_surname: bool = True
    listed: bool = False  # derived from a sanctions list (listed.yaml), not kept by hand
    # its short acronym means this body alone the world over ("NASA", "FBI", "IRGC"), so a
    # story need not name its state for the acronym to count (``acronym_alone`` in the file)
    acronym_alone: bool = False


@dataclass(frozen=True)
class Role:
    role: str
    titles: tuple[str, ...]


@dataclass
class KnowledgeBase:
    entries: dict[str, KBEntry] = field(default_factory=dict)
    roles: list[Role] = field(default_factory=list)
    product_words: frozenset[str] = frozenset()
    event_words: frozenset[str] = frozenset()
    makers: frozenset[str] = frozenset()
    place_words: frozenset[str] = frozenset()
    locative_words: frozenset[str] = frozenset()
    facility_words: frozenset[str] = frozenset()
    generic_words: frozenset[str] = frozenset()
    office_words: frozenset[str] = frozenset()
    motion_words: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    family_name_first: frozenset[str] = frozenset()
    group_words: frozenset[str] = frozenset()
    foreign_words: frozenset[str] = frozenset()
    beneficiary_verbs: frozenset[str] = frozenset()
    anaphoric_nouns: frozenset[str] = frozenset()
    eponym_words: frozenset[str] = frozenset()
    hostile_words: frozenset[str] = frozenset()
    portfolio_titles: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()
    seat_words: frozenset[str] = frozenset()
    business_titles: frozenset[str] = frozenset()
    # first-level subdivision name -> the state it lies in ("Texas" -> us)
    subdivisions: dict[str, str] = field(default_factory=dict)

    def add(self, entry: KBEntry) -> None:
        """Add an entry; one with the same id or the same name as a known one only adds aliases.

        The hand-kept files load first, so a list-derived entry for "KOMID" merges into the
        hand-kept one (keeping its id, schema and source) instead of making the alias ambiguous.
        """
        old = self.entries.get(entry.id)
        if old is None:
            old = self._by_name(entry)
        if old is None:
            self.entries[entry.id] = entry
            return
        extra = tuple(a for a in (entry.name, *entry.aliases) if a not in old.aliases)
        self.entries[old.id] = KBEntry(
            old.id, old.name, old.schema, old.countries or entry.countries,
            old.aliases + extra, old.source, old.positions or entry.positions, old.surname,
            old.capitals, old.bare_surname, old.listed, old.acronym_alone)

    def _by_name(self, entry: KBEntry) -> KBEntry | None:
        wanted = {n.casefold() for n in (entry.name, *entry.aliases) if len(n) > 4}
        for known in self.entries.values():
            same_kind = (known.schema == entry.schema
                         or {known.schema, entry.schema} <= ORG_SCHEMAS)
            if same_kind and (known.name.casefold() in wanted or entry.name.casefold() in {
                    a.casefold() for a in known.aliases}):
                return known
        return None

    def alias_index(self) -> dict[str, set[str]]:
        """Every surface form (name and aliases) to the ids it may mean."""
        index: dict[str, set[str]] = defaultdict(set)
        for entry in self.entries.values():
            for alias in (entry.name, *entry.aliases):
                if alias.strip():
                    index[alias.strip()].add(entry.id)
        return index

    def holders(self, role: str, country: str | None, date: str | None) -> list[KBEntry]:
        """People holding ``role`` (for ``country`` when given) on ``date``."""
        return [e for e in self.entries.values() for p in e.positions
                if p.role == role and (country is None or p.country == country)
                and p.holds_on(date)]


def _strs(path: Path, where: str, value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataFileError(str(path), "expected a list of strings", where)
    return tuple(value)


def _positions(path: Path, where: str, rows: Any) -> tuple[Position, ...]:
    if rows is None:
        return ()
    if not isinstance(rows, list):
        raise DataFileError(str(path), "positions must be a list", where)
    out = []
    for row in rows:
        if not isinstance(row, dict) or "role" not in row or "country" not in row:
            raise DataFileError(str(path), "a position needs role and country", where)
        out.append(Position(str(row["role"]), str(row["country"]),
                            str(row["from"]) if row.get("from") else None,
                            str(row["to"]) if row.get("to") else None))
    return tuple(out)


def _surname(name: str, countries: tuple[str, ...], family_first: frozenset[str]) -> str | None:
    parts = name.replace("-", " ").split()
    if len(parts) < 2:
        return None
    return parts[0] if set(countries) & family_first else name.split()[-1]


def _entry(path: Path, i: int, row: Any, default_schema: str,
           family_first: frozenset[str]) -> KBEntry:
    where = f"entry {i + 1}"
    if not isinstance(row, dict) or not isinstance(row.get("name"), str):
        raise DataFileError(str(path), "entry without a 'name'", where)
    if not row.get("source"):
        raise DataFileError(str(path), f"entry {row['name']!r} has no 'source'", where)
    name = row["name"]
    schema = str(row.get("schema", default_schema))
    countries = _strs(path, where, row.get("countries"))
    aliases = _strs(path, where, row.get("aliases"))
    capitals: tuple[str, ...] = ()
    if "iso2" in row:  # a state: its code, adjectives and capitals are names for it too
        countries = (str(row["iso2"]),)
        capitals = _strs(path, where, row.get("capitals"))
        aliases += _strs(path, where, row.get("adjectives")) + capitals
        # news writes "the Republic of Armenia" for many states whose file has no formal
        # name; the form cannot occur for a state that is not one, so it costs nothing
        aliases += (f"Republic of {name}",)
    qid = row.get("qid") or row.get("id")
    eid = str(qid) if qid else content_id("kb", schema, name, length=16)
    surname = row.get("surname") or (
        _surname(name, countries, family_first) if schema == "Person" else None)
    bare, alone = row.get("bare_surname", True), row.get("acronym_alone", False)
    for key, value in (("bare_surname", bare), ("acronym_alone", alone)):
        if not isinstance(value, bool):
            raise DataFileError(str(path), f"entry {name!r}: {key} must be true or false",
                                where)
    return KBEntry(eid, name, schema, countries, aliases, str(row["source"]),
                   _positions(path, where, row.get("positions")), surname, capitals, bare,
                   acronym_alone=alone)


def _load_entries(kb: KnowledgeBase, path: Path) -> None:
    rows = read_yaml(path)
    if rows is None:
        return
    if not isinstance(rows, list):
        raise DataFileError(str(path), "expected a list of entries")
    default = {"states.yaml": "Country", "people.yaml": "Person"}.get(path.name, "Organization")
    for i, row in enumerate(rows):
        entry = _entry(path, i, row, default, kb.family_name_first)
        if path.name == LISTED_FILE:
            entry = replace(entry, listed=True)
        kb.add(entry)


def _load_roles(path: Path) -> list[Role]:
    rows = read_yaml(path)
    if not isinstance(rows, list):
        raise DataFileError(str(path), "expected a list of roles")
    roles = []
    for i, row in enumerate(rows):
        if not isinstance(row, dict) or "role" not in row:
            raise DataFileError(str(path), "role without 'role'", f"entry {i + 1}")
        roles.append(Role(str(row["role"]), _strs(path, f"entry {i + 1}", row.get("titles"))))
    return roles


def _load_lexicon(kb: KnowledgeBase, path: Path) -> None:
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise DataFileError(str(path), "expected a mapping of word lists")

    def words(key: str) -> frozenset[str]:
        """One word list of the file, lower-cased for case-blind lookups."""
        return frozenset(w.lower() for w in _strs(path, key, data.get(key)))

    kb.product_words = words("product_words")
    kb.event_words = words("event_words")
    kb.place_words = words("place_words")
    kb.locative_words = words("locative_words")
    kb.facility_words = words("facility_words")
    kb.generic_words = words("generic_words")
    kb.office_words = words("office_words")
    kb.motion_words = words("motion_words")
    kb.name_particles = words("name_particles")
    kb.group_words = words("group_words")
    kb.foreign_words = words("foreign_words")
    kb.beneficiary_verbs = words("beneficiary_verbs")
    kb.anaphoric_nouns = words("anaphoric_nouns")
    kb.eponym_words = words("eponym_words")
    kb.hostile_words = words("hostile_words")
    kb.portfolio_titles = words("portfolio_titles")
    kb.honorifics = words("honorifics")
    kb.seat_words = words("seat_words")
    kb.business_titles = words("business_titles")
    kb.makers = frozenset(_strs(path, "makers", data.get("makers")))
    kb.family_name_first = frozenset(_strs(path, "family_name_first",
                                           data.get("family_name_first")))


def _load_subdivisions(path: Path) -> dict[str, str]:
    """Place names to their state's code (kb/subdivisions.yaml, kb/places.yaml)."""
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise DataFileError(str(path), "expected a mapping of state codes to name lists")
    out: dict[str, str] = {}
    for code, names in data.items():
        if not isinstance(code, str) or len(code) != 2 or not code.islower():
            raise DataFileError(str(path), f"{code!r} is no lower-case ISO 3166-1 alpha-2 code")
        for name in _strs(path, code, names):
            out[name] = code
    return out


def _add_agencies(kb: KnowledgeBase, data_dir: Path) -> None:
    """News agencies come from the shared agency file (one source of truth, not copied)."""
    for agency in load_agencies(data_dir / "news_agencies.yaml").agencies:
        eid = agency.qid or content_id("kb", "Organization", agency.canonical, length=16)
        # state media speak for their state; a private agency acts for no state
        countries = (agency.country,) if agency.state and agency.country else ()
        kb.add(KBEntry(eid, agency.canonical, "Organization", countries,
                       tuple(a for a in agency.aliases if a != agency.canonical),
                       "news_agencies.yaml"))


def load_kb(data_dir: Path) -> KnowledgeBase:
    """Read every knowledge-base file under ``data_dir/kb`` (missing optional files are skipped)."""
    kb_dir = data_dir / "kb"
    kb = KnowledgeBase()
    _load_lexicon(kb, kb_dir / "lexicon.yaml")
    kb.roles = _load_roles(kb_dir / "roles.yaml")
    for name in KB_FILES:
        path = kb_dir / name
        if path.exists():
            _load_entries(kb, path)
    _add_agencies(kb, data_dir)
    for name in (SUBDIVISIONS_FILE, PLACES_FILE):  # one map: a named place to its state
        if (kb_dir / name).exists():
            kb.subdivisions.update(_load_subdivisions(kb_dir / name))
    return kb


@lru_cache(maxsize=4)
def cached_kb(data_dir: Path) -> KnowledgeBase:
    """One loaded knowledge base per data folder."""
    return load_kb(data_dir)
