"""Stage ``apply rules``: sanctions regimes as data, matched against events.

Public face: :class:`RuleEngine` (``apply`` for findings, ``explain`` for the reasons,
including the near-misses), :func:`load_regimes` and the regime classes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sanctionwatch.model import Event, Finding
from sanctionwatch.rules.engine import EventExplanation, Trace, evaluate, weigh_denials
from sanctionwatch.rules.regimes import Basis, HSRange, Measure, Regime, load_regimes
from sanctionwatch.settings import Settings

if TYPE_CHECKING:  # spaCy loads only when documents are analysed
    from sanctionwatch.annotate import Annotated


class RuleEngine:
    """Holds the loaded regimes (read on first use, never at import)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._regimes: list[Regime] | None = None

    @property
    def regimes(self) -> list[Regime]:
        if self._regimes is None:
            self._regimes = load_regimes(self.settings.data_dir)
        return self._regimes

    def regime(self, regime_id: str) -> Regime | None:
        return next((r for r in self.regimes if r.id == regime_id), None)

    def apply(self, annotated: Annotated, events: list[Event]) -> list[Finding]:
        """One finding per event and regime, with every legal basis that applies."""
        return [f for x in self.explain(annotated, events) for f in x.findings]

    def explain(self, annotated: Annotated, events: list[Event]) -> list[EventExplanation]:
        """For each event: the findings with their steps, and the near-misses with the
        check each one failed."""
        return weigh_denials([evaluate(self.regimes, annotated, ev) for ev in events],
                             annotated)


__all__ = ["Basis", "EventExplanation", "HSRange", "Measure", "Regime", "RuleEngine", "Trace",
           "load_regimes"]
