"""``sanctionwatch analyze INPUT...``"""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TaskID, TextColumn, TimeElapsedColumn

from sanctionwatch.cli.common import (
    Context,
    default_format,
    emit_json,
    pass_context,
    published_option,
    warn,
)
from sanctionwatch.errors import SanctionWatchError
from sanctionwatch.model import Analysis, failure_dict

if TYPE_CHECKING:  # the pipeline (spaCy, trafilatura) loads only when 'analyze' runs
    from sanctionwatch.pipeline import Outcome


def render_text(analysis: Analysis, console: Console) -> None:
    """A readable summary of one analysis (article text is escaped: it is untrusted)."""
    d = analysis.document
    console.rule(escape(d.title or d.source))
    for label, value in (("source", d.source), ("url", d.url), ("published", d.published),
                         ("outlet", d.outlet), ("language", d.language),
                         ("dateline", d.dateline), ("wire", ", ".join(d.wire) or None),
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
                      f"modality={ev.modality} sources={escape(' <- '.join(ev.sources))}"
                      + (f" told {1 + len(ev.restatements)}x" if ev.restatements else ""))
    for f in analysis.findings:
        bases = "; ".join(f"{b.instrument} {b.provision}" for b in f.legal_basis)
        console.print(f"[bold red]finding[/bold red] {f.regime} {f.category} "
                      f"{f.supplier_country}->{f.recipient_country} "
                      f"confidence={f.confidence:.2f}: {escape(bases)}")
    console.print()
    console.print(escape(d.text), highlight=False)


class RunProgress:
    """A progress line on stderr for long runs only, when stderr is a terminal and stdout
    is not (output going to a file or a pipe; on a terminal the summaries are the progress).

    The count of documents is not known in advance (directories expand as they are read),
    so it shows a spinner with documents done; it appears once a run has taken longer than
    ``delay`` seconds, so a one-page run prints nothing extra.
    """

    def __init__(self, delay: float = 2.0, enabled: bool | None = None) -> None:
        if enabled is None:
            enabled = sys.stderr.isatty() and not sys.stdout.isatty()
        self.enabled = enabled
        self.delay = delay
        self.started = time.monotonic()
        self.done = self.failed = 0
        self._progress: Progress | None = None
        self._task: TaskID | None = None

    def __enter__(self) -> RunProgress:
        return self

    def advance(self, failed: bool) -> None:
        self.done += 1
        self.failed += failed
        if not self.enabled:
            return
        if self._progress is None and time.monotonic() - self.started >= self.delay:
            self._progress = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                                      TimeElapsedColumn(), console=Console(stderr=True),
                                      transient=True)
            self._progress.start()
            self._task = self._progress.add_task("")
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, description=(
                f"{self.done} documents analysed, {self.failed} failed"))

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._progress is not None:
            self._progress.stop()


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default=None,
              help="text (default on a terminal) or json (JSON Lines, default in a pipe).")
@click.option("--no-screening", is_flag=True, help="Do not screen parties against the lists.")
@published_option
@pass_context
def analyze(ctx: Context, inputs: tuple[str, ...], fmt: str | None, no_screening: bool,
            published: str | None) -> None:
    """Analyse news documents: files, directories, .gz, or '-' for stdin.

    Prints one analysis per document (JSON Lines with --format json, valid against the
    contract in shared/contract/analysis.schema.json). Bad inputs are reported on stderr
    (and as {"error": ...} objects in JSON) and the rest are still analysed; the exit
    status is 1 if any input failed.

    \b
    Example:
      sanctionwatch analyze --format json news/ > analyses.jsonl
      pbpaste | sanctionwatch analyze --published 2024-02-27 -
    """
    fmt = fmt or default_format()
    console = Console(highlight=False)
    from sanctionwatch.pipeline import Pipeline

    pipeline = Pipeline(ctx.settings, screening=not no_screening, published=published)
    failed = 0
    try:
        with RunProgress() as progress:
            for outcome in pipeline.run(inputs):
                progress.advance(outcome.error is not None)
                _emit(outcome, fmt, console)
                failed += outcome.error is not None
    except SanctionWatchError as exc:
        raise click.ClickException(str(exc)) from exc
    sys.stdout.flush()
    if failed:
        sys.exit(1)


def _emit(outcome: Outcome, fmt: str, console: Console) -> None:
    """Write one outcome: the analysis to stdout, or the error to stderr (and stdout in JSON)."""
    if outcome.error is not None:
        warn(f"error: {outcome.error}")
        if fmt == "json":
            emit_json(failure_dict(outcome.source, outcome.error.reason))
        return
    if outcome.analysis is None:  # an Outcome holds one or the other
        return
    if fmt == "json":
        emit_json(outcome.analysis.to_dict())
    else:
        render_text(outcome.analysis, console)
