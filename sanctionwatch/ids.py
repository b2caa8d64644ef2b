"""Content-derived identifiers: the same content gives the same id wherever it was read."""

from __future__ import annotations

import hashlib
import unicodedata


def normalise_for_id(text: str) -> str:
    """Fold what does not change the content: Unicode form, line endings, runs of blanks."""
    text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())


def content_id(prefix: str, *parts: str, length: int = 20) -> str:
    """A short stable id ``prefix-<hex>`` from the given parts (order matters)."""
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8"))
        h.update(b"\x1f")
    return f"{prefix}-{h.hexdigest()[:length]}"


def document_id(text: str) -> str:
    """The stable id of a document: a hash of its normalised clean text."""
    return content_id("doc", normalise_for_id(text))
