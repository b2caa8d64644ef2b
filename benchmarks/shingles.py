"""The article-extraction-benchmark metric: word 4-gram shingle precision/recall/F1.

As the Zyte article-extraction-benchmark defines it: text is tokenised into ``\\w+`` words,
cut into overlapping 4-word shingles (a text shorter than four words is one shingle), and
each page's true/false positives and false negatives are counted over the shingle
multisets, then normalised to sum to one, so long pages weigh no more than short ones.
The page counts are summed over the corpus and precision, recall and F1 computed from
the sums. Checked against trafilatura's published 0.958 F1 by ``benchmarks.extraction``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    out: Counter[tuple[str, ...]] = Counter()
    for i in range(max(1, len(tokens) - n + 1)):
        shingle = tuple(tokens[i:i + n])
        if shingle:
            out[shingle] += 1
    return out


def page_counts(true: str, pred: str, n: int = 4) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of one page."""
    t, p = shingles(true, n), shingles(pred, n)
    tp = fp = fn = 0.0
    for key in t.keys() | p.keys():
        tc, pc = t.get(key, 0), p.get(key, 0)
        tp += min(tc, pc)
        fp += max(0, pc - tc)
        fn += max(0, tc - pc)
    s = tp + fp + fn
    if s > 0:
        tp, fp, fn = tp / s, fp / s, fn / s
    return tp, fp, fn


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float
    pages: int


def score(pairs: Iterable[tuple[str, str]]) -> Score:
    """Corpus precision/recall/F1 over (true, predicted) pairs."""
    tp = fp = fn = 0.0
    pages = 0
    for true, pred in pairs:
        a, b, c = page_counts(true, pred)
        tp, fp, fn, pages = tp + a, fp + b, fn + c, pages + 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1, pages)
