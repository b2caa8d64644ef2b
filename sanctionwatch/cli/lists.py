"""``sanctionwatch lists ...``, ``screen`` and ``match`` (filled by the screening issue)."""

from __future__ import annotations

import click

COMMANDS: list[click.Command] = []
