"""The archive: WARC files written append-only, plus a SQLite index of captures.

Write order for crash safety: append the records, flush and fsync the WARC file, then commit the
index rows and the file's new committed end (``warc_files.end_offset``) in one transaction. Bytes
past the committed end can only be a record torn by a crash; they are truncated when the file's
writer is found dead (its flock is free) on the next open.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

from archive._errors import ArchiveError, CaptureNotFoundError
from archive._index import Index, from_iso, to_iso
from archive._lock import try_lock_fd
from archive._models import ArchiveOptions, Capture, Problem
from archive._normalize import document_key
from archive._warc import (
    IDENTICAL_PAYLOAD,
    SERVER_NOT_MODIFIED,
    RecordSpan,
    StoredRecord,
    WarcRecordWriter,
    payload_digest,
    read_record,
    warc_date,
)
from scraper import Document, Exchange

__all__ = ["INDEX_NAME", "WARC_DIR", "Archive"]

INDEX_NAME = "index.sqlite3"
WARC_DIR = "warc"
LOG_DIR = "logs"


def _record_id(capture_id: str) -> str:
    return f"<urn:uuid:{capture_id}>"


class _OpenWarc:
    """The WARC file this process appends to, held under an exclusive flock while open."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name
        self.fh = path.open("xb")
        if not try_lock_fd(self.fh.fileno()):  # pragma: no cover - a fresh unique name
            self.fh.close()
            raise ArchiveError(f"cannot lock new WARC file {path}")
        self.writer = WarcRecordWriter(self.fh)

    def sync(self, *, fsync: bool) -> None:
        self.fh.flush()
        if fsync:
            os.fsync(self.fh.fileno())

    def truncate(self, size: int) -> None:
        self.fh.flush()
        self.fh.seek(size)
        self.fh.truncate(size)

    def close(self) -> None:
        self.fh.close()


class Archive:
    """Stores captures (WARC files + a SQLite index) under ``path`` and reads them back."""

    def __init__(
        self, path: str | Path, *, options: ArchiveOptions | None = None, create: bool = True
    ) -> None:
        self.path = Path(path)
        if not create and not (self.path / INDEX_NAME).is_file():
            raise ArchiveError(f"no archive at {self.path} (no {INDEX_NAME})")
        self.options = options or ArchiveOptions()
        self.warc_dir = self.path / WARC_DIR
        self.log_dir = self.path / LOG_DIR
        try:
            self.warc_dir.mkdir(parents=True, exist_ok=True)
            self.log_dir.mkdir(exist_ok=True)
        except OSError as err:
            raise ArchiveError(
                f"cannot create the archive folder {self.path}: {err.strerror}"
            ) from None
        if not os.access(self.path, os.W_OK):
            raise ArchiveError(f"the archive folder {self.path} is not writable")
        self.index = Index(self.path / INDEX_NAME, busy_timeout=self.options.busy_timeout)
        self.writer_id = f"{os.getpid()}-{uuid.uuid4().hex[:6]}"
        self._seq = 0
        self._warc: _OpenWarc | None = None
        self._abandoned = False
        self.repair()

    # life cycle ---------------------------------------------------------------------------
    def __enter__(self) -> Archive:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the current WARC file (marking it closed in the index) and the index."""
        self._close_warc()
        self.index.close()

    def _close_warc(self) -> None:
        if self._warc is None:
            return
        with self.index.transaction() as db:
            db.execute("UPDATE warc_files SET closed = 1 WHERE name = ?", (self._warc.name,))
        self._warc.close()
        self._warc = None

    def repair(self) -> list[str]:
        """Truncate torn tails of WARC files whose writer died; return the names repaired."""
        repaired: list[str] = []
        rows = self.index.query("SELECT name FROM warc_files WHERE closed = 0")
        for row in rows:
            name = row["name"]
            if self._warc is not None and name == self._warc.name:
                continue
            path = self.warc_dir / name
            try:
                fd = os.open(path, os.O_RDWR)
            except FileNotFoundError:
                continue  # verify reports it if captures point there
            try:
                if not try_lock_fd(fd):
                    continue  # its writer is alive
                (end,) = self.index.query(
                    "SELECT end_offset FROM warc_files WHERE name = ?", (name,)
                )[0]
                if os.fstat(fd).st_size > end:
                    os.ftruncate(fd, end)
                    os.fsync(fd)
                    repaired.append(name)
                with self.index.transaction() as db:
                    db.execute("UPDATE warc_files SET closed = 1 WHERE name = ?", (name,))
            finally:
                os.close(fd)
        return repaired

    def _current_warc(self) -> _OpenWarc:
        if self._warc is not None and self._warc.fh.tell() < self.options.max_warc_size:
            return self._warc
        self._close_warc()
        if self._abandoned:  # an index failure left a file for repair: cut it back now
            self.repair()
            self._abandoned = False
        self._seq += 1
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S%f")
        path = self.warc_dir / f"veracity-{stamp}-{self.writer_id}-{self._seq:05d}.warc.gz"
        warc = _OpenWarc(path)
        with self.index.transaction() as db:
            db.execute(
                "INSERT INTO warc_files (name, writer, created_at) VALUES (?, ?, ?)",
                (warc.name, self.writer_id, to_iso(datetime.now(UTC))),
            )
        info = {
            "software": "veracity (warcio)",
            "format": "WARC File Format 1.1",
            "conformsTo": "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
            "operator": self.options.operator or "",
        }
        warc.writer.warcinfo(warc.name, info)
        warc.sync(fsync=self.options.fsync)
        self._fsync_dir()
        with self.index.transaction() as db:
            db.execute(
                "UPDATE warc_files SET end_offset = ? WHERE name = ?", (warc.fh.tell(), warc.name)
            )
        self._warc = warc
        return warc

    def _fsync_dir(self) -> None:
        if not self.options.fsync:
            return
        fd = os.open(self.warc_dir, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    # writing ------------------------------------------------------------------------------
    def add(self, exchange: Exchange) -> Capture:
        """Archive ``exchange`` and its redirect hops; return the Capture of the final response."""
        chain = [*exchange.history, exchange]
        ids = [str(uuid.uuid4()) for _ in chain]
        warc = self._current_warc()
        start = warc.fh.tell()
        rows: list[dict[str, Any]] = []
        try:
            for hop, (ex, capture_id) in enumerate(zip(chain, ids, strict=True)):
                row = self._write_exchange(warc, ex, capture_id)
                if ex is not exchange:
                    row["redirect_of"] = ids[-1]
                    row["hop"] = hop + 1
                rows.append(row)
            warc.sync(fsync=self.options.fsync)
        except OSError as err:
            warc.truncate(start)
            raise ArchiveError(f"cannot write WARC record for {exchange.url}: {err}") from None
        except BaseException:
            warc.truncate(start)
            raise
        end = warc.fh.tell()
        columns = list(rows[0])
        sql = (
            f"INSERT INTO captures ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})"
        )
        try:
            with self.index.transaction() as db:
                for row in reversed(rows):  # the final capture first: hops reference it
                    db.execute(sql, [row[c] for c in columns])
                db.execute("UPDATE warc_files SET end_offset = ? WHERE name = ?", (end, warc.name))
        except BaseException:
            # Whether the commit happened is unknown here: abandon the file (dropping its lock)
            # and let repair() cut it back to whatever end the index committed.
            warc.close()
            self._warc = None
            self._abandoned = True
            raise
        last = rows[-1]
        return Capture.model_validate(
            {**last, "fetched_at": from_iso(last["fetched_at"]), "changed": bool(last["changed"])}
        )

    def _write_exchange(self, warc: _OpenWarc, ex: Exchange, capture_id: str) -> dict[str, Any]:
        """Write the request and the response/revisit record of one exchange; return its row."""
        digest = payload_digest(ex.body)
        previous = self.index.latest(ex.url)
        kind, profile, refers_to = "response", None, None
        etag, last_modified = ex.header("etag"), ex.header("last-modified")
        content_type = ex.content_type
        original: Capture | None = None
        if ex.status == 304 and previous is not None:
            original = previous if previous.refers_to is None else self.get(previous.refers_to)
            profile = SERVER_NOT_MODIFIED
            digest = original.digest
            etag = etag or previous.etag
            last_modified = last_modified or previous.last_modified
            content_type = original.content_type
        elif ex.body and previous is not None:
            if previous.digest == digest:
                original = previous if previous.refers_to is None else self.get(previous.refers_to)
            else:
                original_id = self.index.original_with_digest(ex.url, digest)
                original = self.get(original_id) if original_id is not None else None
            profile = IDENTICAL_PAYLOAD if original is not None else None
        record_id = _record_id(capture_id)
        request = warc.writer.request(ex, concurrent_to=record_id)
        span: RecordSpan
        if original is not None and profile is not None:
            kind, refers_to = "revisit", original.id
            span = warc.writer.revisit(
                ex,
                record_id=record_id,
                profile=profile,
                digest=digest,
                refers_to_id=_record_id(original.id),
                refers_to_uri=original.url,
                refers_to_date=warc_date(original.fetched_at),
            )
        else:
            span = warc.writer.response(ex, digest, record_id=record_id)
        changed = previous is not None and previous.digest != digest
        return {
            "id": capture_id,
            "url": ex.url,
            "host": (urlsplit(ex.url).hostname or "").lower(),
            "fetched_at": to_iso(ex.started_at),
            "status": ex.status,
            "digest": digest,
            "warc": warc.name,
            "offset": span.offset,
            "length": span.length,
            "kind": kind,
            "profile": profile,
            "refers_to": refers_to,
            "request_offset": request.offset,
            "request_length": request.length,
            "redirect_of": None,
            "hop": 0,
            "changed": int(changed),
            "etag": etag,
            "last_modified": last_modified,
            "content_type": content_type,
            "elapsed": ex.elapsed,
        }

    # reading ------------------------------------------------------------------------------
    def captures(self, url: str | None = None) -> list[Capture]:
        """All captures (of ``url`` when given), oldest first."""
        return self.index.captures(url)

    def latest(self, url: str) -> Capture | None:
        """The newest capture of ``url``, or None."""
        return self.index.latest(url)

    def get(self, capture_id: str) -> Capture:
        """The capture with this id; CaptureNotFoundError if there is none."""
        capture = self.index.capture(capture_id)
        if capture is None:
            raise CaptureNotFoundError(f"no capture with id {capture_id} in {self.path}")
        return capture

    def _record(self, capture: Capture, offset: int, length: int) -> StoredRecord:
        return read_record(self.warc_dir / capture.warc, offset, length=length)

    def read(self, capture: Capture | str) -> Exchange:
        """Rebuild the Exchange from the WARC; a revisit gets its original payload resolved."""
        capture = self.get(capture) if isinstance(capture, str) else capture
        return self._read(capture, with_history=True)

    def _read(self, capture: Capture, *, with_history: bool) -> Exchange:
        response = self._record(capture, capture.offset, capture.length)
        payload = response.payload
        headers_from = response
        if capture.kind == "revisit" and capture.refers_to is not None:
            original_capture = self.get(capture.refers_to)
            original = self._record(
                original_capture, original_capture.offset, original_capture.length
            )
            payload = original.payload
            if capture.profile == SERVER_NOT_MODIFIED:
                headers_from = original
        status_text = headers_from.statusline.split(" ", 1)
        if not status_text[0].isdigit():
            raise ArchiveError(
                f"capture {capture.id}: the record's HTTP status line "
                f"{headers_from.statusline!r} has no status code"
            )
        extras = self.index.record_extras(capture.id)
        method, request_headers = "GET", []
        if extras is not None and extras["request_offset"] is not None:
            request = self._record(capture, extras["request_offset"], extras["request_length"])
            method = request.protocol or "GET"
            request_headers = request.http_headers
        history = []
        if with_history:
            history = [self._read(hop, with_history=False) for hop in self.index.hops(capture.id)]
        return Exchange(
            url=capture.url,
            method=method,
            request_headers=request_headers,
            http_version=headers_from.protocol or "HTTP/1.1",
            status=int(status_text[0]),
            reason=status_text[1] if len(status_text) > 1 else "",
            headers=headers_from.http_headers,
            body=payload,
            started_at=capture.fetched_at,
            elapsed=extras["elapsed"] if extras is not None else 0.0,
            ip_address=response.warc_header("WARC-IP-Address"),
            history=history,
        )

    # documents, scores, site profiles -----------------------------------------------------
    def put_document(self, capture_id: str, doc: Document) -> None:
        """Store the extracted Document of a capture (replacing an earlier one)."""
        self.get(capture_id)
        with self.index.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO documents (capture_id, json) VALUES (?, ?)",
                (capture_id, doc.model_dump_json()),
            )
            db.execute(
                "UPDATE captures SET text_key = ? WHERE id = ?",
                (document_key(doc), capture_id),
            )

    def document(self, capture_id: str) -> Document | None:
        """The Document stored for a capture, or None."""
        rows = self.index.query("SELECT json FROM documents WHERE capture_id = ?", (capture_id,))
        return Document.model_validate_json(rows[0]["json"]) if rows else None

    def text_key(self, capture_id: str) -> str | None:
        """The normalised-text key of a capture (``doc:`` from its Document, ``html:`` from the
        page's paragraphs); equal keys of the same kind mean no real change. None if unknown."""
        rows = self.index.query("SELECT text_key FROM captures WHERE id = ?", (capture_id,))
        return str(rows[0]["text_key"]) if rows and rows[0]["text_key"] else None

    def put_text_key(self, capture_id: str, key: str) -> None:
        """Record the normalised-text key of a capture that has no Document."""
        with self.index.transaction() as db:
            db.execute("UPDATE captures SET text_key = ? WHERE id = ?", (key, capture_id))

    def put_scores(self, capture_id: str, data: dict[str, Any]) -> None:
        """Store opaque JSON scores beside a capture (the archive never interprets them)."""
        self.get(capture_id)
        try:
            text = json.dumps(data, ensure_ascii=False, default=str, allow_nan=False)
        except (TypeError, ValueError) as err:
            raise ArchiveError(f"scores for capture {capture_id} are not JSON: {err}") from None
        with self.index.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO scores (capture_id, json) VALUES (?, ?)", (capture_id, text)
            )

    def scores(self, capture_id: str) -> dict[str, Any] | None:
        """The scores stored for a capture, or None."""
        rows = self.index.query("SELECT json FROM scores WHERE capture_id = ?", (capture_id,))
        return dict(json.loads(rows[0]["json"])) if rows else None

    def put_profile(self, host: str, data: dict[str, Any]) -> None:
        """Store a site profile (furniture learned for ``host``) as JSON."""
        with self.index.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO profiles (host, json, updated_at) VALUES (?, ?, ?)",
                (host.lower(), json.dumps(data), to_iso(datetime.now(UTC))),
            )

    def profile(self, host: str) -> dict[str, Any] | None:
        """The site profile stored for ``host``, or None."""
        rows = self.index.query("SELECT json FROM profiles WHERE host = ?", (host.lower(),))
        return dict(json.loads(rows[0]["json"])) if rows else None

    def iter_documents(self, *, latest_only: bool = True) -> Iterator[tuple[Capture, Document]]:
        """(Capture, Document) pairs, oldest first; with ``latest_only`` the newest per URL."""
        sql = (
            "SELECT c.id, d.json FROM captures c JOIN documents d ON d.capture_id = c.id "
            "ORDER BY c.fetched_at, c.rowid"
        )
        if latest_only:
            sql = (
                "SELECT c.id, d.json FROM captures c JOIN documents d ON d.capture_id = c.id "
                "WHERE c.rowid = (SELECT c2.rowid FROM captures c2 JOIN documents d2 "
                "ON d2.capture_id = c2.id WHERE c2.url = c.url "
                "ORDER BY c2.fetched_at DESC, c2.rowid DESC LIMIT 1) "
                "ORDER BY c.fetched_at, c.rowid"
            )
        for row in self.index.db.execute(sql):
            yield self.get(row["id"]), Document.model_validate_json(row["json"])

    def verify(self) -> list[Problem]:
        """Check every index row against its WARC record; see ``archive.verify``."""
        from archive._verify import verify_archive

        return verify_archive(self)

    def committed_files(self) -> list[tuple[str, int]]:
        """(WARC file name, committed end offset) for files holding at least one capture."""
        rows = self.index.query(
            "SELECT name, end_offset FROM warc_files "
            "WHERE name IN (SELECT DISTINCT warc FROM captures) ORDER BY name"
        )
        return [(row["name"], row["end_offset"]) for row in rows]
