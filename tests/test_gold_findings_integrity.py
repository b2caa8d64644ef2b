"""The findings gold set is well formed and still points at the text it was labelled on.

The gold set (tests/gold/findings.jsonl) holds pointers into ../shared, never text. If a
shared file changes, a span drifts off its paragraph or a label names a category the
project does not know, every precision/recall figure computed on it silently becomes
wrong; these checks make that loud instead. Guidelines: tests/gold/FINDINGS.md.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT, shared_path
from tests.gold.loader import Pointer, item_link, read_jsonl, source_text, span_text

GOLD = ROOT / "tests" / "gold" / "findings.jsonl"
CATEGORIES = ROOT / "sanctionwatch" / "data" / "categories.yaml"

KEYS = {"id", "file", "item", "field", "start", "end", "sha", "link", "split", "published",
        "findings", "note"}
FINDING_KEYS = {"regime", "category", "supplier_country", "recipient_country", "provisions",
                "min_confidence"}
REGIMES = {"un-dprk", "eu-russia", "un-iran"}
CONFIDENCES = {"low", "medium", "high"}
# How instruments are cited: "UNSCR 2397 (2017) OP7", "UNSCR 1718 (2006) OP8(a)(iii)",
# "Regulation (EU) 833/2014 Art. 3h", "UNSCR 2231 (2015) Annex B para 6(b)", and the
# other forms the regime files cite: "UNSCR 1874 (2009) OP9-10", "UNSCR 2270 (2016) Annexes
# I and II", "Council Decision 2014/512/CFSP Art. 2(2)".
PROVISION = re.compile(
    r"^(UNSCR \d{4} \(\d{4}\) (OP\d+(-\d+)?(\([a-z]+\))*|Annex [A-Z]+( para \d+(\([a-z]+\))*)?"
    r"|Annexes [IVX]+ and [IVX]+)"
    r"|Regulation \(EU\) \d+/\d{4} Art\. \d+[a-z]*(\(\d+\))?"
    r"|Council Decision \d{4}/\d+/CFSP Art\. \d+[a-z]*(\(\d+\))?)$")
# Minimum composition the gold set was built to (the brief): enough no-finding passages to
# measure precision, both halves holding passages with and without findings.
MIN_PASSAGES = 65
MIN_NO_FINDING = 28


def _rows() -> list[dict[str, Any]]:
    return read_jsonl(GOLD)


def _pointer(row: dict[str, Any]) -> Pointer:
    """The row's pointer, skipping the test where ../shared is absent."""
    shared_path("data")
    return Pointer.from_row(row)


def test_every_line_has_the_pointer_format() -> None:
    rows = _rows()
    categories = set(yaml.safe_load(CATEGORIES.read_text(encoding="utf-8")))
    for row in rows:
        where = row.get("id", "?")
        assert set(row) == KEYS, f"{where}: keys {sorted(set(row) ^ KEYS)}"
        assert re.fullmatch(r"fd-\d{4}", row["id"]), where
        assert row["split"] in {"dev", "heldout"}, where
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["published"]), where
        assert 0 <= row["start"] < row["end"], where
        assert re.fullmatch(r"[0-9a-f]{12}", row["sha"]), where
        assert row["note"].strip(), f"{where}: every label says why"
        for finding in row["findings"]:
            assert set(finding) == FINDING_KEYS, where
            assert finding["regime"] in REGIMES, where
            assert finding["category"] in categories, f"{where}: {finding['category']}"
            assert finding["min_confidence"] in CONFIDENCES, where
            for side in ("supplier_country", "recipient_country"):
                code = finding[side]
                assert code is None or re.fullmatch(r"[a-z]{2}", code), f"{where}: {side}"
            assert finding["provisions"], f"{where}: a finding cites its legal basis"
            for provision in finding["provisions"]:
                assert PROVISION.fullmatch(provision), f"{where}: {provision!r}"
    assert len({row["id"] for row in rows}) == len(rows), "ids are unique"


def test_pointers_resolve_to_the_labelled_paragraphs() -> None:
    for row in _rows():
        pointer = _pointer(row)
        span_text(pointer)  # raises GoldDriftError where the text under the label changed
        text = source_text(pointer)
        start, end = pointer.start, pointer.end
        assert start == 0 or text[start - 1] == "\n", f"{row['id']}: span starts mid-paragraph"
        assert end == len(text) or text[end] == "\n", f"{row['id']}: span ends mid-paragraph"


def test_links_match_the_items_they_came_from() -> None:
    for row in _rows():
        assert row["link"] == item_link(_pointer(row)), f"{row['id']}: link does not match"


def test_no_passage_is_labelled_twice() -> None:
    """KCNA repeats texts under several items; one text labelled twice would count double."""
    texts: Counter[str] = Counter(span_text(_pointer(row)) for row in _rows())
    assert [n for n in texts.values() if n > 1] == []


def test_composition_and_split_balance() -> None:
    rows = _rows()
    positives = [r for r in rows if r["findings"]]
    negatives = [r for r in rows if not r["findings"]]
    assert len(rows) >= MIN_PASSAGES
    assert len(negatives) >= MIN_NO_FINDING
    for split in ("dev", "heldout"):
        assert any(r["split"] == split for r in positives), f"{split} lacks findings"
        assert any(r["split"] == split for r in negatives), f"{split} lacks no-finding passages"


# Passages were labelled in batches; each batch was split on its own, so adding a batch never
# moves an earlier passage between dev and heldout. (first id number, last id number)
BATCHES = [(1, 66), (67, 73), (74, 78), (79, 96), (97, 100), (101, 107), (108, 137)]


@pytest.mark.parametrize("with_findings", [True, False])
@pytest.mark.parametrize("batch", BATCHES)
def test_split_is_the_documented_deterministic_hash(
        batch: tuple[int, int], with_findings: bool) -> None:
    """Per batch and stratum, rows ordered by sha256(id) alternate dev, heldout (FINDINGS.md)."""
    first, last = batch
    group = [r for r in _rows() if first <= int(r["id"][3:]) <= last
             and bool(r["findings"]) is with_findings]
    group.sort(key=lambda r: hashlib.sha256(r["id"].encode()).hexdigest())
    expected = ["dev" if rank % 2 == 0 else "heldout" for rank in range(len(group))]
    assert [r["split"] for r in group] == expected


def test_every_passage_belongs_to_a_batch() -> None:
    numbers = sorted(int(r["id"][3:]) for r in _rows())
    assert numbers == list(range(1, BATCHES[-1][1] + 1)), "ids run fd-0001.. without gaps"


def test_gold_holds_pointers_not_copied_text() -> None:
    """Notes explain a label; they must not smuggle in the source text itself."""
    longest_note = max(len(row["note"]) for row in _rows())
    assert longest_note < 1500
    assert Path(GOLD).stat().st_size < 200_000
