"""Stories in a language the English pipeline cannot read are kept, not misread."""

from __future__ import annotations

import gzip
from typing import Any

import pytest

from sanctionwatch.model import Analysis, RawDocument
from sanctionwatch.pipeline import Pipeline
from tests.conftest import shared_path

# pages of the extraction benchmark (../shared/data/extraction/aeb/html), by their id
RUSSIAN = "3c6d3381ef52ca26be2fbde19c1b0fe17d85682b726dfecf5e300c1ca34546b1"
KOREAN = "0ec95c7261d122f304728e90c983450ef1ce1e0b423546835c397d50aaf0d0f2"


@pytest.fixture(scope="module")
def pipeline(settings: Any) -> Pipeline:
    return Pipeline(settings, screening=False)


def page(pipeline: Pipeline, page_id: str) -> Analysis:
    path = shared_path("data", "extraction", "aeb", "html", f"{page_id}.html.gz")
    return pipeline.analyze(RawDocument(source=str(path), data=gzip.decompress(
        path.read_bytes()), media_type="text/html"))


@pytest.mark.parametrize(("page_id", "language"), [(RUSSIAN, "ru"), (KOREAN, "ko")])
def test_a_story_in_another_language_is_kept_without_entities_or_events(
        pipeline: Pipeline, page_id: str, language: str) -> None:
    analysis = page(pipeline, page_id)
    assert analysis.document.language == language
    assert len(analysis.document.text) > 200
    assert (analysis.entities, analysis.events, analysis.findings) == ([], [], [])


def test_a_weak_guess_on_cyrillic_text_still_says_not_english() -> None:
    from sanctionwatch.extract.core import _langid, detect_language

    text = "Путин подарил Ким Чен Ыну автомобиль."  # py3langid: 'ru' at about 0.46
    assert _langid().classify(text)[1] < 0.5
    assert detect_language(text) == "ru"


def test_an_english_story_is_still_read(pipeline: Pipeline, seed_path: Any) -> None:
    analysis = pipeline.analyze(RawDocument(source=str(seed_path),
                                            data=seed_path.read_bytes()))
    assert analysis.document.language == "en"
    assert analysis.entities and analysis.events
