"""Every command is documented: it has help text with an example, and the README names it."""

from __future__ import annotations

from collections.abc import Iterator

import click
import pytest
from click.testing import CliRunner

from sanctionwatch.cli import cli
from tests.conftest import ROOT


def walk(group: click.Group, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    for name, command in sorted(group.commands.items()):
        path = (*prefix, name)
        yield path
        if isinstance(command, click.Group):
            yield from walk(command, path)


COMMANDS = list(walk(cli))


def test_the_expected_commands_exist() -> None:
    names = {" ".join(p) for p in COMMANDS}
    assert {"analyze", "lists import", "lists status", "lists update", "screen", "match",
            "rules list", "rules show", "explain"} <= names


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(p) for p in COMMANDS])
def test_command_help_has_an_example(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output, f"`sanctionwatch {' '.join(path)} --help` gives no example"


@pytest.mark.parametrize("path", [p for p in COMMANDS if len(p) == 1],
                         ids=[p[0] for p in COMMANDS if len(p) == 1])
def test_readme_mentions_each_top_level_command(path: tuple[str, ...]) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"sanctionwatch {path[0]}" in readme
