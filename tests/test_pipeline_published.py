"""A document that states no date (plain text, stdin) can be given one: relative dates in
it then resolve, and a date the document states itself still wins."""

from __future__ import annotations

from typing import Any

from click.testing import CliRunner

from sanctionwatch.cli import cli
from sanctionwatch.model import RawDocument
from sanctionwatch.pipeline import Pipeline

UNDATED = ("Arms sent to the junta\n\n"
           "YANGON (Reuters) - A Chinese state firm delivered two patrol vessels to the "
           "Myanmar navy last week, the ministry said on Tuesday.\n")


def raw(text: str) -> RawDocument:
    return RawDocument(source="probe.txt", data=text.encode(), media_type="text/plain")


def test_the_fallback_date_dates_an_undated_story(settings: Any, nlp: Any) -> None:
    bare = Pipeline(settings, screening=False).analyze(raw(UNDATED))
    dated = Pipeline(settings, screening=False, published="2024-05-09").analyze(raw(UNDATED))
    assert bare.document.published is None
    assert dated.document.published == "2024-05-09"
    [delivery] = [e for e in dated.events if e.item is not None]
    # "last week" from Thursday 9 May 2024: the week that began on Monday 29 April
    assert (delivery.date, delivery.date_precision) == ("2024-04-29", "week")
    assert [e.date for e in bare.events if e.item is not None] == [None]


def test_a_date_the_story_states_wins(settings: Any, nlp: Any) -> None:
    stated = "Published: 2023-11-02\n\n" + UNDATED
    doc = Pipeline(settings, screening=False, published="2024-05-09").document(raw(stated))
    assert doc.published == "2023-11-02"


def test_a_bad_date_is_a_usage_error_naming_the_option() -> None:
    result = CliRunner().invoke(cli, ["analyze", "--published", "2024-02-30", "x.txt"])
    assert result.exit_code == 2 and "--published" in result.output
    assert "not a date" in result.output
    week = CliRunner().invoke(cli, ["analyze", "--published", "2024-W09-2", "x.txt"])
    assert week.exit_code == 2 and "not a date" in week.output
