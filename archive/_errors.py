"""Errors of the archive package."""

from __future__ import annotations

from scraper import VeracityError

__all__ = ["ArchiveError"]


class ArchiveError(VeracityError):
    """The archive could not be read or written, or failed verification."""
