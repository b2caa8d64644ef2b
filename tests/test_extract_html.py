"""HTML mode on real pages, and pages that hold no article."""

from __future__ import annotations

import gzip
import json
from typing import Any

import pytest

from sanctionwatch.errors import ExtractionError, InputError
from sanctionwatch.extract import extract
from sanctionwatch.model import RawDocument
from tests.conftest import shared_path


def _aeb_page(index: int) -> tuple[bytes, dict[str, str]]:
    base = shared_path("data", "extraction", "aeb")
    truth = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
    key = sorted(truth)[index]
    return gzip.decompress((base / "html" / f"{key}.html.gz").read_bytes()), truth[key]


def test_real_page_text_and_metadata(settings: Any) -> None:
    html, truth = _aeb_page(0)
    doc = extract(RawDocument("page.html", html, media_type="text/html"), settings)
    first_true_para = truth["articleBody"].split("\n")[0].strip()
    assert first_true_para in doc.text
    assert "\n\n" in doc.text and "\n\n\n" not in doc.text
    assert doc.title and doc.title == doc.title.strip()
    assert doc.published and len(doc.published) == 10
    assert doc.outlet and doc.language == "en"


def test_html_is_recognised_without_a_declared_type(settings: Any) -> None:
    html, truth = _aeb_page(1)
    doc = extract(RawDocument("-", html), settings)
    assert truth["articleBody"].split("\n")[0].strip()[:60] in doc.text


def test_same_story_same_id_from_html_read_twice(settings: Any) -> None:
    html, _truth = _aeb_page(2)
    a = extract(RawDocument("a.html", html, media_type="text/html"), settings)
    b = extract(RawDocument("b.html.gz", html, media_type="text/html"), settings)
    assert a.id == b.id and a.source != b.source


@pytest.mark.parametrize("html", [
    b"<html><head><title>Home</title></head><body><nav><a href='/'>Home</a>"
    b"<a href='/news'>News</a></nav></body></html>",
    b"<html><body><div></div></body></html>",
])
def test_html_without_an_article_is_an_extraction_error(html: bytes, settings: Any) -> None:
    with pytest.raises(ExtractionError) as info:
        extract(RawDocument("empty.html", html, media_type="text/html"), settings)
    assert info.value.subject == "empty.html"


def test_input_over_the_limit_is_refused_by_extract_too(settings: Any) -> None:
    import dataclasses

    small = dataclasses.replace(settings, max_input_bytes=100)
    with pytest.raises(InputError, match="limit"):
        extract(RawDocument("big.txt", b"word " * 100), small)


@pytest.mark.parametrize("html", [
    b"<html><body>" + b"<div>" * 200_000 + b"<p>" + b"Deeply nested text. " * 20 + b"</p>",
    b"<html><" + b"<<>>" * 50_000,
    b"<html><script>" + b"x" * 500_000 + b"</script><p>short</p></html>",
])
def test_hostile_markup_is_an_item_error_not_a_crash(html: bytes, settings: Any) -> None:
    with pytest.raises(InputError):
        extract(RawDocument("hostile.html", html, media_type="text/html"), settings)


def test_date_header_before_html(settings: Any) -> None:
    html, _truth = _aeb_page(0)
    doc = extract(RawDocument("dated.html", b"date 2020-01-02 " + html), settings)
    assert doc.published == "2020-01-02"
    assert len(doc.text) > 500
