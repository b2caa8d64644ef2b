"""The engine on sentences whose legs, thresholds or exemptions the text spells out.

Events are built directly (a unit test of matching, not of event coding); the countries a
sentence names come from entities whose mentions are placed on the words of that sentence,
the way the annotator links them. The regimes are the real data files.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from sanctionwatch.annotate import Annotated
from sanctionwatch.model import Document, Entity, Event, Finding, Item, Party, Span
from sanctionwatch.rules import RuleEngine
from sanctionwatch.rules.engine import parse_count

COUNTRIES = {"China": "cn", "North Korea": "kp", "Russia": "ru", "Russian": "ru",
             "DPRK": "kp", "Italy": "it", "Italian": "it", "Hong Kong": "hk",
             "North Korean": "kp"}


@pytest.fixture(scope="module")
def engine(settings: Any) -> RuleEngine:
    return RuleEngine(settings)


def sentence(text: str, *, type: str = "AID", actor: str | None = None,
             recipient: str | None = None, item: Item | None = None, trigger: str | None = None,
             date: str = "2024-03-01") -> tuple[Annotated, Event]:
    """A one-sentence document with every country name linked, and its event."""
    entities: list[Entity] = []
    taken: set[int] = set()
    # longest names first, so "North Korean" is one mention, not "North Korea" + "n"
    for name in sorted(COUNTRIES, key=len, reverse=True):
        spans = []
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if not taken & set(range(m.start(), m.end())):
                taken |= set(range(m.start(), m.end()))
                spans.append(Span(m.start(), m.end(), name))
        if spans:
            entities.append(Entity(id=f"ent-{name}", name=name, schema="Country",
                                   countries=[COUNTRIES[name]], mentions=spans))
    doc = Document(id="doc-legs", source="test", text=text, published=date)
    ev = Event(id="ev-legs", type=type,
               actor=Party(name="supplier", country=actor) if actor else None,
               recipient=Party(name="recipient", country=recipient) if recipient else None,
               modality="asserted", date=date, sources=["Reuters"],
               evidence=Span(0, len(text), text), item=item, trigger=trigger)
    return Annotated(document=doc, doc=None, entities=entities), ev


def bases(finding: Finding) -> set[str]:
    return {f"{b.instrument} {b.provision}" for b in finding.legal_basis}


LATHES = Item(text="lathes", category="machinery", hs="8458")


def test_end_destination_makes_the_coded_recipient_an_intermediary(engine: RuleEngine) -> None:
    ann, ev = sentence("A Chinese firm sold lathes to a Hong Kong company destined for North "
                       "Korea.", actor="cn", recipient="hk", item=LATHES, trigger="sold")
    [f] = engine.apply(ann, [ev])
    assert "UNSCR 2397 (2017) OP7" in bases(f)
    assert (f.supplier_country, f.recipient_country) == ("cn", "kp")
    text = " ".join(f.explanation)
    assert "end destination KP" in text and "via HK" in text
    # the same sale without the destination is not about the DPRK at all
    ann, plain = sentence("A Chinese firm sold lathes to a Hong Kong company.", actor="cn",
                          recipient="hk", item=LATHES, trigger="sold")
    assert engine.apply(ann, [plain]) == []
    # and the indirect leg weighs less than a direct sale
    ann, direct = sentence("A Chinese firm sold lathes to North Korea.", actor="cn",
                           recipient="kp", item=LATHES, trigger="sold")
    assert engine.apply(ann, [direct])[0].confidence > f.confidence


def test_intermediary_leg_from_via(engine: RuleEngine) -> None:
    coal = Item(text="coal", category="coal", hs="2701")
    ann, ev = sentence("Russia shipped coal to Italy via North Korea's port of Rajin.",
                       actor="ru", recipient="it", item=coal, trigger="shipped")
    [exp] = engine.explain(ann, [ev])
    # coal passing through the DPRK: the onward leg KP -> IT is procurement from the DPRK
    [f] = [x for x in exp.findings if x.regime == "un-dprk"]
    assert "UNSCR 2371 (2017) OP8" in bases(f)
    assert any("intermediary KP" in line for line in f.explanation)


def test_origin_named_in_the_sentence(engine: RuleEngine) -> None:
    coal = Item(text="anthracite", category="coal", hs="2701")
    ann, ev = sentence("A Russian trader delivered anthracite originating in North Korea to "
                       "China.", actor="ru", recipient="cn", item=coal, trigger="delivered")
    [f] = engine.apply(ann, [ev])
    assert (f.supplier_country, f.recipient_country) == ("kp", "cn")
    assert "UNSCR 2371 (2017) OP8" in bases(f)
    # "from" right after the goods names where they come from, whoever sells them on
    ann, sold = sentence("A Russian trader sold anthracite from North Korea to China.",
                         actor="ru", recipient="cn", item=coal, trigger="sold")
    [f] = engine.apply(ann, [sold])
    assert (f.supplier_country, f.recipient_country) == ("kp", "cn")
    assert any("origin" in line for line in f.explanation)
    # ... but a "from" phrase elsewhere in the sentence does not
    ann, elsewhere = sentence("A Russian trader sold anthracite to China, a buyer from North "
                              "Korea said.", actor="ru", recipient="cn", item=coal,
                              trigger="sold")
    assert engine.apply(ann, [elsewhere]) == []
    # nor a state named further on in the "from" phrase than its first words
    ann, later = sentence("A Russian trader sold anthracite from a tanker off North Korea to "
                          "China.", actor="ru", recipient="cn", item=coal, trigger="sold")
    assert engine.apply(ann, [later]) == []


def test_recipient_left_unknown_is_read_after_the_trigger(engine: RuleEngine) -> None:
    ann, ev = sentence("Russia delivered lathes to North Korea last month.", actor="ru",
                       item=LATHES, trigger="delivered")
    [f] = engine.apply(ann, [ev])
    assert f.recipient_country == "kp"
    assert any("read from the sentence" in line for line in f.explanation)
    # a country named before the trigger is the subject's, not a destination
    ann, before = sentence("Speaking to North Korea's envoy, Russia delivered lathes.",
                           actor="ru", item=LATHES, trigger="delivered")
    assert engine.apply(ann, [before]) == []


def test_ship_to_ship_transfer_is_its_own_legal_basis(engine: RuleEngine) -> None:
    diesel = Item(text="diesel", category="refined_petroleum", hs="271019")
    ann, ev = sentence("A Russian tanker transferred diesel to a North Korean vessel in a "
                       "ship-to-ship transfer.", actor="ru", recipient="kp", item=diesel,
                       trigger="transferred")
    [f] = engine.apply(ann, [ev])
    assert {"UNSCR 2375 (2017) OP11", "UNSCR 2397 (2017) OP5"} <= bases(f)
    # a delivery in port is not a ship-to-ship transfer
    ann, port = sentence("A Russian tanker delivered diesel to a North Korean port.",
                         actor="ru", recipient="kp", item=diesel, trigger="delivered")
    assert "UNSCR 2375 (2017) OP11" not in bases(engine.apply(ann, [port])[0])


@pytest.mark.parametrize("value, quantity, fires", [
    ("USD 40,000", "one watch", True),       # ~EUR 37,200 per item: above EUR 300
    ("USD 2,000", "10 watches", False),      # the total for ten: ~EUR 186 per item
    ("USD 2,000 each", "10 watches", True),  # per item, said so
    ("USD 320", None, True),                 # ~EUR 298: within 10% of EUR 300, undecided
    ("USD 200", None, False),                # ~EUR 186: below
])
def test_eu_value_threshold_per_item_and_across_currencies(
        engine: RuleEngine, value: str, quantity: str | None, fires: bool) -> None:
    watch = Item(text="watches", category="luxury_goods", hs="9102", value=value,
                 quantity=quantity)
    ann, ev = sentence("An Italian dealer exported watches to Russia.", actor="it",
                       recipient="ru", item=watch, trigger="exported")
    found = [f for f in engine.apply(ann, [ev]) if f.regime == "eu-russia"]
    assert bool(found) is fires
    if not fires:
        [exp] = engine.explain(ann, [ev])
        assert any("not above the threshold" in (t.failed or "") for t in exp.near_misses)
    elif value.startswith("USD 320"):
        assert any("too close to decide" in line for line in found[0].explanation)


def test_rate_is_stated_in_the_explanation(engine: RuleEngine) -> None:
    car = Item(text="sports car", category="vehicles", hs="8703", value="$90,000")
    ann, ev = sentence("An Italian dealer exported a sports car to Russia.", actor="it",
                       recipient="ru", item=car, trigger="exported")
    [f] = [x for x in engine.apply(ann, [ev]) if x.regime == "eu-russia"]
    text = " ".join(f.explanation)
    assert "reference rate of 2024-06-28" in text and "1 USD = 0.93 EUR" in text


def test_medical_exchange_is_exempt_from_the_sci_tech_ban(engine: RuleEngine) -> None:
    ann, ev = sentence("A Russian delegation of medical scientists held joint research with "
                       "North Korean hospitals.", type="COOPERATE", actor="ru", recipient="kp",
                       trigger="held")
    assert engine.apply(ann, [ev]) == []
    [exp] = engine.explain(ann, [ev])
    assert any("medical exchanges" in (t.failed or "") for t in exp.near_misses)
    ann, mixed = sentence("Russia and North Korea held joint research in IT and medical "
                          "science.", type="COOPERATE", actor="ru", recipient="kp",
                          trigger="held")
    [f] = engine.apply(ann, [mixed])  # the exemption covers the medical part only
    assert "UNSCR 2321 (2016) OP11" in bases(f)


def test_committee_approval_exempts(engine: RuleEngine) -> None:
    ann, ev = sentence("China delivered lathes to North Korea, approved by the 1718 Committee.",
                       actor="cn", recipient="kp", item=LATHES, trigger="delivered")
    assert engine.apply(ann, [ev]) == []


def test_both_sides_coded_as_the_target_read_the_other_from_the_sentence(
        engine: RuleEngine) -> None:
    ann, ev = sentence("A Russian delegation arrived to attend the DPRK IT exhibition.",
                       type="CONSULT", actor="kp", recipient="kp", trigger="arrived")
    [f] = engine.apply(ann, [ev])
    assert {f.supplier_country, f.recipient_country} == {"ru", "kp"}
    assert f.confidence < 0.35
    # a purely domestic sentence has no other side to read
    ann, home = sentence("A DPRK delegation arrived to attend the DPRK IT exhibition.",
                         type="CONSULT", actor="kp", recipient="kp", trigger="arrived")
    assert engine.apply(ann, [home]) == []


@pytest.mark.parametrize("text, count", [("12 watches", 12), ("two cars", 2),
                                         ("a dozen rugs", 12), ("300,000 barrels", None),
                                         ("watches", None), (None, None)])
def test_parse_count(text: str | None, count: int | None) -> None:
    assert parse_count(text) == count


def test_specialized_teaching_needs_a_named_discipline(engine: RuleEngine) -> None:
    ann, ev = sentence("A Russian university trained North Korean students in aerospace "
                       "engineering.", type="AID", actor="ru", recipient="kp", trigger="trained")
    [f] = engine.apply(ann, [ev])
    assert "UNSCR 2270 (2016) OP17" in bases(f)
    assert any("paragraph number uncertain" in line for line in f.explanation)
    ann, ev = sentence("A Russian university trained North Korean students in music.",
                       type="AID", actor="ru", recipient="kp", trigger="trained")
    assert engine.apply(ann, [ev]) == []
