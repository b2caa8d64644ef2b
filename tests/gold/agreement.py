"""Agreement between the gold's first annotator and an independent second one.

`events_second.jsonl` holds a second annotator's labels for 80 gold sentences (40 drawn at
random from rounds 1-3, 40 from round 4), made from the README guidelines and the text
alone, without the first labels or the coder. Their agreement is the ceiling a coder can
be expected to reach on these labels: a figure far above it would mean the coder learnt
one annotator's habits, not the task. Run `python -m tests.gold.agreement` from the repo root.

The reference is `events.jsonl`: the first annotator's labels until the adjudication
(README, "Adjudication"), the adjudicated gold since, which took the second annotator's side
where the rules did; the annotator-vs-annotator figure stays recorded in the README.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.gold.loader import GOLD_DIR, GoldSentence, load_event_gold, read_jsonl

SECOND = GOLD_DIR / "events_second.jsonl"


@dataclass
class Agreement:
    """Type F1 with the gold (events.jsonl) as reference, and on the events both typed alike,
    how often the parties' countries and the modality agree."""

    sentences: int = 0
    same_types: int = 0  # sentences whose multiset of event types is the same
    first: int = 0
    second: int = 0
    both: int = 0
    parties: list[bool] = field(default_factory=list)
    modality: list[bool] = field(default_factory=list)

    def add(self, gold: GoldSentence, events: list[dict[str, Any]]) -> None:
        first = Counter(e.type for e in gold.events)
        second = Counter(str(e["type"]) for e in events)
        self.sentences += 1
        self.same_types += first == second
        self.first += sum(first.values())
        self.second += sum(second.values())
        self.both += sum((first & second).values())
        free = list(events)
        for expected in gold.events:
            same = [e for e in free if e["type"] == expected.type]
            if not same:
                continue
            match = max(same, key=lambda e: (e["actor_country"] == expected.actor_country)
                        + (e["recipient_country"] == expected.recipient_country))
            free.remove(match)
            self.parties.append((match["actor_country"], match["recipient_country"])
                                == (expected.actor_country, expected.recipient_country))
            self.modality.append(match["modality"] == expected.modality)

    def figures(self) -> dict[str, Any]:
        def share(flags: list[bool]) -> float | None:
            return round(sum(flags) / len(flags), 3) if flags else None

        precision = self.both / self.second if self.second else 0.0
        recall = self.both / self.first if self.first else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"sentences": self.sentences, "same_types": self.same_types,
                "type_f1": round(f1, 3), "type_precision": round(precision, 3),
                "type_recall": round(recall, 3),
                "parties": share(self.parties), "parties_n": len(self.parties),
                "modality": share(self.modality)}


def agreement(path: Path = SECOND) -> dict[str, dict[str, Any]]:
    """Figures per sample and over all second-labelled sentences."""
    gold = {s.pointer.row_id: s for s in load_event_gold()}
    scores: dict[str, Agreement] = {"all": Agreement()}
    for row in read_jsonl(path):
        sentence = gold[str(row["id"])]
        for key in ("all", str(row["sample"])):
            scores.setdefault(key, Agreement()).add(sentence, list(row["events"]))
    return {key: score.figures() for key, score in scores.items()}


if __name__ == "__main__":
    import json

    print(json.dumps(agreement(), indent=2))
