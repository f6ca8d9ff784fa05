"""The ``veracity archive`` command group."""

from __future__ import annotations

import click

__all__ = ["archive_group"]


@click.group("archive")
def archive_group() -> None:
    """Store captures in WARC, list them, show their history, verify, export, run from cron."""
