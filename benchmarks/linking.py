"""Entity-linking quality on hand-labelled real texts, and annotate speed against spaCy alone.

Gold: ``tests/gold/linking.jsonl``, one person/state mention per line as a pointer into
``../shared`` (file, item, code-point offsets, a short hash of the span to catch drift) with
the expected knowledge-base id, or ``null`` for a person the knowledge base does not know.
Conventions are in ``tests/gold/LINKING.md``.

Figures:
- linking precision: of the Person/Country mentions the linker tied to a knowledge-base id,
  the share whose span is a gold mention with that id;
- linking recall: of the gold mentions with an id, the share linked to that id;
- unknown people: of the gold ``null`` persons, the share that became a Person entity; and
  the number of Person entities with no gold person under them (false people);
- speed: mean annotate time per document vs ``nlp(text)`` alone, over distinct KCNA texts.

Run: ``python -m benchmarks.linking [--speed N]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import sys
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from sanctionwatch.annotate import Annotator
from sanctionwatch.model import Document
from sanctionwatch.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("SANCTIONWATCH_SHARED", ROOT.parent / "shared")).resolve()
GOLD = ROOT / "tests" / "gold" / "linking.jsonl"
FLOORS = Path(__file__).resolve().parent / "linking_floors.json"
KCNA = "data/news/kcna/kcna_headlines_2023-12-24_to_2024-11-10.json"


@dataclass
class GoldItem:
    file: str
    item: str
    date: str | None
    rows: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Scores:
    linked: int = 0  # system KB-linked Person/Country mentions
    correct: int = 0
    gold_ids: int = 0
    found: int = 0
    gold_unknown: int = 0
    unknown_found: int = 0
    false_people: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.linked if self.linked else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold_ids if self.gold_ids else 0.0


def span_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


@lru_cache(maxsize=4)
def _load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def item_text(file: str, item: str) -> str:
    """The text a gold pointer is into: a KCNA story by link, an aeb article body by id."""
    data = _load_json(SHARED / file)
    if isinstance(data, list):
        return str(next(x["story_text"] for x in data if x["link"] == item))
    return str(data[item]["articleBody"])


def load_gold(path: Path = GOLD, split: str | None = None) -> list[GoldItem]:
    """The gold documents, all or one split ("dev": looked at while building; "heldout":
    labelled after, never tuned on)."""
    items: dict[tuple[str, str], GoldItem] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if split is not None and row.get("split", "dev") != split:
                continue
            key = (row["file"], row["item"])
            items.setdefault(key, GoldItem(row["file"], row["item"], row.get("date")))
            items[key].rows.append(row)
    return list(items.values())


def score_item(annotator: Annotator, gold: GoldItem, scores: Scores) -> None:
    """Compare one document's Person/Country mentions with its gold rows."""
    text = item_text(gold.file, gold.item)
    doc = Document(id=gold.item, source=gold.file, text=text, published=gold.date)
    annotated = annotator.annotate(doc)
    expected = {(r["start"], r["end"]): r["expected"] for r in gold.rows}
    people = [(r["start"], r["end"]) for r in gold.rows if r["expected"] is None]
    system: dict[tuple[int, int], str] = {}
    for ent in annotated.entities:
        if ent.schema not in ("Person", "Country"):
            continue
        for m in ent.mentions:
            if ent.kb_id is not None:
                system[(m.start, m.end)] = ent.id
            elif ent.schema == "Person" and not any(
                    s < m.end and m.start < e for s, e in expected):
                scores.false_people += 1
                scores.errors.append(f"{gold.item[-12:]} false person {m.text!r}")
    for span, eid in system.items():
        scores.linked += 1
        if expected.get(span) == eid:
            scores.correct += 1
        else:
            scores.errors.append(f"{gold.item[-12:]} {text[span[0]:span[1]]!r}@{span[0]} "
                                 f"linked {eid}, gold {expected.get(span, 'no mention')}")
    for span, eid in expected.items():
        if eid is None:
            continue
        scores.gold_ids += 1
        if system.get(span) == eid:
            scores.found += 1
        else:
            scores.errors.append(f"{gold.item[-12:]} missed {text[span[0]:span[1]]!r}@{span[0]}"
                                 f" -> {eid}")
    unknown = {(m.start, m.end) for e in annotated.entities
               if e.schema == "Person" and e.kb_id is None for m in e.mentions}
    scores.gold_unknown += len(people)
    scores.unknown_found += sum(1 for p in people if any(
        s < p[1] and p[0] < e for s, e in unknown))


def evaluate(annotator: Annotator, gold: list[GoldItem]) -> Scores:
    scores = Scores()
    for item in gold:
        score_item(annotator, item, scores)
    return scores


def speed(annotator: Annotator, n: int) -> tuple[float, float, int]:
    """Mean seconds per document for annotate and for spaCy alone, on distinct KCNA texts."""
    data = _load_json(SHARED / KCNA)
    texts = list(dict.fromkeys(x["story_text"] for x in data))[:n]
    annotator.annotate(Document(id="warm", source="warm", text=texts[0]))
    parse = annotate = 0.0
    # interleaved, so load from the other users of a shared machine hits both alike
    for i, text in enumerate(texts):
        t0 = time.perf_counter()
        annotator.nlp(text)
        t1 = time.perf_counter()
        annotator.annotate(Document(id=str(i), source="kcna", text=text))
        t2 = time.perf_counter()
        parse += t1 - t0
        annotate += t2 - t1
    return annotate / len(texts), parse / len(texts), len(texts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speed", type=int, default=200, help="KCNA texts to time (0: skip)")
    parser.add_argument("--errors", action="store_true",
                        help="list every disagreement on the dev split (held-out errors are "
                             "never printed: that split is a blind figure, not tuning input)")
    args = parser.parse_args(argv)
    if not (SHARED / KCNA).exists():
        print(f"needs the shared data at {SHARED}", file=sys.stderr)
        return 2
    annotator = Annotator(load_settings(), None)
    for split in ("dev", "heldout", None):
        gold = load_gold(split=split)
        scores = evaluate(annotator, gold)
        print(f"[{split or 'all'}] {len(gold)} documents, {scores.gold_ids} linked mentions, "
              f"{scores.gold_unknown} people not in the KB")
        print(f"  linking precision {scores.precision:.3f} ({scores.correct}/{scores.linked})"
              f"  recall {scores.recall:.3f} ({scores.found}/{scores.gold_ids})")
        print(f"  unknown people found {scores.unknown_found}/{scores.gold_unknown}, "
              f"false people {scores.false_people}")
        if args.errors and split == "dev":
            print("\n".join("  " + e for e in scores.errors))
    if args.speed:
        ann, parse, n = speed(annotator, args.speed)
        print(f"speed over {n} KCNA texts ({dt.date.today()}): annotate {ann * 1000:.1f} ms/doc,"
              f" spaCy parse alone {parse * 1000:.1f} ms/doc (x{ann / parse:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
