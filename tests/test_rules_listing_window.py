"""A list without listing dates (OFAC's legacy CSV) is dated by the snapshots loaded: the
engine must say "listed before the event" only where the snapshots prove it."""

from __future__ import annotations

from sanctionwatch.model import SanctionHit
from sanctionwatch.rules.engine import _listed_at, _listing_note, parse_period


def hit(listed_by: str, absent_on: str | None) -> SanctionHit:
    return SanctionHit(list_id="us-ofac-sdn", entry_id="1", name="X", score=1.0,
                       listed_by=listed_by, absent_on=absent_on)


def test_snapshot_window_dates_the_listing_against_the_event() -> None:
    aurus = hit("2024-05-03", "2024-02-20")  # on the May snapshot, not on February's
    assert _listed_at(aurus, parse_period("2024-01")) is False
    assert _listed_at(aurus, parse_period("2024-02-20")) is False
    assert _listed_at(aurus, parse_period("2024-03")) is None  # inside the window
    assert _listed_at(aurus, parse_period("2024-06-01")) is True
    assert _listed_at(aurus, parse_period("2024-05")) is None  # 1 May is before the snapshot
    assert "between 2024-02-20 and 2024-05-03" in _listing_note(aurus, None)
    assert "by 2024-05-03" in _listing_note(aurus, True)


def test_first_snapshot_only_bounds_the_listing_from_above() -> None:
    old = hit("2024-02-20", None)
    assert _listed_at(old, parse_period("2024-03-01")) is True
    assert _listed_at(old, parse_period("2019")) is None  # may or may not be listed yet
    dated = SanctionHit(list_id="un-sc", entry_id="KPe.001", name="K", score=1.0,
                        listed_on="2009-04-24")
    assert _listed_at(dated, parse_period("2008")) is False
    assert "listed on 2009-04-24" in _listing_note(dated, True)
