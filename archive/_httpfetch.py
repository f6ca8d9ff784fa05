"""A minimal raw-bytes httpx fetcher, used by ``run`` only when ``scraper.Fetcher`` is absent.

It keeps what a WARC needs (headers in order, the payload still content-encoded, redirect hops)
but none of the politeness of the real fetcher (robots.txt, pacing): prefer ``scraper.Fetcher``.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from types import TracebackType
from urllib.parse import urljoin

import httpx

from scraper import (
    ConnectError,
    Exchange,
    FetchTimeoutError,
    InvalidURLError,
    ResponseTooLargeError,
)

__all__ = ["SimpleFetcher"]

_REDIRECTS = {301, 302, 303, 307, 308}


class SimpleFetcher:
    """Fetch URLs with httpx, keeping raw bytes and every redirect hop."""

    def __init__(
        self,
        *,
        timeout: float = 30.0,
        max_bytes: int = 20 * 1024 * 1024,
        max_redirects: int = 10,
        user_agent: str = "veracity-archive/0.1",
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self._client = httpx.AsyncClient(
            timeout=timeout,
            follow_redirects=False,
            headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"},
            transport=transport,
        )

    async def __aenter__(self) -> SimpleFetcher:
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
        await self._client.aclose()

    async def _one(self, url: str, headers: dict[str, str]) -> Exchange:
        started = datetime.now(UTC)
        clock = time.monotonic()
        try:
            async with self._client.stream("GET", url, headers=headers) as response:
                body = bytearray()
                async for chunk in response.aiter_raw():
                    body.extend(chunk)
                    if len(body) > self.max_bytes:
                        raise ResponseTooLargeError(
                            f"{url}: body exceeds {self.max_bytes} bytes", url=url
                        )
                stream = response.extensions.get("network_stream")
                address = stream.get_extra_info("server_addr") if stream is not None else None
                sent = response.request
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as err:
            raise InvalidURLError(f"{url}: {err}", url=url) from None
        except httpx.TimeoutException:
            raise FetchTimeoutError(f"{url}: timed out", url=url) from None
        except httpx.HTTPError as err:
            raise ConnectError(f"{url}: {type(err).__name__}: {err}", url=url) from None
        return Exchange(
            url=str(response.url),
            method="GET",
            request_headers=[
                (k.decode("latin-1"), v.decode("latin-1")) for k, v in sent.headers.raw
            ],
            http_version=response.http_version,
            status=response.status_code,
            reason=response.reason_phrase,
            headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, v in response.headers.raw],
            body=bytes(body),
            started_at=started,
            elapsed=time.monotonic() - clock,
            ip_address=address[0] if isinstance(address, tuple) else None,
        )

    async def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> Exchange:
        """GET ``url`` (conditionally when given validators), following redirects as hops."""
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        hops: list[Exchange] = []
        current = url
        while True:
            exchange = await self._one(current, headers)
            location = exchange.header("location")
            if exchange.status not in _REDIRECTS or not location:
                return exchange.model_copy(update={"history": hops})
            if len(hops) >= self.max_redirects:
                raise ConnectError(f"{url}: more than {self.max_redirects} redirects", url=url)
            hops.append(exchange)
            current = urljoin(current, location)
            headers = {}
