"""What a parsed list file holds, before it is stored: entries, their names, supplements."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class EntryName:
    """One name of an entry: the primary name or an alias, with its type and quality."""

    name: str
    name_type: str = "primary"  # primary | aka | fka | nka
    quality: str = "strong"  # strong | weak (the list's own judgement of the alias)
    surname: str | None = None  # the family name, where the list marks it ("PUTIN, Vladimir")


@dataclass
class ListEntry:
    """One designation on one list, as published in one file."""

    entry_id: str
    schema: str  # FollowTheMoney: Person | Organization | Vessel | Airplane | LegalEntity
    names: list[EntryName]
    programs: list[str] = field(default_factory=list)
    listed_on: str | None = None
    gender: str | None = None
    nationalities: list[str] = field(default_factory=list)
    birth_dates: list[str] = field(default_factory=list)
    identifiers: list[dict[str, str]] = field(default_factory=list)
    remarks: str | None = None

    @property
    def caption(self) -> str:
        return self.names[0].name if self.names else self.entry_id


@dataclass
class Supplement:
    """A row of a file that adds to another list's entries (OFAC ALT.CSV aliases, ADD.CSV
    addresses), attached by the main list's entry id."""

    entry_id: str
    row_id: str
    kind: str  # alias | address
    data: dict[str, Any]


@dataclass
class ParsedFile:
    """A whole list file, parsed and checked, ready to be stored in one transaction."""

    list_id: str
    kind: str  # list | aliases | addresses
    reader: str
    published: str | None  # ISO date found inside the file, if it says
    entries: list[ListEntry] = field(default_factory=list)
    supplements: list[Supplement] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def row_count(self) -> int:
        return len(self.entries) + len(self.supplements)
