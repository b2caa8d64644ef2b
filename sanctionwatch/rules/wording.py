"""How news wording relates goods words to one another (``data/goods_wording.yaml``): which
heads a goods word joined before them describes ("oil and gas equipment"), which pairs
name one thing ("fish and chips"), and which hyphenated state adjectives give no origin
("Iranian-designed"), and which words after "at" name no place ("at least"). Data, so a
reviewer can read and extend the lists."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sanctionwatch.datafiles import read_mapping, word_list
from sanctionwatch.settings import PACKAGE_DATA

WORDING_FILE = PACKAGE_DATA / "goods_wording.yaml"


@dataclass(frozen=True)
class GoodsWording:
    described_heads: frozenset[str]
    fixed_pairs: tuple[str, ...]
    not_origin: frozenset[str]
    not_place_after_at: tuple[str, ...] = ()


def load_goods_wording(path: Path = WORDING_FILE) -> GoodsWording:
    """The word lists; a missing key or a non-list of words is a DataFileError naming it."""
    data = read_mapping(path)
    lists = {key: word_list(data, key, path) for key in
             ("described_heads", "fixed_pairs", "not_origin", "not_place_after_at")}
    return GoodsWording(described_heads=frozenset(lists["described_heads"]),
                        fixed_pairs=tuple(lists["fixed_pairs"]),
                        not_origin=frozenset(lists["not_origin"]),
                        not_place_after_at=tuple(lists["not_place_after_at"]))


@lru_cache(maxsize=1)
def goods_wording() -> GoodsWording:
    """The packaged lists, loaded on first use (never at import)."""
    return load_goods_wording()


def term_matches(term: str, text: str) -> Iterator[re.Match[str]]:
    """Where a term stands in a text as a whole word (not inside a hyphenated one): an
    all-caps term (an acronym: "LPG", "IT") as written, any other in any case."""
    flags = 0 if term.isupper() else re.IGNORECASE
    return re.finditer(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text, flags)
