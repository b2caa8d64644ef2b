"""``sanctionwatch lists import|update|status``, ``screen`` and ``match``."""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path
from typing import Any

import click

from sanctionwatch.cli.common import (
    Context,
    check_day,
    default_format,
    emit_json,
    pass_context,
    warn,
)
from sanctionwatch.errors import ListImportError, SanctionWatchError
from sanctionwatch.model import SanctionHit

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _safe(text: str) -> str:
    """Untrusted names on a terminal: no control characters (escape sequences)."""
    return _CONTROL.sub("?", text)


def _connect(ctx: Context) -> Any:
    from sanctionwatch.store import connect

    try:
        return connect(ctx.settings.database)
    except SanctionWatchError as exc:
        raise click.ClickException(str(exc)) from exc


def _refresh_index(ctx: Context, conn: Any) -> None:
    """Build the screening index now, so the first screening after an import is quick."""
    from sanctionwatch.screening.index import cached_index

    cached_index(conn, ctx.settings.home, ctx.settings.match_threshold)


@click.group()
def lists() -> None:
    """Manage the sanctions lists screening uses (import, update, status).

    \b
    Example:
      sanctionwatch lists import ../shared/data/sanctions/ofac_sdn_2024-05-03.csv
      sanctionwatch lists status
    """


@lists.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--format", "reader", default=None,
              help="Reader to use (default: recognised from the file): un-sc-xml, ofac-sdn-csv, "
                   "ofac-alt-csv, ofac-add-csv, ofac-cons-csv.")
@click.option("--published", default=None,
              help="Publication date (YYYY-MM-DD) when neither the file nor its name says.")
@pass_context
def import_(ctx: Context, paths: tuple[str, ...], reader: str | None, published: str | None
            ) -> None:
    """Import official list files, each all-or-nothing (a bad file leaves the loaded lists as
    they were); importing the same file again changes nothing.

    \b
    Example:
      sanctionwatch lists import un.xml ofac_sdn_2024-02-20.csv ALT.CSV ADD.CSV
    """
    from sanctionwatch.screening.lists import import_file

    conn = _connect(ctx)
    failed = 0
    try:
        for raw in paths:
            try:
                result = import_file(conn, Path(raw), fmt=reader, published=published)
            except ListImportError as exc:
                failed += 1
                warn(f"error: {_safe(str(exc))}")
                continue
            click.echo(f"{result.status}: {_safe(raw)} -> {result.list_id} {result.kind} of "
                       f"{result.published}, {result.rows} rows ({result.reader})", err=True)
        _refresh_index(ctx, conn)
    finally:
        conn.close()
    if failed:
        sys.exit(1)


@lists.command()
@click.option("--source", "only", multiple=True,
              help="Only these publishers (un-sc, ofac-sdn, ofac-alt, ofac-add, ofac-cons).")
@click.option("--url", "urls", multiple=True, metavar="NAME=URL",
              help="Fetch a publisher's file from another address (a mirror).")
@click.option("--timeout", default=30.0, show_default=True, help="Seconds per download.")
@pass_context
def update(ctx: Context, only: tuple[str, ...], urls: tuple[str, ...], timeout: float) -> None:
    """Download the current files from the official publishers, check and import them.

    Needs the network; without it each source fails with a clear message and the loaded
    lists stay as they were (exit status 1).

    \b
    Example:
      sanctionwatch lists update --source ofac-sdn
    """
    from sanctionwatch.screening.update import update as run_update

    mirrors: dict[str, str] = {}
    for item in urls:
        name, sep, url = item.partition("=")
        if not sep or not url:
            raise click.BadParameter(f"{item!r}: expected NAME=URL", param_hint="--url")
        mirrors[name] = url
    conn = _connect(ctx)
    try:
        results = run_update(conn, ctx.settings.home / "downloads", only=list(only) or None,
                             urls=mirrors, timeout=timeout)
        failed = [r for r in results if isinstance(r, ListImportError)]
        for r in results:
            if isinstance(r, ListImportError):
                warn(f"error: {_safe(str(r))}")
            else:
                click.echo(f"{r.status}: {r.list_id} {r.kind} of {r.published}, {r.rows} rows",
                           err=True)
        if len(failed) < len(results):
            _refresh_index(ctx, conn)
    finally:
        conn.close()
    if failed or not results:
        sys.exit(1)


@lists.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default=None)
@pass_context
def status(ctx: Context, fmt: str | None) -> None:
    """Show what is loaded: each file, its publication date, counts per list and programme.

    \b
    Example:
      sanctionwatch lists status --format json
    """
    from sanctionwatch.screening.lists import status as list_status

    conn = _connect(ctx)
    try:
        items = list_status(conn)
    finally:
        conn.close()
    if (fmt or default_format()) == "json":
        for item in items:
            emit_json(item)
        return
    if not items:
        click.echo("no list loaded: run `sanctionwatch lists import FILE...`")
        return
    for item in items:
        click.echo(f"{item['list']} [{item['kind']}] {item['title']}")
        click.echo(f"  published {item['published']} ({item['published_basis']}), "
                   f"{item['rows']} rows, imported {item['imported_at']}")
        click.echo(f"  file {item['path']} sha256 {item['sha256'][:12]}")
        if item.get("schemas"):
            click.echo("  " + ", ".join(f"{k} {v}" for k, v in item["schemas"].items()))
        if item.get("programs"):
            top = list(item["programs"].items())
            shown = ", ".join(f"{k} {v}" for k, v in top[:12])
            click.echo(f"  programmes ({len(top)}): {shown}" + (", ..." if len(top) > 12 else ""))
        for note in item["notes"]:
            click.echo(f"  note: {note}")


def _load(ctx: Context) -> Any:
    from sanctionwatch.screening import load_screener

    try:
        screener = load_screener(ctx.settings)
    except SanctionWatchError as exc:
        raise click.ClickException(str(exc)) from exc
    if screener is None:
        raise click.ClickException(f"{ctx.settings.database}: no sanctions list loaded; run "
                                   "`sanctionwatch lists import FILE...` first")
    return screener


def _names(names: tuple[str, ...], file: str | None) -> list[str]:
    out = list(names)
    if file is not None:
        handle = sys.stdin if file == "-" else None
        try:
            text = handle.read() if handle else Path(file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise click.ClickException(f"{file}: cannot read names: {exc}") from exc
        out += [line.strip() for line in text.splitlines() if line.strip()]
    if not out:
        raise click.UsageError("give NAME arguments or --file F")
    return out


def _print_hits(name: str, hits: list[SanctionHit]) -> None:
    click.echo(f"{_safe(name)}: {len(hits)} match{'es' if len(hits) != 1 else ''}")
    for hit in hits:
        click.echo(f"  {hit.score:.2f}  {hit.list_id} {hit.entry_id}  {_safe(hit.name)}  "
                   f"[{', '.join(hit.programs)}]" + _listed(hit))
        for reason in hit.explanation:
            click.echo(f"        - {_safe(reason)}")


def _listed(hit: SanctionHit) -> str:
    """The hit's listing date, or the window the loaded snapshots give it."""
    if hit.listed_on:
        return f" listed {hit.listed_on}"
    if hit.absent_on:
        return f" listed after {hit.absent_on}, by {hit.listed_by}"
    return ""


SCREEN_CHUNK = 1000  # names screened per batch (a repeated name is answered from the first)


@click.command()
@click.argument("names", nargs=-1)
@click.option("--file", "file", default=None, help="Names to screen, one a line ('-': stdin).")
@click.option("--schema", default="Person", show_default=True,
              type=click.Choice(["Person", "Organization", "Vessel", "Airplane", "LegalEntity"]))
@click.option("--as-of", default=None, help="Screen against the lists in force on this date.")
@click.option("--country", "countries", multiple=True, help="A country the party is tied to.")
@click.option("--birth-date", default=None, help="The person's birth date or year.")
@click.option("--gender", default=None, type=click.Choice(["Male", "Female"]))
@click.option("--limit", default=None, type=int, help="Candidates per name (default: settings).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default=None)
@pass_context
def screen(ctx: Context, names: tuple[str, ...], file: str | None, schema: str,
           as_of: str | None, countries: tuple[str, ...], birth_date: str | None,
           gender: str | None, limit: int | None, fmt: str | None) -> None:
    """Screen names against the loaded lists: ranked entries with a score and the reasons.

    \b
    Example:
      sanctionwatch screen "Vladimir Putin" --as-of 2024-02-20
      sanctionwatch screen --schema Organization --format json "LLC Aurus"
    """
    check_day(as_of, "--as-of")
    queries = _names(names, file)
    screener = _load(ctx)
    fmt = fmt or default_format()
    for start in range(0, len(queries), SCREEN_CHUNK):  # in chunks, so output flows early
        chunk = queries[start:start + SCREEN_CHUNK]
        answers = screener.screen_many(chunk, schema, as_of=as_of, countries=countries,
                                       limit=limit or ctx.settings.screen_limit,
                                       birth_date=birth_date, gender=gender)
        for name, hits in zip(chunk, answers, strict=True):
            if fmt == "json":
                emit_json({"query": name, "schema": schema, "as_of": as_of,
                           "hits": [h.to_dict() for h in hits]})
            else:
                _print_hits(name, hits)


@click.command()
@click.argument("names", nargs=-1)
@click.option("--pairs", default=None, type=click.Path(dir_okay=False, allow_dash=True),
              help="CSV with columns name1,name2[,schema]; one JSON line per pair.")
@click.option("--schema", default="Person", show_default=True,
              type=click.Choice(["Person", "Organization", "Vessel", "Airplane", "LegalEntity"]))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default=None)
@pass_context
def match(ctx: Context, names: tuple[str, ...], pairs: str | None, schema: str,
          fmt: str | None) -> None:
    """Score one pair of names and say why (``match``: the score reaches the threshold that
    ``screen`` uses), or many pairs from a CSV with --pairs.

    \b
    Example:
      sanctionwatch match --format json "Kim Jong-un" "KIM, Jong Un"
      sanctionwatch match --pairs pairs.csv > scores.jsonl
    """
    from sanctionwatch.screening import match_names

    threshold = ctx.settings.match_threshold
    if pairs is None:
        if len(names) != 2:
            raise click.UsageError("give two names (NAME_A NAME_B) or --pairs F.csv")
        result = match_names(names[0], names[1], schema, threshold=threshold)
        if (fmt or default_format()) == "json":
            emit_json(result.to_dict())
            return
        click.echo(f"{result.score:.2f} {'match' if result.match else 'no match'} "
                   f"(threshold {threshold:.2f}, {result.algorithm})")
        for reason in result.explanation:
            click.echo(f"  - {_safe(reason)}")
        return
    for line, row in _pair_rows(pairs):
        result = match_names(row[0], row[1], row[2] if len(row) > 2 and row[2] else schema,
                             threshold=threshold)
        emit_json({"line": line, "name1": row[0], "name2": row[1], **result.to_dict()})


def _pair_rows(path: str) -> list[tuple[int, list[str]]]:
    """Rows of a pairs CSV (a header 'name1,name2' is skipped); bad rows name their line."""
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"{path}: cannot read: {exc}") from exc
    rows = []
    reader = csv.reader(text.splitlines())
    for row in reader:
        line = reader.line_num
        if not row or (line == 1 and [c.strip().lower() for c in row[:2]] == ["name1", "name2"]):
            continue
        if len(row) < 2 or len(row) > 3 or not row[0].strip() or not row[1].strip():
            raise click.ClickException(f"{path}: line {line}: expected name1,name2[,schema]")
        rows.append((line, [c.strip() for c in row]))
    return rows


COMMANDS: list[click.Command] = [lists, screen, match]
