"""The ``veracity`` command line: one thin command per library function."""

from __future__ import annotations

import click

from veracity import __version__
from veracity.cli._archive import archive_group
from veracity.cli._score import score_command

__all__ = ["cli", "main"]


@click.group()
@click.version_option(__version__, prog_name="veracity")
def cli() -> None:
    """Fetch, archive, extract and score open-source reporting."""


cli.add_command(archive_group)
cli.add_command(score_command)


def main() -> None:
    """Entry point of the ``veracity`` console script."""
    cli()
