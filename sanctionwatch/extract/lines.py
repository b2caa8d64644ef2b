"""Our own cleaner for pages already flattened to text, boilerplate and all (like the seed).

A flattened page keeps its structure in its lines: the article is a run of long lines
that read as sentences; navigation is runs of one- or two-word lines; teasers, widget
labels, bylines and captions are short lines without sentence punctuation; the headline
is repeated (page title, then the heading); footers ask you to follow or share, or talk
about cookies. The cleaner therefore

1. describes every line by its shape (words, sentence punctuation, link-like marks,
   repetition in the page, being part of a run of short lines, furniture words), and
   classes it ``good`` (reads as prose), ``near`` (short, maybe a subheading) or ``bad``;
2. scores lines (prose counts its words, everything else costs) and keeps the contiguous
   stretch with the highest total (the densest prose region, as in Finn et al.'s Body
   Text Extraction), which drops the header and footer by position without naming them;
3. inside the stretch keeps prose, and short lines only where prose stands on both sides
   (subheadings), dropping repeated lines, captions and widget labels.

Nothing here names a site or a phrase of one page: the few word lists (social networks,
credit words, consent words) are closed classes in ``data/page_furniture.yaml``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sanctionwatch.datafiles import read_yaml
from sanctionwatch.errors import DataFileError
from sanctionwatch.extract.agencies import default_agencies
from sanctionwatch.settings import PACKAGE_DATA

_WORD = re.compile(r"\w+")
# scripts written without spaces between words (Han, kana, Thai...): count characters
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# characters per word in those scripts (a rough, script-independent average)
UNSPACED_CHARS_PER_WORD = 2
# sentence end, allowing closing quotes/brackets after it
_SENTENCE_END = re.compile(r"[.!?…:;。！？][\"'”’»)\]」』）]*\s*$")
_LINK_MARKS = re.compile(r"https?://|www\.|\S+@\S+\.\w|[|»«›‹>]{1}|\s/\s")
# a list bullet: list items that are sentences are content, others are link lists
_BULLET = re.compile(r"^[-–—•*\u2022]\s")
_TRAILING_PAREN = re.compile(r"\(([^()]{1,80})\)\s*$")
_TITLE_SEPARATOR = re.compile(r"\s+[-|–—:]\s+")

# a line of prose: at least this many words and sentence punctuation, or very long
PROSE_MIN_WORDS = 10
LONG_LINE_WORDS = 30
# lines this short are never prose
TINY_WORDS = 3
# a block of at least this many lines, all shorter than SHORT_RUN_WORDS, is a menu/list
SHORT_RUN_LINES = 3
SHORT_RUN_WORDS = 8
# a repeated line shorter than this is furniture (headline echo, teaser); longer ones
# that repeat are kept once (a lead repeated as a summary is still article text)
REPEAT_MAX_WORDS = 15
# headlines: words in a headline, and in a repeated line taken for a headline echo
# (menu entries repeat too, but are shorter)
HEADLINE_MIN_WORDS = 3
HEADLINE_MAX_WORDS = 40
HEADLINE_ECHO_MIN_WORDS = 5
# a page title's trailing segment this short is the site's name
SITE_NAME_MAX_WORDS = 5
# a subheading has at least this many words ("What happens next", "Background")
SUBHEADING_MIN_WORDS = 1
# a short line whose shape (numbers blanked) recurs this often is a template: comment
# timestamps, "N replies", dates in lists
TEMPLATE_REPEATS = 3
# a line whose first words are nearly all capitalised opens with a Title Case headline
TEASER_HEAD_WORDS = 8
# cost of a line that is not prose in the densest-region search
NEAR_COST = 2.0
BAD_COST = 10.0  # about one short sentence: menus and widgets split regions
# hard-wrapped text (plain-text wire copy, e-mail, terminal pastes) breaks paragraphs at a
# fixed width; its width is the length most lines reach and hardly any exceed
WRAP_MIN_WIDTH = 40
WRAP_MAX_WIDTH = 132
WRAP_PERCENTILE = 0.9  # the width: this share of the lines is no longer than it
WRAP_OVER_SHARE = 0.05  # at most this share of lines runs past the width (long URLs)
WRAP_FULL = 0.7  # a line this full of the width was broken, not ended
WRAP_FULL_SHARE = 0.5  # wrapped text: at least this share of its lines are full
WRAP_MIN_LINES = 6


@dataclass(frozen=True)
class Furniture:
    social: tuple[str, ...]
    call_to_action: tuple[str, ...]
    credit_words: tuple[str, ...]
    consent_words: tuple[str, ...]
    end_marks: tuple[str, ...] = ()

    def strip_end_mark(self, line: str) -> str:
        """``line`` without a wire end-of-story mark at its end ("... the palace. -0-")."""
        for mark in self.end_marks:
            if line.casefold().endswith(mark.casefold()):
                head = line[:len(line) - len(mark)].rstrip()
                # only after a finished sentence: "the war ENDS" keeps its last word
                if not head or head[-1] in ".!?\"”’)»":
                    return head
        return line

    def _any(self, words: tuple[str, ...], low: str) -> int:
        return sum(1 for w in words if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", low))

    def is_social_footer(self, low: str) -> bool:
        return self._any(self.social, low) > 0 and self._any(self.call_to_action, low) > 0

    def is_consent(self, low: str) -> bool:
        return self._any(self.consent_words, low) >= 2

    def is_credit(self, paren: str) -> bool:
        low = paren.casefold()
        return (self._any(self.credit_words, low) > 0
                or default_agencies().canonical(paren.strip()) is not None)


@lru_cache(maxsize=4)
def load_furniture(path: Path | None = None) -> Furniture:
    path = path or PACKAGE_DATA / "page_furniture.yaml"
    data = read_yaml(path)
    keys = ("social_networks", "call_to_action", "credit_words", "consent_words")
    if not isinstance(data, dict) or any(not isinstance(data.get(k), list) for k in keys):
        raise DataFileError(str(path), f"expected lists under {', '.join(keys)}")
    lists = [tuple(str(w).casefold() for w in data[k]) for k in keys]
    marks = data.get("end_marks", [])
    if not isinstance(marks, list):
        raise DataFileError(str(path), "end_marks must be a list")
    social, call_to_action, credit_words, consent_words = lists
    return Furniture(social, call_to_action, credit_words, consent_words,
                     end_marks=tuple(str(m) for m in marks))


@dataclass
class Line:
    index: int  # position among non-blank lines
    text: str
    block: int  # blank-line separated block it belongs to
    words: int
    prose_end: bool
    kind: str = "near"  # good | near | bad
    why: str = ""


def count_words(s: str) -> int:
    """Words in ``s``, counting unspaced scripts by characters (two to a word)."""
    unspaced = len(_UNSPACED.findall(s))
    if not unspaced:
        return len(_WORD.findall(s))
    rest = _UNSPACED.sub(" ", s)
    return len(_WORD.findall(rest)) + unspaced // UNSPACED_CHARS_PER_WORD


def split_lines(text: str, furniture: Furniture | None = None) -> list[Line]:
    """Non-blank lines with their block number (blocks are separated by blank lines).

    Wire end-of-story marks are cut from line ends first, so "... the palace. -0-" reads
    as the sentence it is.
    """
    out: list[Line] = []
    block = 0
    for raw in unwrap(text.splitlines()):
        s = " ".join(raw.split())
        if furniture is not None:
            s = furniture.strip_end_mark(s)
        if not s:
            block += 1
            continue
        out.append(Line(len(out), s, block, count_words(s),
                        bool(_SENTENCE_END.search(s))))
    return out


def wrap_width(lines: list[str]) -> int | None:
    """The width at which ``lines`` were hard-wrapped, or None where they were not.

    Wrapped text has lines that nearly all stop short of one width and mostly come close
    to it. A flattened page's paragraphs run to hundreds of characters, and its menus are
    a few words, so neither shape passes.
    """
    lengths = sorted(len(s) for s in (" ".join(ln.split()) for ln in lines) if s)
    if len(lengths) < WRAP_MIN_LINES:
        return None
    width = lengths[min(len(lengths) - 1, int(len(lengths) * WRAP_PERCENTILE))]
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        return None
    over = sum(1 for n in lengths if n > width * 1.1)
    full = sum(1 for n in lengths if n >= width * WRAP_FULL)
    if over > len(lengths) * WRAP_OVER_SHARE or full < len(lengths) * WRAP_FULL_SHARE:
        return None
    return width


def unwrap(lines: list[str]) -> list[str]:
    """Hard-wrapped paragraphs joined back into one line each; other text unchanged.

    A line that fills the width was broken there, so it continues on the next line; a
    short line ends its paragraph, and blank lines keep separating paragraphs. A bracketed
    line after a finished sentence is a note of its own (a credit, "(Reporting by ...)",
    or a caption) for the cleaner to judge. A word broken at its hyphen ("ship-to-" /
    "ship") is joined without a space.
    """
    width = wrap_width(lines)
    if width is None:
        return lines
    out: list[str] = []
    joining = False
    for raw in lines:
        s = raw.strip()
        note = s[:1] in ("(", "[") and bool(out) and bool(_SENTENCE_END.search(out[-1]))
        if joining and s and not note:
            sep = "" if re.search(r"[^\W\d_]-$", out[-1]) else " "
            out[-1] = out[-1] + sep + s
        else:
            out.append(s)
        joining = bool(s) and len(" ".join(s.split())) >= width * WRAP_FULL
    return out


def _teaser(s: str) -> bool:
    """A teaser: a Title Case headline glued to its summary ("Ford Recalls F-150s; Loose
    Cable Can Cause Stalling Ford is recalling..."). Prose rarely opens with this many
    capitalised words in a row; a headline in Title Case always does."""
    words = s.split()[:TEASER_HEAD_WORDS]
    if len(words) < TEASER_HEAD_WORDS:
        return False
    caps = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return caps >= TEASER_HEAD_WORDS


def _shape(s: str) -> str:
    """A line with its numbers blanked: "2 days ago at 07:52 am" -> "0 days ago at 0:0 am"."""
    return re.sub(r"\d+", "0", _norm(s))


def _norm(s: str) -> str:
    return " ".join(_WORD.findall(s.casefold()))


def is_caption(line: Line, furniture: Furniture) -> bool:
    """A short line ending in a parenthesised credit: "Putin with Kim (Reuters)".

    A list item that is a sentence before its note ("- He made a speech. (a photo
    accompanied)") is content with a note, not a caption.
    """
    m = _TRAILING_PAREN.search(line.text)
    if not m or line.words > 40:
        return False
    if _BULLET.match(line.text) and _SENTENCE_END.search(line.text[:m.start()]):
        return False
    return furniture.is_credit(m.group(1))


def classify(lines: list[Line], furniture: Furniture) -> None:
    """Set ``kind`` and ``why`` of every line from its shape and its neighbours."""
    counts = Counter(_norm(ln.text) for ln in lines)
    shapes = Counter(_shape(ln.text) for ln in lines if ln.words < PROSE_MIN_WORDS)
    blocks: dict[int, list[Line]] = {}
    for ln in lines:
        blocks.setdefault(ln.block, []).append(ln)
    for ln in lines:
        low = ln.text.casefold()
        block = blocks[ln.block]
        # a run of short lines that are not sentences (menu items never end in a period)
        menu_run = (len(block) >= SHORT_RUN_LINES
                    and all(b.words < SHORT_RUN_WORDS for b in block)
                    and sum(b.prose_end for b in block) * 2 < len(block))
        if ln.words <= TINY_WORDS:
            ln.kind, ln.why = "bad", "too short"
        elif menu_run:
            ln.kind, ln.why = "bad", "run of short lines (menu, list of links)"
        elif counts[_norm(ln.text)] > 1 and (ln.words < REPEAT_MAX_WORDS or not ln.prose_end):
            ln.kind, ln.why = "bad", "repeated in the page (headline echo, teaser)"
        elif ln.words < PROSE_MIN_WORDS and shapes[_shape(ln.text)] >= TEMPLATE_REPEATS:
            ln.kind, ln.why = "bad", "same shape as other lines (timestamps, counters)"
        elif _LINK_MARKS.search(ln.text) and not (ln.prose_end and ln.words >= PROSE_MIN_WORDS):
            ln.kind, ln.why = "bad", "link-like (separators, URL)"
        elif _BULLET.match(ln.text) and not ln.prose_end and ln.words < PROSE_MIN_WORDS:
            ln.kind, ln.why = "bad", "short list item, not a sentence (link list)"
        elif furniture.is_social_footer(low):
            ln.kind, ln.why = "bad", "share/follow footer"
        elif furniture.is_consent(low):
            ln.kind, ln.why = "bad", "cookie/consent notice"
        elif is_caption(ln, furniture):
            ln.kind, ln.why = "bad", "photo caption with credit"
        elif _teaser(ln.text):
            ln.kind, ln.why = "near", "title-case headline run into a summary (teaser)"
        elif (ln.words >= PROSE_MIN_WORDS and ln.prose_end) or ln.words >= LONG_LINE_WORDS:
            ln.kind, ln.why = "good", "prose"
        else:
            ln.kind, ln.why = "near", "short line without sentence punctuation"


def densest_region(lines: list[Line]) -> tuple[int, int]:
    """[start, end) of the contiguous lines with the highest score (maximum subarray)."""
    best, best_span = 0.0, (0, 0)
    run, run_start = 0.0, 0
    for i, ln in enumerate(lines):
        if ln.kind == "good":
            gain = float(ln.words)
        elif ln.kind == "near":
            gain = -NEAR_COST
        else:
            gain = -BAD_COST
        if run <= 0:
            run, run_start = gain, i
        else:
            run += gain
        if run > best:
            best, best_span = run, (run_start, i + 1)
    return best_span


@dataclass
class Cleaned:
    text: str
    kept: list[Line]
    lines: list[Line]
    region: tuple[int, int]


def clean_flattened(text: str, furniture: Furniture | None = None) -> Cleaned:
    """The article's paragraphs from a flattened page (joined by blank lines)."""
    furniture = furniture or load_furniture()
    lines = split_lines(text, furniture)
    classify(lines, furniture)
    start, end = densest_region(lines)
    region = lines[start:end]
    kept: list[Line] = []
    seen: set[str] = set()
    good = [i for i, ln in enumerate(region) if ln.kind == "good"]
    first_good, last_good = (good[0], good[-1]) if good else (0, 0)
    for i, ln in enumerate(region):
        key = _norm(ln.text)
        if key in seen:
            continue
        # a short sentence inside the story (prose somewhere before and after it)
        short_sentence = ln.kind == "near" and ln.prose_end and first_good < i < last_good
        if ln.kind == "good" or short_sentence or (
                _subheading_shape(ln) and _between_prose(region, i)
                and (ln.kind == "near" or region[i - 1].kind == "good")):
            kept.append(ln)
            seen.add(key)
    if not kept:
        # no line long enough to be prose: text written one short sentence a line (a
        # pasted note, a bulletin). Keep the sentences; the rest is still furniture.
        kept = [ln for ln in lines if ln.kind == "near" and ln.prose_end]
        if kept:
            start, end = kept[0].index, kept[-1].index + 1
    return Cleaned("\n\n".join(ln.text for ln in kept), kept, lines, (start, end))


def _subheading_shape(ln: Line) -> bool:
    """Short, not prose, and not cut for what it is (only, at most, for being short).

    A very short line is taken as a subheading only with prose right before and after it
    (checked by the caller): widget labels ("Trending Now") come next to their links.
    """
    return ln.kind == "near" or (ln.why == "too short" and ln.words >= SUBHEADING_MIN_WORDS)


def _between_prose(region: list[Line], i: int) -> bool:
    """A subheading: prose somewhere before it and prose right after it.

    Of several short lines in a row only the last, the one that heads the next
    paragraph, qualifies; the others are widget labels and teaser links. (The region
    starts with prose: the densest-region search begins on a positive line.)
    """
    return i > 0 and i + 1 < len(region) and region[i + 1].kind == "good"


def _strip_site(title: str) -> str:
    """A page title without its trailing site name ("Headline - Site", "Headline | Site")."""
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) > 1 and len(_WORD.findall(parts[-1])) <= SITE_NAME_MAX_WORDS:
        return title[:title.rfind(parts[-1])].rstrip(" -|–—:")
    return title


def find_title(cleaned: Cleaned) -> str | None:
    """The headline of a flattened page.

    Flattening keeps the ``<title>`` as the first line (often "Headline - Site") and the
    ``<h1>`` further down, so in order of trust: a line before the body that the first
    line starts with; a heading-sized line the page repeats before the body (an echo of
    the headline; menu items repeat too, but are shorter); the first line without its
    site name; the last heading-like line before the body.
    """
    lines = cleaned.lines
    first_body = cleaned.kept[0].index if cleaned.kept else len(lines)
    head = lines[:first_body]
    if not head:
        return None
    first = _norm(head[0].text)
    for ln in head[1:]:
        n = _norm(ln.text)
        if (HEADLINE_MIN_WORDS <= ln.words <= HEADLINE_MAX_WORDS and first.startswith(n)
                and len(n) >= len(first) / 3):
            return ln.text
    counts = Counter(_norm(ln.text) for ln in head)
    echoed = [ln for ln in head if counts[_norm(ln.text)] > 1
              and HEADLINE_ECHO_MIN_WORDS <= ln.words <= HEADLINE_MAX_WORDS]
    if echoed:
        return echoed[-1].text
    if HEADLINE_MIN_WORDS <= head[0].words <= HEADLINE_MAX_WORDS + SITE_NAME_MAX_WORDS:
        return _strip_site(head[0].text)
    heading = [ln for ln in head if HEADLINE_MIN_WORDS <= ln.words <= HEADLINE_MAX_WORDS
               and ln.kind == "near" and not _LINK_MARKS.search(ln.text)]
    return heading[-1].text if heading else None


_READ_MORE_ON = re.compile(r"\b(?:on|at|from)\s+([A-Z][\w-]*(?:\.[A-Za-z]{2,}){1,2})\b")
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*"
    r"([A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,4})", re.I)


def find_outlet(cleaned: Cleaned, title: str | None) -> str | None:
    """The site's name: from the page title's suffix, a footer's "on <site>" or ©."""
    lines = cleaned.lines
    if lines and title:
        first = lines[0].text
        if first != title and _norm(first).startswith(_norm(title)):
            parts = _TITLE_SEPARATOR.split(first)
            if len(parts) > 1 and 1 <= len(_WORD.findall(parts[-1])) <= SITE_NAME_MAX_WORDS:
                return parts[-1].strip()
    tail = lines[cleaned.region[1]:]
    for ln in tail:
        if ln.kind == "bad" or ln.kind == "near":
            m = _READ_MORE_ON.search(ln.text)
            if m:
                return m.group(1).rstrip(".")
    for ln in tail:
        m = _COPYRIGHT.search(ln.text)
        if m:
            name = re.sub(r"\s+(?:All|Ltd|Inc|LLC)\b.*$", "", m.group(1)).strip(" .,")
            if name:
                return name
    return None
