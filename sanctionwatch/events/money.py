"""Amounts of money and numbers as news writes them, read one way for the event coder (which
finds an item's value in its sentence) and the rules engine (which sets it against a
threshold). The currencies, scales, number words and per-item words are data
(``data/money.yaml``).

Written forms read: a mark or code before the number ("$2 million", "HK$ 3 million", "EUR
90.000", "US$1.5bn") or a currency word after it ("8,000 euros", "3 million renminbi");
European separators ("EUR 90.000" is ninety thousand, "€1,5 million" one and a half million);
a range ("$2-3 million") as its lower bound, said in the note. "Pounds" alone is a weight.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from sanctionwatch.datafiles import read_mapping, word_list
from sanctionwatch.errors import DataFileError
from sanctionwatch.settings import PACKAGE_DATA

MONEY_FILE = PACKAGE_DATA / "money.yaml"


@dataclass(frozen=True)
class MoneyWords:
    marks: dict[str, str]
    codes: dict[str, str]
    words: dict[str, str]
    scales: dict[str, float]
    number_words: dict[str, float]
    per_item: tuple[str, ...]
    # verbs (lemmas) whose object, a bare sum, is money moved ("paid $1.5 million to X")
    moving_verbs: frozenset[str] = frozenset()
    # moving verbs whose object is money or nothing ("paid the workers": they are paid)
    paying_verbs: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Money:
    """An amount in an ISO currency; ``note`` says what was assumed reading it."""

    amount: float
    currency: str
    note: str = ""


def _mapping(data: dict[str, Any], key: str, path: Path,
             kind: type | tuple[type, ...]) -> dict[str, Any]:
    values = data.get(key)
    if not isinstance(values, dict) or not all(
            isinstance(k, str) and isinstance(v, kind) and not isinstance(v, bool)
            for k, v in values.items()):
        raise DataFileError(str(path), "expected a mapping of words to values", key)
    return dict(values)


def load_money_words(path: Path = MONEY_FILE) -> MoneyWords:
    """The lists; a missing key or a value of the wrong kind is a DataFileError naming it."""
    data = read_mapping(path)
    per_item = word_list(data, "per_item", path)
    numbers = {k.lower(): float(v) for k, v in
               _mapping(data, "number_words", path, (int, float)).items()}
    return MoneyWords(
        marks=_mapping(data, "marks", path, str), codes=_mapping(data, "codes", path, str),
        words={k.lower(): v for k, v in _mapping(data, "words", path, str).items()},
        scales={k.lower(): float(v) for k, v in
                _mapping(data, "scales", path, (int, float)).items()},
        number_words=numbers, per_item=tuple(w.lower() for w in per_item),
        moving_verbs=frozenset(w.lower() for w in word_list(data, "moving_verbs", path)),
        paying_verbs=frozenset(w.lower() for w in word_list(data, "paying_verbs", path)))


@lru_cache(maxsize=1)
def money_words() -> MoneyWords:
    """The packaged lists, loaded on first use (never at import)."""
    return load_money_words()


def _alternation(words: list[str]) -> str:
    """Longest first, so "US$" is tried before "$" and "pounds sterling" before "sterling";
    spaces match any run of whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def money_pattern() -> re.Pattern[str]:
    """A money amount as news writes it, with its currency (groups: mark/code before,
    number, range end, scale, word/code after)."""
    w = money_words()
    number = r"\d(?:[\d,.]*\d)?"
    scale = rf"(?:\s?(?P<scale>{_alternation(list(w.scales))})\b)?"
    span = (rf"(?P<num>{number})(?:\s?(?:-|–|to)\s?(?:{_alternation(list(w.marks))})?"
            rf"(?P<upper>{number}))?" + scale)
    codes = _alternation(list(w.codes))
    before = rf"(?:(?<![A-Za-z])(?P<mark>{_alternation(list(w.marks))})|\b(?P<code>{codes})\b)"
    after = rf"(?:(?i:(?P<word>{_alternation(list(w.words))}))|(?P<code2>{codes}))\b"
    each = rf"(?:\s+(?i:{_alternation(list(w.per_item))})\b)?"
    return re.compile(rf"(?:{before}\s?{span}|(?<![\w.,]){span.replace('?P<', '?P<b_')}"
                      rf"\s?(?:US\s)?{after}){each}")


def find_money(text: str) -> re.Match[str] | None:
    """The first money amount with its currency in a text."""
    return money_pattern().search(text)


def number_value(text: str, scaled: bool = False) -> float | None:
    """A number as written, with either convention of separators: "90.000" (no scale word
    after it) and "1.234.567" are thousands; "1,5" is a decimal comma; "1,234.5" and
    "1.234,5" are read as their writers mean. None when it is no number."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text) and not scaled:
        return float(text.replace(".", ""))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d+", text):
        return float(text.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+,\d{1,2}", text):
        return float(text.replace(",", "."))
    try:
        return float(text.replace(",", "").rstrip("."))
    except ValueError:
        return None


def parse_money(text: str) -> Money | None:
    """'EUR 45,000', '$1.2 million', '300 euros', 'HK$3m', '$2-3 million' (its lower
    bound, said in the note) -> Money; None when no amount with a currency is found."""
    m = find_money(text[:200])
    if m is None:
        return None
    w, g = money_words(), m.groupdict()
    cur = (w.marks.get(g["mark"] or "") or w.codes.get(g["code"] or g["code2"] or "")
           or w.words.get(re.sub(r"\s+", " ", (g["word"] or "").lower())))
    num = g["num"] or g["b_num"]
    scale_word = (g["scale"] or g["b_scale"] or "").lower()
    amount = number_value(num, bool(scale_word)) if num else None
    if cur is None or amount is None:
        return None
    amount *= w.scales.get(scale_word, 1.0)
    note = ""
    if g["upper"] or g["b_upper"]:
        note = (f"the range '{m.group(0).strip()}' is read as its lower bound, "
                f"{cur} {amount:,.0f}")
    return Money(amount, cur, note)


def per_item_said(value: str | None) -> bool:
    """Whether a value says it is per item ("EUR 200 each", "$5,000 apiece")."""
    words = _alternation(list(money_words().per_item))
    return bool(value) and re.search(rf"(?i)\b(?:{words})\b", value or "") is not None


def number_word(text: str) -> float | None:
    """The number a text opens with in words ("two cars", "a dozen rugs", "half a
    million"): the longest number word first."""
    words = text.strip().lower()
    for word, n in sorted(money_words().number_words.items(), key=lambda kv: -len(kv[0])):
        if words == word or words.startswith(word + " "):
            return n
    return None
