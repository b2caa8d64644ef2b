"""Sanctions lists: import, storage, name matching and screening.

Public face: :class:`Screener` (screen a name against the loaded lists, as of a date) and
:func:`load_screener` (``None`` when no list has been imported).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from sanctionwatch.model import SanctionHit
from sanctionwatch.settings import Settings


class Screener(Protocol):
    def screen(self, name: str, schema: str = "Person", *, as_of: str | None = None,
               countries: Sequence[str] = (), limit: int = 5) -> list[SanctionHit]:
        """Entries matching ``name`` at or above the threshold, best first, explained."""
        ...


def load_screener(settings: Settings) -> Screener | None:
    """The screener over the lists in the settings' database, or None if none are loaded."""
    return None


__all__ = ["Screener", "load_screener"]
