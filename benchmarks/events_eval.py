"""Event coding quality and speed.

1. PETR2 GSR validation (``../shared/data/events/UniversalPetrarch_PETR2_GSR_validation.xml``,
   78 AFP sentences with CAMEO codes): each expected (source, target, CAMEO) is mapped to
   (actor country, recipient country, PLOVER type) with the CAMEO2PLOVER table; precision,
   recall and F1 of the coder's triples against them.
2. The hand-labelled gold set (``tests/gold/events.jsonl``), dev and heldout halves: event
   type F1, parties accuracy on correctly typed events (both countries right), modality
   accuracy and item category accuracy on correctly typed events.
3. Speed: the coder's time as a share of spaCy's own parse time on the same texts.

Each sentence is analysed on its own (annotated with the real Annotator). Tune on dev only.
Run: ``python -m benchmarks.events_eval [--json]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sanctionwatch.annotate import Annotated, Annotator
from sanctionwatch.events import code_events
from sanctionwatch.model import Document, Event
from sanctionwatch.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parent.parent
FLOORS = Path(__file__).with_name("events_floors.json")


def shared_root() -> Path:
    import os

    return Path(os.environ.get("SANCTIONWATCH_SHARED", ROOT.parent / "shared")).resolve()


# ---- CAMEO -> PLOVER --------------------------------------------------------------------
def load_cameo2plover(path: Path) -> dict[str, str]:
    """CAMEO code -> PLOVER type from the 2021 conversion table (``code: TYPE, mode, ctx``)."""
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            table[m.group(1)] = m.group(2)
    return table


def plover_of(cameo: str, table: dict[str, str]) -> str | None:
    """The PLOVER type of a CAMEO code, falling back to its shorter parents."""
    for n in range(len(cameo), 1, -1):
        if cameo[:n] in table:
            return table[cameo[:n]]
    return None


def iso2_of(cameo_actor: str) -> str | None:
    """The state of a CAMEO actor code (its first three letters are ISO 3166 alpha-3)."""
    from rigour.territories import get_territories

    by3 = {t.alpha3.upper(): t.code for t in get_territories() if t.alpha3}
    code = by3.get(cameo_actor[:3].upper())
    return code.lower() if code else None


# ---- running the coder ------------------------------------------------------------------
@dataclass
class Timer:
    parse: float = 0.0
    code: float = 0.0
    texts: int = 0


def analyse(annotator: Annotator, text: str, published: str | None,
            timer: Timer, wire: list[str] | None = None) -> tuple[Annotated, list[Event]]:
    """Annotate one text (timing spaCy's parse apart) and code its events (timed)."""
    document = Document(id="eval", source="eval", text=text, published=published,
                        wire=list(wire or []))
    t0 = time.perf_counter()
    annotator.nlp(text)
    timer.parse += time.perf_counter() - t0
    annotated = annotator.annotate(document)
    t1 = time.perf_counter()
    events = code_events(annotated)
    timer.code += time.perf_counter() - t1
    timer.texts += 1
    return annotated, events


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def petr2(annotator: Annotator, timer: Timer) -> dict[str, Any]:
    """P/R/F1 of (actor country, recipient country, PLOVER type) on the PETR2 records."""
    data = shared_root() / "data" / "events"
    table = load_cameo2plover(data / "CAMEO2PLOVER-2021.txt")
    raw = (data / "UniversalPetrarch_PETR2_GSR_validation.xml").read_text(encoding="utf-8")
    tp = n_pred = n_gold = 0
    # a record's <Sentence> tag is self-closed in most records, open in some (8 of 78)
    records = re.findall(r"<Sentence ([^>]*?)/?>(.*?)<Text>(.*?)</Text>", raw, re.S)
    for attrs, codings, text in records:
        date = re.search(r'date="(\d{8})"', attrs)
        published = None
        if date:
            d = date.group(1)
            published = f"{d[:4]}-{d[4:6]}-{d[6:]}"
        gold = set()
        for code, src, tgt in re.findall(
                r'eventcode="(\d+)"\s+sourcecode="([^"]*)"\s+targetcode="([^"]*)"', codings):
            gold.add((iso2_of(src), iso2_of(tgt), plover_of(code, table)))
        _, events = analyse(annotator, " ".join(text.split()), published, timer)
        pred = {(e.actor.country if e.actor else None,
                 e.recipient.country if e.recipient else None, e.type) for e in events}
        tp += len(pred & gold)
        n_pred += len(pred)
        n_gold += len(gold)
    return {"sentences": len(records), **prf(tp, n_pred, n_gold)}


@dataclass
class GoldScore:
    sentences: int = 0
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0
    parties: list[bool] = field(default_factory=list)
    modality: list[bool] = field(default_factory=list)
    category: list[bool] = field(default_factory=list)
    confusion: Counter[str] = field(default_factory=Counter)
    listing: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, Any]:
        def acc(xs: list[bool]) -> float:
            return round(sum(xs) / len(xs), 3) if xs else 0.0
        return {"sentences": self.sentences, "type": prf(self.tp, self.n_pred, self.n_gold),
                "parties_accuracy": acc(self.parties), "parties_n": len(self.parties),
                "modality_accuracy": acc(self.modality),
                "item_category_accuracy": acc(self.category), "items_n": len(self.category)}


def describe(event: Event) -> str:
    """One line for an error listing: type, parties with countries, modality, item."""
    def party(p: Any) -> str:
        return f"{p.name}/{p.country}" if p else "-"
    item = f" item={event.item.text!r}:{event.item.category}" if event.item else ""
    return (f"{event.type} {party(event.actor)} -> {party(event.recipient)} "
            f"[{event.modality}]{item}")


def describe_gold(e: Any) -> str:
    item = f" item={e.item_text!r}:{e.item_category}" if e.item_category else ""
    return (f"{e.type} {e.actor}/{e.actor_country} -> {e.recipient}/{e.recipient_country} "
            f"[{e.modality}]{item}")


def _agreement(expected: Any, event: Event) -> tuple[bool, bool, bool]:
    """How well a predicted event of the expected type agrees: parties, modality, item."""
    actor = event.actor.country if event.actor else None
    recipient = event.recipient.country if event.recipient else None
    category = event.item.category if event.item else None
    return ((actor, recipient) == (expected.actor_country, expected.recipient_country),
            event.modality == expected.modality,
            not expected.item_category or category == expected.item_category)


def match_events(gold: Any, events: list[Event]) -> list[tuple[Any, Event | None]]:
    """Each expected event with the predicted event it is scored against: one-to-one and
    of the same type, the best agreeing one where a type occurs more than once (taking
    the first of the type instead paired "A gave X to B; C gave Y to D" crosswise when the
    coder listed C's gift first, and scored both right events as wrong parties)."""
    free = list(events)
    pairs: list[tuple[Any, Event | None]] = []
    for expected in gold.events:
        same = [e for e in free if e.type == expected.type]
        match = max(same, key=lambda e: _agreement(expected, e)) if same else None
        if match is not None:
            free.remove(match)
        pairs.append((expected, match))
    return pairs


def sentence_errors(gold: Any, events: list[Event]) -> bool:
    """Whether the coder's events differ from the gold ones in any scored detail."""
    pairs = match_events(gold, events)
    free = [e for e in events if not any(e is m for _, m in pairs)]
    for expected, match in pairs:
        if match is None:
            return True
        actor = match.actor.country if match.actor else None
        recipient = match.recipient.country if match.recipient else None
        if (actor, recipient) != (expected.actor_country, expected.recipient_country):
            return True
        if match.modality != expected.modality:
            return True
        if expected.item_category and (not match.item
                                       or match.item.category != expected.item_category):
            return True
    return bool(free)


def _error_entry(sentence: Any, events: list[Event]) -> str:
    """One sentence's gold and coded events, for the dev error listing."""
    lines = [f"## {sentence.pointer.row_id} {sentence.text()!r}"]
    lines += [f"   gold: {describe_gold(e)}" for e in sentence.events]
    lines += [f"   got:  {describe(e)}" for e in events]
    return "\n".join(lines)


def score_sentence(score: GoldScore, gold: Any, events: list[Event]) -> None:
    """Match predicted to expected events by type (one-to-one), then compare details."""
    score.sentences += 1
    score.n_pred += len(events)
    score.n_gold += len(gold.events)
    pairs = match_events(gold, events)
    free = [e for e in events if not any(e is m for _, m in pairs)]
    for expected, match in pairs:
        if match is None:
            score.confusion[f"missed {expected.type}"] += 1
            continue
        score.tp += 1
        actor = match.actor.country if match.actor else None
        recipient = match.recipient.country if match.recipient else None
        score.parties.append(actor == expected.actor_country
                             and recipient == expected.recipient_country)
        score.modality.append(match.modality == expected.modality)
        if expected.item_category:
            score.category.append(match.item is not None
                                  and match.item.category == expected.item_category)
    for extra in free:
        score.confusion[f"spurious {extra.type}"] += 1


def gold_set(annotator: Annotator, timer: Timer, verbose: bool) -> dict[str, Any]:
    """Gold figures per half; with ``verbose`` only the dev half is run (tuning never
    looks at held-out errors, nor at held-out figures between changes)."""
    sys.path.insert(0, str(ROOT))
    from tests.gold.loader import load_event_gold

    out: dict[str, Any] = {}
    for split in ("dev",) if verbose else ("dev", "heldout"):
        score = GoldScore()
        for sentence in load_event_gold(split=split):
            # KCNA's own copy is credited to KCNA, as extraction credits it
            wire = ["KCNA"] if "/kcna/" in sentence.pointer.file else []
            _, events = analyse(annotator, sentence.text(), sentence.published, timer, wire)
            score_sentence(score, sentence, events)
            # the error listing is for tuning, so it is kept for the dev half only
            if verbose and split == "dev" and sentence_errors(sentence, events):
                score.listing.append(_error_entry(sentence, events))
        out[split] = score.figures()
        if verbose and split == "dev":
            out["dev_errors"] = dict(score.confusion.most_common(20))
            out["dev_error_listing"] = score.listing
    return out


def tells(event: Event, start: int, end: int) -> bool:
    """Whether the event is told in [start, end): its evidence or a merged restatement."""
    return any(span.start < end and span.end > start
               for span in (event.evidence, *event.restatements))


def gold_in_documents(annotator: Annotator, timer: Timer, verbose: bool = False) -> dict[str, Any]:
    """Gold figures with each sentence coded inside its whole item or page, as a real run
    reads it: parties whose country only an earlier sentence states (a pronoun, "the
    delegation") can resolve here. A sentence is scored on the events told in it, as their
    evidence or as a restatement merged into an event told better elsewhere in the item
    (then the merged event's parties are scored). With ``verbose`` only the dev half runs
    and its errors are listed, as for the sentence figures."""
    sys.path.insert(0, str(ROOT))
    from tests.gold.loader import load_event_gold, source_text

    out: dict[str, Any] = {}
    coded: dict[tuple[str, Any], list[Event]] = {}
    for split in ("dev",) if verbose else ("dev", "heldout"):
        score = GoldScore()
        for sentence in load_event_gold(split=split):
            pointer = sentence.pointer
            key = (pointer.file, pointer.item)
            if key not in coded:
                wire = ["KCNA"] if "/kcna/" in pointer.file else []
                coded[key] = analyse(annotator, source_text(pointer), sentence.published,
                                     timer, wire)[1]
            events = [e for e in coded[key] if tells(e, pointer.start, pointer.end)]
            score_sentence(score, sentence, events)
            if verbose and sentence_errors(sentence, events):
                score.listing.append(_error_entry(sentence, events))
        out[split] = score.figures()
        if verbose:
            out["dev_errors"] = dict(score.confusion.most_common(20))
            out["dev_error_listing"] = score.listing
    return out


def run(settings: Settings, *, verbose: bool = False,
        annotator: Annotator | None = None, in_document: bool = False) -> dict[str, Any]:
    """All figures; pass an annotator to reuse a loaded spaCy pipeline (tests)."""
    annotator = annotator or Annotator(settings, None)
    timer = Timer()
    annotator.annotate(Document(id="warm", source="warm", text="Warm up.", published=None))
    code_events(annotator.annotate(Document(id="w", source="w", text="He gave a car to her.")))
    figures: dict[str, Any] = {} if verbose else {"petr2": petr2(annotator, timer)}
    if in_document and verbose:  # the dev errors of the in-document reading alone
        figures["gold_in_document"] = gold_in_documents(annotator, timer, verbose=True)
    else:
        figures["gold"] = gold_set(annotator, timer, verbose)
        if in_document:
            figures["gold_in_document"] = gold_in_documents(annotator, timer)
    figures["speed"] = {"texts": timer.texts, "parse_s": round(timer.parse, 3),
                        "code_s": round(timer.code, 3),
                        "code_share_of_parse": round(timer.code / timer.parse, 3)
                        if timer.parse else None}
    return figures


def floor_failures(figures: dict[str, Any], floors: dict[str, float]) -> list[str]:
    """The pinned floors (dotted paths into the figures) that the figures fall below."""
    failures = []
    for path, floor in floors.items():
        if path.startswith("_"):
            continue
        value: Any = figures
        for part in path.split("."):
            value = value[part]
        if float(value) < floor:
            failures.append(f"{path} = {value} < floor {floor}")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--errors", action="store_true", help="list dev errors (dev half only)")
    parser.add_argument("--in-document", action="store_true",
                        help="also score each gold sentence coded inside its whole item "
                             "(with --errors: list the dev errors of that reading instead)")
    args = parser.parse_args(argv)
    figures = run(load_settings(), verbose=args.errors, in_document=args.in_document)
    scored = figures.get("gold_in_document" if args.in_document else "gold", {})
    listing = scored.pop("dev_error_listing", None) if args.errors else None
    print(json.dumps(figures, indent=2))
    if listing:
        print("\n\n".join(listing))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
