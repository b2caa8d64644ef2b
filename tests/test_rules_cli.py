"""``sanctionwatch rules list|show`` and ``explain`` through the real CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from sanctionwatch.cli import cli
from sanctionwatch.settings import PACKAGE_DATA


def run(*args: str, env: dict[str, str] | None = None) -> Any:
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def test_rules_list_names_every_measure(tmp_path: Path) -> None:
    result = run("--home", str(tmp_path), "rules", "list", "--format", "json")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.splitlines()]
    ids = {(r["regime"], r["id"]) for r in rows}
    assert ("un-dprk", "machinery-vehicles-metals-to") in ids
    assert ("un-iran", "arms-to") in ids and ("eu-russia", "luxury-goods-to") in ids
    text = run("--home", str(tmp_path), "rules", "list", "--format", "text").output
    assert "UNSCR 2397 (2017) OP7" in text and "Art. 3h" in text


def test_rules_show_one_measure(tmp_path: Path) -> None:
    result = run("--home", str(tmp_path), "rules", "show", "un-dprk/luxury-goods",
                 "--format", "text")
    assert result.exit_code == 0
    assert "UNSCR 1718 (2006) OP8(a)(iii)" in result.output
    assert "Annex IV" in result.output and "[uncertain]" in result.output
    data = json.loads(run("--home", str(tmp_path), "rules", "show", "un-iran/arms-to",
                          "--format", "json").output)
    assert data["lapsed_on"] == "2020-10-18"
    # a provision that names its goods by HS chapters says so (the engine then holds an
    # item of a known HS code outside those chapters to the chapters, not the category)
    hs_defined = json.loads(run("--home", str(tmp_path), "rules", "show",
                                "un-dprk/machinery-vehicles-metals-to", "--format",
                                "json").output)
    assert hs_defined["hs_defines"] is True and "86-89" in hs_defined["hs"]
    assert data["hs_defines"] is False


def test_rules_show_unknown_and_ambiguous_ids(tmp_path: Path) -> None:
    missing = run("--home", str(tmp_path), "rules", "show", "nope")
    assert missing.exit_code == 1 and "no such measure" in missing.output
    ambiguous = run("--home", str(tmp_path), "rules", "show", "arms-to")
    assert ambiguous.exit_code == 1 and "ambiguous" in ambiguous.output


def test_broken_regime_file_is_a_clean_error(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(PACKAGE_DATA, data)
    path = data / "regimes" / "un-dprk.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "categories: [arms]", "categories: [armz]", 1), encoding="utf-8")
    result = run("--home", str(tmp_path), "rules", "list",
                 env={"SANCTIONWATCH_DATA_DIR": str(data)})
    assert result.exit_code == 1
    assert "un-dprk.yaml" in result.output and "armz" in result.output
    assert "line " in result.output and "Traceback" not in result.output


def test_explain_runs_the_pipeline_on_a_document(tmp_path: Path, seed_path: Path) -> None:
    result = run("--home", str(tmp_path), "explain", "--no-screening", "--format", "json",
                 str(seed_path))
    assert result.exit_code == 0
    for line in result.output.splitlines():
        row = json.loads(line)
        assert {"event", "findings", "near_misses"} <= set(row)
        for miss in row["near_misses"]:
            assert miss["failed"]
    missing = run("--home", str(tmp_path), "explain", str(tmp_path / "absent.txt"))
    assert missing.exit_code == 1


def test_explanation_rendering_escapes_article_text(settings: Any) -> None:
    import io

    from rich.console import Console

    from sanctionwatch.annotate import Annotated
    from sanctionwatch.cli.rules import render_explanation
    from sanctionwatch.model import Document, Event, Item, Party, Span
    from sanctionwatch.rules import RuleEngine

    doc = Document(id="d", source="s", text="x", published="2016-05-01")
    ev = Event(id="ev-x", type="AID", actor=Party(name="[red]A[/red]", country="ru"),
               recipient=Party(name="B", country="kp"), modality="reported",
               date="2016-05-01", sources=[], evidence=Span(0, 1, "gave [bold]a car[/bold]"),
               item=Item(text="car", category="vehicles", hs="8703"))
    [exp] = RuleEngine(settings).explain(Annotated(document=doc, doc=None), [ev])
    out = io.StringIO()
    render_explanation(exp, Console(file=out, width=200, highlight=False))
    text = out.getvalue()
    assert "gave [bold]a car[/bold]" in text  # markup in article text is shown, not obeyed
    assert "FINDING un-dprk" in text and "OP8(a)(iii)" in text
    assert "near-miss un-dprk/machinery-vehicles-metals-to" in text and "predates" in text


def test_rules_show_prints_every_field_a_lawyer_reads() -> None:
    """Every field of a loaded measure reaches ``rules show`` (a new regime key that the
    command forgets would be invisible to the reader checking the data)."""
    import dataclasses

    from sanctionwatch.cli.rules import measure_dict
    from sanctionwatch.rules.regimes import Measure, load_regimes

    regimes = load_regimes(PACKAGE_DATA)
    regime = regimes[0]
    shown = set(measure_dict(regime, regime.measures[0]))
    # the basis and its companions are shown together as "bases"
    folded = {"basis": "bases", "also": "bases"}
    for f in dataclasses.fields(Measure):
        assert folded.get(f.name, f.name) in shown, f.name
