"""The fallback fetcher keeps raw bytes, headers in order and redirect hops (local server)."""

from __future__ import annotations

import asyncio
import gzip

import pytest

from archive._httpfetch import SimpleFetcher
from scraper import ConnectError, Exchange, ResponseTooLargeError
from tests.archive.archive_server import ArchiveTestServer, Route


def _fetch(url: str, *, etag: str | None = None, max_bytes: int = 1024 * 1024) -> Exchange:
    async def go() -> Exchange:
        async with SimpleFetcher(max_bytes=max_bytes) as fetcher:
            return await fetcher.fetch(url, etag=etag)

    return asyncio.run(go())


def test_raw_body_headers_and_hops(server: ArchiveTestServer) -> None:
    body = gzip.compress(b"<p>hola</p>")
    server.routes["/a"] = Route(body=body, headers=[("Content-Encoding", "gzip"), ("X-B", "2")])
    server.routes["/r"] = Route(status=301, headers=[("Location", "/a")])
    ex = _fetch(server.url("/r"))
    assert ex.url == server.url("/a") and ex.status == 200
    assert ex.body == body  # still gzip: exactly what came off the wire
    names = [name for name, _ in ex.headers]
    assert names.index("Content-Encoding") < names.index("X-B")
    assert [hop.status for hop in ex.history] == [301]
    assert ex.history[0].url == server.url("/r")
    assert ex.ip_address == "127.0.0.1"


def test_conditional_get(server: ArchiveTestServer) -> None:
    server.routes["/e"] = Route(body=b"x", etag='"v1"')
    assert _fetch(server.url("/e"), etag='"v1"').status == 304
    assert _fetch(server.url("/e"), etag='"v0"').status == 200


def test_errors_are_toolkit_errors(server: ArchiveTestServer) -> None:
    server.routes["/big"] = Route(body=b"x" * 5000)
    with pytest.raises(ResponseTooLargeError):
        _fetch(server.url("/big"), max_bytes=1000)
    with pytest.raises(ConnectError):
        _fetch("http://127.0.0.1:9/")
