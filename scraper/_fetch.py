"""fetch(): the one-call synchronous face of the async Fetcher (same core, run to completion)."""

from __future__ import annotations

import asyncio
from datetime import datetime

import httpx

from scraper._exchange import Exchange
from scraper._fetch_options import FetchOptions
from scraper._fetcher import Fetcher

__all__ = ["fetch"]


def fetch(
    url: str,
    *,
    options: FetchOptions | None = None,
    etag: str | None = None,
    last_modified: str | datetime | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> Exchange:
    """Fetch ``url`` politely and return the exact exchange (see Fetcher.fetch for errors).

    Runs a fresh Fetcher on its own event loop, so call it from synchronous code only; for
    many URLs or inside async code use ``async with Fetcher(...)`` and share its pacing.
    """

    async def run() -> Exchange:
        async with Fetcher(options, transport=transport) as fetcher:
            return await fetcher.fetch(url, etag=etag, last_modified=last_modified)

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(run())
    raise RuntimeError("fetch() cannot run inside an event loop; use `async with Fetcher()`")
