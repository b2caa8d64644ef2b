"""The goods vocabulary (data/goods.yaml) as data: well-formed HS headings, one meaning per
phrase, and the HS chapters the sanctions provisions are written in."""

from __future__ import annotations

import re
from collections import defaultdict

from sanctionwatch.datafiles import read_yaml
from sanctionwatch.events.lexicon import default_lexicon
from sanctionwatch.settings import PACKAGE_DATA

GOODS = PACKAGE_DATA / "goods.yaml"


def test_hs_headings_are_chapters_headings_or_subheadings() -> None:
    bad = [(cat, phrase, hs) for cat, phrases in read_yaml(GOODS).items()
           for phrase, hs in phrases.items()
           if hs is not None and not re.fullmatch(r"\d{2}|\d{4}|\d{6}", str(hs))]
    assert bad == []


def test_a_phrase_has_one_category() -> None:
    """A phrase under two categories would be coded by file order, not by meaning."""
    where: dict[str, list[str]] = defaultdict(list)
    for cat, phrases in read_yaml(GOODS).items():
        for phrase in phrases:
            where[str(phrase)].append(str(cat))
    assert {p: c for p, c in where.items() if len(c) > 1} == {}


def hs_of(phrase: str) -> str | None:
    words = tuple(phrase.split())
    [good] = [g for g in default_lexicon().goods[words[-1]] if g.lemmas == words]
    return good.hs


def test_headings_that_decide_a_provision() -> None:
    """HS chapters decide UNSCR 2397 OP6/OP7 (hs_defines): a wrong chapter is a wrong
    finding. Manned military aircraft are aeroplanes (8802), unmanned ones 8806 (HS 2022);
    generators are electrical machinery (85); live plants (06) are not food (07, 08, 12)."""
    assert hs_of("fighter jet") == "8802" and hs_of("drone") == "8806"
    assert hs_of("generator") == "8502" and hs_of("sapling") == "0602"
    assert hs_of("tractor") == "8701"  # chapter 87: a vehicle in the nomenclature


def test_an_ore_is_the_ore_of_its_metal() -> None:
    """HS 26 heads ores by metal, and the DPRK bans name some metals' ores and not others:
    copper ore (2603) falls under 2321 OP28, molybdenum ore (2613) under no ban, and an ore
    named without its metal is no particular one (not iron ore, 2601)."""
    assert hs_of("iron ore") == "2601" and hs_of("copper ore") == "2603"
    assert hs_of("molybdenum ore") == "2613" and hs_of("ore") == "26"
