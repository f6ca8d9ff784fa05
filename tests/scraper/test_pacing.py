"""Per-host pacing: spacing, serialisation, Crawl-delay, AutoThrottle (fake clock, real server)."""

from __future__ import annotations

import asyncio
import itertools

import pytest

from scraper import Exchange, Fetcher, FetchError, FetchOptions
from scraper._pacing import HostPacer
from tests.scraper.faultserver import FaultServer


class FakeClock:
    """Time that only moves when someone sleeps; records every sleep."""

    def __init__(self) -> None:
        self.t = 1000.0
        self.sleeps: list[float] = []

    def now(self) -> float:
        return self.t

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.t += seconds
        await asyncio.sleep(0)


def pacer(clock: FakeClock, **kw: object) -> HostPacer:
    settings: dict[str, object] = {"delay": 1.0, "max_delay": 10.0, "autothrottle": True}
    settings.update(kw)
    return HostPacer(clock=clock, **settings)  # type: ignore[arg-type]


async def _starts(p: HostPacer, clock: FakeClock, hosts: list[str]) -> list[tuple[str, float]]:
    starts: list[tuple[str, float]] = []

    async def one(host: str) -> None:
        async with p.slot(host):
            starts.append((host, clock.now()))

    await asyncio.gather(*(one(h) for h in hosts))
    return starts


def test_same_host_requests_are_spaced_by_the_delay() -> None:
    clock = FakeClock()
    p = pacer(clock)
    starts = asyncio.run(_starts(p, clock, ["a", "a", "a"]))
    times = [t for _, t in starts]
    assert times == sorted(times)
    assert all(b - a >= 1.0 for a, b in itertools.pairwise(times))


def test_different_hosts_do_not_wait_for_each_other() -> None:
    clock = FakeClock()
    p = pacer(clock)
    starts = asyncio.run(_starts(p, clock, ["a", "b", "c"]))
    assert {t for _, t in starts} == {1000.0}
    assert clock.sleeps == []


def test_crawl_delay_raises_the_floor_but_not_past_max_delay() -> None:
    clock = FakeClock()
    p = pacer(clock)
    p.set_crawl_delay("a", 4.0)
    assert p.delay_for("a") == 4.0
    starts = asyncio.run(_starts(p, clock, ["a", "a"]))
    assert starts[1][1] - starts[0][1] >= 4.0
    p.set_crawl_delay("b", 1000.0)
    assert p.delay_for("b") == 10.0


def test_hold_off_delays_the_next_request() -> None:
    clock = FakeClock()
    p = pacer(clock)
    p.hold_off("a", 7.0)
    starts = asyncio.run(_starts(p, clock, ["a"]))
    assert starts[0][1] >= 1007.0


def test_autothrottle_follows_latency_and_errors_never_lower_it() -> None:
    clock = FakeClock()
    p = pacer(clock)
    p.feedback("a", latency=4.0, ok=True)  # target 4: max(4, (1+4)/2)
    assert p.delay_for("a") == 4.0
    p.feedback("a", latency=0.5, ok=True)  # halfway down: (4+0.5)/2
    assert p.delay_for("a") == pytest.approx(2.25)
    p.feedback("a", latency=0.01, ok=False)  # an error response may not lower it
    assert p.delay_for("a") == pytest.approx(2.25)
    for _ in range(20):
        p.feedback("a", latency=0.0, ok=True)
    assert p.delay_for("a") == 1.0  # never below the configured delay
    p.feedback("a", latency=100.0, ok=True)
    assert p.delay_for("a") == 10.0  # never above max_delay
    p.feedback("b", latency=None, ok=False)  # a failed connection doubles it
    assert p.delay_for("b") == 2.0


def test_autothrottle_off_keeps_the_delay() -> None:
    clock = FakeClock()
    p = pacer(clock, autothrottle=False)
    p.feedback("a", latency=5.0, ok=True)
    assert p.delay_for("a") == 1.0


def test_global_gate_is_taken_before_the_start_is_recorded() -> None:
    clock = FakeClock()
    p = pacer(clock, delay=0.0)
    gate = asyncio.Semaphore(1)
    inside: list[int] = []
    peak: list[int] = []

    async def one(host: str) -> None:
        async with p.slot(host, gate=gate):
            inside.append(1)
            peak.append(len(inside))
            await asyncio.sleep(0)
            inside.pop()

    async def run() -> None:
        await asyncio.gather(*(one(h) for h in "abcd"))

    asyncio.run(run())
    assert max(peak) == 1


# --- against a real local server: the server records when each request arrived ---


def _fetch_all(urls: list[str], options: FetchOptions) -> list[Exchange | FetchError]:
    async def run() -> list[Exchange | FetchError]:
        async with Fetcher(options) as fetcher:
            return [r async for r in fetcher.fetch_many(urls)]

    return asyncio.run(run())


def test_two_requests_to_one_host_are_spaced(fault_server: FaultServer) -> None:
    opts = FetchOptions(delay=0.4, autothrottle=False, respect_robots=False)
    results = _fetch_all([fault_server.url("/ok?i=1"), fault_server.url("/ok?i=2")], opts)
    assert all(isinstance(r, Exchange) and r.status == 200 for r in results)
    first, second = fault_server.requests_for("/ok")
    # spacing is kept on the client; arrival times on a busy machine jitter, hence the margin
    assert second.time - first.time >= 0.3


def test_requests_to_one_host_never_overlap(fault_server: FaultServer) -> None:
    opts = FetchOptions(delay=0.0, autothrottle=False, respect_robots=False, concurrency=8)
    urls = [fault_server.url(f"/slow?seconds=0.15&i={i}") for i in range(3)]
    results = _fetch_all(urls, opts)
    assert len(results) == 3
    times = sorted(r.time for r in fault_server.requests_for("/slow"))
    # each request waits for the previous 0.15 s answer before it is sent
    assert all(b - a >= 0.14 for a, b in itertools.pairwise(times))


def loopback_servers(count: int) -> list[FaultServer]:
    """Servers on 127.0.0.1 .. 127.0.0.N (distinct hosts); skip where only .1 exists (macOS)."""
    servers: list[FaultServer] = []
    try:
        for i in range(1, count + 1):
            servers.append(FaultServer(host=f"127.0.0.{i}").start())
    except OSError:
        for server in servers:
            server.stop()
        pytest.skip("this system routes only 127.0.0.1")
    return servers


def test_different_hosts_run_concurrently() -> None:
    one, two = loopback_servers(2)
    try:
        opts = FetchOptions(delay=0.0, autothrottle=False, respect_robots=False)
        urls = [one.url("/slow?seconds=0.5"), two.url("/slow?seconds=0.5")]
        results = _fetch_all(urls, opts)
        assert all(isinstance(r, Exchange) for r in results)
        (a,), (b,) = one.requests_for("/slow"), two.requests_for("/slow")
        # the second host did not wait for the first one's 0.5 s answer
        assert abs(a.time - b.time) < 0.4
    finally:
        one.stop()
        two.stop()


def test_crawl_delay_from_robots_is_honoured(fault_server: FaultServer) -> None:
    fault_server.robots = "User-agent: *\nCrawl-delay: 0.5\nAllow: /\n"
    opts = FetchOptions(delay=0.0, autothrottle=False)
    _fetch_all([fault_server.url("/ok?i=1"), fault_server.url("/ok?i=2")], opts)
    robots, first, second = fault_server.requests
    assert robots.path == "/robots.txt"
    assert second.time - first.time >= 0.4


def test_robots_fetch_counts_toward_the_spacing(fault_server: FaultServer) -> None:
    opts = FetchOptions(delay=0.4, autothrottle=False)
    _fetch_all([fault_server.url("/ok")], opts)
    robots, page = fault_server.requests
    assert page.time - robots.time >= 0.3


def test_global_concurrency_limit_holds_across_hosts() -> None:
    servers = loopback_servers(4)
    try:
        opts = FetchOptions(delay=0.0, autothrottle=False, respect_robots=False, concurrency=2)
        results = _fetch_all([s.url("/slow?seconds=0.6") for s in servers], opts)
        assert all(isinstance(r, Exchange) for r in results)
        times = sorted(r.time for s in servers for r in s.requests_for("/slow"))
        # two in flight at most: the third request starts only when one of the first two ends
        assert times[2] - times[0] >= 0.45
        assert times[1] - times[0] < 0.45
    finally:
        for server in servers:
            server.stop()


def test_per_host_above_one_allows_that_many_in_flight() -> None:
    clock = FakeClock()
    p = pacer(clock, delay=0.0, per_host=2)
    inside: list[int] = []
    peak: list[int] = []

    async def one() -> None:
        async with p.slot("a"):
            inside.append(1)
            peak.append(len(inside))
            await asyncio.sleep(0.01)
            inside.pop()

    async def run() -> None:
        await asyncio.gather(*(one() for _ in range(5)))

    asyncio.run(run())
    assert max(peak) == 2


def test_autothrottle_slows_down_for_a_slow_server(fault_server: FaultServer) -> None:
    # latency 0.3 s with target_concurrency 0.5 asks for 0.6 s between starts
    opts = FetchOptions(delay=0.0, autothrottle=True, target_concurrency=0.5, respect_robots=False)
    _fetch_all([fault_server.url(f"/slow?seconds=0.3&i={i}") for i in range(3)], opts)
    times = sorted(r.time for r in fault_server.requests_for("/slow"))
    assert times[2] - times[1] >= 0.5
