"""Decoding: legacy encodings and BOMs are read, binary and noise are refused with a reason."""

from __future__ import annotations

import random

import pytest

from sanctionwatch.errors import InputError
from sanctionwatch.extract.decode import decode_bytes

RUSSIAN = ("Президент России Владимир Путин подарил лидеру КНДР автомобиль российского "
           "производства, сообщило государственное агентство. ") * 3
KOREAN = ("북한 김정은 국무위원장이 러시아 푸틴 대통령으로부터 러시아제 승용차를 선물받았다고 "
          "조선중앙통신이 보도했다. ") * 3
FRENCH = ("Le président a déclaré à la presse que les sanctions économiques seront "
          "renforcées dès l'été prochain, a précisé le ministère. ") * 3


@pytest.mark.parametrize(("text", "encoding"), [
    (RUSSIAN, "cp1251"), (KOREAN, "euc-kr"), (FRENCH, "latin-1"),
    (FRENCH, "utf-8-sig"), (RUSSIAN, "utf-16"), (KOREAN, "utf-8"),
])
def test_encodings_are_detected_and_decoded(text: str, encoding: str) -> None:
    assert decode_bytes("doc", text.encode(encoding)).strip() == text.strip()


def test_declared_html_charset_is_used() -> None:
    html = ('<html><head><meta charset="windows-1251"></head><body><p>'
            + RUSSIAN + "</p></body></html>")
    assert RUSSIAN in decode_bytes("page.html", html.encode("cp1251"))


def _noise(seed: int, low: int, n: int) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(low, 256) for _ in range(n))


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty"),
    (b"   \n\t  \n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    (_noise(7, 0, 5000), "binary"),
    (_noise(7, 1, 5000), "undecodable"),
    (b"\x01\x02\x03\x04\x05\x06\x07\x08" * 200, "garbled"),
])
def test_empty_binary_and_noise_are_refused_naming_the_input(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as info:
        decode_bytes("input.bin", data)
    assert info.value.subject == "input.bin"
    assert any(r in info.value.reason for r in reason.split("|")), info.value.reason
