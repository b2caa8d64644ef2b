"""Quantities of oil as news gives them, in barrels for the caps of UNSCR 2375 OP14-15 and
2397 OP4-5. A tonnage is converted at the factor of the product it names
(``data/oil_barrels.yaml``); a product not named there at the lowest factor, so the reading
never overstates how much was delivered. The reading says which factor it used."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sanctionwatch.datafiles import read_yaml
from sanctionwatch.errors import DataFileError
from sanctionwatch.events.money import money_words, number_value
from sanctionwatch.rules.wording import term_matches
from sanctionwatch.settings import PACKAGE_DATA

BARRELS_FILE = PACKAGE_DATA / "oil_barrels.yaml"


@dataclass(frozen=True)
class OilProduct:
    product: str
    barrels_per_tonne: float
    source: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class Barrels:
    """A quantity in barrels; ``note`` says how a tonnage was converted ('' for barrels)."""

    barrels: float
    note: str = ""


def load_oil_products(path: Path = BARRELS_FILE) -> tuple[OilProduct, ...]:
    """The products; a product without a positive factor or words is a DataFileError."""
    data = read_yaml(path)
    rows = data.get("products") if isinstance(data, dict) else None
    if not isinstance(rows, list) or not rows:
        raise DataFileError(str(path), "expected a list of products", "products")
    out = []
    for i, row in enumerate(rows):
        factor = row.get("barrels_per_tonne") if isinstance(row, dict) else None
        words = row.get("words") if isinstance(row, dict) else None
        if not isinstance(factor, (int, float)) or factor <= 0 or not isinstance(words, list) \
                or not all(isinstance(w, str) for w in words) or not row.get("product"):
            raise DataFileError(str(path), "a product needs a name, a positive "
                                "barrels_per_tonne and a list of words", f"products[{i}]")
        out.append(OilProduct(str(row["product"]), float(factor), str(row.get("source", "")),
                              tuple(words)))
    return tuple(out)


@lru_cache(maxsize=1)
def oil_products() -> tuple[OilProduct, ...]:
    """The packaged products, loaded on first use (never at import)."""
    return load_oil_products()


@lru_cache(maxsize=1)
def _amount() -> re.Pattern[str]:
    """A number (digits or words; an article only with a scale: "a million barrels", not
    "$700 a tonne"), an optional scale, and a unit."""
    w = money_words()
    words = sorted((k for k in w.number_words if k not in ("a", "an")), key=len, reverse=True)
    scales = "|".join(re.escape(s) for s in sorted(w.scales, key=len, reverse=True))
    number = rf"(?<![\w$€£.,])(?:\d[\d,.]*|{'|'.join(re.escape(x) for x in words)})"
    with_article = rf"\b(?:a|an)(?=\s+(?:{scales})\b)"
    return re.compile(rf"(?i)(?P<num>{number}|{with_article})\s*(?:(?P<scale>{scales})\s*)?"
                      r"(?P<unit>(?:metric\s+)?(?:tonnes?|tons?)|barrels?)\b")


def read_barrels(text: str) -> Barrels | None:
    """'300,000 barrels', 'one million barrels', 'twenty thousand barrels', '60,000 tonnes
    of diesel' (at diesel's factor, said in the note); other units -> None."""
    m = _amount().search(text[:200])
    if not m:
        return None
    w, number = money_words(), m.group("num").lower()
    value = 1.0 if number in ("a", "an") else w.number_words.get(number)
    if value is None:
        value = number_value(number, bool(m.group("scale")))
    if value is None:
        return None
    value *= w.scales.get((m.group("scale") or "").lower(), 1.0)
    if m.group("unit").lower().startswith("barrel"):
        return Barrels(value)
    product = _product(text)
    if product is None:
        low = min(oil_products(), key=lambda p: p.barrels_per_tonne)
        return Barrels(value * low.barrels_per_tonne,
                       f"tonnes converted at {low.barrels_per_tonne:g} barrels a tonne, the "
                       f"lowest factor of the oil products listed ({low.product}, "
                       f"{low.source}): the product is not named")
    return Barrels(value * product.barrels_per_tonne,
                   f"tonnes converted at {product.barrels_per_tonne:g} barrels a tonne, the "
                   f"factor for {product.product} ({product.source})")


def _product(text: str) -> OilProduct | None:
    """The product the text names; the longest name first ("fuel oil" before "oil")."""
    return next((product for word, product in _product_names()
                 if next(term_matches(word, text), None) is not None), None)


@lru_cache(maxsize=1)
def _product_names() -> tuple[tuple[str, OilProduct], ...]:
    """Every product's words, longest first (sorted once, not per quantity read)."""
    return tuple(sorted(((w, p) for p in oil_products() for w in p.words),
                        key=lambda wp: -len(wp[0])))
