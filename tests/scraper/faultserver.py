"""A local fault-injection HTTP server for tests: real sockets on 127.0.0.1, scripted faults.

    with FaultServer() as server:             # free port on 127.0.0.1, threaded
        server.robots = "User-agent: *\\nDisallow: /private"
        server.route("/hello", lambda ctx: ctx.send(200, b"hi"))
        fetch(server.url("/flaky?fail=2"))    # 503, 503, then 200
        server.requests                       # what arrived, with monotonic times

Standard routes (query parameters in brackets):
    /ok [i]                     small HTML page
    /no-type                    HTML without a Content-Type
    /slow [seconds]             HTML after a pause (bench "server delay")
    /status [code]              always that status
    /flaky [fail=2, status=503] ``fail`` errors, then the page (count per full URL)
    /ratelimited [fail=1, after=0, date=0]  429 with Retry-After (seconds or HTTP date)
    /drip [seconds=10, every=0.2]  declares 1000 bytes, sends one per ``every`` seconds
    /reset                      TCP reset instead of a response
    /truncated                  Content-Length 1000, 100 bytes sent, then close
    /gzip                       gzip-encoded HTML (GZIP_PAYLOAD, bytes GZIP_BODY)
    /gzip-bomb [mb=50]          a small gzip that inflates to ``mb`` megabytes of zeros
    /redirect [n=3]             a chain of n 302s ending at /ok
    /loop-a, /loop-b            redirect to each other forever
    /huge [bytes=5000000, chunked=0]  a large body, with or without Content-Length
    /image.png, /doc.pdf        non-HTML content types
    /etag                       ETag/Last-Modified; 304 when the request's validators match
    /robots.txt                 ``server.robots``: text (200), a status code, or None (404)
"""

from __future__ import annotations

import gzip
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Self
from urllib.parse import parse_qs, urlsplit

__all__ = [
    "ETAG",
    "GZIP_BODY",
    "GZIP_PAYLOAD",
    "LAST_MODIFIED",
    "OK_HTML",
    "FaultServer",
    "RequestRecord",
    "RouteContext",
]

OK_HTML = (
    b"<!DOCTYPE html><html><head><title>OK</title></head>"
    b"<body><article><p>A quiet page.</p></article></body></html>"
)
GZIP_PAYLOAD = b"<!DOCTYPE html><html><body>" + b"<p>Compressed news.</p>" * 200 + b"</body></html>"
GZIP_BODY = gzip.compress(GZIP_PAYLOAD, mtime=0)
ETAG = '"v1-abc"'
LAST_MODIFIED = "Mon, 02 Jan 2023 10:00:00 GMT"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@cache
def bomb(megabytes: int) -> bytes:
    """gzip of ``megabytes`` MB of zeros (about 1000:1)."""
    return gzip.compress(b"\0" * (megabytes * 1_000_000), compresslevel=9, mtime=0)


@dataclass(frozen=True)
class RequestRecord:
    """One request as the server saw it; ``time`` is time.monotonic() on arrival."""

    method: str
    target: str
    headers: list[tuple[str, str]]
    time: float
    server_host: str

    @property
    def path(self) -> str:
        """The path without the query."""
        return urlsplit(self.target).path

    def header(self, name: str) -> str | None:
        """The first request header called ``name``, case-insensitive."""
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None


@dataclass
class RouteContext:
    """What a route handler gets: the request, its hit count, and ways to answer or misbehave."""

    handler: BaseHTTPRequestHandler
    server: FaultServer
    target: str
    hits: int
    query: dict[str, str] = field(default_factory=dict)

    @property
    def path(self) -> str:
        """The path without the query."""
        return urlsplit(self.target).path

    def arg(self, name: str, default: str) -> str:
        """A query parameter, or ``default``."""
        return self.query.get(name, default)

    def header(self, name: str) -> str | None:
        """A request header."""
        return self.handler.headers.get(name)

    def send(
        self,
        status: int,
        body: bytes = b"",
        headers: Iterable[tuple[str, str]] = (),
        *,
        content_type: str | None = "text/html; charset=utf-8",
    ) -> None:
        """A complete response with Content-Length."""
        self.start(status, headers, content_type=content_type, length=len(body))
        self.write(body)

    def start(
        self,
        status: int,
        headers: Iterable[tuple[str, str]] = (),
        *,
        content_type: str | None = "text/html; charset=utf-8",
        length: int | None = None,
    ) -> None:
        """Status line and headers only; ``length=None`` sends no Content-Length."""
        h = self.handler
        h.send_response(status)
        if content_type:
            h.send_header("Content-Type", content_type)
        if length is not None:
            h.send_header("Content-Length", str(length))
        for key, value in headers:
            h.send_header(key, value)
        h.end_headers()

    def write(self, data: bytes) -> None:
        """Raw bytes onto the socket, flushed."""
        self.handler.wfile.write(data)
        self.handler.wfile.flush()

    def close(self) -> None:
        """End the connection after this response."""
        self.handler.close_connection = True

    def reset(self) -> None:
        """Abort the connection with a TCP RST (SO_LINGER 0, then close)."""
        sock = self.handler.connection
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.handler.close_connection = True
        sock.close()


Route = Callable[[RouteContext], None]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in separate writes
    server: _Server

    def do_GET(self) -> None:
        self.server.owner.dispatch(self)

    def do_HEAD(self) -> None:
        self.server.owner.dispatch(self)

    def log_message(self, format: str, *args: object) -> None:
        """Silent: tests read ``FaultServer.requests`` instead."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    owner: FaultServer

    def handle_error(self, request: object, client_address: object) -> None:
        """Clients hanging up mid-response is expected here; stay quiet."""


class FaultServer:
    """A threaded HTTP/1.1 server on a free port with the standard fault routes and your own."""

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.host = host
        self._port = port
        self.robots: str | int | None = None
        self.requests: list[RequestRecord] = []
        self._routes: dict[str, Route] = dict(_standard_routes())
        self._hits: dict[str, int] = {}
        self._lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    def route(self, path: str, handler: Route) -> None:
        """Serve ``path`` (exact, query ignored) with ``handler``; replaces a standard route."""
        self._routes[path] = handler

    @property
    def port(self) -> int:
        """The bound port (only after start)."""
        if self._server is None:
            raise RuntimeError("server not started")
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        """http://host:port"""
        return f"http://{self.host}:{self.port}"

    def url(self, path: str) -> str:
        """An absolute URL on this server for ``path`` (which may carry a query)."""
        return self.base_url + path

    def hits(self, target: str) -> int:
        """How many requests arrived for ``target`` (path plus query, as sent)."""
        with self._lock:
            return self._hits.get(target, 0)

    def requests_for(self, path: str) -> list[RequestRecord]:
        """The requests whose path (query ignored) is ``path``."""
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def start(self) -> Self:
        """Bind and serve in a daemon thread."""
        server = _Server((self.host, self._port), _Handler)
        server.owner = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the listening socket."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def dispatch(self, handler: BaseHTTPRequestHandler) -> None:
        """Record the request and run its route (404 when none)."""
        target = handler.path
        record = RequestRecord(
            method=handler.command,
            target=target,
            headers=list(handler.headers.items()),
            time=time.monotonic(),
            server_host=self.host,
        )
        with self._lock:
            self.requests.append(record)
            self._hits[target] = self._hits.get(target, 0) + 1
            hits = self._hits[target]
        parts = urlsplit(target)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        ctx = RouteContext(handler, self, target, hits, query)
        route = self._routes.get(parts.path)
        if route is None:
            ctx.send(404, b"not found", content_type="text/plain")
            return
        route(ctx)


def _ok(ctx: RouteContext) -> None:
    ctx.send(200, OK_HTML)


def _no_type(ctx: RouteContext) -> None:
    ctx.send(200, OK_HTML, content_type=None)


def _slow(ctx: RouteContext) -> None:
    time.sleep(float(ctx.arg("seconds", "0.05")))
    ctx.send(200, OK_HTML)


def _status(ctx: RouteContext) -> None:
    code = int(ctx.arg("code", "500"))
    ctx.send(code, f"status {code}".encode(), content_type="text/plain")


def _flaky(ctx: RouteContext) -> None:
    if ctx.hits <= int(ctx.arg("fail", "2")):
        ctx.send(int(ctx.arg("status", "503")), b"try later", content_type="text/plain")
    else:
        ctx.send(200, OK_HTML)


def _ratelimited(ctx: RouteContext) -> None:
    if ctx.hits <= int(ctx.arg("fail", "1")):
        after = int(ctx.arg("after", "0"))
        if ctx.arg("date", "0") == "1":
            value = formatdate(time.time() + after, usegmt=True)
        else:
            value = str(after)
        ctx.send(429, b"slow down", [("Retry-After", value)], content_type="text/plain")
    else:
        ctx.send(200, OK_HTML)


def _drip(ctx: RouteContext) -> None:
    every = float(ctx.arg("every", "0.2"))
    deadline = time.monotonic() + float(ctx.arg("seconds", "10"))
    ctx.start(200, length=1000)
    ctx.close()
    sent = 0
    while sent < 1000 and time.monotonic() < deadline:
        ctx.write(b"x")
        sent += 1
        time.sleep(every)


def _reset(ctx: RouteContext) -> None:
    ctx.reset()


def _truncated(ctx: RouteContext) -> None:
    ctx.start(200, length=1000)
    ctx.write(b"<html>" + b"y" * 94)
    ctx.close()


def _gzip(ctx: RouteContext) -> None:
    ctx.send(200, GZIP_BODY, [("Content-Encoding", "gzip"), ("Vary", "Accept-Encoding")])


def _gzip_bomb(ctx: RouteContext) -> None:
    ctx.send(200, bomb(int(ctx.arg("mb", "50"))), [("Content-Encoding", "gzip")])


def _redirect(ctx: RouteContext) -> None:
    n = int(ctx.arg("n", "3"))
    location = f"/redirect?n={n - 1}" if n > 1 else "/ok"
    ctx.send(302, b"", [("Location", location)])


def _loop_a(ctx: RouteContext) -> None:
    ctx.send(301, b"", [("Location", "/loop-b")])


def _loop_b(ctx: RouteContext) -> None:
    ctx.send(301, b"", [("Location", ctx.server.url("/loop-a"))])


def _huge(ctx: RouteContext) -> None:
    size = int(ctx.arg("bytes", "5000000"))
    chunked = ctx.arg("chunked", "0") == "1"
    block = b"z" * 65536
    if chunked:
        ctx.start(200, [("Transfer-Encoding", "chunked")], content_type="text/plain")
        ctx.close()
        sent = 0
        while sent < size:
            piece = block[: min(len(block), size - sent)]
            ctx.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            sent += len(piece)
        ctx.write(b"0\r\n\r\n")
        return
    ctx.start(200, content_type="text/plain", length=size)
    ctx.close()
    sent = 0
    while sent < size:
        piece = block[: min(len(block), size - sent)]
        ctx.write(piece)
        sent += len(piece)


def _png(ctx: RouteContext) -> None:
    ctx.send(200, PNG, content_type="image/png")


def _pdf(ctx: RouteContext) -> None:
    ctx.send(200, PDF, content_type="application/pdf")


def _etag(ctx: RouteContext) -> None:
    validators = [("ETag", ETAG), ("Last-Modified", LAST_MODIFIED)]
    if_none_match = ctx.header("If-None-Match")
    since = ctx.header("If-Modified-Since")
    fresh = if_none_match == ETAG if if_none_match is not None else False
    if if_none_match is None and since:
        try:
            fresh = parsedate_to_datetime(since) >= parsedate_to_datetime(LAST_MODIFIED)
        except (TypeError, ValueError):
            fresh = False
    if fresh:
        ctx.start(304, validators, content_type=None)
        return
    ctx.send(200, OK_HTML, validators)


def _robots(ctx: RouteContext) -> None:
    robots = ctx.server.robots
    if robots is None:
        ctx.send(404, b"no robots here", content_type="text/plain")
    elif isinstance(robots, int):
        ctx.send(robots, b"robots status", content_type="text/plain")
    else:
        ctx.send(200, robots.encode(), content_type="text/plain")


def _standard_routes() -> dict[str, Route]:
    return {
        "/ok": _ok,
        "/no-type": _no_type,
        "/slow": _slow,
        "/status": _status,
        "/flaky": _flaky,
        "/ratelimited": _ratelimited,
        "/drip": _drip,
        "/reset": _reset,
        "/truncated": _truncated,
        "/gzip": _gzip,
        "/gzip-bomb": _gzip_bomb,
        "/redirect": _redirect,
        "/loop-a": _loop_a,
        "/loop-b": _loop_b,
        "/huge": _huge,
        "/image.png": _png,
        "/doc.pdf": _pdf,
        "/etag": _etag,
        "/robots.txt": _robots,
    }
