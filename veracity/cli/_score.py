"""The ``veracity score`` command."""

from __future__ import annotations

import click

__all__ = ["score_command"]


@click.command("score")
@click.argument("target")
def score_command(target: str) -> None:
    """Score the claims of a page (PATH or URL)."""
    raise click.ClickException("scoring is being built")
