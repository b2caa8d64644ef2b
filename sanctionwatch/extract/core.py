"""Minimal extraction: decode, seed header, HTML via trafilatura, plain text as is.

(The foundation issue replaces the internals; the signature of :func:`extract` stays.)
"""

from __future__ import annotations

import re

import trafilatura
from charset_normalizer import from_bytes

from sanctionwatch.errors import ExtractionError, InputError
from sanctionwatch.ids import document_id
from sanctionwatch.model import Document, RawDocument
from sanctionwatch.settings import Settings

_DATE_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")


def decode(raw: RawDocument) -> str:
    if not raw.data.strip():
        raise InputError(raw.source, "empty input")
    best = from_bytes(raw.data).best()
    if best is None:
        raise InputError(raw.source, "binary or undecodable content")
    return str(best)


def extract(raw: RawDocument, settings: Settings) -> Document:
    text = decode(raw)
    published = raw.published
    title = None
    if raw.media_type == "text/html" or text.lstrip()[:1] == "<":
        body = trafilatura.extract(text, favor_precision=True)
        if not body:
            raise ExtractionError(raw.source, "no article text found in the HTML")
        text = body
    else:
        m = _DATE_HEADER.match(text)
        if m:
            published = m.group(1)
            text = text[m.end():]
    text = text.strip()
    if not text:
        raise ExtractionError(raw.source, "no text left after extraction")
    return Document(id=document_id(text), source=raw.source, text=text, title=title,
                    published=published, url=raw.url)
