"""archive: WARC storage, the SQLite index, URL history and scheduled runs. Builds on scraper."""

from archive._errors import (
    ArchiveError,
    ArchiveLockedError,
    CaptureNotFoundError,
    SourcesError,
    VerifyError,
)
from archive._history import diff_texts, history
from archive._models import ArchiveOptions, Capture, Problem, Version
from archive._run import Analyzer, FetcherLike, RunOptions, RunSummary, run
from archive._schedule import failure_backoff, next_check, recheck_interval, schedule_text
from archive._sources import Source, load_sources, parse_every
from archive._store import Archive
from archive._verify import verify
from archive._wacz import export_wacz

__all__ = [
    "Analyzer",
    "Archive",
    "ArchiveError",
    "ArchiveLockedError",
    "ArchiveOptions",
    "Capture",
    "CaptureNotFoundError",
    "FetcherLike",
    "Problem",
    "RunOptions",
    "RunSummary",
    "Source",
    "SourcesError",
    "VerifyError",
    "Version",
    "diff_texts",
    "export_wacz",
    "failure_backoff",
    "history",
    "load_sources",
    "next_check",
    "parse_every",
    "recheck_interval",
    "run",
    "schedule_text",
    "verify",
]
