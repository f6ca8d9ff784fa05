"""Per-host pacing: one request at a time per host, spaced by a delay that adapts to the server.

The delay follows Scrapy's AutoThrottle: after each response it moves halfway toward
``latency / target_concurrency`` (latency: request sent to response headers), never below
the floor (the configured delay or the site's robots.txt Crawl-delay, whichever is larger) nor
above ``max_delay``; an error response never lowers it and a failed connection doubles it.
Spacing is measured start to start, as in Scrapy. Time comes from a Clock so tests can drive
it by hand.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Protocol

__all__ = ["Clock", "HostPacer", "MonotonicClock"]


class Clock(Protocol):
    """Where the pacer reads time and how it waits; swap in a fake for tests."""

    def now(self) -> float:
        """Seconds on a monotonic scale."""
        ...

    async def sleep(self, seconds: float) -> None:
        """Wait ``seconds``."""
        ...


class MonotonicClock:
    """The real clock: time.monotonic and asyncio.sleep."""

    def now(self) -> float:
        """Seconds from time.monotonic."""
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        """asyncio.sleep, so other hosts keep going meanwhile."""
        await asyncio.sleep(seconds)


@dataclass
class _Host:
    delay: float
    floor: float
    slots: asyncio.Semaphore
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    last_start: float | None = None
    not_before: float = 0.0
    starts: int = 0


class HostPacer:
    """Hands out request slots per host, honouring spacing, hold-offs and per-host limits."""

    def __init__(
        self,
        *,
        delay: float,
        max_delay: float,
        autothrottle: bool = True,
        target_concurrency: float = 1.0,
        per_host: int = 1,
        clock: Clock | None = None,
    ) -> None:
        self._delay = delay
        self._max_delay = max(max_delay, delay)
        self._autothrottle = autothrottle
        self._target = target_concurrency
        self._per_host = per_host
        self.clock: Clock = clock or MonotonicClock()
        self._hosts: dict[str, _Host] = {}

    def _host(self, host: str) -> _Host:
        state = self._hosts.get(host)
        if state is None:
            state = _Host(self._delay, self._delay, asyncio.Semaphore(self._per_host))
            self._hosts[host] = state
        return state

    def delay_for(self, host: str) -> float:
        """The current spacing for ``host`` in seconds."""
        return self._host(host).delay

    def set_crawl_delay(self, host: str, seconds: float | None) -> None:
        """Raise the floor for ``host`` to a robots.txt Crawl-delay (capped at max_delay)."""
        if seconds is None:
            return
        state = self._host(host)
        state.floor = min(max(self._delay, float(seconds)), self._max_delay)
        state.delay = max(state.delay, state.floor)

    def hold_off(self, host: str, seconds: float) -> None:
        """Send nothing to ``host`` for ``seconds`` (Retry-After, retry backoff)."""
        state = self._host(host)
        state.not_before = max(state.not_before, self.clock.now() + seconds)

    @asynccontextmanager
    async def slot(
        self, host: str, *, gate: asyncio.Semaphore | None = None
    ) -> AsyncIterator[None]:
        """Wait for a turn at ``host`` and hold it for one request.

        ``gate`` (the global concurrency limit) is taken after the host's wait and before the
        start is recorded, so a request queued for a global slot never shortens the spacing.
        """
        state = self._host(host)
        async with state.slots:
            async with state.lock:
                while True:
                    ready = state.not_before
                    if state.last_start is not None:
                        ready = max(ready, state.last_start + state.delay)
                    wait = ready - self.clock.now()
                    if wait <= 0:
                        break
                    await self.clock.sleep(wait)
                if gate is not None:
                    await gate.acquire()
                state.last_start = self.clock.now()
                state.starts += 1
            try:
                yield
            finally:
                if gate is not None:
                    gate.release()

    def feedback(self, host: str, *, latency: float | None, ok: bool) -> None:
        """Adapt ``host``'s delay after a request: latency in seconds, None if it failed."""
        if not self._autothrottle:
            return
        state = self._host(host)
        if latency is None:
            state.delay = min(max(state.delay * 2, state.floor, 0.001), self._max_delay)
            return
        target = latency / self._target
        proposed = max(target, (state.delay + target) / 2)
        proposed = min(max(state.floor, proposed), self._max_delay)
        if not ok and proposed <= state.delay:
            return
        state.delay = proposed
