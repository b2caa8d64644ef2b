"""``sanctionwatch rules list|show ID`` and ``sanctionwatch explain INPUT``."""

from __future__ import annotations

import sys
from typing import Any

import click
from rich.console import Console
from rich.markup import escape

from sanctionwatch.cli.common import (
    Context,
    default_format,
    emit_json,
    pass_context,
    published_option,
    warn,
)
from sanctionwatch.errors import SanctionWatchError
from sanctionwatch.rules import EventExplanation, Measure, Regime, RuleEngine
from sanctionwatch.rules.regimes import Exemption


def measure_dict(regime: Regime, m: Measure) -> dict[str, Any]:
    """A measure as plain data (what ``rules show --format json`` prints)."""
    return {
        "regime": regime.id, "id": m.id, "direction": m.direction,
        "bases": [{"instrument": b.instrument, "provision": b.provision, "annex": b.annex,
                   "uncertain": b.uncertain, "note": b.note,
                   "hs": [str(r) for r in b.hs]} for b in m.bases],
        "categories": sorted(m.categories), "hs": [str(r) for r in m.hs],
        "hs_defines": m.hs_defines,
        "contexts": sorted(m.contexts), "activity_only": m.activity_only,
        "event_types": sorted(m.event_types), "finding_category": m.finding_category,
        "covers_part": m.covers_part, "in_force_from": m.in_force_from.isoformat(),
        "lapsed_on": m.lapsed_on.isoformat() if m.lapsed_on else None,
        "replaced_by": m.replaced_by,
        "thresholds": [t.text for t in m.thresholds],
        "reference_rates": _rates_line(regime) if any(t.kind == "min_value"
                                                      for t in m.thresholds) else None,
        "evidence_terms": list(m.evidence_terms),
        "evidence_all_of": [list(g) for g in m.evidence_all_of],
        "host_venues": list(m.host_venues),
        "exemptions": [_exemption_line(e) for e in m.exemptions],
        "regime_exemptions": [_exemption_line(e) for e in regime.exemptions],
        "uncertain": m.uncertain, "disputed": m.disputed, "note": m.note, "text": m.text,
        "source": m.source,
    }


def _exemption_line(ex: Exemption) -> str:
    """An exemption's text, with the words that place an event under it, if any."""
    words = f" (words: {', '.join(ex.terms)})" if ex.terms else ""
    return ex.text + words


def _rates_line(regime: Regime) -> str | None:
    """The conversion a value threshold assumes, as the regime file states it."""
    rates = regime.reference_rates
    if rates is None:
        return None
    pairs = ", ".join(f"1 {cur} = {rate:g} {rates.currency}" for cur, rate in rates.rates.items())
    return f"{pairs} (as of {rates.as_of}; {rates.note})"


def _engine(ctx: Context) -> RuleEngine:
    engine = RuleEngine(ctx.settings)
    try:
        engine.regimes  # noqa: B018 - load now so a bad data file is a clean error
    except SanctionWatchError as exc:
        raise click.ClickException(str(exc)) from exc
    return engine


@click.group()
def rules() -> None:
    """The loaded sanctions regimes and their measures.

    \b
    Example:
      sanctionwatch rules list
      sanctionwatch rules show un-dprk/luxury-goods
    """


@rules.command("list")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default=None,
              help="text (default on a terminal) or json (JSON Lines).")
@pass_context
def list_measures(ctx: Context, fmt: str | None) -> None:
    """List every measure of every regime: id, legal basis, direction, goods, in force.

    \b
    Example:
      sanctionwatch rules list --format json | jq .id
    """
    fmt = fmt or default_format()
    for regime in _engine(ctx).regimes:
        if fmt == "text":
            click.echo(f"{regime.id}: {regime.name} (target {regime.target.upper()}, "
                       f"{regime.version})")
        for m in regime.measures:
            if fmt == "json":
                emit_json(measure_dict(regime, m))
                continue
            lapse = f" to {m.lapsed_on}" if m.lapsed_on else ""
            goods = ", ".join([*sorted(m.categories), *(f"HS {r}" for r in m.hs)]) or "-"
            flag = " (uncertain)" if m.uncertain else ""
            click.echo(f"  {regime.id}/{m.id}: {m.basis.cite}{flag} | {m.direction} | "
                       f"{goods} | from {m.in_force_from}{lapse}")


@rules.command("show")
@click.argument("measure_id")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default=None,
              help="text (default on a terminal) or json.")
@pass_context
def show(ctx: Context, measure_id: str, fmt: str | None) -> None:
    """Show one measure in full: REGIME/MEASURE, or a measure id found in one regime only.

    \b
    Example:
      sanctionwatch rules show un-dprk/machinery-vehicles-metals-to
    """
    fmt = fmt or default_format()
    engine = _engine(ctx)
    regime_id, _, mid = measure_id.rpartition("/")
    found = [(r, m) for r in engine.regimes for m in r.measures
             if m.id == mid and (not regime_id or r.id == regime_id)]
    if not found:
        raise click.ClickException(f"{measure_id}: no such measure (see 'sanctionwatch rules "
                                   "list')")
    if len(found) > 1:
        names = ", ".join(f"{r.id}/{m.id}" for r, m in found)
        raise click.ClickException(f"{measure_id}: ambiguous, name the regime: {names}")
    regime, m = found[0]
    data = measure_dict(regime, m)
    if fmt == "json":
        emit_json(data)
        return
    for key, value in data.items():
        if key == "bases":
            for b in value:
                annex = f", {b['annex']}" if b["annex"] else ""
                unc = " [uncertain]" if b["uncertain"] else ""
                note = f" - {b['note']}" if b["note"] else ""
                click.echo(f"basis: {b['instrument']} {b['provision']}{annex}{unc}{note}")
        elif value not in (None, [], False):
            shown = ", ".join(value) if isinstance(value, list) else value
            click.echo(f"{key}: {shown}")


def render_explanation(exp: EventExplanation, console: Console) -> None:
    """One event's findings step by step, then its near-misses (article text escaped)."""
    ev = exp.event
    item = f" item: {ev.item.text} ({ev.item.category}, HS {ev.item.hs})" if ev.item else ""
    console.print(f"[bold]event {escape(ev.id)}[/bold] {ev.type} {ev.modality} "
                  f"date={ev.date}{escape(item)}")
    console.print(f"  \"{escape(ev.evidence.text)}\"")
    for f in exp.findings:
        bases = "; ".join(f"{b.instrument} {b.provision}" for b in f.legal_basis)
        console.print(f"  [bold red]FINDING[/bold red] {f.regime} confidence "
                      f"{f.confidence:.2f}: {escape(bases)}")
        for n, line in enumerate(f.explanation, 1):
            console.print(f"    {n}. {escape(line)}")
    for t in exp.near_misses:
        console.print(f"  [yellow]near-miss[/yellow] {t.regime.id}/{t.measure.id} "
                      f"({escape(t.measure.basis.cite)}): {escape(t.failed or '')}")
    if not exp.findings and not exp.near_misses:
        console.print("  no measure concerns this event")


def explanation_dict(exp: EventExplanation) -> dict[str, Any]:
    return {
        "event": exp.event.to_dict(),
        "findings": [f.to_dict() for f in exp.findings],
        "near_misses": [{"regime": t.regime.id, "measure": t.measure.id,
                         "basis": t.measure.basis.cite, "passed": t.steps,
                         "failed": t.failed} for t in exp.near_misses],
    }


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default=None,
              help="text (default on a terminal) or json (JSON Lines, one object per event).")
@click.option("--no-screening", is_flag=True, help="Do not screen parties against the lists.")
@published_option
@pass_context
def explain(ctx: Context, inputs: tuple[str, ...], fmt: str | None, no_screening: bool,
            published: str | None) -> None:
    """Why each finding in a document fired, and why the near-misses did not.

    Runs the whole pipeline on each input, then shows, event by event, every check a
    measure passed and the one where a near-miss stopped.

    \b
    Example:
      sanctionwatch explain article.txt
    """
    from sanctionwatch.events import code_events
    from sanctionwatch.pipeline import Pipeline
    from sanctionwatch.read import read_inputs

    fmt = fmt or default_format()
    console = Console(highlight=False)
    pipeline = Pipeline(ctx.settings, screening=not no_screening, published=published)
    failed = 0
    try:
        for raw in read_inputs(inputs, ctx.settings):
            if isinstance(raw, SanctionWatchError):
                failed += 1
                warn(f"error: {raw}")
                continue
            try:
                annotated = pipeline.annotator.annotate(pipeline.document(raw))
                events = code_events(annotated)
            except SanctionWatchError as exc:
                failed += 1
                warn(f"error: {exc}")
                continue
            if fmt == "text":
                console.rule(escape(annotated.document.title or raw.source))
                if not events:
                    console.print("no events coded in this document")
            for exp in pipeline.rules.explain(annotated, events):
                if fmt == "json":
                    emit_json({"source": raw.source, **explanation_dict(exp)})
                else:
                    render_explanation(exp, console)
    except SanctionWatchError as exc:
        raise click.ClickException(str(exc)) from exc
    sys.stdout.flush()
    if failed:
        sys.exit(1)


COMMANDS: list[click.Command] = [rules, explain]
