"""Dates of events, resolved against the publication date, with their precision.

An event's date is read from the words around its trigger ("on Monday", "last week",
"in September last year", "since 2006", "on February 20"), not taken from the article.
Precision is one of day, week, month, year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any


@dataclass(frozen=True)
class ResolvedDate:
    value: str
    precision: str
    text: str

    def years_before(self, published: date | None) -> int:
        """How many calendar years the date lies before publication (0 when unknown, after
        it, or open-ended: "since 2006" runs up to the story)."""
        if published is None or self.text.lower().startswith(OPEN_ENDED):
            return 0
        return max(0, published.year - int(self.value[:4]))


# "since 2006", "from 2019 to now", "after the Korean War": a span reaching the story, not
# a moment in the past
OPEN_ENDED = ("since", "from", "until", "after")


def parse_published(published: str | None) -> date | None:
    """The publication date as a date, or None when absent or not ISO."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


class DateResolver:
    """Finds the first date expression in a piece of text and resolves it."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.weekdays = [str(w) for w in spec.get("weekdays", [])]
        months = [str(m) for m in spec.get("months", [])]
        self.months = {m: i + 1 for i, m in enumerate(months)}
        self.months.update({str(k): int(v) for k, v in
                            (spec.get("month_abbreviations") or {}).items()})
        self.relative = {str(k): (str(v[0]), int(v[1]))
                         for k, v in (spec.get("relative") or {}).items()}
        self.numbers = {str(k): int(v) for k, v in (spec.get("numbers") or {}).items()}
        self.eras = {str(k).lower(): int(v) for k, v in (spec.get("eras") or {}).items()}
        month_alt = "|".join(sorted(self.months, key=len, reverse=True))
        rel_alt = "|".join(re.escape(r) for r in sorted(self.relative, key=len, reverse=True))
        day_alt = "|".join(self.weekdays)
        m_, d_ = month_alt, r"(\d{1,2})(?:st|nd|rd|th)?"
        pre = r"(?:in|since|from|until|by|of|during|around|early|late)"
        num_alt = "|".join([r"\d{1,3}", *sorted(self.numbers, key=len, reverse=True)])
        self._patterns = [
            ("mdy", rf"\b({m_})\.?\s+{d_},?\s+(\d{{4}})\b"),
            ("dmy", rf"\b{d_}\s+(?:of\s+)?({m_})\.?,?\s+(\d{{4}})\b"),
            ("iso", r"\b(\d{4})-(\d{2})-(\d{2})\b"),
            ("md", rf"\b({m_})\.?\s+{d_}\b(?!\s*,?\s*\d)"),
            ("dm", rf"\b{d_}\s+(?:of\s+)?({m_})\b(?!\.?,?\s+\d{{4}})"),
            ("my", rf"\b({m_})\.?,?\s+(?:of\s+)?(\d{{4}})\b"),
            ("m_rel", rf"\b({m_})\s+(last|next|this)\s+year\b"),
            ("weekday", rf"\b(last\s+|this\s+|next\s+)?({day_alt})\b"),
            ("relative", rf"\b({rel_alt})\b"),
            ("month", rf"\b(?:in|since|from|until|by|last|this|early|late|mid-?)\s+({m_})\b"),
            # "three days ago", "more than 80 years ago": counted back from publication
            ("ago", rf"\b({num_alt})\s+(day|week|month|year)s?\s+ago\b"),
            # "in 1948", "in the year 1948", "in the 1967 war", "the year 1948 when"
            ("year", rf"\b(?:{pre}\s+(?:the\s+)?(?:year\s+)?|the\s+year\s+)"
                     r"((?:1[6-9]|20)\d\d)\b(?!s|[-–]\d)"),
        ]
        if self.eras:  # "during the Korean War": the year the era began
            era_alt = "|".join(re.escape(e).replace(r"\ ", r"\s+")
                               for e in sorted(self.eras, key=len, reverse=True))
            self._patterns.append(
                ("era", rf"\b(?:during|in|after|before|since|throughout)\s+"
                        rf"the\s+({era_alt})\b(?![\s-]+(?:mentality|thinking|era|style))"))
        self._compiled = [(kind, re.compile(p, re.I)) for kind, p in self._patterns]

    def resolve(self, text: str, published: date | None) -> ResolvedDate | None:
        """The earliest-matching date expression in ``text`` (by pattern strength)."""
        for kind, pattern in self._compiled:
            m = pattern.search(text)
            if m is None:
                continue
            found = self._resolve(kind, m, published)
            if found is not None:
                return ResolvedDate(found[0], found[1], m.group(0))
        return None

    def _month(self, name: str) -> int:
        return self.months[name.lower().rstrip(".")]

    def _resolve(self, kind: str, m: re.Match[str], pub: date | None) -> tuple[str, str] | None:
        g = m.groups()
        if kind == "mdy":
            return _day(int(g[2]), self._month(g[0]), int(g[1]))
        if kind == "dmy":
            return _day(int(g[2]), self._month(g[1]), int(g[0]))
        if kind == "iso":
            return _day(int(g[0]), int(g[1]), int(g[2]))
        if kind == "my":
            return f"{int(g[1]):04d}-{self._month(g[0]):02d}", "month"
        if kind == "year":
            return g[0], "year"
        if kind == "era":
            return str(self.eras[" ".join(g[0].lower().split())]), "year"
        if pub is None:
            return None
        if kind in ("md", "dm"):
            month, day_ = (self._month(g[0]), int(g[1])) if kind == "md" else \
                (self._month(g[1]), int(g[0]))
            year = pub.year if (month, day_) <= (pub.month, pub.day) else pub.year - 1
            return _day(year, month, day_)
        if kind == "m_rel":
            shift = {"last": -1, "next": 1, "this": 0}[g[1].lower()]
            return f"{pub.year + shift:04d}-{self._month(g[0]):02d}", "month"
        if kind == "month":
            month = self._month(g[0])
            year = pub.year if month <= pub.month else pub.year - 1
            return f"{year:04d}-{month:02d}", "month"
        if kind == "weekday":
            return self._weekday(g[0], g[1], pub)
        if kind == "ago":
            count = self.numbers.get(g[0].lower()) or int(g[0])
            return self._shift(g[1].lower(), -count, pub)
        return self._relative(g[0].lower(), pub)

    def _weekday(self, which: str | None, name: str, pub: date) -> tuple[str, str]:
        """News past tense: a bare weekday is the most recent one on or before publication."""
        target = self.weekdays.index(name.lower())
        back = (pub.weekday() - target) % 7
        which = (which or "").strip().lower()
        if which == "next":
            ahead = (target - pub.weekday()) % 7 or 7
            return (pub + timedelta(days=ahead)).isoformat(), "day"
        if which == "last" and back == 0:
            back = 7
        return (pub - timedelta(days=back)).isoformat(), "day"

    def _relative(self, phrase: str, pub: date) -> tuple[str, str] | None:
        unit, shift = self.relative[phrase]
        return self._shift(unit, shift, pub)

    @staticmethod
    def _shift(unit: str, shift: int, pub: date) -> tuple[str, str] | None:
        """Publication moved by ``shift`` units, at that unit's precision."""
        if unit == "day":
            return (pub + timedelta(days=shift)).isoformat(), "day"
        if unit == "week":
            monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=shift)
            return monday.isoformat(), "week"
        if unit == "month":
            index = pub.year * 12 + pub.month - 1 + shift
            return f"{index // 12:04d}-{index % 12 + 1:02d}", "month"
        return f"{pub.year + shift:04d}", "year"


def _day(year: int, month: int, day_: int) -> tuple[str, str] | None:
    try:
        return date(year, month, day_).isoformat(), "day"
    except ValueError:
        return None
