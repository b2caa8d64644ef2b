"""Stage ``code events``: PLOVER events with parties, item, date, modality and sources.

Public face: :func:`code_events`. The rules and lexicons are in :mod:`.coder` and the data
files under ``sanctionwatch/data/events/`` and ``sanctionwatch/data/goods.yaml``.
"""

from __future__ import annotations

from sanctionwatch.annotate import Annotated
from sanctionwatch.model import Event


def code_events(annotated: Annotated) -> list[Event]:
    """The events reported in one annotated document (one per real-world event)."""
    from sanctionwatch.events.coder import default_coder

    return default_coder().code(annotated)


__all__ = ["code_events"]
