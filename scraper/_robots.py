"""robots.txt per RFC 9309, parsed by protego and cached per origin with a TTL.

A 2xx file is obeyed; 4xx (or too many redirects) means everything is allowed; a 5xx or an
unreachable server means everything is disallowed until the entry expires.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from protego import Protego

__all__ = ["RobotsCache", "RobotsFile", "RobotsPolicy", "origin_of"]

# RFC 9309 section 2.5: parse at least 500 KiB; we read no more than that.
ROBOTS_MAX_BYTES = 512_000
ROBOTS_MAX_REDIRECTS = 5
# A failing robots.txt (5xx, unreachable) disallows everything, but only this long: one bad
# minute on the server should not block the site for a whole day.
ROBOTS_ERROR_TTL = 600.0


@dataclass(frozen=True)
class RobotsFile:
    """What fetching /robots.txt produced: a status and body, or None when unreachable."""

    status: int | None
    body: bytes = b""


@dataclass(frozen=True)
class RobotsPolicy:
    """The rules for one origin: a parsed file, or a blanket allow/deny."""

    parser: Protego | None
    allow_all: bool
    fetched_at: float
    reason: str

    @classmethod
    def from_file(cls, result: RobotsFile, *, now: float) -> RobotsPolicy:
        """Apply RFC 9309's status rules to a fetched robots.txt."""
        status = result.status
        if status is None:
            return cls(None, False, now, "robots.txt unreachable: disallow all")
        if 200 <= status < 300:
            text = result.body[:ROBOTS_MAX_BYTES].decode("utf-8", errors="replace")
            return cls(Protego.parse(text), True, now, "robots.txt rules")
        if 400 <= status < 500:
            return cls(None, True, now, f"robots.txt status {status}: allow all")
        if status >= 500:
            return cls(None, False, now, f"robots.txt status {status}: disallow all")
        # 1xx or an unresolved 3xx: treat as unavailable (RFC 9309 2.3.1.2).
        return cls(None, True, now, f"robots.txt status {status}: allow all")

    @property
    def failed(self) -> bool:
        """True for the blanket deny of a failing robots.txt (5xx or unreachable)."""
        return self.parser is None and not self.allow_all

    def allows(self, url: str, user_agent: str) -> bool:
        """Whether ``user_agent`` may fetch ``url``."""
        if self.parser is None:
            return self.allow_all
        return bool(self.parser.can_fetch(url, user_agent))

    def crawl_delay(self, user_agent: str) -> float | None:
        """The Crawl-delay for ``user_agent`` in seconds, if the file sets one."""
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(user_agent)
        return float(delay) if delay is not None else None


def origin_of(url: str) -> str:
    """scheme://host[:port] of ``url``; robots.txt applies per origin (RFC 9309 2.3)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


class RobotsCache:
    """Fetches each origin's robots.txt once (per TTL), even under concurrent requests.

    Failures (5xx, unreachable) are kept for at most ROBOTS_ERROR_TTL, then asked again.
    """

    def __init__(
        self,
        load: Callable[[str], Awaitable[RobotsFile]],
        *,
        ttl: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._load = load
        self._ttl = ttl
        self._error_ttl = min(ttl, ROBOTS_ERROR_TTL)
        self._clock = clock
        self._entries: dict[str, RobotsPolicy] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self.fetches = 0

    async def policy(self, url: str) -> RobotsPolicy:
        """The cached or freshly fetched policy for ``url``'s origin."""
        origin = origin_of(url)
        lock = self._locks.setdefault(origin, asyncio.Lock())
        async with lock:
            entry = self._entries.get(origin)
            if entry is not None:
                ttl = self._error_ttl if entry.failed else self._ttl
                if self._clock() - entry.fetched_at < ttl:
                    return entry
            self.fetches += 1
            result = await self._load(origin + "/robots.txt")
            entry = RobotsPolicy.from_file(result, now=self._clock())
            self._entries[origin] = entry
            return entry
