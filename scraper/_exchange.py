"""The fetch data model: one HTTP exchange exactly as it happened, so it can be archived byte for byte."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict

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
