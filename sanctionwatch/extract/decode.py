"""Bytes to text: any common encoding in, binary and garbage refused with a reason.

News arrives in UTF-8 mostly, but also in legacy code pages (cp1251, euc-kr, latin-1) and
with byte-order marks. The order is: byte-order mark, then strict UTF-8 (the common case,
and cheap), then the charset an HTML page declares, then charset-normalizer's detection.
Binary files are refused before decoding (NUL bytes, which no text encoding without a BOM
produces) and "text" that decodes to mostly control or replacement characters is refused
after, so nothing downstream analyses noise.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from sanctionwatch.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
# how much of the start is sniffed for NUL bytes and a declared charset
_SNIFF = 8192
# share of characters that must be text-like (letters, digits, blanks, punctuation, symbols)
_MIN_SENSIBLE = 0.85
# C0/C1 controls except tab and newlines, the replacement character, private use, surrogates
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff\ud800-\udfff]")
# characters looked at for that share (noise shows in any sample of this size)
_RATIO_SAMPLE = 20000
# charset-normalizer's chaos (0 = clean) above which a guess is noise, not text
_MAX_CHAOS = 0.3


def _bom(data: bytes) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    return None


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:_SNIFF])
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def sensible_ratio(text: str) -> float:
    """Share of characters that can be in running text (no controls, U+FFFD, private use)."""
    sample = text[:_RATIO_SAMPLE]
    if not sample:
        return 0.0
    return 1 - len(_NOT_TEXT.findall(sample)) / len(sample)


def decode_bytes(source: str, data: bytes) -> str:
    """Decode ``data`` or raise :class:`InputError` naming ``source`` and the reason."""
    if not data.strip():
        raise InputError(source, "empty input")
    codec = _bom(data)
    if codec is None and b"\x00" in data[:_SNIFF]:
        raise InputError(source, "binary content (NUL bytes), not text")
    text: str | None = None
    if codec is not None:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            raise InputError(source, f"declares {codec} by its byte-order mark but "
                                     "does not decode as it") from None
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = None
    if text is None:
        declared = _declared_charset(data)
        if declared:
            try:
                text = data.decode(declared)
            except (UnicodeDecodeError, LookupError):
                text = None
    if text is None:
        best = from_bytes(data).best()
        if best is None or best.chaos > _MAX_CHAOS:
            raise InputError(source, "undecodable content: no text encoding fits (binary?)")
        text = str(best)
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise InputError(source, "empty input (only blanks after decoding)")
    if sensible_ratio(text) < _MIN_SENSIBLE:
        raise InputError(source, "binary or garbled content: too few printable characters")
    return text
