"""Goods named the way news names them, added to the vocabulary after probing it with whole
articles: furs, lead crystal, recreational sports equipment and tapestries (UN luxury-goods
annexes, EU Annex XVIII), night-vision goggles (arms), silk and eels (banned DPRK exports),
coal briquettes; and their near-misses (a plain coat, a tapestry under the USD 500 line)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_rules_probes import findings, measures  # noqa: F401  (the shared fixture)

TO_DPRK = "A Chinese company sold {} to North Korea in 2022, the report said."
FROM_DPRK = "North Korea sold {} to Chinese buyers in 2022, the report said."
TO_RUSSIA = "A German company exported {} worth 900,000 euros to Russia in 2023, prosecutors said."


@pytest.mark.parametrize(("template", "goods", "fire"), [
    (TO_DPRK, "mink coats", "un-dprk/luxury-goods"),
    (TO_RUSSIA, "fur coats", "eu-russia/luxury-goods-to"),
    (TO_DPRK, "crystal glassware", "un-dprk/luxury-goods"),
    (TO_DPRK, "golf equipment", "un-dprk/luxury-goods"),
    (TO_RUSSIA, "golf equipment", "eu-russia/luxury-goods-to"),
    (TO_DPRK, "golf carts", "un-dprk/luxury-goods"),
    (TO_DPRK, "a tapestry worth $3,000", "un-dprk/luxury-goods"),
    (TO_DPRK, "night vision goggles", "un-dprk/arms-to-dprk"),
    (FROM_DPRK, "silk", "un-dprk/textiles-from"),
    (FROM_DPRK, "eels", "un-dprk/seafood-from"),
    (FROM_DPRK, "coal briquettes", "un-dprk/coal-iron-from"),
])
def test_goods_as_news_names_them_fire_their_measure(findings: Any, template: str,  # noqa: F811
                                                     goods: str, fire: str) -> None:
    found = findings(template.format(goods))
    assert fire in measures(found), [f.to_dict() for f in found]


@pytest.mark.parametrize("goods", ["coats", "a tapestry worth $300"])
def test_goods_outside_the_luxury_lists_give_no_finding(findings: Any,  # noqa: F811
                                                        goods: str) -> None:
    assert not findings(TO_DPRK.format(goods))
