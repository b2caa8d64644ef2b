"""Typed access to the gold sets: pointers into ../shared, resolved and checked for drift.

A gold row stores where its text is (file, item, field, start, end) and the first 12 hex
of the sha256 of that span, never the text itself (the shared data is not ours to copy).
Every evaluation must read the span through `span_text`, so that a changed shared file
fails loudly (`GoldDriftError`) instead of silently scoring labels against other text.
Works for any gold file in this folder whose rows carry these pointer keys (events.jsonl,
findings.jsonl). No pytest dependency, so benchmarks can use it too; tests skip through
`tests.conftest.shared_path` when ../shared is absent.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

GOLD_DIR = Path(__file__).resolve().parent
ROOT = GOLD_DIR.parent.parent
EVENTS = GOLD_DIR / "events.jsonl"
SHA_CHARS = 12


class GoldError(ValueError):
    """A gold row is malformed or cannot be resolved (names the row and the reason)."""


class GoldDriftError(GoldError):
    """The shared text under a pointer is no longer the text that was labelled."""


class SharedDataMissing(GoldError):
    """../shared (or SANCTIONWATCH_SHARED) is not present on this machine."""


@dataclass(frozen=True)
class Pointer:
    """Where a labelled span lives: `file` relative to the shared root, `item` a list index,
    a mapping key, or None for a whole file; `field` the text field of that item (or None)."""

    row_id: str
    file: str
    item: int | str | None
    field: str | None
    start: int
    end: int
    sha: str

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Pointer:
        """Read the pointer keys of one gold row, with a clear error for a bad row."""
        row_id = str(row.get("id", "?"))
        try:
            item = row["item"]
            if item is not None and not isinstance(item, (int, str)):
                raise GoldError(f"{row_id}: item must be an int, a key or null")
            return cls(row_id=row_id, file=str(row["file"]), item=item,
                       field=None if row["field"] is None else str(row["field"]),
                       start=int(row["start"]), end=int(row["end"]), sha=str(row["sha"]))
        except KeyError as missing:
            raise GoldError(f"{row_id}: missing pointer key {missing}") from None


def shared_root() -> Path:
    """The shared data root, as the package finds it (env first, then <repo>/../shared)."""
    root = Path(os.environ.get("SANCTIONWATCH_SHARED", ROOT.parent / "shared")).resolve()
    if not root.is_dir():
        raise SharedDataMissing(f"needs the shared data at {root} (../shared is absent here)")
    return root


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """All rows of a gold file; a line that is not a JSON object names file and line."""
    rows: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                raise GoldError(f"{path.name} line {number}: not JSON ({err.msg})") from None
            if not isinstance(row, dict):
                raise GoldError(f"{path.name} line {number}: not a JSON object")
            rows.append(row)
    return rows


@lru_cache(maxsize=8)
def _load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def source_text(pointer: Pointer, root: Path | None = None) -> str:
    """The whole text the pointer's offsets index (a file, or one item's field)."""
    path = (root or shared_root()).joinpath(*pointer.file.split("/"))
    if not path.is_file():
        raise GoldError(f"{pointer.row_id}: {pointer.file} not found under the shared root")
    if pointer.item is None:
        return path.read_text(encoding="utf-8")
    data = _load_json(path)
    try:
        record = data[pointer.item]
    except (KeyError, IndexError, TypeError):
        raise GoldError(f"{pointer.row_id}: item {pointer.item!r} not in {pointer.file}") from None
    text = record.get(pointer.field) if isinstance(record, dict) and pointer.field else None
    if not isinstance(text, str):
        raise GoldError(f"{pointer.row_id}: field {pointer.field!r} of item {pointer.item!r} "
                        "is not text")
    return text


def span_sha(text: str) -> str:
    """The stored fingerprint of a span: first 12 hex of sha256 over its UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:SHA_CHARS]


def span_text(pointer: Pointer, root: Path | None = None) -> str:
    """The labelled span, after checking offsets and hash, so drift is never silent."""
    text = source_text(pointer, root)
    if not 0 <= pointer.start < pointer.end <= len(text):
        raise GoldError(f"{pointer.row_id}: offsets {pointer.start}:{pointer.end} outside "
                        f"a text of {len(text)} characters")
    span = text[pointer.start:pointer.end]
    if span_sha(span) != pointer.sha:
        raise GoldDriftError(f"{pointer.row_id}: text under the pointer changed "
                             f"(sha {span_sha(span)} != stored {pointer.sha})")
    return span


def item_link(pointer: Pointer, root: Path | None = None) -> str | None:
    """The item's own link (KCNA `link`, extraction page `url`), to verify a stored link."""
    if pointer.item is None:
        return None
    record = _load_json((root or shared_root()).joinpath(*pointer.file.split("/")))[pointer.item]
    link = record.get("link", record.get("url")) if isinstance(record, dict) else None
    return link if isinstance(link, str) else None


@dataclass(frozen=True)
class GoldEvent:
    """One expected event: PLOVER type, parties with countries, modality, item, date."""

    type: str
    actor: str | None
    actor_country: str | None
    recipient: str | None
    recipient_country: str | None
    modality: str
    item_text: str | None
    item_category: str | None
    item_hs: str | None
    date: str | None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GoldEvent:
        """Flatten the stored event (its `item` object may be null)."""
        item = data.get("item") or {}
        return cls(type=data["type"], actor=data["actor"], actor_country=data["actor_country"],
                   recipient=data["recipient"], recipient_country=data["recipient_country"],
                   modality=data["modality"], item_text=item.get("text"),
                   item_category=item.get("category"), item_hs=item.get("hs"),
                   date=data["date"])


@dataclass(frozen=True)
class GoldSentence:
    """One labelled sentence of events.jsonl: its pointer, split, date and events."""

    pointer: Pointer
    split: str
    published: str
    link: str | None
    events: tuple[GoldEvent, ...]
    note: str

    @property
    def id(self) -> str:
        return self.pointer.row_id

    def text(self, root: Path | None = None) -> str:
        """The sentence, hash-checked."""
        return span_text(self.pointer, root)


def load_event_gold(path: Path = EVENTS, split: str | None = None) -> list[GoldSentence]:
    """The event gold set (optionally one split: 'dev' or 'heldout'), typed."""
    sentences: list[GoldSentence] = []
    for row in read_jsonl(path):
        try:
            sentence = GoldSentence(
                pointer=Pointer.from_row(row), split=row["split"], published=row["published"],
                link=row.get("link"), note=row.get("note", ""),
                events=tuple(GoldEvent.from_dict(event) for event in row["events"]))
        except KeyError as missing:
            raise GoldError(f"{row.get('id', '?')}: missing key {missing}") from None
        if split is None or sentence.split == split:
            sentences.append(sentence)
    return sentences


TRANSFER_TYPES = frozenset({"AID", "COOPERATE"})
NOT_HAPPENED = frozenset({"denied", "hypothetical", "planned"})


def is_transfer(sentence: GoldSentence) -> bool:
    """A transfer sentence: some AID or COOPERATE event carries an item."""
    return any(e.type in TRANSFER_TYPES and e.item_category for e in sentence.events)


def is_non_event(sentence: GoldSentence) -> bool:
    """Looks like an event but none happened: no events, or only planned/hypothetical/denied."""
    return all(e.modality in NOT_HAPPENED for e in sentence.events)


def summary(sentences: list[GoldSentence]) -> str:
    """Counts per split, type, modality and item category (the figures in README.md)."""
    from collections import Counter

    lines = []
    for name in ("dev", "heldout", "all"):
        chosen = [s for s in sentences if name in ("all", s.split)]
        events = [e for s in chosen for e in s.events]
        kcna = sum("kcna" in s.pointer.file for s in chosen)
        lines.append(
            f"{name}: sentences {len(chosen)} (KCNA {kcna}, AEB {len(chosen) - kcna}), "
            f"events {len(events)}, transfers {sum(map(is_transfer, chosen))}, "
            f"no-event {sum(map(is_non_event, chosen))} "
            f"(empty {sum(not s.events for s in chosen)}), "
            f"dated {sum(e.date is not None for e in events)}, "
            f"with HS {sum(e.item_hs is not None for e in events)}")
        for label, values in (("types", [e.type for e in events]),
                              ("modality", [e.modality for e in events]),
                              ("categories", [e.item_category for e in events
                                              if e.item_category])):
            counts = ", ".join(f"{k} {n}" for k, n in Counter(values).most_common())
            lines.append(f"  {label}: {counts}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(summary(load_event_gold()))
