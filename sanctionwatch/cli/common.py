"""What every command shares: settings from the global options, output helpers."""

from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from sanctionwatch.errors import SanctionWatchError
from sanctionwatch.settings import Settings, load_settings


@dataclass
class Context:
    config: str | None = None
    home: str | None = None
    _settings: Settings | None = field(default=None, repr=False)

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            try:
                self._settings = load_settings(
                    Path(self.config) if self.config else None, home=self.home)
            except SanctionWatchError as exc:
                raise click.ClickException(str(exc)) from exc
        return self._settings


pass_context = click.make_pass_decorator(Context, ensure=True)


def emit_json(obj: Any) -> None:
    """One JSON object on one line of stdout."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def warn(message: str) -> None:
    click.echo(message, err=True)


def default_format() -> str:
    """Text on a terminal, JSON Lines in a pipe."""
    return "text" if sys.stdout.isatty() else "json"


def check_day(value: str | None, hint: str) -> str | None:
    """A YYYY-MM-DD option value, or a clear usage error naming the option."""
    if value is None:
        return None
    try:
        if dt.date.fromisoformat(value).isoformat() == value:  # not '2024-W09-2' or '20240227'
            return value
    except ValueError:
        pass
    raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=hint)


def published_option(func: Any) -> Any:
    """``--published DATE``: the date of documents that state none."""
    return click.option(
        "--published", default=None, metavar="YYYY-MM-DD",
        callback=lambda _ctx, _param, value: check_day(value, "--published"),
        help="Publication date of documents that state none (plain text, stdin); relative "
             "dates resolve against it. A date found in the document itself wins.")(func)
