"""Regime files: the packaged ones load and cite what a lawyer expects; broken ones fail with
file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sanctionwatch.errors import DataFileError
from sanctionwatch.rules import HSRange, load_regimes
from sanctionwatch.settings import PACKAGE_DATA

GOOD = """\
id: test-regime
name: Test regime
authority: Test
target: kp
binds: all
version: test-1
lists: [un-sc]
list_programs: [DPRK]
defaults:
  transfer_event_types: [AID]
  activity_event_types: [COOPERATE]
instruments:
  res-1: {cite: "UNSCR 1 (2000)", adopted: 2000-01-01}
measures:
  - id: cars-to
    instrument: res-1
    provision: "OP1"
    direction: to_target
    categories: [vehicles]
    hs: ["86-89"]
    in_force_from: 2000-01-01
    text: "No cars to the target."
"""


def write_regime(tmp_path: Path, text: str) -> Path:
    """A data folder holding the real category vocabulary and one regime file."""
    shutil.copy(PACKAGE_DATA / "categories.yaml", tmp_path / "categories.yaml")
    (tmp_path / "regimes").mkdir()
    (tmp_path / "regimes" / "test.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def load_error(tmp_path: Path, text: str) -> DataFileError:
    with pytest.raises(DataFileError) as info:
        load_regimes(write_regime(tmp_path, text))
    return info.value


def test_packaged_regimes_load_with_expected_bases() -> None:
    regimes = {r.id: r for r in load_regimes(PACKAGE_DATA)}
    assert {"un-dprk", "eu-russia", "un-iran"} <= set(regimes)
    dprk = regimes["un-dprk"]
    op7 = dprk.measure("machinery-vehicles-metals-to")
    assert op7 is not None
    assert (op7.basis.instrument, op7.basis.provision) == ("UNSCR 2397 (2017)", "OP7")
    assert any(r.contains("8703") for r in op7.hs)
    assert any(r.contains("7208") for r in op7.hs)  # steel (HS 72-83)
    luxury = dprk.measure("luxury-goods")
    assert luxury is not None and luxury.basis.provision == "OP8(a)(iii)"
    assert any(b.annex == "Annex IV" and b.instrument == "UNSCR 2094 (2013)"
               for b in luxury.also)
    iran = regimes["un-iran"]
    arms = iran.measure("arms-to")
    missile = iran.measure("missile-to")
    assert arms is not None and str(arms.lapsed_on) == "2020-10-18"
    assert missile is not None and str(missile.lapsed_on) == "2023-10-18"
    eu = regimes["eu-russia"]
    lux = eu.measure("luxury-goods-to")
    assert lux is not None and lux.basis.provision == "Art. 3h" and lux.basis.annex == "Annex XVIII"
    assert sorted(t.amount for t in lux.thresholds if t.amount) == [300, 50000]
    assert eu.binds is not None and "de" in eu.binds and "ru" not in eu.binds


def test_every_packaged_uncertain_number_has_a_note() -> None:
    for regime in load_regimes(PACKAGE_DATA):
        for m in regime.measures:
            assert m.text, m.id
            for b in m.bases:
                if b.uncertain:
                    assert (b.note or m.note), f"{regime.id}/{m.id} {b.cite}"


def test_dprk_procurement_bans_cover_the_listed_commodities() -> None:
    dprk = next(r for r in load_regimes(PACKAGE_DATA) if r.id == "un-dprk")
    from_dprk = [m for m in dprk.measures if m.direction == "from_target"]
    cats = set().union(*(m.categories for m in from_dprk))
    for cat in ("coal", "iron", "iron_ore", "gold", "rare_earths", "silver", "metals",
                "statues", "seafood", "textiles", "food_agricultural", "machinery",
                "electrical_equipment", "earth_stone", "wood", "vessels", "fishing_rights",
                "labour", "arms"):
        assert cat in cats, cat
    # lead (HS 78) is covered by HS code
    assert any(r.contains("7801") for m in from_dprk for r in m.hs)


def test_good_file_loads(tmp_path: Path) -> None:
    [regime] = load_regimes(write_regime(tmp_path, GOOD))
    assert regime.measures[0].source == "test.yaml:15"


def test_unknown_category_names_file_and_line(tmp_path: Path) -> None:
    err = load_error(tmp_path, GOOD.replace("[vehicles]", "[spaceships]"))
    assert "test.yaml" in str(err) and "spaceships" in str(err)
    assert err.location == "line 19"


def test_broken_instrument_reference(tmp_path: Path) -> None:
    err = load_error(tmp_path, GOOD.replace("instrument: res-1", "instrument: res-9"))
    assert "res-9" in str(err) and err.location == "line 16"


def test_broken_replaced_by_reference(tmp_path: Path) -> None:
    err = load_error(tmp_path, GOOD + "    replaced_by: nowhere\n")
    assert "nowhere" in str(err) and err.location == "line 23"


def test_bad_date(tmp_path: Path) -> None:
    err = load_error(tmp_path, GOOD.replace("in_force_from: 2000-01-01",
                                            "in_force_from: 2000-13-45"))
    assert "not a date" in str(err) and err.location == "line 21"


def test_lapse_before_entry_into_force(tmp_path: Path) -> None:
    err = load_error(tmp_path, GOOD + "    lapsed_on: 1999-01-01\n")
    assert "lapses before" in str(err)


def test_bad_hs_range(tmp_path: Path) -> None:
    err = load_error(tmp_path, GOOD.replace('["86-89"]', '["89-86"]'))
    assert "89-86" in str(err) and err.location == "line 20"


def test_bad_direction(tmp_path: Path) -> None:
    err = load_error(tmp_path, GOOD.replace("to_target", "sideways"))
    assert "direction" in str(err) and err.location == "line 18"


def test_duplicate_measure_ids(tmp_path: Path) -> None:
    err = load_error(tmp_path, GOOD + GOOD[GOOD.index("  - id: cars-to"):])
    assert "duplicate measure id" in str(err) and err.location == "line 23"


def test_invalid_yaml_has_a_line(tmp_path: Path) -> None:
    err = load_error(tmp_path, GOOD + "  - id: [unclosed\n")
    assert err.location is not None and err.location.startswith("line ")


def test_uncertain_without_note_is_rejected(tmp_path: Path) -> None:
    err = load_error(tmp_path, GOOD + "    uncertain: true\n")
    assert "uncertain" in str(err)


@pytest.mark.parametrize(("rng", "code", "inside"), [
    (HSRange("86", "89"), "8703", True), (HSRange("86", "89"), "870321", True),
    (HSRange("86", "89"), "8517", False), (HSRange("8703", "8703"), "87", False),
    (HSRange("72", "83"), "7208.10", True), (HSRange("03", "03"), "0302", True),
])
def test_hs_range_contains(rng: HSRange, code: str, inside: bool) -> None:
    assert rng.contains(code) is inside


RATES = """\
reference_rates:
  currency: USD
  as_of: 2024-06-28
  note: "test rates"
  rates: {EUR: 1.07}
"""


def test_reference_rates_load_and_convert(tmp_path: Path) -> None:
    [regime] = load_regimes(write_regime(tmp_path, RATES + GOOD))
    rates = regime.reference_rates
    assert rates is not None and rates.currency == "USD"
    assert rates.convert(100.0, "EUR") == pytest.approx(107.0)
    assert rates.convert(100.0, "USD") == 100.0
    assert rates.convert(100.0, "GBP") is None  # no rate: the threshold stays unchecked


def test_bad_reference_rate_names_file_and_line(tmp_path: Path) -> None:
    err = load_error(tmp_path, RATES.replace("1.07", "-1") + GOOD)
    assert "test.yaml" in str(err) and "line 5" in str(err) and "EUR" in str(err)


def test_packaged_exemptions_by_words_are_loaded() -> None:
    dprk = {r.id: r for r in load_regimes(PACKAGE_DATA)}["un-dprk"]
    sci = dprk.measure("sci-tech-cooperation")
    assert sci is not None
    [medical] = sci.exemptions
    assert "medical" in medical.terms and "IT" in medical.unless
    assert any("1718 Committee" in " ".join(e.terms) for e in dprk.exemptions)


def test_evidence_groups_must_be_two_lists_of_words(tmp_path: Path) -> None:
    good = GOOD + '    evidence_all_of: [["joint committee"], ["energy", "nuclear"]]\n'
    (tmp_path / "ok").mkdir()
    [regime] = load_regimes(write_regime(tmp_path / "ok", good))
    assert regime.measures[0].evidence_all_of == (("joint committee",), ("energy", "nuclear"))
    err = load_error(tmp_path, GOOD + '    evidence_all_of: [["joint committee"]]\n')
    assert "evidence_all_of" in str(err) and err.location == "line 23"
