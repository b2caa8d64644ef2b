"""Event coding quality floors (benchmarks/events_floors.json) on the real gold and PETR2 data."""

from __future__ import annotations

import json
from typing import Any

from benchmarks.events_eval import FLOORS, floor_failures, run
from sanctionwatch.annotate import Annotator
from tests.conftest import shared_path


def test_event_quality_stays_above_the_pinned_floors(settings: Any, nlp: Any) -> None:
    shared_path("data", "events", "UniversalPetrarch_PETR2_GSR_validation.xml")
    shared_path("data", "news", "kcna")
    figures = run(settings, annotator=Annotator(settings, None, nlp=nlp))
    floors = json.loads(FLOORS.read_text())
    assert floor_failures(figures, floors) == [], json.dumps(figures, indent=1)
    assert figures["gold"]["heldout"]["sentences"] > 100  # both halves were really scored
