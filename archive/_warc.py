"""WARC 1.1 records from Exchanges and back, with warcio; each record is its own gzip member."""

from __future__ import annotations

import base64
import hashlib
import io
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date
from warcio.warcwriter import WARCWriter

from archive._errors import ArchiveError
from scraper import Exchange

__all__ = [
    "IDENTICAL_PAYLOAD",
    "SERVER_NOT_MODIFIED",
    "RecordSpan",
    "StoredRecord",
    "WarcRecordWriter",
    "payload_digest",
    "read_record",
    "warc_date",
]

WARC_VERSION = "WARC/1.1"
IDENTICAL_PAYLOAD = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
SERVER_NOT_MODIFIED = "http://netpreserve.org/warc/1.1/revisit/server-not-modified"


class _RawHeaders(StatusAndHeaders):  # type: ignore[misc]
    """HTTP headers written as UTF-8 rather than percent-encoded as warcio does for non-ASCII.

    warcio reads header lines as UTF-8 first, so any header text comes back exactly; and it
    gives the original bytes back whenever the fetcher decoded them as UTF-8 (httpx does
    when they are valid UTF-8).
    """

    def compute_headers_buffer(self, header_filter: object = None) -> None:
        self.headers_buff = self.to_str(header_filter).encode("utf-8") + b"\r\n"


def payload_digest(body: bytes) -> str:
    """The WARC-Payload-Digest of ``body`` as warcio writes it: ``sha1:`` + base32."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


def warc_date(moment: datetime) -> str:
    """A WARC 1.1 date with microseconds, in UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    naive = moment.astimezone(UTC).replace(tzinfo=None)
    return str(datetime_to_iso_date(naive, use_micros=True))


def _request_target(url: str) -> str:
    parts = urlsplit(url)
    target = parts.path or "/"
    return f"{target}?{parts.query}" if parts.query else target


@dataclass(frozen=True, slots=True)
class RecordSpan:
    """Where one written record lives: its id, offset and compressed length in the file."""

    record_id: str
    offset: int
    length: int


class WarcRecordWriter:
    """Writes request/response/revisit records for Exchanges into one open binary file."""

    def __init__(self, fh: BinaryIO) -> None:
        self._fh = fh
        self._writer = WARCWriter(fh, gzip=True, warc_version=WARC_VERSION)

    def _write(self, record: ArcWarcRecord) -> RecordSpan:
        start = self._fh.tell()
        self._writer.write_record(record)
        end = self._fh.tell()
        return RecordSpan(record.rec_headers.get_header("WARC-Record-ID"), start, end - start)

    def warcinfo(self, filename: str, info: dict[str, str]) -> RecordSpan:
        """Write the warcinfo record that opens every file."""
        return self._write(self._writer.create_warcinfo_record(filename, info))

    def _common(self, exchange: Exchange) -> dict[str, str]:
        headers = {"WARC-Date": warc_date(exchange.started_at)}
        if exchange.ip_address:
            headers["WARC-IP-Address"] = exchange.ip_address
        return headers

    def request(self, exchange: Exchange, concurrent_to: str) -> RecordSpan:
        """Write the request record, linked to its response by WARC-Concurrent-To."""
        line = f"{exchange.method} {_request_target(exchange.url)} {exchange.http_version}"
        http_headers = _RawHeaders(line, list(exchange.request_headers), protocol="")
        warc_headers = self._common(exchange)
        warc_headers["WARC-Concurrent-To"] = concurrent_to
        record = self._writer.create_warc_record(
            exchange.url, "request", http_headers=http_headers, warc_headers_dict=warc_headers
        )
        return self._write(record)

    def _response_headers(self, exchange: Exchange) -> StatusAndHeaders:
        statusline = f"{exchange.status} {exchange.reason}".rstrip()
        return _RawHeaders(statusline, list(exchange.headers), protocol=exchange.http_version)

    def response(self, exchange: Exchange, digest: str, *, record_id: str) -> RecordSpan:
        """Write the response record: the headers rebuilt in order, then exactly ``body``."""
        warc_headers = self._common(exchange)
        warc_headers["WARC-Record-ID"] = record_id
        warc_headers["WARC-Payload-Digest"] = digest
        record = self._writer.create_warc_record(
            exchange.url,
            "response",
            payload=io.BytesIO(exchange.body),
            length=len(exchange.body),
            http_headers=self._response_headers(exchange),
            warc_headers_dict=warc_headers,
        )
        return self._write(record)

    def revisit(
        self,
        exchange: Exchange,
        *,
        record_id: str,
        profile: str,
        digest: str,
        refers_to_id: str,
        refers_to_uri: str,
        refers_to_date: str,
    ) -> RecordSpan:
        """Write a revisit record (headers only) pointing at the original response record."""
        warc_headers = self._common(exchange)
        warc_headers["WARC-Record-ID"] = record_id
        warc_headers["WARC-Refers-To"] = refers_to_id
        record = self._writer.create_warc_record(
            exchange.url,
            "revisit",
            http_headers=self._response_headers(exchange),
            warc_headers_dict=warc_headers,
        )
        record.rec_headers.add_header("WARC-Profile", profile)
        record.rec_headers.add_header("WARC-Refers-To-Target-URI", refers_to_uri)
        record.rec_headers.add_header("WARC-Refers-To-Date", refers_to_date)
        record.rec_headers.add_header("WARC-Payload-Digest", digest)
        return self._write(record)


@dataclass(frozen=True, slots=True)
class StoredRecord:
    """One record read back: WARC headers, HTTP status line and headers, and the raw payload."""

    rec_type: str
    warc_headers: list[tuple[str, str]]
    protocol: str
    statusline: str
    http_headers: list[tuple[str, str]]
    payload: bytes
    length: int

    def warc_header(self, name: str) -> str | None:
        """The first WARC header called ``name`` (case-insensitive), or None."""
        lowered = name.lower()
        return next((v for k, v in self.warc_headers if k.lower() == lowered), None)


def read_record(path: Path, offset: int, *, length: int | None = None) -> StoredRecord:
    """Read the record at ``offset`` of the WARC file ``path``; raise ArchiveError if unreadable."""
    try:
        with path.open("rb") as fh:
            fh.seek(offset)
            data = fh.read(length) if length is not None else None
            stream: BinaryIO = io.BytesIO(data) if data is not None else fh
            iterator = ArchiveIterator(stream)
            record = next(iterator, None)
            if record is None:
                raise ArchiveError(f"no WARC record at offset {offset} of {path.name}")
            payload = record.raw_stream.read()
            iterator.read_to_end()
            if length is not None and iterator.member_info is not None:
                _, read_length = iterator.member_info
                if read_length != length:
                    raise ArchiveError(
                        f"record at offset {offset} of {path.name} is {read_length} bytes, "
                        f"index says {length}"
                    )
            http = record.http_headers
            return StoredRecord(
                rec_type=record.rec_type,
                warc_headers=list(record.rec_headers.headers),
                protocol=http.protocol if http else "",
                statusline=http.statusline if http else "",
                http_headers=list(http.headers) if http else [],
                payload=payload,
                length=length if length is not None else -1,
            )
    except FileNotFoundError:
        raise ArchiveError(f"WARC file {path.name} is missing") from None
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as err:
        raise ArchiveError(
            f"cannot read WARC record at offset {offset} of {path.name}: {err}"
        ) from None
