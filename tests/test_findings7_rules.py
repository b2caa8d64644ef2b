"""The rules fixes made while judging SanctionWatch on whole articles: the category a finding
without goods carries (from the regime file, validated), the strength of a measure whose
subject is the activity itself, which measure sets a finding's confidence when several fire,
and a finding on an act the same report denies."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sanctionwatch.model import Document, Finding
from sanctionwatch.rules import RuleEngine, load_regimes
from tests.test_rules_regimes import GOOD, load_error, write_regime


def test_a_finding_category_is_read_and_must_be_known(tmp_path: Path) -> None:
    text = GOOD.replace('    text: "No cars', '    finding_category: financial\n    text: "No cars')
    (tmp_path / "good").mkdir()
    [regime] = load_regimes(write_regime(tmp_path / "good", text))
    assert regime.measures[0].finding_category == "financial"
    (tmp_path / "bad").mkdir()
    err = load_error(tmp_path / "bad", text.replace("financial", "favours"))
    assert "test.yaml" in str(err) and "favours" in str(err) and err.location == "line 22"


def _findings(settings: Any, nlp: Any, text: str, published: str) -> list[Finding]:
    from sanctionwatch.annotate import Annotator
    from sanctionwatch.events import code_events

    annotated = Annotator(settings, None, nlp=nlp).annotate(
        Document(id="t", source="t", text=text, published=published))
    return RuleEngine(settings).apply(annotated, code_events(annotated))


def test_a_joint_venture_named_is_strong_and_financial(settings: Any, nlp: Any) -> None:
    # the venture is itself what 2375 OP18 prohibits: no goods are needed to make it strong
    [f] = _findings(settings, nlp, "A Chinese company opened a joint venture with a North "
                    "Korean state trading firm in Rason in 2019, documents show.", "2020-01-10")
    assert {b.measure for b in f.legal_basis} == {"joint-ventures"}
    # (a weak match scored 0.30; "documents show" makes the act reported, not asserted)
    assert f.category == "financial" and f.confidence >= 0.5, f.to_dict()
    assert any("itself what the measure prohibits" in line for line in f.explanation)


def test_an_outright_ban_outweighs_a_cap_on_the_same_event(settings: Any, nlp: Any) -> None:
    # one delivery is only evidence of breaching the refined-petroleum cap, but a ship-to-ship
    # transfer with a DPRK vessel is banned outright: the finding is as strong as the ban
    [f] = _findings(settings, nlp, "A Panama-flagged tanker transferred diesel to a North "
                    "Korean vessel in a ship-to-ship transfer off Shanghai in May, Japan's "
                    "defence ministry said.", "2023-06-01")
    assert {"refined-petroleum", "ship-to-ship"} <= {b.measure for b in f.legal_basis}
    assert f.confidence >= 0.6 and "cap, not a ban" not in f.explanation[-1], f.to_dict()


def test_an_act_the_report_denies_elsewhere_is_weaker(settings: Any, nlp: Any) -> None:
    alleged = ("South Korea's spy agency said on Wednesday that North Korea had shipped a "
               "million artillery shells to Russia since August.")
    denial = "The Kremlin denied that Russia had received artillery shells from North Korea."
    [plain] = _findings(settings, nlp, alleged, "2023-11-02")
    [denied] = _findings(settings, nlp, f"{denial} {alleged}", "2023-11-02")
    assert denied.confidence < plain.confidence
    assert "denies this act" in denied.explanation[-1] and "Kremlin" in denied.explanation[-1]
    # a denial of another act (other goods) leaves the finding as it was
    [other] = _findings(settings, nlp, "The Kremlin denied that Russia had received oil from "
                        f"North Korea. {alleged}", "2023-11-02")
    assert other.confidence == plain.confidence


def test_a_car_is_not_industrial_goods_before_the_annex_named_cars(settings: Any,
                                                                    nlp: Any) -> None:
    # Annex XXIII names its goods by codes; passenger cars came in with the eleventh package,
    # and only above an engine size the news seldom gives: a cheap car in 2022 was legal
    cheap = ("A Lithuanian dealer exported 2,000 used cars worth 12,000 euros each to Russia "
             "in {}, customs data show.")
    assert not _findings(settings, nlp, cheap.format(2022), "2024-03-14")
    [f] = _findings(settings, nlp, cheap.format(2024), "2025-03-14")
    assert {b.measure for b in f.legal_basis} == {"cars-to"}
    assert f.confidence < 0.7 and "1,900 cm3" in f.explanation[-1], f.to_dict()
    # trucks stay within the annex's codes
    [truck] = _findings(settings, nlp, "A German dealer exported 30 trucks to Russia in 2023, "
                        "prosecutors said.", "2024-03-14")
    assert {b.measure for b in truck.legal_basis} == {"industrial-goods-to"}
