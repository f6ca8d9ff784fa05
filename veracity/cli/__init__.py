"""The ``veracity`` command line: one thin command per library function."""

from __future__ import annotations

import os
import sys

import click

from veracity import __version__
from veracity.cli._archive import archive_group
from veracity.cli._demo import demo_command
from veracity.cli._page import extract_command, fetch_command
from veracity.cli._score import score_command

__all__ = ["cli", "main"]


@click.group()
@click.version_option(__version__, prog_name="veracity")
def cli() -> None:
    """Fetch, archive, extract and score open-source reporting."""


cli.add_command(fetch_command)
cli.add_command(extract_command)
cli.add_command(archive_group)
cli.add_command(score_command)
cli.add_command(demo_command)


def main() -> None:
    """Entry point of the ``veracity`` script; an unexpected failure is one line, no traceback."""
    try:
        cli(standalone_mode=True)
    except Exception as err:  # last resort: library errors are already handled per command
        if os.environ.get("VERACITY_DEBUG"):
            raise
        click.echo(
            f"Error: internal error: {type(err).__name__}: {err} "
            "(set VERACITY_DEBUG=1 for the traceback)",
            err=True,
        )
        sys.exit(2)
