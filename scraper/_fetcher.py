"""The async polite fetcher: robots.txt, per-host pacing, retries, redirects and size limits.

Every request goes through the same path (robots check, host slot, one HTTP exchange read
raw off the wire), so what the caller gets back is exactly what the server sent. httpx errors
never escape: they become the toolkit's FetchError subclasses, each carrying the URL.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Iterable, Mapping
from datetime import UTC, datetime
from email.utils import format_datetime
from types import TracebackType
from typing import Self
from urllib.parse import urljoin

import httpx

from scraper._errors import (
    ConnectError,
    FetchError,
    FetchTimeoutError,
    InvalidURLError,
    ResponseTooLargeError,
    RobotsDisallowedError,
)
from scraper._exchange import Exchange
from scraper._fetch_options import FetchOptions
from scraper._limits import ACCEPT_ENCODING, ContentDecoder, SizeGuard, parse_content_encoding
from scraper._pacing import Clock, HostPacer
from scraper._retry import backoff_delay, is_retryable_status, parse_retry_after
from scraper._robots import (
    ROBOTS_MAX_BYTES,
    ROBOTS_MAX_REDIRECTS,
    RobotsCache,
    RobotsFile,
)

__all__ = ["Fetcher", "Validators", "validate_url"]

log = logging.getLogger("scraper.fetch")

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
_TRANSIENT = (ConnectError, FetchTimeoutError)

Validators = tuple[str | None, str | datetime | None]
"""(etag, last_modified) from an earlier capture of a URL."""


def validate_url(url: str) -> httpx.URL:
    """Parse ``url``; InvalidURLError unless it is an absolute http(s) URL with a host."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise InvalidURLError(f"malformed URL {url!r}: {exc}", url=str(url)) from None
    if parsed.scheme not in ("http", "https"):
        raise InvalidURLError(f"only http and https can be fetched, not {url!r}", url=url)
    if not parsed.host:
        raise InvalidURLError(f"URL has no host: {url!r}", url=url)
    return parsed


def _http_date(value: str | datetime) -> str:
    """An If-Modified-Since value from a string (kept as is) or a datetime."""
    if isinstance(value, str):
        return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return format_datetime(value.astimezone(UTC), usegmt=True)


def _peer_ip(response: httpx.Response) -> str | None:
    """The server's IP address from httpcore's network stream, when the transport has one."""
    stream = response.extensions.get("network_stream")
    if stream is None:
        return None
    addr = stream.get_extra_info("server_addr")
    if isinstance(addr, tuple) and addr:
        return str(addr[0])
    return None


def _pairs(raw: Iterable[tuple[bytes, bytes]]) -> list[tuple[str, str]]:
    return [(k.decode("latin-1"), v.decode("latin-1")) for k, v in raw]


class Fetcher:
    """Fetches URLs politely and returns exact Exchanges; use as ``async with Fetcher() as f``.

    One Fetcher shares its connection pool, robots.txt cache and per-host pacing across all
    its fetches, so run a crawl through one instance, inside one event loop. ``transport``
    swaps the network layer (httpx.MockTransport in tests); ``clock`` swaps the pacer's time
    source.
    """

    def __init__(
        self,
        options: FetchOptions | None = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.options = options or FetchOptions()
        self._transport = transport
        self._client: httpx.AsyncClient | None = None
        opts = self.options
        self.pacer = HostPacer(
            delay=opts.delay,
            max_delay=opts.max_delay,
            autothrottle=opts.autothrottle,
            target_concurrency=opts.target_concurrency,
            per_host=opts.per_host,
            clock=clock,
        )
        self.robots = RobotsCache(
            self._load_robots, ttl=opts.robots_cache_ttl, clock=self.pacer.clock.now
        )
        self._gate = asyncio.Semaphore(opts.concurrency)

    async def __aenter__(self) -> Self:
        opts = self.options
        self._client = httpx.AsyncClient(
            transport=self._transport,
            timeout=httpx.Timeout(opts.timeout),
            follow_redirects=False,
            limits=httpx.Limits(
                max_connections=opts.concurrency + 4,
                max_keepalive_connections=opts.concurrency + 4,
            ),
            headers={
                "User-Agent": opts.user_agent,
                "Accept": _ACCEPT,
                "Accept-Encoding": ACCEPT_ENCODING,
            },
        )
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool."""
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | datetime | None = None,
    ) -> Exchange:
        """Fetch ``url``, following redirects; the final Exchange carries the hops in history.

        ``etag``/``last_modified`` make the request conditional (a 304 comes back as such).
        Raises InvalidURLError, RobotsDisallowedError, ConnectError, FetchTimeoutError,
        ResponseTooLargeError or FetchError (redirect loop or too many redirects).
        """
        validate_url(url)
        extra: dict[str, str] = {}
        if etag:
            extra["If-None-Match"] = etag
        if last_modified:
            extra["If-Modified-Since"] = _http_date(last_modified)
        history: list[Exchange] = []
        seen = [url]
        current = url
        while True:
            exchange = await self._fetch_hop(current, extra)
            location = exchange.header("location")
            if exchange.status not in REDIRECT_STATUSES or not location:
                if history:
                    exchange = exchange.model_copy(update={"history": history})
                return exchange
            history.append(exchange)
            target = urljoin(exchange.url, location.strip())
            if target in seen:
                chain = " -> ".join([*seen, target])
                raise FetchError(f"redirect loop: {chain}", url=url)
            if len(history) > self.options.max_redirects:
                raise FetchError(
                    f"more than {self.options.max_redirects} redirects from {url}", url=url
                )
            validate_url(target)
            seen.append(target)
            current = target

    async def fetch_many(
        self,
        urls: Iterable[str],
        *,
        validators: Mapping[str, Validators] | None = None,
    ) -> AsyncIterator[Exchange | FetchError]:
        """Fetch ``urls`` concurrently under the global and per-host limits.

        Yields each Exchange, or the FetchError it raised (with ``.url``), as it completes;
        ``Exchange.requested_url`` says which input it answers. ``validators`` maps a URL to
        its ``(etag, last_modified)`` from an earlier capture, making that fetch conditional.
        """
        known = validators or {}
        tasks = [
            asyncio.create_task(self._fetch_or_error(url, *known.get(url, (None, None))))
            for url in urls
        ]
        try:
            for next_done in asyncio.as_completed(tasks):
                yield await next_done
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    async def _fetch_or_error(
        self, url: str, etag: str | None, last_modified: str | datetime | None
    ) -> Exchange | FetchError:
        try:
            return await self.fetch(url, etag=etag, last_modified=last_modified)
        except FetchError as exc:
            return exc

    async def _fetch_hop(self, url: str, extra: dict[str, str]) -> Exchange:
        """One URL (no redirects followed): robots check, then tries under the retry policy."""
        opts = self.options
        host = validate_url(url).host
        if opts.respect_robots:
            policy = await self.robots.policy(url)
            self.pacer.set_crawl_delay(host, policy.crawl_delay(opts.user_agent))
            if not policy.allows(url, opts.user_agent):
                raise RobotsDisallowedError(
                    f"robots.txt disallows {url} ({policy.reason})", url=url
                )
        attempt = 0
        while True:
            try:
                async with self.pacer.slot(host, gate=self._gate):
                    exchange, latency = await self._send(url, extra, max_bytes=opts.max_bytes)
            except _TRANSIENT as exc:
                self.pacer.feedback(host, latency=None, ok=False)
                if attempt >= opts.retries:
                    raise
                wait = backoff_delay(attempt, base=opts.backoff, cap=opts.max_retry_wait)
                log.info("retry %d for %s in %.2fs after %s", attempt + 1, url, wait, exc)
                self.pacer.hold_off(host, wait)
                attempt += 1
                continue
            self.pacer.feedback(host, latency=latency, ok=exchange.status < 400)
            if not is_retryable_status(exchange.status) or attempt >= opts.retries:
                return exchange
            retry_after = parse_retry_after(exchange.header("retry-after"))
            if retry_after is not None and retry_after > opts.max_retry_wait:
                log.warning(
                    "giving up on %s: status %d with Retry-After %.0fs > max_retry_wait %.0fs",
                    url,
                    exchange.status,
                    retry_after,
                    opts.max_retry_wait,
                )
                self.pacer.hold_off(host, min(retry_after, opts.max_delay))
                return exchange
            if retry_after is None:
                wait = backoff_delay(attempt, base=opts.backoff, cap=opts.max_retry_wait)
            else:
                wait = retry_after
            log.info("retry %d for %s in %.2fs after %d", attempt + 1, url, wait, exchange.status)
            self.pacer.hold_off(host, wait)
            attempt += 1

    def _require_client(self) -> httpx.AsyncClient:
        if self._client is None:
            raise RuntimeError("use the Fetcher as `async with Fetcher(...) as fetcher:`")
        return self._client

    async def _send(
        self, url: str, extra: dict[str, str], *, max_bytes: int, truncate: bool = False
    ) -> tuple[Exchange, float]:
        """One GET, body read raw, and the latency to its headers (what AutoThrottle follows).

        Errors become toolkit exceptions carrying ``url``.
        """
        client = self._require_client()
        opts = self.options
        started_at = datetime.now(UTC)
        t0 = time.perf_counter()
        try:
            request = client.build_request("GET", url, headers=extra)
            async with asyncio.timeout(opts.total_timeout):
                response = await client.send(request, stream=True)
                latency = time.perf_counter() - t0
                try:
                    ip_address = _peer_ip(response)
                    body = await self._read_body(response, url, max_bytes, truncate=truncate)
                finally:
                    await response.aclose()
        except TimeoutError:
            raise FetchTimeoutError(
                f"no complete response within total_timeout={opts.total_timeout}s: {url}",
                url=url,
            ) from None
        except httpx.TimeoutException as exc:
            raise FetchTimeoutError(f"timed out ({type(exc).__name__}): {url}", url=url) from None
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            raise InvalidURLError(f"cannot request {url}: {exc}", url=url) from None
        except httpx.RemoteProtocolError as exc:
            raise ConnectError(
                f"connection closed or broken mid-response ({exc}): {url}", url=url
            ) from None
        except httpx.TransportError as exc:
            detail = str(exc) or "connection reset or refused"
            raise ConnectError(f"{type(exc).__name__} ({detail}): {url}", url=url) from None
        except httpx.HTTPError as exc:
            raise FetchError(f"{type(exc).__name__} ({exc}): {url}", url=url) from None
        exchange = Exchange(
            url=str(response.url),
            method=request.method,
            request_headers=_pairs(response.request.headers.raw),
            http_version=response.http_version,
            status=response.status_code,
            reason=response.reason_phrase,
            headers=_pairs(response.headers.raw),
            body=body,
            started_at=started_at,
            elapsed=time.perf_counter() - t0,
            ip_address=ip_address,
        )
        return exchange, latency

    async def _read_body(
        self, response: httpx.Response, url: str, max_bytes: int, *, truncate: bool
    ) -> bytes:
        """The raw body, refusing it early by Content-Length or once it passes the limits."""
        declared = response.headers.get("content-length", "")
        if not truncate and declared.isdigit() and int(declared) > max_bytes:
            raise ResponseTooLargeError(
                f"Content-Length {declared} exceeds max_bytes={max_bytes}: {url}", url=url
            )
        guard = SizeGuard(max_bytes, url=url, what="body")
        decoder = self._bomb_guard(response, url)
        if response.is_stream_consumed:  # an httpx.Response(content=...) from a mock transport
            guard.add(len(response.content))
            return response.content
        chunks: list[bytes] = []
        async for chunk in response.aiter_raw():
            if truncate and guard.count + len(chunk) > max_bytes:
                chunks.append(chunk[: max_bytes - guard.count])
                break
            guard.add(len(chunk))
            chunks.append(chunk)
            decoder = _feed_guard(decoder, chunk)
        if decoder is not None:
            _finish_guard(decoder)
        return b"".join(chunks)

    def _bomb_guard(self, response: httpx.Response, url: str) -> ContentDecoder | None:
        """A decoder that only counts decoded bytes, so a bomb is stopped while streaming."""
        codings = parse_content_encoding(response.headers.get("content-encoding"))
        if not codings:
            return None
        try:
            return ContentDecoder(codings, max_bytes=self.options.max_decompressed_bytes, url=url)
        except FetchError:  # an encoding we cannot undo: keep the bytes, decoding fails later
            return None

    async def _load_robots(self, url: str) -> RobotsFile:
        """GET /robots.txt following up to 5 redirects; None status when unreachable."""
        current = url
        for _ in range(ROBOTS_MAX_REDIRECTS + 1):
            host = validate_url(current).host
            try:
                async with self.pacer.slot(host, gate=self._gate):
                    exchange, _ = await self._send(
                        current, {}, max_bytes=ROBOTS_MAX_BYTES, truncate=True
                    )
            except FetchError as exc:
                log.info("robots.txt unreachable at %s: %s", current, exc)
                return RobotsFile(None)
            location = exchange.header("location")
            if exchange.status in REDIRECT_STATUSES and location:
                current = urljoin(current, location.strip())
                try:
                    validate_url(current)
                except InvalidURLError:
                    return RobotsFile(404)
                continue
            body = exchange.body
            if 200 <= exchange.status < 300:
                try:
                    body = exchange.decoded_body(max_bytes=ROBOTS_MAX_BYTES * 4)
                except ResponseTooLargeError:
                    body = b""  # refuse to inflate a bomb; an empty file allows all
                except FetchError:
                    return RobotsFile(None)
            return RobotsFile(exchange.status, body)
        return RobotsFile(404)  # RFC 9309 2.3.1.2: too many redirects, treat as unavailable


def _feed_guard(decoder: ContentDecoder | None, chunk: bytes) -> ContentDecoder | None:
    """Count decoded bytes; a corrupt stream stops the counting (the bytes are kept as sent)."""
    if decoder is None:
        return None
    try:
        decoder.feed(chunk)
    except ResponseTooLargeError:
        raise
    except FetchError:
        return None
    return decoder


def _finish_guard(decoder: ContentDecoder) -> None:
    try:
        decoder.finish()
    except ResponseTooLargeError:
        raise
    except FetchError:
        return
