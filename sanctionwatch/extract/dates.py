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
HEAD_LINES = 40
BODY_LINES = 6


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
    """The publication date nearest the story's start: in the lines before it (``head``)
    or in its first lines (``body``, as on the page, cut lines included).

    A line saying "published" wins, then a line not saying "updated", then any; among
    equals the one nearest the first paragraph.
    """
    near = head[-HEAD_LINES:]
    # distance from the story's start: the last head line is 1, the first body line 0
    candidates = [(len(near) - i, line) for i, line in enumerate(near)]
    candidates += [(i, line) for i, line in enumerate(body[:BODY_LINES])]
    dated = sorted((dist, line, d) for dist, line in candidates if (d := parse_date(line)))
    if not dated:
        return None
    for _dist, line, d in dated:
        if _PUBLISHED.search(line):
            return d
    for _dist, line, d in dated:
        if not _UPDATED.search(line):
            return d
    return dated[0][2]
