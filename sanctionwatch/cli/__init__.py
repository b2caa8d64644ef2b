"""The ``sanctionwatch`` command line.

Commands compose in a shell: '-' reads stdin, JSON Lines go to stdout, messages to stderr.
Each command group lives in a module of its own and is registered here.
"""

from __future__ import annotations

import click

from sanctionwatch import __version__
from sanctionwatch.cli.analyze import analyze
from sanctionwatch.cli.common import Context


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sanctionwatch")
@click.option("--config", type=click.Path(dir_okay=False), default=None,
              help="TOML settings file (SANCTIONWATCH_* variables override it).")
@click.option("--home", type=click.Path(file_okay=False), default=None,
              help="Folder of the database and downloaded lists (default ~/.sanctionwatch).")
@click.pass_context
def cli(ctx: click.Context, config: str | None, home: str | None) -> None:
    """Find reported events in the news that may breach sanctions.

    \b
    Example:
      sanctionwatch analyze --format json article.html > analysis.jsonl
    """
    ctx.obj = Context(config=config, home=home)


cli.add_command(analyze)


def _register_optional() -> None:
    """Command groups of later stages register themselves if present."""
    from sanctionwatch.cli import lists, rules

    for module in (lists, rules):
        for command in getattr(module, "COMMANDS", []):
            cli.add_command(command)


_register_optional()


def main() -> None:
    cli(prog_name="sanctionwatch")
