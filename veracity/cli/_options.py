"""Options shared by several commands."""

from __future__ import annotations

import os

import click

__all__ = ["archive_option", "resolve_archive"]

archive_option = click.option(
    "--archive",
    "archive_path",
    type=click.Path(file_okay=False),
    default=None,
    help="Archive folder (default: $VERACITY_ARCHIVE).",
)


def resolve_archive(archive_path: str | None, *, required: bool) -> str | None:
    """The archive folder from --archive or VERACITY_ARCHIVE; an error when required and missing."""
    path = archive_path or os.environ.get("VERACITY_ARCHIVE") or None
    if path is None and required:
        raise click.UsageError("no archive: pass --archive DIR or set VERACITY_ARCHIVE")
    return path
