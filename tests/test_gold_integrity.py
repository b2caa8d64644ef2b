"""The event gold set is well formed and still points at the sentences it was labelled on.

tests/gold/events.jsonl holds pointers into ../shared, never text (guidelines:
tests/gold/README.md). If a shared file changes, a span drifts off its sentence, a label
uses a value the project does not know, or the split stops being the fixed hash of the id,
every event-coding figure computed on it silently becomes wrong; these checks make that loud.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from datetime import date
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT, shared_path
from tests.gold.loader import (
    EVENTS,
    GoldDriftError,
    Pointer,
    item_link,
    read_jsonl,
    span_sha,
    span_text,
)

CATEGORIES = ROOT / "sanctionwatch" / "data" / "categories.yaml"
SOURCES = {
    "data/news/kcna/kcna_headlines_2023-12-24_to_2024-11-10.json": "story_text",
    "data/extraction/aeb/ground-truth.json": "articleBody",
}
ROW_KEYS = {"id", "file", "item", "field", "start", "end", "sha", "link", "split", "published",
            "events", "note"}
EVENT_KEYS = {"type", "actor", "actor_country", "recipient", "recipient_country", "modality",
              "item", "date"}
ITEM_KEYS = {"text", "category", "hs"}
# The 16 PLOVER event types (PLOVER manual, ../shared/data/events/PLOVER_MANUAL.tex).
PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT"}
MODALITIES = {"asserted", "reported", "alleged", "denied", "hypothetical", "planned"}
# Modalities under which nothing happened (yet): such rows count as "looks like an event
# but is not", together with rows whose events list is empty.
NOT_HAPPENED = {"denied", "hypothetical", "planned"}
TRANSFER_TYPES = {"AID", "COOPERATE"}
# Minimum composition the set was built to (the brief), and split balance bounds.
MIN_SENTENCES = 220
MIN_TRANSFERS = 70
MIN_NON_EVENTS = 45
SENTENCE_END = ('.', '!', '?', '"', '\u201d', '\u2019', "'", "-0-")
SENTENCE_AFTER = ('.', '!', '?', '"', '\u201d', '\u2019', "'", ')', ':')


def _rows() -> list[dict[str, Any]]:
    return read_jsonl(EVENTS)


def _split_of(row_id: str) -> str:
    """The split is a fixed function of the id (never of content): sha256 parity."""
    return "heldout" if int(hashlib.sha256(row_id.encode()).hexdigest()[:8], 16) % 2 else "dev"


def _is_transfer(row: dict[str, Any]) -> bool:
    return any(e["type"] in TRANSFER_TYPES and e["item"] for e in row["events"])


def _is_non_event(row: dict[str, Any]) -> bool:
    return all(e["modality"] in NOT_HAPPENED for e in row["events"])


def _valid_date(value: str) -> bool:
    """ISO date at year, month or day precision ("2024", "2024-02", "2024-02-20")."""
    parts = value.split("-")
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return False
    year, month, day = int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, \
        int(parts[2]) if len(parts) > 2 else 1
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _check_event(where: str, event: dict[str, Any], categories: set[str]) -> None:
    assert set(event) == EVENT_KEYS, f"{where}: event keys {sorted(set(event) ^ EVENT_KEYS)}"
    assert event["type"] in PLOVER_TYPES, f"{where}: type {event['type']!r}"
    assert event["modality"] in MODALITIES, f"{where}: modality {event['modality']!r}"
    for side in ("actor_country", "recipient_country"):
        code = event[side]
        assert code is None or re.fullmatch(r"[a-z]{2}", code), f"{where}: {side} {code!r}"
    for side in ("actor", "recipient"):
        assert event[side] is None or (isinstance(event[side], str) and event[side].strip()), where
    assert event["date"] is None or _valid_date(event["date"]), f"{where}: date {event['date']!r}"
    item = event["item"]
    if item is not None:
        assert set(item) == ITEM_KEYS, f"{where}: item keys {sorted(set(item) ^ ITEM_KEYS)}"
        assert item["text"].strip(), f"{where}: item text"
        assert item["category"] in categories, f"{where}: category {item['category']!r}"
        assert item["hs"] is None or re.fullmatch(r"\d{4}(\d{2})?", item["hs"]), \
            f"{where}: hs {item['hs']!r}"


def test_every_line_has_the_pointer_format() -> None:
    categories = set(yaml.safe_load(CATEGORIES.read_text(encoding="utf-8")))
    rows = _rows()
    for row in rows:
        where = row.get("id", "?")
        assert set(row) == ROW_KEYS, f"{where}: keys {sorted(set(row) ^ ROW_KEYS)}"
        assert re.fullmatch(r"ev-\d{4}", row["id"]), where
        assert row["file"] in SOURCES and row["field"] == SOURCES[row["file"]], where
        assert isinstance(row["item"], int if "kcna" in row["file"] else str), where
        assert re.fullmatch(r"[0-9a-f]{12}", row["sha"]), where
        assert 0 <= row["start"] < row["end"], where
        assert _valid_date(row["published"]) and len(row["published"]) == 10, where
        assert isinstance(row["note"], str), where
        if not row["events"]:
            assert row["note"].strip(), f"{where}: a sentence with no event says why"
        for event in row["events"]:
            _check_event(where, event, categories)
    assert len({row["id"] for row in rows}) == len(rows), "ids are unique"


def test_pointers_resolve_and_hashes_match() -> None:
    root = shared_path()
    for row in _rows():
        try:
            span_text(Pointer.from_row(row), root)
        except GoldDriftError as err:
            pytest.fail(str(err))


def test_drift_is_caught() -> None:
    """The loader refuses a pointer whose stored hash is not that of the span."""
    root = shared_path()
    row = dict(_rows()[0])
    good = span_text(Pointer.from_row(row), root)
    row["sha"] = span_sha(good + " ")
    with pytest.raises(GoldDriftError):
        span_text(Pointer.from_row(row), root)


def test_offsets_land_on_sentence_boundaries() -> None:
    """A span is one whole sentence: it starts where a sentence may start (text start, a
    line start or a KCNA digest bullet "- ", or after a sentence-final mark) and ends on a
    sentence-final mark, without surrounding whitespace."""
    root = shared_path()
    from tests.gold.loader import source_text

    for row in _rows():
        pointer = Pointer.from_row(row)
        text = source_text(pointer, root)
        span = text[pointer.start:pointer.end]
        assert span == span.strip(), f"{row['id']}: span has outer whitespace"
        assert "\n" not in span, f"{row['id']}: span crosses a line break"
        before = text[:pointer.start]
        assert pointer.start == 0 or (before[-1].isspace() and (
            before.endswith("\n") or before.rstrip().endswith(SENTENCE_AFTER)
            or re.search(r"\n-\s*$", before) is not None)), \
            f"{row['id']}: starts mid-sentence ({before[-20:]!r})"
        assert not span[0].islower(), f"{row['id']}: starts with a lower-case word"
        assert span.endswith(SENTENCE_END), f"{row['id']}: ends mid-sentence ({span[-20:]!r})"
        assert pointer.end == len(text) or text[pointer.end].isspace(), \
            f"{row['id']}: ends inside a word"


def test_labels_quote_the_sentence() -> None:
    """Actor, recipient and item are written as in the sentence (spaces aside: KCNA glues
    names to neighbouring words, as in 'ComradeKim Jong Unreceived')."""
    root = shared_path()
    for row in _rows():
        span = span_text(Pointer.from_row(row), root)
        squeezed = re.sub(r"\s+", "", span)
        for event in row["events"]:
            quoted = [event["actor"], event["recipient"], (event["item"] or {}).get("text")]
            for value in quoted:
                if value is not None:
                    assert re.sub(r"\s+", "", value) in squeezed, f"{row['id']}: {value!r}"


def test_links_match_the_items() -> None:
    root = shared_path()
    for row in _rows():
        assert row["link"] == item_link(Pointer.from_row(row), root), f"{row['id']}: link"


def test_no_sentence_is_labelled_twice() -> None:
    """KCNA repeats stories under several items; a sentence labelled twice counts double."""
    root = shared_path()
    texts = Counter(span_text(Pointer.from_row(row), root) for row in _rows())
    assert [text[:60] for text, n in texts.items() if n > 1] == []


def test_published_matches_the_kcna_item() -> None:
    root = shared_path()
    from tests.gold.loader import _load_json

    for row in _rows():
        if "kcna" in row["file"]:
            item = _load_json(root.joinpath(*row["file"].split("/")))[row["item"]]
            assert row["published"] == item["date_str"], row["id"]


def test_split_is_the_id_hash_and_balanced() -> None:
    rows = _rows()
    for row in rows:
        assert row["split"] == _split_of(row["id"]), f"{row['id']}: split is not its id hash"
    for name, subset in (("all", rows), ("transfers", [r for r in rows if _is_transfer(r)]),
                         ("non-events", [r for r in rows if _is_non_event(r)])):
        heldout = sum(r["split"] == "heldout" for r in subset)
        assert 0.35 <= heldout / len(subset) <= 0.65, f"{name}: {heldout}/{len(subset)} held out"


def test_counts_meet_the_minimums() -> None:
    rows = _rows()
    assert len(rows) >= MIN_SENTENCES
    assert sum(_is_transfer(r) for r in rows) >= MIN_TRANSFERS
    assert sum(_is_non_event(r) for r in rows) >= MIN_NON_EVENTS
    types = Counter(e["type"] for r in rows for e in r["events"])
    # Ordinary events beside transfers, so type F1 is not a transfer-only figure.
    assert len(types) >= 8, types
