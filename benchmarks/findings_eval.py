"""Finding quality through the real pipeline (extract -> annotate -> events -> rules).

1. The gold set (tests/gold/findings.jsonl: pointers into ../shared, each row with the
   findings an analyst expects, split dev/heldout): finding precision and recall per half.
   A predicted finding matches an expected one of the same document when the regime is the
   same and they share at least one legal basis (one-to-one, greedy). A finding on a
   document that should have none is a false positive.
2. Every distinct KCNA text (deduplicated by text): how many findings, and a seeded random
   sample of 30 findings written to a file for a hand check; the verdicts are data in
   ``benchmarks/findings_kcna_verdicts.json`` (pointer + verdict), and their precision is
   printed.
3. ``--oracle``: the rules alone on the hand-coded events of tests/gold/events.jsonl, each
   finding printed with the annotator's note for a hand check.

Run: ``python -m benchmarks.findings_eval [--kcna] [--write-sample PATH] [--oracle]``.
Tune on dev only; heldout is reported, never tuned on.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import random
import re
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sanctionwatch.annotate import Annotated
from sanctionwatch.errors import SanctionWatchError
from sanctionwatch.model import Document, Event, Finding, Item, Party, RawDocument, Span
from sanctionwatch.pipeline import Pipeline
from sanctionwatch.rules import RuleEngine
from sanctionwatch.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("SANCTIONWATCH_SHARED", ROOT.parent / "shared")).resolve()
GOLD = ROOT / "tests" / "gold" / "findings.jsonl"
EVENTS_GOLD = ROOT / "tests" / "gold" / "events.jsonl"
VERDICTS = Path(__file__).resolve().parent / "findings_kcna_verdicts.json"
KCNA = ("data", "news", "kcna", "kcna_headlines_2023-12-24_to_2024-11-10.json")
CONFIDENCE_LEVELS = {"low": 0.05, "medium": 0.5, "high": 0.75}
SAMPLE_SIZE = 30
SAMPLE_SEED = 5


def text_sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def _load_json(path: Path, cache: dict[Path, Any]) -> Any:
    if path not in cache:
        cache[path] = json.loads(path.read_text(encoding="utf-8"))
    return cache[path]


def gold_document(row: dict[str, Any], cache: dict[Path, Any]) -> RawDocument:
    """The raw document a gold row points to (a file, a JSON item's field, a slice)."""
    path = SHARED / row["file"]
    source = f"{row['file']}::{row['item']}" if row.get("item") is not None else row["file"]
    if row.get("item") is None:
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        text = data.decode("utf-8", errors="replace")
        start, end = row.get("start") or 0, row.get("end")
        if start == 0 and (end is None or end >= len(text)):
            return RawDocument(source=source, data=data, published=row.get("published"))
        text = text[start:end]
    else:
        container = _load_json(path, cache)
        item = container[row["item"]]
        text = str(item[row["field"]])[row.get("start") or 0:row.get("end")]
    return RawDocument(source=source, data=text.encode("utf-8"), media_type="text/plain",
                       published=row.get("published"), url=row.get("link"))


def basis_keys(finding: Finding) -> set[str]:
    """'UNSCR 2397 (2017) OP7' for each basis, in the gold's citation form (FINDINGS.md):
    an annex after an operative paragraph dropped ('OP23, Annex IV' -> 'OP23'), a paragraph
    of an annex kept ('Annex B, para. 4' -> 'Annex B para 4')."""
    return {f"{b.instrument} {provision_key(b.provision)}" for b in finding.legal_basis}


def provision_key(provision: str) -> str:
    """One citation form for a provision however a regime file punctuates it."""
    text = provision.strip()
    if text.startswith("Annex"):
        return re.sub(r"\s+", " ", text.replace(",", " ").replace("para.", "para")).strip()
    return text.split(",")[0].strip()


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    below_min_confidence: int = 0
    # matched findings whose category and countries also agree with the label (FINDINGS.md)
    strict: int = 0
    errors: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def score_document(predicted: list[Finding], expected: list[dict[str, Any]], tally: Tally,
                   label: str) -> None:
    """One-to-one greedy matching by regime and a shared legal basis."""
    left = list(predicted)
    for exp in expected:
        wanted = set(exp.get("provisions") or [])
        match = next((f for f in left if f.regime == exp["regime"]
                      and (not wanted or basis_keys(f) & wanted)), None)
        if match is None:
            tally.fn += 1
            tally.misses.append(f"{label}: missed {exp['regime']} {sorted(wanted)}")
            continue
        left.remove(match)
        tally.tp += 1
        tally.strict += agrees(match, exp)
        floor = CONFIDENCE_LEVELS.get(str(exp.get("min_confidence", "low")), 0.0)
        if match.confidence < floor:
            tally.below_min_confidence += 1
    for f in left:
        tally.fp += 1
        tally.misses.append(f"{label}: unexpected {f.regime} {sorted(basis_keys(f))} "
                            f"({f.confidence:.2f})")


def agrees(found: Finding, exp: dict[str, Any]) -> bool:
    """Category equal and countries agreeing (a null label accepts any; the pair is
    unordered for an activity such as sci-tech cooperation), as FINDINGS.md suggests."""
    if found.category != exp["category"]:
        return False
    got = (found.supplier_country, found.recipient_country)
    want = (exp.get("supplier_country"), exp.get("recipient_country"))

    def same(pair: tuple[str | None, str | None]) -> bool:
        return all(w is None or w == g for w, g in zip(want, pair, strict=True))

    return same(got) or (exp["category"] == "sci_tech_cooperation" and same(got[::-1]))


def load_gold(path: Path = GOLD) -> list[dict[str, Any]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{n}: invalid JSON: {exc}") from exc
    return rows


def make_pipeline(settings: Settings) -> Pipeline:
    """The real pipeline, with screening where the lists have been imported."""
    pipeline = Pipeline(settings, screening=True)
    try:
        pipeline.annotator  # noqa: B018 - load now to learn whether screening is available
    except SanctionWatchError as exc:
        print(f"note: screening unavailable ({exc}); running without it", file=sys.stderr)
        pipeline = Pipeline(settings, screening=False)
    return pipeline


def evaluate_gold(pipeline: Pipeline, rows: Iterable[dict[str, Any]]) -> dict[str, Tally]:
    """Precision and recall per split."""
    tallies: dict[str, Tally] = {}
    cache: dict[Path, Any] = {}
    for row in rows:
        tally = tallies.setdefault(row["split"], Tally())
        try:
            analysis = pipeline.analyze(gold_document(row, cache))
        except SanctionWatchError as exc:
            tally.errors.append(f"{row['id']}: {exc}")
            tally.fn += len(row["findings"])
            continue
        score_document(analysis.findings, row["findings"], tally, row["id"])
    return tallies


def kcna_texts() -> list[dict[str, Any]]:
    """The distinct KCNA texts (first item of each text), in file order."""
    items = json.loads((SHARED.joinpath(*KCNA)).read_text(encoding="utf-8"))
    seen: set[str] = set()
    out = []
    for index, item in enumerate(items):
        text = str(item.get("story_text") or "")
        if not text.strip() or text in seen:
            continue
        seen.add(text)
        out.append({"index": index, "item": item, "text": text})
    return out


def kcna_document(entry: dict[str, Any]) -> RawDocument:
    item = entry["item"]
    published = None
    if isinstance(item.get("date"), int | float):
        published = time.strftime("%Y-%m-%d", time.gmtime(item["date"] / 1000))
    return RawDocument(source=f"{'/'.join(KCNA)}::{entry['index']}",
                       data=entry["text"].encode("utf-8"), media_type="text/plain",
                       published=published, url=item.get("link"))


def run_kcna(pipeline: Pipeline) -> list[dict[str, Any]]:
    """Every finding over the distinct KCNA texts, as pointer records."""
    records = []
    for entry in kcna_texts():
        try:
            analysis = pipeline.analyze(kcna_document(entry))
        except SanctionWatchError:
            continue
        events = {e.id: e for e in analysis.events}
        for f in analysis.findings:
            ev = events[f.event]
            records.append({
                "item": entry["index"], "sha": text_sha(entry["text"]),
                "headline": entry["item"].get("headline"), "finding": f.id,
                "regime": f.regime, "bases": sorted(basis_keys(f)),
                "confidence": f.confidence, "evidence": ev.evidence.to_dict(),
            })
    return records


def sample(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rng = random.Random(SAMPLE_SEED)
    return rng.sample(records, min(SAMPLE_SIZE, len(records)))


def verdict_precision(records: list[dict[str, Any]]) -> tuple[int, int, int]:
    """(correct, judged, unjudged) over the sampled findings, from the verdicts file."""
    verdicts = json.loads(VERDICTS.read_text(encoding="utf-8")) if VERDICTS.exists() else []
    by_key = {(v["sha"], v["evidence_start"], v["regime"]): v["verdict"] for v in verdicts}
    correct = judged = unjudged = 0
    for r in sample(records):
        v = by_key.get((r["sha"], r["evidence"]["start"], r["regime"]))
        if v is None:
            unjudged += 1
            continue
        judged += 1
        correct += v == "correct"
    return correct, judged, unjudged


def oracle_findings(engine: RuleEngine, path: Path = EVENTS_GOLD) -> list[str]:
    """The rules on hand-coded events (the event-coding gold set): what fires when the
    events are right, one line per finding for a hand check of the engine alone."""
    lines = []
    for row in load_gold(path):
        doc = Document(id=row["id"], source=row["file"], text="", published=row.get("published"))
        events = []
        for i, g in enumerate(row["events"]):
            it = g.get("item")
            item = Item(text=it["text"], category=it["category"], hs=it.get("hs"),
                        quantity=it.get("quantity"), value=it.get("value")) if it else None
            events.append(Event(
                id=f"{row['id']}-{i}", type=g["type"], modality=g["modality"],
                actor=Party(name=g.get("actor"), country=g.get("actor_country")),
                recipient=Party(name=g.get("recipient"), country=g.get("recipient_country")),
                date=g.get("date"), sources=["KCNA"] if "kcna" in row["file"] else [],
                evidence=Span(0, 0, ""), item=item, context=list(g.get("context") or []),
                mode=g.get("mode")))
        for f in engine.apply(Annotated(document=doc, doc=None), events):
            lines.append(f"{row['id']} ({row['split']}): {f.regime} "
                         f"{sorted(basis_keys(f))} {f.supplier_country}->"
                         f"{f.recipient_country} {f.confidence:.2f} | {row.get('note', '')}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kcna", action="store_true", help="also run every distinct KCNA text")
    parser.add_argument("--write-sample", type=Path, default=None,
                        help="write the sampled KCNA findings (for the hand check) here")
    parser.add_argument("--show-misses", action="store_true",
                        help="list the dev misses (held-out misses are never shown)")
    parser.add_argument("--oracle", action="store_true",
                        help="also apply the rules to the hand-coded events gold set")
    args = parser.parse_args(argv)
    if not SHARED.exists():
        print(f"needs the shared data at {SHARED}", file=sys.stderr)
        return 2
    settings = load_settings()
    if args.oracle and EVENTS_GOLD.exists():
        lines = oracle_findings(RuleEngine(settings))
        print(f"oracle: {len(lines)} findings on {len(load_gold(EVENTS_GOLD))} hand-coded "
              "event passages")
        for line in lines:
            print(f"  {line}")
    pipeline = make_pipeline(settings)
    started = time.perf_counter()
    tallies = evaluate_gold(pipeline, load_gold())
    for split in sorted(tallies):
        t = tallies[split]
        print(f"gold {split}: precision {t.precision:.3f} recall {t.recall:.3f} "
              f"(tp {t.tp}, fp {t.fp}, fn {t.fn}; {t.strict} of the matches also agree on "
              f"category and countries; {t.below_min_confidence} matched below "
              f"their minimum confidence; {len(t.errors)} errors)")
        # held-out errors are never printed: tuning on them would void the held-out figure
        if args.show_misses and split == "dev":
            for line in t.misses + t.errors:
                print(f"  {line}")
    print(f"gold time {time.perf_counter() - started:.1f}s")
    if args.kcna:
        started = time.perf_counter()
        records = run_kcna(pipeline)
        docs = len({r["sha"] for r in records})
        print(f"kcna: {len(kcna_texts())} distinct texts, {len(records)} findings in {docs} "
              f"texts ({time.perf_counter() - started:.1f}s)")
        correct, judged, unjudged = verdict_precision(records)
        if judged:
            print(f"kcna sample: {correct}/{judged} correct by hand check "
                  f"(precision {correct / judged:.3f}); {unjudged} sampled without a verdict")
        else:
            print(f"kcna sample: no verdicts yet ({unjudged} sampled findings)")
        if args.write_sample:
            args.write_sample.write_text(json.dumps(sample(records), indent=1,
                                                    ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
