"""News agencies and state media, from ``data/news_agencies.yaml``.

Shared by ``extract`` (wire credits, the story's chain of cited sources) and ``events``
(attributions inside a sentence): one lookup, one canonical name per agency.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sanctionwatch.datafiles import read_yaml
from sanctionwatch.errors import DataFileError
from sanctionwatch.settings import PACKAGE_DATA


@dataclass(frozen=True)
class Agency:
    canonical: str
    qid: str | None
    country: str | None
    state: bool
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class AgencyMention:
    start: int
    end: int
    text: str
    agency: Agency


class AgencyIndex:
    """Find agency names in text and map any alias to its canonical name."""

    def __init__(self, agencies: list[Agency]) -> None:
        self.agencies = agencies
        self._by_alias: dict[str, Agency] = {}
        for a in agencies:
            for alias in (a.canonical, *a.aliases):
                self._by_alias[alias.casefold()] = a
        # longest alias first so "Yonhap News Agency" wins over "Yonhap"
        aliases = sorted({al for a in agencies for al in (a.canonical, *a.aliases)},
                         key=len, reverse=True)
        parts = []
        for alias in aliases:
            esc = re.escape(alias)
            # all-caps acronyms match only as written ("AP", never "ap"); names in any case
            parts.append(esc if alias.isupper() else f"(?i:{esc})")
        self._pattern = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")

    def canonical(self, name: str) -> str | None:
        a = self._by_alias.get(name.strip().casefold())
        return a.canonical if a else None

    def get(self, name: str) -> Agency | None:
        return self._by_alias.get(name.strip().casefold())

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[AgencyMention]:
        end = len(text) if end is None else end
        out = []
        for m in self._pattern.finditer(text, start, end):
            agency = self._by_alias.get(m.group(0).casefold())
            if agency is not None:
                out.append(AgencyMention(m.start(), m.end(), m.group(0), agency))
        return out


def load_agencies(path: Path | None = None) -> AgencyIndex:
    path = path or PACKAGE_DATA / "news_agencies.yaml"
    rows = read_yaml(path)
    if not isinstance(rows, list):
        raise DataFileError(str(path), "expected a list of agencies")
    agencies = []
    for i, row in enumerate(rows):
        if not isinstance(row, dict) or "canonical" not in row:
            raise DataFileError(str(path), "entry without 'canonical'", f"entry {i + 1}")
        agencies.append(Agency(
            canonical=str(row["canonical"]), qid=row.get("qid"), country=row.get("country"),
            state=bool(row.get("state", False)),
            aliases=tuple(str(a) for a in row.get("aliases", []))))
    return AgencyIndex(agencies)


@lru_cache(maxsize=1)
def default_agencies() -> AgencyIndex:
    """The packaged agency index, loaded once on first use."""
    return load_agencies()
