"""Extraction: decode, pick the article out of the page, and say where it comes from.

HTML goes to :mod:`sanctionwatch.extract.html` (trafilatura); text that is already
flattened (no markup, boilerplate and all, like the seed) to our line cleaner
(:mod:`sanctionwatch.extract.lines`). Both end in the same place: paragraphs separated by
blank lines, then wire credits, dateline and cited sources
(:mod:`sanctionwatch.extract.credits`), language (py3langid) and a content-derived id.
``Document.text`` is final here: every later offset points into it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from sanctionwatch.errors import ExtractionError, InputError
from sanctionwatch.extract.credits import find_credits
from sanctionwatch.extract.dates import date_near_story
from sanctionwatch.extract.decode import decode_bytes
from sanctionwatch.extract.html import extract_html
from sanctionwatch.extract.lines import clean_flattened, find_outlet, find_title
from sanctionwatch.ids import document_id
from sanctionwatch.model import Document, RawDocument
from sanctionwatch.settings import Settings

# the seed's header: "date YYYY-MM-DD", then (on the same line) the page itself
_DATE_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|p|"
                         r"article|title|!--)\b", re.I | re.S)
_TAGS = re.compile(r"</?(?:p|div|span|a|br|li|h[1-6]|article|section|table)\b[^>]*>", re.I)
# shortest article text we accept (characters); below it the page held no article
MIN_TEXT_CHARS = 80
# an article is made of words: text with fewer letters than this is markup debris or noise
# (tables of figures, such as sports standings, still have about 40%)
MIN_LETTER_SHARE = 0.2
LETTER_SAMPLE = 5000
_LETTER = re.compile(r"[^\W\d_]")
# how much text the language identifier reads (it is a bag of n-grams: more is no better)
LANGID_CHARS = 1000
# below this py3langid probability a language guess is not reported (unless the script
# settles it)
LANGID_MIN_PROB = 0.5
# the Latin letters end with Latin Extended-B
LATIN_END = "\u0250"
# short lines around the cleaned story searched for credit lines ("(Inputs from ANI)")
CREDIT_WINDOW = 3
# lines before the story searched for a byline ("By The Associated Press")
BYLINE_WINDOW = 8


def looks_like_html(raw: RawDocument, text: str) -> bool:
    """HTML by declared type, by its opening, or by a density of block tags."""
    if raw.media_type == "text/html":
        return True
    if raw.media_type == "text/plain":
        return False
    if _HTML_START.match(text[:2000]):
        return True
    return len(_TAGS.findall(text[:20000])) >= 10


@lru_cache(maxsize=1)
def _langid() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the guess is weak."""
    sample = text[:LANGID_CHARS]
    if len(sample.strip()) < 20:
        return None
    lang, prob = _langid().classify(sample)
    if prob >= LANGID_MIN_PROB:
        return str(lang)
    # a weak guess between kin languages ("ru" or "uk", "ko" or "ja") still says the text
    # is not English when most of its letters are not Latin
    letters = _LETTER.findall(sample)
    latin = sum(1 for c in letters if c < LATIN_END)
    return str(lang) if letters and latin / len(letters) < 0.5 and lang != "en" else None


@dataclass
class _Page:
    """What either reader found: the body, its metadata, and lines that may credit a wire."""

    body: str
    meta: dict[str, str | None]
    credit_lines: list[str] = field(default_factory=list)  # cut around the story's end
    bylines: list[str] = field(default_factory=list)


def _from_html(raw: RawDocument, text: str) -> _Page:
    art = extract_html(raw.source, text, raw.url)
    meta = {"title": art.title, "published": art.published, "outlet": art.outlet,
            "url": art.url, "language": art.language}
    return _Page(art.text, meta, bylines=[f"By {art.author}"] if art.author else [])


def _from_text(raw: RawDocument, text: str) -> _Page:
    published = None
    cleaned = clean_flattened(text)
    if not cleaned.kept:
        raise ExtractionError(raw.source, "no article text found (no run of prose lines)")
    title = find_title(cleaned)
    kept = {ln.index for ln in cleaned.kept}
    end = cleaned.region[1]
    window = cleaned.lines[max(0, end - CREDIT_WINDOW):end + CREDIT_WINDOW]
    extra = [ln.text for ln in window if ln.index not in kept]
    first = cleaned.kept[0].index
    if published is None:
        published = date_near_story([ln.text for ln in cleaned.lines[:first]],
                                    [ln.text for ln in cleaned.lines[first:]])
    outlet = find_outlet(cleaned, title) or outlet_from_url(raw.url)
    meta = {"title": title, "published": published, "outlet": outlet,
            "url": raw.url, "language": None}
    head = [ln.text for ln in cleaned.lines[max(0, first - BYLINE_WINDOW):first]]
    return _Page(cleaned.text, meta, extra, head)


def outlet_from_url(url: str | None) -> str | None:
    """The site's host name ("www.india.com" -> "india.com"), when nothing better is known."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def _normalise(text: str) -> str:
    """Paragraphs separated by one blank line, blanks inside lines collapsed."""
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n|\n", text)]
    return "\n\n".join(p for p in paras if p)


def extract(raw: RawDocument, settings: Settings) -> Document:
    """The article in ``raw`` with its metadata; raises InputError/ExtractionError."""
    if len(raw.data) > settings.max_input_bytes:
        raise InputError(raw.source, f"larger than the limit of {settings.max_input_bytes:,} bytes")
    text = decode_bytes(raw.source, raw.data)
    header = _DATE_HEADER.match(text)
    if header:  # the seed's format: the date, then the page on the same line
        text = text[header.end():]
    page = _from_html(raw, text) if looks_like_html(raw, text) else _from_text(raw, text)
    body, meta = _normalise(page.body), page.meta
    if header:
        meta["published"] = header.group(1)
    if len(body) < MIN_TEXT_CHARS:
        raise ExtractionError(raw.source, f"no article: only {len(body)} characters of text")
    letters = len(_LETTER.findall(body, 0, LETTER_SAMPLE))
    if letters < MIN_LETTER_SHARE * min(len(body), LETTER_SAMPLE):
        raise ExtractionError(raw.source, "no article: the text left is not words "
                                          f"(only {letters} letters in {len(body)} characters)")
    if len(body) > settings.max_text_chars:
        raise InputError(raw.source, f"article text longer than the limit of "
                                     f"{settings.max_text_chars:,} characters")
    paragraphs = body.split("\n\n")
    credits = find_credits(paragraphs, page.credit_lines, bylines=page.bylines,
                           outlet=meta["outlet"])
    return Document(
        id=document_id(body), source=raw.source, text=body, title=meta["title"],
        published=raw.published or meta["published"], outlet=meta["outlet"],
        language=detect_language(body) or meta["language"], url=meta["url"] or raw.url,
        wire=credits.wire, cited_sources=credits.cited_sources, dateline=credits.dateline)
