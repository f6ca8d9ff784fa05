"""Helpers for archive tests: exchanges as the fetcher returns them, pages, a fake fetcher."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from scraper import ConnectError, Exchange

T0 = datetime(2026, 11, 1, 12, 0, 0, 123456, tzinfo=UTC)


def make_exchange(
    url: str = "http://news.example/a",
    body: bytes = b"<html><body><p>Hello</p></body></html>",
    *,
    status: int = 200,
    headers: list[tuple[str, str]] | None = None,
    at: datetime = T0,
    history: list[Exchange] | None = None,
) -> Exchange:
    """An Exchange as the fetcher would return it."""
    return Exchange(
        url=url,
        request_headers=[("Host", url.split("/")[2]), ("User-Agent", "veracity-test")],
        status=status,
        reason={200: "OK", 304: "Not Modified", 301: "Moved Permanently", 404: "Not Found"}.get(
            status, ""
        ),
        headers=headers if headers is not None else [("Content-Type", "text/html; charset=utf-8")],
        body=body,
        started_at=at,
        elapsed=0.05,
        ip_address="192.0.2.7",
        history=history or [],
    )


def html(*paragraphs: str, title: str = "Title") -> bytes:
    """A small article page."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode()


class FakeFetcher:
    """Answers from ``pages`` (url -> body or callable), honouring ETags; records every call."""

    def __init__(self) -> None:
        self.pages: dict[str, bytes | Exception] = {}
        self.types: dict[str, str] = {}
        self.calls: list[tuple[str, str | None, str | None]] = []
        self.clock = T0

    def etag(self, url: str) -> str:
        body = self.pages[url]
        assert isinstance(body, bytes)
        return f'"{hash(body) & 0xFFFFFFFF:x}"'

    async def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> Exchange:
        self.calls.append((url, etag, last_modified))
        self.clock += timedelta(seconds=1)
        page = self.pages.get(url)
        if page is None:
            return make_exchange(url, b"gone", status=404, at=self.clock)
        if isinstance(page, Exception):
            raise page
        tag = self.etag(url)
        headers = [("Content-Type", self.types.get(url, "text/html; charset=utf-8")), ("ETag", tag)]
        if etag == tag:
            return make_exchange(url, b"", status=304, headers=[("ETag", tag)], at=self.clock)
        return make_exchange(url, page, headers=headers, at=self.clock)


def connect_error(url: str) -> ConnectError:
    return ConnectError(f"{url}: connection refused", url=url)
