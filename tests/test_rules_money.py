"""Money as news writes it, read once for the event coder and the rules engine: currency
marks of other dollars, European separators, ranges, weights that look like money, and
scale letters that begin a word."""

from __future__ import annotations

from typing import Any

import pytest

from sanctionwatch.events.money import parse_money
from sanctionwatch.rules.engine import parse_count
from sanctionwatch.rules.engine import parse_money as engine_money


@pytest.mark.parametrize(("text", "amount", "currency"), [
    ("EUR 90.000", 90000, "EUR"),                 # European thousands
    ("€1,5 million", 1.5e6, "EUR"),               # decimal comma
    ("EUR 1.234.567,50", 1234567.5, "EUR"),
    ("$1,250,000", 1250000, "USD"),
    ("US$1.5bn", 1.5e9, "USD"),
    ("HK$ 3 million", 3e6, "HKD"),                # another dollar, not USD
    ("NT$500,000", 500000, "TWD"),
    ("S$2m", 2e6, "SGD"),
    ("3 million RMB", 3e6, "CNY"),
    ("5 million renminbi", 5e6, "CNY"),
    ("2 million pounds sterling", 2e6, "GBP"),
    ("£400", 400, "GBP"),
    ("$500 more", 500, "USD"),                    # 'more' is no scale 'm'
    ("8,000 euros each", 8000, "EUR"),
])
def test_an_amount_is_read_with_its_own_currency(text: str, amount: float,
                                                 currency: str) -> None:
    money = parse_money(text)
    assert money is not None, text
    assert (money.amount, money.currency) == (pytest.approx(amount), currency)
    assert engine_money(text) == (pytest.approx(amount), currency)


def test_a_range_is_read_as_its_lower_bound_and_says_so() -> None:
    money = parse_money("$2-3 million")
    assert money is not None and money.amount == 2e6 and money.currency == "USD"
    assert "lower bound" in money.note


@pytest.mark.parametrize("text", ["500 pounds of caviar", "300 cars", "a 20 percent rise"])
def test_a_weight_or_a_bare_number_is_no_money(text: str) -> None:
    assert parse_money(text) is None


@pytest.mark.parametrize(("text", "count"), [("twelve rugs", 12), ("a dozen rugs", 12),
                                             ("twenty cars", 20), ("a car", None)])
def test_counts_in_words_come_from_the_same_number_words(text: str, count: int | None) -> None:
    assert parse_count(text) == count


def test_an_invalid_wording_file_is_a_data_file_error_naming_the_key(tmp_path: Any) -> None:
    from sanctionwatch.errors import DataFileError
    from sanctionwatch.events.money import load_money_words
    from sanctionwatch.rules.quantity import load_oil_products
    from sanctionwatch.rules.wording import load_goods_wording

    bad = tmp_path / "bad.yaml"
    from sanctionwatch.events.money import MONEY_FILE

    text = MONEY_FILE.read_text(encoding="utf-8").replace("marks:\n", "marks: [USD]\nold:\n")
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError, match="marks"):
        load_money_words(bad)
    bad.write_text("products:\n  - {product: diesel, barrels_per_tonne: 0, words: [diesel]}\n",
                   encoding="utf-8")
    with pytest.raises(DataFileError, match="products"):
        load_oil_products(bad)
    bad.write_text("described_heads: equipment\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="described_heads"):
        load_goods_wording(bad)
