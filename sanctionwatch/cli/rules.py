"""``sanctionwatch rules ...`` and ``explain`` (filled by the rules issue)."""

from __future__ import annotations

import click

COMMANDS: list[click.Command] = []
