"""``sanctionwatch analyze INPUT...``"""

from __future__ import annotations

import sys

import click
from rich.console import Console
from rich.markup import escape

from sanctionwatch.cli.common import Context, default_format, emit_json, pass_context, warn
from sanctionwatch.errors import SanctionWatchError
from sanctionwatch.model import Analysis, failure_dict
from sanctionwatch.pipeline import Pipeline


def render_text(analysis: Analysis, console: Console) -> None:
    """A readable summary of one analysis (article text is escaped: it is untrusted)."""
    d = analysis.document
    console.rule(escape(d.title or d.source))
    for label, value in (("source", d.source), ("url", d.url), ("published", d.published),
                         ("outlet", d.outlet), ("language", d.language),
                         ("wire", ", ".join(d.wire) or None),
                         ("cited sources", " <- ".join(d.cited_sources) or None),
                         ("id", d.id)):
        if value:
            console.print(f"[bold]{label}:[/bold] {escape(str(value))}")
    for e in analysis.entities:
        hits = "; ".join(f"{h.list_id} {h.entry_id} {h.name} ({h.score:.2f})" for h in e.sanctions)
        console.print(f"[bold]entity[/bold] {escape(e.name)} [{e.schema}] "
                      f"{','.join(e.countries)} x{len(e.mentions)}"
                      + (f"  LISTED: {escape(hits)}" if hits else ""))
    for ev in analysis.events:
        actor = ev.actor.name if ev.actor else "?"
        recipient = ev.recipient.name if ev.recipient else "?"
        item = f" item={ev.item.text} ({ev.item.category}, HS {ev.item.hs})" if ev.item else ""
        console.print(f"[bold]event[/bold] {ev.type} {escape(str(actor))} -> "
                      f"{escape(str(recipient))}{escape(item)} date={ev.date} "
                      f"modality={ev.modality} sources={escape(' <- '.join(ev.sources))}")
    for f in analysis.findings:
        bases = "; ".join(f"{b.instrument} {b.provision}" for b in f.legal_basis)
        console.print(f"[bold red]finding[/bold red] {f.regime} {f.category} "
                      f"{f.supplier_country}->{f.recipient_country} "
                      f"confidence={f.confidence:.2f}: {escape(bases)}")
    console.print()
    console.print(escape(d.text), highlight=False)


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default=None,
              help="text (default on a terminal) or json (JSON Lines, default in a pipe).")
@click.option("--no-screening", is_flag=True, help="Do not screen parties against the lists.")
@pass_context
def analyze(ctx: Context, inputs: tuple[str, ...], fmt: str | None, no_screening: bool) -> None:
    """Analyse news documents: files, directories, .gz, or '-' for stdin.

    Prints one analysis per document (JSON Lines with --format json, valid against the
    contract in shared/contract/analysis.schema.json). Bad inputs are reported on stderr
    (and as {"error": ...} objects in JSON) and the rest are still analysed; the exit
    status is 1 if any input failed.

    \b
    Example:
      sanctionwatch analyze --format json news/ > analyses.jsonl
    """
    fmt = fmt or default_format()
    console = Console(highlight=False)
    pipeline = Pipeline(ctx.settings, screening=not no_screening)
    failed = 0
    try:
        for outcome in pipeline.run(inputs):
            if outcome.error is not None:
                failed += 1
                warn(f"error: {outcome.error}")
                if fmt == "json":
                    emit_json(failure_dict(outcome.source, outcome.error.reason))
                continue
            assert outcome.analysis is not None
            if fmt == "json":
                emit_json(outcome.analysis.to_dict())
            else:
                render_text(outcome.analysis, console)
    except SanctionWatchError as exc:
        raise click.ClickException(str(exc)) from exc
    sys.stdout.flush()
    if failed:
        sys.exit(1)
