"""The fetch data model: one HTTP exchange exactly as it happened, archivable byte for byte."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict

from scraper._errors import FetchError
from scraper._limits import decode_body, decoded_prefix

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_SNIFF_BYTES = 1024
_DEFAULT_MAX_DECODED = 200_000_000

__all__ = ["Exchange"]


class Exchange(BaseModel):
    """A request and its response.

    ``body`` holds the payload as it came off the wire: transfer encoding (chunked) removed,
    content encoding (gzip, br) kept, exactly what a WARC response record stores. Headers keep
    their order and spelling. ``history`` holds the redirect hops that led here, oldest first,
    each an Exchange of its own.
    """

    model_config = ConfigDict(ser_json_bytes="base64", val_json_bytes="base64")

    url: str
    method: str = "GET"
    request_headers: list[tuple[str, str]] = []
    http_version: str = "HTTP/1.1"
    status: int
    reason: str = ""
    headers: list[tuple[str, str]] = []
    body: bytes = b""
    started_at: datetime
    elapsed: float = 0.0
    ip_address: str | None = None
    history: list[Exchange] = []

    def header(self, name: str) -> str | None:
        """The first response header called ``name`` (case-insensitive), or None."""
        lowered = name.lower()
        for key, value in self.headers:
            if key.lower() == lowered:
                return value
        return None

    @property
    def content_type(self) -> str | None:
        """The media type without parameters, lower-cased (``text/html``), or None."""
        value = self.header("content-type")
        return value.split(";", 1)[0].strip().lower() if value else None

    @property
    def charset(self) -> str | None:
        """The charset parameter of Content-Type, lower-cased, or None (extractors sniff)."""
        value = self.header("content-type") or ""
        for param in value.split(";")[1:]:
            key, _, val = param.partition("=")
            if key.strip().lower() == "charset" and val.strip():
                return val.strip().strip("\"'").lower()
        return None

    @property
    def requested_url(self) -> str:
        """The URL first asked for: the oldest redirect hop, or this URL when none."""
        return self.history[0].url if self.history else self.url

    def decoded_body(self, max_bytes: int = _DEFAULT_MAX_DECODED) -> bytes:
        """The payload with Content-Encoding undone, incrementally.

        Raises ResponseTooLargeError once the output passes ``max_bytes`` (the gzip-bomb guard)
        and FetchError for an unsupported or corrupt encoding.
        """
        return decode_body(
            self.body, self.header("content-encoding"), max_bytes=max_bytes, url=self.url
        )

    @property
    def is_html(self) -> bool:
        """text/html or application/xhtml+xml; without a Content-Type, sniff the first bytes."""
        kind = self.content_type
        if kind is not None:
            return kind in _HTML_TYPES
        try:
            head = decoded_prefix(self.body, self.header("content-encoding"), size=_SNIFF_BYTES)
        except FetchError:
            return False
        start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        return start.startswith((b"<!doctype html", b"<html")) or b"<html" in start
