"""Errors of the archive package.

VeracityError (scraper)
└── ArchiveError            the archive could not be read or written
    ├── ArchiveLockedError  another run holds the archive's run lock
    ├── CaptureNotFoundError    no capture with that id
    ├── SourcesError        the sources (watch-list) file is missing or invalid
    └── VerifyError         verification found problems (carries .problems)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scraper import VeracityError

if TYPE_CHECKING:
    from archive._models import Problem

__all__ = [
    "ArchiveError",
    "ArchiveLockedError",
    "CaptureNotFoundError",
    "SourcesError",
    "VerifyError",
]


class ArchiveError(VeracityError):
    """The archive could not be read or written, or failed verification."""


class ArchiveLockedError(ArchiveError):
    """Another process holds the archive's run lock and we were not allowed to wait longer."""


class CaptureNotFoundError(ArchiveError):
    """The index holds no capture with the requested id."""


class SourcesError(ArchiveError):
    """The sources file (TOML watch-list) is missing, unreadable or invalid."""


class VerifyError(ArchiveError):
    """Verification found problems; ``problems`` lists them."""

    def __init__(self, message: str, *, problems: list[Problem]) -> None:
        super().__init__(message)
        self.problems = problems
