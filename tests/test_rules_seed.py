"""End to end on the seed article: the findings an analyst expects, through the real
pipeline (extract -> annotate -> events -> rules)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sanctionwatch.model import Analysis, Finding, RawDocument
from sanctionwatch.pipeline import Pipeline


@pytest.fixture(scope="module")
def analysis(settings: Any, seed_path: Path) -> Analysis:
    pipeline = Pipeline(settings, screening=False)
    return pipeline.analyze(RawDocument(source=str(seed_path), data=seed_path.read_bytes()))


def keys(f: Finding) -> set[str]:
    return {f"{b.instrument} {b.provision.split(',')[0]}" for b in f.legal_basis}


def test_car_gift_is_the_strongest_finding(analysis: Analysis) -> None:
    car = [f for f in analysis.findings if f.supplier_country == "ru"
           and {"UNSCR 2397 (2017) OP7", "UNSCR 1718 (2006) OP8(a)(iii)"} <= keys(f)]
    assert car, [f.to_dict() for f in analysis.findings]
    assert max(f.confidence for f in car) >= 0.6
    assert all(f.regime == "un-dprk" and f.recipient_country == "kp" for f in car)


def test_vehicles_of_unknown_supplier_are_weaker(analysis: Analysis) -> None:
    strong = max(f.confidence for f in analysis.findings if f.supplier_country == "ru")
    unknown = [f for f in analysis.findings if f.supplier_country is None
               and "UNSCR 1718 (2006) OP8(a)(iii)" in keys(f)]
    assert unknown, [f.to_dict() for f in analysis.findings]
    assert all(f.confidence < strong for f in unknown)


def test_nothing_else_but_a_low_sci_tech_finding(analysis: Analysis) -> None:
    others = [f for f in analysis.findings
              if not keys(f) & {"UNSCR 2397 (2017) OP7", "UNSCR 1718 (2006) OP8(a)(iii)"}]
    for f in others:  # the IT forum at most, and weakly; no 1948, fisheries, sports
        assert keys(f) == {"UNSCR 2321 (2016) OP11"} and f.confidence <= 0.4, f.to_dict()
    assert len(others) <= 1
    assert len(analysis.findings) <= 4
