"""Stage ``apply rules``: sanctions regimes as data, matched against events.

Public face: :class:`RuleEngine`.
"""

from __future__ import annotations

from sanctionwatch.annotate import Annotated
from sanctionwatch.model import Event, Finding
from sanctionwatch.settings import Settings


class RuleEngine:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def apply(self, annotated: Annotated, events: list[Event]) -> list[Finding]:
        """One finding per event and regime, with every legal basis that applies."""
        return []


__all__ = ["RuleEngine"]
