"""archive: WARC storage, the SQLite index, URL history and scheduled runs. Builds on scraper."""

from archive._errors import ArchiveError
from archive._store import Archive

__all__ = ["Archive", "ArchiveError"]
