"""Options shared by several commands."""

from __future__ import annotations

from pathlib import Path

import click

__all__ = ["archive_option", "archive_path"]

archive_option = click.option(
    "--archive",
    "archive_dir",
    envvar="VERACITY_ARCHIVE",
    type=click.Path(file_okay=False),
    help="Archive folder (default: $VERACITY_ARCHIVE).",
)


def archive_path(value: str | None) -> Path:
    """The archive folder given by --archive or VERACITY_ARCHIVE; a usage error when neither."""
    if not value:
        raise click.UsageError("no archive: pass --archive DIR or set VERACITY_ARCHIVE")
    return Path(value)
