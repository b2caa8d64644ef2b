"""Findings on made-up wire sentences about transfers (second batch): payments to listed firms,
value-led exports, cargo unloaded at a port, alleged and reported supplies, help with a
launch or a programme, ship-to-ship transfers, workers, imports of seafood and textiles, fuel
over a cap, EU luxury exports and Iran's lapsed measures; and their near-misses (denials,
plans, offers, hypotheticals, transfers between other states, humanitarian aid, history,
sport, troops, which are no goods).

The sentences are invented for these tests, written before the code they test was changed;
none is taken from the shared data or the gold sets. Screening is off (no list imported): a
payment's listed recipient is given the hit of its real UN list entry after annotation, the
way screening would.
"""

from __future__ import annotations

from typing import Any

import pytest

from sanctionwatch.model import Document, Finding
from tests.test_rules_engine import mark_listed
from tests.test_rules_probes import measures


@pytest.fixture(scope="module")
def findings(settings: Any, nlp: Any) -> Any:
    """``findings(text, published, listed)``: every finding of a one-sentence story, with the
    entities whose name contains a key of ``listed`` given that UN list entry's hit."""
    from sanctionwatch.annotate import Annotator
    from sanctionwatch.events import code_events
    from sanctionwatch.rules import RuleEngine

    annotator = Annotator(settings, None, nlp=nlp)
    engine = RuleEngine(settings)

    def run(text: str, published: str = "2024-03-14",
            listed: dict[str, str] | None = None) -> list[Finding]:
        doc = Document(id="probe", source="probe", text=text, published=published)
        annotated = annotator.annotate(doc)
        mark_listed(annotated, listed or {})
        return engine.apply(annotated, code_events(annotated))
    return run


KOMID = {"Mining Development": "KPe.001"}
FTB = {"Foreign Trade Bank": "KPe.047"}
KKBC = {"Kwangson": "KPe.025"}

# (sentence, publication date, listed parties, measures of which at least one must fire,
#  measures that must not)
BREACHES: list[Any] = [
    # money to a listed firm: the funds are economic resources made available to it
    ("A Singapore-based trader paid $1.5 million to the Korea Mining Development Trading "
     "Corporation for the cargo, the UN panel said.", "2024-03-14", KOMID,
     {"un-dprk/asset-freeze"}, set()),
    ("A Hong Kong shell company wired funds to North Korea's Foreign Trade Bank in 2019, "
     "U.S. prosecutors said.", "2024-03-14", FTB, {"un-dprk/asset-freeze"}, set()),
    ("A Chinese businessman laundered $4 million for the Korea Kwangson Banking Corporation "
     "through front companies, the indictment said.", "2024-03-14", KKBC,
     {"un-dprk/asset-freeze"}, set()),
    ("The company transferred $700,000 to the Foreign Trade Bank of North Korea through a "
     "bank in Shanghai, investigators said.", "2024-03-14", FTB,
     {"un-dprk/asset-freeze"}, set()),
    # value-led exports
    ("North Korea exported coal worth $400 million to China in 2023, the panel said.",
     "2024-03-14", {}, {"un-dprk/coal-iron-from"}, set()),
    ("Pyongyang exported iron ore worth $12 million to Chinese buyers last year, customs "
     "data showed.", "2024-03-14", {}, {"un-dprk/coal-iron-from"}, set()),
    # cargo unloaded or offloaded at a port
    ("A North Korean ship unloaded coal at the Russian port of Kholmsk in August, satellite "
     "images showed.", "2024-03-14", {}, {"un-dprk/coal-iron-from"}, set()),
    ("The vessel offloaded North Korean iron ore at a port in Nakhodka last month, the "
     "report said.", "2024-03-14", {}, {"un-dprk/coal-iron-from"}, set()),
    # alleged and reported acts are findings (with less confidence)
    ("Russia is believed to have supplied North Korea with air defence systems, South Korean "
     "intelligence said.", "2024-03-14", {}, {"un-dprk/arms-to-dprk"}, set()),
    ("A Chinese company is suspected of supplying missile components to North Korea, U.S. "
     "officials said.", "2024-03-14", {},
     {"un-dprk/wmd-missile-to-dprk", "un-dprk/arms-to-dprk"}, set()),
    ("North Korea reportedly shipped artillery shells to Russia last year.", "2024-03-14", {},
     {"un-dprk/arms-from-dprk"}, set()),
    ("North Korea is accused of selling ballistic missiles to Russia.", "2024-03-14", {},
     {"un-dprk/arms-from-dprk", "un-dprk/wmd-missile-from-dprk"}, set()),
    # help with a launch or a programme
    ("Russia helped North Korea launch a military reconnaissance satellite in November, "
     "Seoul's spy agency said.", "2024-03-14", {}, {"un-dprk/sci-tech-cooperation"}, set()),
    ("Russian engineers provided technical assistance for North Korea's missile programme, "
     "U.S. officials said.", "2024-03-14", {},
     {"un-dprk/sci-tech-cooperation", "un-dprk/arms-training"}, set()),
    # a value given per item is no item
    ("Dozens of luxury cars worth more than $100,000 each were exported from Italy to North "
     "Korea via China, the panel found.", "2024-03-14", {}, {"un-dprk/luxury-goods"}, set()),
    # ship-to-ship transfers with a DPRK-flagged vessel
    ("A Panama-flagged tanker transferred diesel to a North Korean-flagged vessel in a "
     "ship-to-ship transfer off Shanghai, Japan's defence ministry said.", "2024-03-14", {},
     {"un-dprk/ship-to-ship"}, set()),
    # workers abroad
    ("Thousands of North Korean workers were sent to Russian construction sites this year, "
     "South Korea said.", "2024-03-14", {}, {"un-dprk/workers-abroad"}, set()),
    ("A Russian company hired hundreds of North Korean labourers to build apartments in "
     "Vladivostok, the report said.", "2024-03-14", {}, {"un-dprk/workers-abroad"}, set()),
    # seafood and textiles from the DPRK
    ("A Chinese seafood processor imported North Korean crab worth $3 million last year.",
     "2024-03-14", {}, {"un-dprk/seafood-from"}, set()),
    ("Chinese garment factories imported textiles from North Korea in 2022, the panel said.",
     "2024-03-14", {}, {"un-dprk/textiles-from"}, set()),
    # refined petroleum over the cap
    ("Russia delivered more than one million barrels of refined petroleum to North Korea "
     "this year, exceeding the UN cap, the White House said.", "2024-03-14", {},
     {"un-dprk/refined-petroleum"}, set()),
    # EU luxury exports to Russia above the thresholds
    ("An Italian firm exported yachts worth EUR 3 million to Russia in 2023, prosecutors "
     "said.", "2024-03-14", {}, {"eu-russia/luxury-goods-to"}, set()),
    ("A Belgian dealer sold diamond jewellery worth EUR 40,000 to a buyer in Moscow last "
     "year, customs officials said.", "2024-03-14", {}, {"eu-russia/luxury-goods-to"},
     set()),
    # Iran (2231 Annex B) while the restrictions stood
    ("Iran shipped ballistic missiles to Russia in 2022, Western officials said.",
     "2024-03-14", {}, {"un-iran/missile-from"}, set()),
    ("Iran supplied rifles and rockets to Houthi rebels in Yemen in 2019, the UN panel "
     "said.", "2024-03-14", {}, {"un-iran/arms-from"}, set()),
    # (second batch, written after the first fixes and before any further change)
    ("North Korea's Foreign Trade Bank received $5 million from a Chinese company in 2019, "
     "the U.S. Treasury said.", "2024-03-14", FTB, {"un-dprk/asset-freeze"}, set()),
    ("A Chinese national was charged with laundering money for the Foreign Trade Bank of "
     "North Korea, the Justice Department said.", "2024-03-14", FTB,
     {"un-dprk/asset-freeze"}, set()),
    ("Seoul said North Korea had shipped more than 10,000 containers of munitions to Russia "
     "since August.", "2024-03-14", {}, {"un-dprk/arms-from-dprk"}, set()),
    ("A German shipyard delivered a yacht worth 4 million euros to a Russian businessman in "
     "2023, prosecutors said.", "2024-03-14", {}, {"eu-russia/luxury-goods-to"}, set()),
    ("A Dutch company was fined for exporting luxury cars worth EUR 70,000 each to Russia in "
     "2023.", "2024-03-14", {}, {"eu-russia/luxury-goods-to"}, set()),
    ("A Sierra Leone-flagged tanker delivered 1.2 million barrels of diesel to North Korea "
     "in several trips last year, the panel said.", "2024-03-14", {},
     {"un-dprk/refined-petroleum"}, set()),
    # (found while fixing, so not blind) foreign labour taken in at a place of a named state
    ("North Korean workers are employed at a Russian shipyard in Vladivostok, the report "
     "said.", "2024-03-14", {}, {"un-dprk/workers-abroad"}, set()),
]

NEAR_MISSES: list[tuple[str, str, dict[str, str], set[str]]] = [
    # (second batch)
    ("North Korean hackers stole $600 million in cryptocurrency and laundered it through "
     "Chinese brokers, the FBI said.", "2024-03-14", {}, {"un-dprk/asset-freeze"}),
    ("Italy seized yachts owned by Russian businessmen in 2022.", "2024-03-14", {},
     {"eu-russia/luxury-goods-to"}),
    ("North Korea may have supplied Russia with ballistic missiles, analysts said.",
     "2024-03-14", {}, {"un-dprk/arms-from-dprk", "un-dprk/wmd-missile-from-dprk"}),
    ("Russia is believed to be preparing to send fighter jets to North Korea, officials "
     "said.", "2024-03-14", {}, {"un-dprk/arms-to-dprk"}),
    ("The World Food Programme shipped 1,000 tons of wheat to North Korea, the agency said.",
     "2024-03-14", {}, {"un-dprk/machinery-vehicles-metals-to"}),
    ("China paid $3 million to Vietnam for rice last year.", "2024-03-14", {},
     {"un-dprk/asset-freeze"}),
    # (found while fixing the above, so not blind) the sum is what was paid, not the goods
    # it paid for
    ("Russia paid North Korea $20 million for the shells, officials said.", "2024-03-14", {},
     {"un-dprk/arms-to-dprk"}),
    # a denial, a plan, an offer, a hypothetical, an inquiry
    ("Russia denied supplying weapons to North Korea, the Kremlin said.", "2024-03-14", {},
     {"un-dprk/arms-to-dprk"}),
    ("North Korea denied exporting arms to Russia, state media said.", "2024-03-14", {},
     {"un-dprk/arms-from-dprk"}),
    ("North Korea offered to sell coal to Russian buyers, a trade official said.",
     "2024-03-14", {}, {"un-dprk/coal-iron-from"}),
    ("Russia could supply fighter jets to North Korea in exchange for troops, analysts "
     "said.", "2024-03-14", {}, {"un-dprk/arms-to-dprk"}),
    ("Officials are investigating whether a Chinese firm supplied diesel to North Korea.",
     "2024-03-14", {}, {"un-dprk/refined-petroleum"}),
    ("The company said it had never paid any money to the Korea Mining Development Trading "
     "Corporation.", "2024-03-14", KOMID, {"un-dprk/asset-freeze"}),
    # transfers between other states
    ("China exported coal worth $2 billion to India last year.", "2024-03-14", {},
     {"un-dprk/coal-iron-from"}),
    ("A Chinese tanker transferred fuel to a Panama-flagged vessel in a ship-to-ship transfer "
     "off Singapore.", "2024-03-14", {}, {"un-dprk/ship-to-ship"}),
    ("Dozens of luxury cars worth more than $100,000 each were exported from Italy to "
     "Switzerland last year.", "2024-03-14", {},
     {"eu-russia/luxury-goods-to", "un-dprk/luxury-goods"}),
    ("South Korea exported cars worth $2 billion to Russia in 2021.", "2024-03-14", {},
     {"eu-russia/luxury-goods-to"}),
    ("Japan imported scallops worth $50 million from China last year.", "2024-03-14", {},
     {"un-dprk/seafood-from"}),
    # humanitarian aid
    ("UNICEF delivered vaccines and medical supplies to North Korea in May, the agency said.",
     "2024-03-14", {}, {"un-dprk/machinery-vehicles-metals-to", "un-dprk/wmd-missile-to-dprk"}),
    # history before the measure
    ("In 1985, the Soviet Union supplied MiG-29 fighter jets to North Korea.", "2024-03-14",
     {}, {"un-dprk/arms-to-dprk"}),
    ("North Korea sold coal to South Korea in 2015, before the ban.", "2024-03-14", {},
     {"un-dprk/coal-iron-from"}),
    # Iran after the lapse of 2231's restrictions and before the snapback
    ("Iran supplied rifles to Venezuela in 2021, officials said.", "2024-03-14", {},
     {"un-iran/arms-from", "un-iran/arms-from-snapback"}),
    ("Iran sent ballistic missile components to Russia in December 2023, Kyiv said.",
     "2024-03-14", {}, {"un-iran/missile-from"}),
    # EU luxury goods under the threshold
    ("A German firm exported cars worth EUR 30,000 each to Russia in 2023.", "2024-03-14",
     {}, {"eu-russia/luxury-goods-to"}),
    # sport and medals
    ("North Korea's women's football team beat Japan 2-1 to win the Asian Games gold medal.",
     "2024-03-14", {}, {"un-dprk/gold-minerals-from"}),
    ("A North Korean gymnast won gold at the world championships in Antwerp on Sunday.",
     "2024-03-14", {}, {"un-dprk/gold-minerals-from"}),
    # troops are no goods and no workers
    ("North Korea sent thousands of troops to Russia's Kursk region to fight against "
     "Ukraine, Seoul said.", "2024-03-14", {},
     {"un-dprk/arms-from-dprk", "un-dprk/workers-abroad"}),
    # a launch with no foreign help
    ("North Korea launched a reconnaissance satellite on Tuesday, Japan's defence ministry "
     "said.", "2024-03-14", {}, {"un-dprk/sci-tech-cooperation"}),
    # hypothetical help
    ("Russia would help North Korea build satellites if Pyongyang asked, an analyst said.",
     "2024-03-14", {}, {"un-dprk/sci-tech-cooperation"}),
]


@pytest.mark.parametrize(("text", "published", "listed", "fire", "not_fire"), BREACHES)
def test_a_wire_breach_fires_its_measure(findings: Any, text: str, published: str,
                                         listed: dict[str, str], fire: set[str],
                                         not_fire: set[str]) -> None:
    got = measures(findings(text, published, listed))
    assert fire & got, (text, sorted(got))
    assert not got & not_fire, (text, sorted(got))


@pytest.mark.parametrize(("text", "published", "listed", "not_fire"), NEAR_MISSES)
def test_a_wire_near_miss_does_not_fire(findings: Any, text: str, published: str,
                                        listed: dict[str, str], not_fire: set[str]) -> None:
    got = measures(findings(text, published, listed))
    assert not got & not_fire, (text, sorted(got))


def test_an_alleged_supply_weighs_less_than_an_asserted_one(findings: Any) -> None:
    """The issue: alleged or reported acts are findings with less confidence than acts the
    text asserts."""
    def confidence(text: str) -> float:
        found = [f for f in findings(text) if "un-dprk/arms-to-dprk" in measures([f])]
        assert found, text
        return max(f.confidence for f in found)

    asserted = confidence("Russia supplied air defence systems to North Korea last year.")
    alleged = confidence("Russia is believed to have supplied air defence systems to North "
                         "Korea last year.")
    assert alleged < asserted


def test_what_a_paying_verb_moves_is_money(settings: Any, nlp: Any) -> None:
    """The object of pay, wire, remit or launder is the money moved ("paid $1.5 million to
    X": financial, its value read); people paid are no goods handed over ("paid North Korean
    workers in cash" is no supply of labour)."""
    from sanctionwatch.annotate import Annotator
    from sanctionwatch.events import code_events

    annotator = Annotator(settings, None, nlp=nlp)

    def items(text: str) -> list[tuple[str, str | None]]:
        doc = Document(id="probe", source="probe", text=text, published="2024-03-14")
        return [(e.item.category, e.item.value) for e in code_events(annotator.annotate(doc))
                if e.item is not None]

    assert items("A Singapore trader paid $1.5 million to a Chinese firm last year.") == [
        ("financial", "$1.5 million")]
    assert items("A Chinese company paid North Korean workers in cash, the report said.") == []
    # a sum under a verb that does not move money is no goods ("never gave us 10 cents")
    assert items("China never gave us 10 cents, he said.") == []
