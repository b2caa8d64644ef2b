"""Publication dates written in text: bylines, "Published: ...", datelines.

HTML pages have machine-readable dates (htmldate reads them); a flattened page only has
what a reader sees, usually next to the headline or byline ("Updated : 19 November 2019,
09:01 AM", "First Published: Tuesday, November 19, 2019"). We look for a full date
(day, month and year) in the lines between the headline and the first paragraph, then
in the first lines of the story; a line that says "published" or "posted" wins over one
that says "updated". Numeric dates are read only where they cannot be misread (ISO order,
or a day above 12).
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_MONTH = (r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
          r"Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_PATTERNS = [
    re.compile(rf"\b{_YEAR}-(?P<mnum>[01]\d)-(?P<dnum>[0-3]\d)\b"),
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b(?P<dnum>[0-3]?\d)[./](?P<mnum>[01]?\d)[./]{_YEAR}\b"),
    re.compile(rf"\b(?P<mnum>[01]?\d)/(?P<dnum>[0-3]?\d)/{_YEAR}\b"),
]
_PUBLISHED = re.compile(r"\b(?:published|posted|first published|publié|publicado|"
                        r"veröffentlicht|pubblicato)\b", re.I)
_UPDATED = re.compile(r"\b(?:updated|modified|last updated)\b", re.I)
# lines around the story's start that are searched
HEAD_LINES = 12
BODY_LINES = 3


def parse_date(text: str) -> str | None:
    """The first unambiguous full date in ``text`` as ISO 8601, or None."""
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            year = int(groups["year"])
            if groups.get("mon"):
                month = _MONTHS[groups["mon"][:3].casefold()]
                day = int(groups["day"])
            else:
                month, day = int(groups["mnum"]), int(groups["dnum"])
                if pattern is _PATTERNS[3] and day <= 12 and month <= 12:
                    continue  # 05/06/2019: day-first or month-first? do not guess
                if pattern is _PATTERNS[4] and day <= 12:
                    continue
            try:
                return date(year, month, day).isoformat()
            except ValueError:
                continue
    return None


def date_near_story(head: list[str], body: list[str]) -> str | None:
    """The publication date in the lines before the story (``head``) or its first lines."""
    candidates = head[-HEAD_LINES:] + body[:BODY_LINES]
    found = [(line, parse_date(line)) for line in candidates]
    dated = [(line, d) for line, d in found if d]
    if not dated:
        return None
    for line, d in dated:
        if _PUBLISHED.search(line):
            return d
    plain = [d for line, d in dated if not _UPDATED.search(line)]
    return plain[0] if plain else dated[0][1]
