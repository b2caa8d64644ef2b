"""Event dates: which words date an act, and when an act is history rather than news.

Each sentence is an ordinary example of one construction (none from the gold set or the
seed), run through the real spaCy pipeline, annotator and coder; publication 2024-03-14
(a Thursday) unless given.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sanctionwatch.events.dates import DateResolver
from sanctionwatch.events.lexicon import default_lexicon
from tests.conftest import only_event as only

PUB = date(2024, 3, 14)


@pytest.mark.parametrize("phrase, value, precision", [
    ("on Monday", "2024-03-11", "day"),
    ("last week", "2024-03-04", "week"),
    ("in September last year", "2023-09", "month"),
    ("since 2006", "2006", "year"),
    ("on March 2", "2024-03-02", "day"),
    ("in December", "2023-12", "month"),
    ("yesterday", "2024-03-13", "day"),
    ("on 5 May 2021", "2021-05-05", "day"),
    ("in the year 1950", "1950", "year"),
    ("in the 1967 war", "1967", "year"),
    ("three days ago", "2024-03-11", "day"),
    ("two months ago", "2024-01", "month"),
    ("more than 70 years ago", "1954", "year"),
])
def test_dates_resolve_against_publication(phrase: str, value: str, precision: str) -> None:
    found = DateResolver(default_lexicon().dates).resolve(f"it happened {phrase}", PUB)
    assert found is not None and (found.value, found.precision) == (value, precision)


def test_a_decade_or_a_range_is_no_single_year() -> None:
    resolver = DateResolver(default_lexicon().dates)
    assert resolver.resolve("in the 1990s", PUB) is None
    assert resolver.resolve("in the 2015-2023 period", PUB) is None


def test_an_open_span_reaching_the_story_is_not_in_the_past() -> None:
    found = DateResolver(default_lexicon().dates).resolve("banned since 2006", PUB)
    assert found is not None and found.value == "2006" and found.years_before(PUB) == 0


def test_a_purpose_clause_takes_the_date_of_the_departure(code: Any) -> None:
    event = only(code("The trade minister of Laos left Vientiane on Monday to attend talks "
                      "with the Vietnamese prime minister in Hanoi."), "CONSULT")
    assert (event.date, event.date_precision) == ("2024-03-11", "day")


def test_a_conjunct_shares_the_date_of_its_head(code: Any) -> None:
    event = only(code("On Tuesday the Indian foreign minister flew to Tokyo and met the "
                      "Japanese prime minister."), "CONSULT")
    assert (event.date, event.date_precision) == ("2024-03-12", "day")


def test_the_dateline_is_the_story_date_not_the_act_date(code: Any) -> None:
    event = only(code("Hanoi, March 14 (VNA) -- Vietnam sent 50 tonnes of rice to Laos on "
                      "Tuesday."), "AID")
    assert event.date == "2024-03-12"


def test_a_date_in_a_relative_clause_dates_its_noun_not_the_act(code: Any) -> None:
    event = only(code("China, which joined the treaty in 1992, sent 200 tonnes of rice to "
                      "Laos on Monday."), "AID")
    assert event.date == "2024-03-11"


def test_an_act_dated_decades_before_the_story_is_history(code: Any) -> None:
    # background, not news: an analyst codes no event for it
    assert code("China sent troops and arms to North Korea in 1950.") == []
    assert code("The relationship goes back to the year 1949 when the Soviet Union "
                "recognised China and supported it with loans.") == []
    assert code("Ties go back to the year 1949 when Burma was the first state to recognise "
                "China.") == []


def test_a_recent_past_year_is_still_an_event(code: Any) -> None:
    event = only(code("Iran sold 2 million barrels of crude oil to Syria in 2022."),
                 "COOPERATE")
    assert (event.date, event.date_precision) == ("2022", "year")


def test_a_named_war_dates_an_act_as_history(code: Any) -> None:
    assert code("During the Korean War, the Soviet Union supplied China with tanks.") == []
    # an anniversary of the war is today's occasion, not the act's time
    event = only(code("Laos sent 20 tonnes of rice to Vietnam on the 70th anniversary of "
                      "the victory in the Vietnam War."), "AID")
    assert event.date == "2024-03"


def test_a_war_mentality_is_no_date() -> None:
    resolver = DateResolver(default_lexicon().dates)
    assert resolver.resolve("steeped in the Cold War mentality", PUB) is None
    found = resolver.resolve("allies since the Korean War", PUB)
    assert found is not None and found.years_before(PUB) == 0


@pytest.mark.parametrize("text, value, precision", [
    ("A UN panel reported last year that Russian tankers delivered refined petroleum "
     "products to North Korea.", "2023", "year"),
    ("The ministry said in January that Russia had delivered fuel to North Korea.",
     "2024-01", "month"),
    # a report of this month bounds nothing the publication month does not
    ("The ministry said on Monday that Russia had delivered fuel to North Korea.",
     "2024-03", "month"),
])
def test_an_undated_act_told_by_a_dated_report_is_no_later_than_it(
        code: Any, text: str, value: str, precision: str) -> None:
    event = only(code(text, published="2024-03-14"), "COOPERATE")
    assert (event.date, event.date_precision) == (value, precision)


def test_a_transfer_of_goods_stays_news_longer_than_other_acts(code: Any) -> None:
    # seven years back: beyond history_years (5), within goods_history_years (10)
    shipped = code("North Korea exported coal to China in 2017.", published="2024-03-14")
    assert [(e.type, e.date) for e in shipped] == [("COOPERATE", "2017")]
    assert code("Kim Jong Un visited Vladivostok in 2017.", published="2024-03-14") == []
    # and beyond ten years the shipment is history too
    assert code("North Korea exported coal to China in 2010.", published="2024-03-14") == []


@pytest.mark.parametrize("text, coded", [
    ("North Korea has shipped coal to China in the past week.", True),
    ("Not long ago, Russia sent fuel to North Korea.", True),
    ("In the past, China sent rice to North Korea.", False),
    # a report that old tells history, like the act's own old date
    ("A UN panel reported in 2009 that Iran shipped arms to Syria.", False),
])
def test_history_phrases_are_whole_phrases(code: Any, text: str, coded: bool) -> None:
    assert bool(code(text, published="2024-03-14")) is coded
