"""The SQLite index of an archive: WARC files, captures, documents, scores, watched URLs, failures.

WAL mode lets readers work while one writer commits; ``busy_timeout`` makes concurrent writers
wait for each other instead of failing with "database is locked".
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from archive._errors import ArchiveError
from archive._models import Capture

__all__ = ["SCHEMA_VERSION", "Index", "from_iso", "to_iso"]

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS warc_files (
    name TEXT PRIMARY KEY,
    writer TEXT NOT NULL,
    created_at TEXT NOT NULL,
    end_offset INTEGER NOT NULL DEFAULT 0,
    closed INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS captures (
    id TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    host TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    status INTEGER NOT NULL,
    digest TEXT NOT NULL,
    warc TEXT NOT NULL REFERENCES warc_files(name),
    offset INTEGER NOT NULL,
    length INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('response', 'revisit')),
    profile TEXT,
    refers_to TEXT REFERENCES captures(id),
    request_offset INTEGER,
    request_length INTEGER,
    redirect_of TEXT,
    hop INTEGER NOT NULL DEFAULT 0,
    changed INTEGER NOT NULL DEFAULT 0,
    etag TEXT,
    last_modified TEXT,
    content_type TEXT,
    elapsed REAL NOT NULL DEFAULT 0,
    text_key TEXT
);
CREATE INDEX IF NOT EXISTS captures_by_url ON captures (url, fetched_at);
CREATE INDEX IF NOT EXISTS captures_by_final ON captures (redirect_of)
    WHERE redirect_of IS NOT NULL;
CREATE TABLE IF NOT EXISTS documents (
    capture_id TEXT PRIMARY KEY REFERENCES captures(id),
    json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS scores (
    capture_id TEXT PRIMARY KEY REFERENCES captures(id),
    json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS profiles (
    host TEXT PRIMARY KEY,
    json TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS urls (
    url TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    source TEXT,
    every INTEGER,
    added_at TEXT NOT NULL,
    last_checked TEXT,
    last_change TEXT,
    next_check TEXT NOT NULL,
    last_capture TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
);
CREATE INDEX IF NOT EXISTS urls_due ON urls (next_check);
CREATE TABLE IF NOT EXISTS failures (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL,
    at TEXT NOT NULL,
    reason TEXT NOT NULL
);
"""

_CAPTURE_COLUMNS = (
    "id, url, host, fetched_at, status, digest, warc, offset, length, kind, changed, etag, "
    "last_modified, content_type, profile, refers_to, redirect_of"
)


def to_iso(moment: datetime) -> str:
    """A UTC ISO 8601 string with microseconds, sortable as text."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def from_iso(value: str) -> datetime:
    """Parse what ``to_iso`` wrote back into an aware UTC datetime."""
    return datetime.fromisoformat(value)


def _capture(row: sqlite3.Row) -> Capture:
    data = dict(row)
    data["fetched_at"] = from_iso(data["fetched_at"])
    data["changed"] = bool(data["changed"])
    return Capture.model_validate(data)


def _is_busy(err: sqlite3.OperationalError) -> bool:
    """A lock held by another connection, as opposed to a broken or unreadable file."""
    text = str(err).lower()
    return "locked" in text or "busy" in text


def _connect(path: Path, busy_timeout: float) -> sqlite3.Connection:
    """Open the index in WAL mode and create its tables; the connection is closed on failure."""
    # check_same_thread=False: a run hands the connection to its archive thread; it is still
    # used by one thread at a time
    db = sqlite3.connect(path, timeout=busy_timeout, isolation_level=None, check_same_thread=False)
    try:
        db.row_factory = sqlite3.Row
        db.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        if db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA foreign_keys = ON")
        db.executescript(f"BEGIN IMMEDIATE;\n{_SCHEMA}\nCOMMIT;")
    except BaseException:
        db.close()
        raise
    return db


class Index:
    """A connection to the index database with the queries the archive needs."""

    def __init__(self, path: Path, *, busy_timeout: float) -> None:
        self.path = path
        deadline = time.monotonic() + busy_timeout
        pause = 0.02
        while True:
            try:
                self.db = _connect(path, busy_timeout)
                break
            except sqlite3.OperationalError as err:
                # Switching to WAL and WAL recovery take locks for which SQLite does not call
                # the busy handler: another process opening the same index at this very moment
                # answers "database is locked" at once. Wait and try again, up to busy_timeout.
                if not _is_busy(err) or time.monotonic() >= deadline:
                    raise ArchiveError(f"cannot open the archive index {path}: {err}") from None
                time.sleep(pause)
                pause = min(pause * 2, 0.5)
            except sqlite3.DatabaseError as err:
                raise ArchiveError(f"cannot open the archive index {path}: {err}") from None
        self._check_version(path)

    def _check_version(self, path: Path) -> None:
        row = self.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if row is None:
            self.db.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', ?)",
                (str(SCHEMA_VERSION),),
            )
        elif int(row["value"]) > SCHEMA_VERSION:
            raise ArchiveError(
                f"the archive index {path} has schema {row['value']}, newer than this veracity "
                f"understands ({SCHEMA_VERSION})"
            )

    def close(self) -> None:
        """Close the connection."""
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken up front (BEGIN IMMEDIATE) so it never deadlocks.

        SQLite errors (a lock held past ``busy_timeout``, a full disk) become ArchiveError.
        """
        try:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
                self.db.execute("COMMIT")
            except BaseException:
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                raise
        except sqlite3.Error as err:
            raise ArchiveError(
                f"the archive index {self.path} could not be updated: {err}"
            ) from None

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        """Run a read query and return all rows."""
        try:
            return self.db.execute(sql, params).fetchall()
        except sqlite3.Error as err:
            raise ArchiveError(f"the archive index {self.path} could not be read: {err}") from None

    # captures -----------------------------------------------------------------------------
    def captures(self, url: str | None = None) -> list[Capture]:
        """Captures, oldest first; only those of ``url`` when given."""
        sql = f"SELECT {_CAPTURE_COLUMNS} FROM captures"
        if url is None:
            rows = self.db.execute(sql + " ORDER BY fetched_at, rowid")
        else:
            rows = self.db.execute(sql + " WHERE url = ? ORDER BY fetched_at, rowid", (url,))
        return [_capture(row) for row in rows]

    def iter_captures(self) -> Iterator[Capture]:
        """All captures, oldest first, streamed."""
        cursor = self.db.execute(
            f"SELECT {_CAPTURE_COLUMNS} FROM captures ORDER BY fetched_at, rowid"
        )
        for row in cursor:
            yield _capture(row)

    def capture(self, capture_id: str) -> Capture | None:
        """The capture with this id, or None."""
        row = self.db.execute(
            f"SELECT {_CAPTURE_COLUMNS} FROM captures WHERE id = ?", (capture_id,)
        ).fetchone()
        return _capture(row) if row else None

    def latest(self, url: str) -> Capture | None:
        """The newest capture of ``url``, or None."""
        row = self.db.execute(
            f"SELECT {_CAPTURE_COLUMNS} FROM captures WHERE url = ? "
            "ORDER BY fetched_at DESC, rowid DESC LIMIT 1",
            (url,),
        ).fetchone()
        return _capture(row) if row else None

    def original_with_digest(self, url: str, digest: str) -> str | None:
        """The id of the first full response of ``url`` whose payload has ``digest``."""
        row = self.db.execute(
            "SELECT id FROM captures INDEXED BY captures_by_url "
            "WHERE url = ? AND digest = ? AND kind = 'response' "
            "ORDER BY fetched_at, rowid LIMIT 1",
            (url, digest),
        ).fetchone()
        return str(row["id"]) if row is not None else None

    def record_extras(self, capture_id: str) -> sqlite3.Row | None:
        """Columns not in Capture: request record span, hop number, elapsed."""
        row: sqlite3.Row | None = self.db.execute(
            "SELECT request_offset, request_length, hop, elapsed FROM captures WHERE id = ?",
            (capture_id,),
        ).fetchone()
        return row

    def hops(self, final_id: str) -> list[Capture]:
        """The redirect hops that led to capture ``final_id``, oldest first."""
        rows = self.db.execute(
            f"SELECT {_CAPTURE_COLUMNS} FROM captures WHERE redirect_of = ? ORDER BY hop",
            (final_id,),
        )
        return [_capture(row) for row in rows]
