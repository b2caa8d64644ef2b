"""Sanctions lists: import, storage, name matching and screening.

Public face: :class:`Screener` (screen a name against the loaded lists, as of a date),
:func:`load_screener` (``None`` when no list has been imported) and :func:`match_names`
(one pair of names, scored and explained, without any list).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from sanctionwatch.model import SanctionHit
from sanctionwatch.screening.matcher import (
    DEFAULT_ALGORITHM,
    Candidate,
    MatchResult,
    Query,
    get_algorithm,
)
from sanctionwatch.settings import Settings


class Screener(Protocol):
    def screen(self, name: str, schema: str = "Person", *, as_of: str | None = None,
               countries: Sequence[str] = (), limit: int = 5) -> list[SanctionHit]:
        """Entries matching ``name`` at or above the threshold, best first, explained."""
        ...

    def screen_many(self, names: Iterable[str], schema: str = "Person", *,
                    as_of: str | None = None, countries: Sequence[str] = (), limit: int = 5,
                    birth_date: str | None = None, gender: str | None = None
                    ) -> list[list[SanctionHit]]:
        """``screen`` for each name, in order; bulk runs answer a repeated name once."""
        ...


_LOADED: dict[tuple[str, float, str], Screener] = {}


def load_screener(settings: Settings) -> Screener | None:
    """The screener over the lists in the settings' database, or None if none are loaded.

    The index is built once per process and reused while the loaded files stay the same.
    """
    if not settings.database.exists():
        return None
    from sanctionwatch.screening.index import cached_index
    from sanctionwatch.store import connect

    conn = connect(settings.database)
    try:
        signature = ",".join(f"{i}:{h}" for i, h in conn.execute(
            "SELECT id, sha256 FROM sources ORDER BY id"))
        key = (str(settings.database.resolve()), settings.match_threshold, signature)
        if key not in _LOADED:
            index = cached_index(conn, settings.home, settings.match_threshold)
            if index is None:
                return None
            _LOADED.clear()  # one database per process at a time; drop an outdated index
            _LOADED[key] = index
        return _LOADED[key]
    finally:
        conn.close()


def match_names(a: str, b: str, schema: str = "Person", *, threshold: float | None = None,
                algorithm: str = DEFAULT_ALGORITHM) -> MatchResult:
    """Score one pair of names (``a`` as the query, ``b`` as it would stand on a list) and say
    why; ``match`` means the score reaches the threshold ``screen`` uses."""
    cut = Settings().match_threshold if threshold is None else threshold
    surname = b.split(",", 1)[0].strip() if schema == "Person" and "," in b else None
    return get_algorithm(algorithm).compare(Query(a, schema), Candidate(b, schema, surname), cut)


__all__ = ["MatchResult", "Screener", "load_screener", "match_names"]
