"""Stage ``code events``: PLOVER events with parties, item, date, modality and sources.

Public face: :func:`code_events`.
"""

from __future__ import annotations

from sanctionwatch.annotate import Annotated
from sanctionwatch.model import Event


def code_events(annotated: Annotated) -> list[Event]:
    """The events reported in one annotated document (one per real-world event)."""
    return []


__all__ = ["code_events"]
