"""What every command shares: settings from the global options, output helpers."""

from __future__ import annotations

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
