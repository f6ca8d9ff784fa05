"""robots.txt per RFC 9309: status rules, caching, redirects, and the fetcher refusing URLs."""

from __future__ import annotations

import asyncio

import pytest

from scraper import FetchOptions, RobotsDisallowedError, fetch
from scraper._robots import RobotsCache, RobotsFile, RobotsPolicy
from tests.scraper.faultserver import FaultServer

UA = "veracity/0.1 (+https://github.com/veracity-osint/veracity)"
FAST = FetchOptions(delay=0.0, autothrottle=False, retries=0, total_timeout=3.0)

RULES = b"""User-agent: *
Disallow: /private
Crawl-delay: 2

User-agent: veracity
Disallow: /no-veracity
"""


def test_rules_apply_to_our_agent() -> None:
    policy = RobotsPolicy.from_file(RobotsFile(200, RULES), now=0.0)
    assert not policy.allows("http://a.example/private/x", "otherbot")
    assert not policy.allows("http://a.example/no-veracity/x", UA)
    # only the most specific group applies (RFC 9309 2.2.1): ours does not forbid /private
    assert policy.allows("http://a.example/private/x", UA)
    assert policy.allows("http://a.example/no-veracity/x", "otherbot")
    assert policy.crawl_delay("otherbot") == 2.0
    assert policy.crawl_delay(UA) is None


@pytest.mark.parametrize(
    ("status", "allowed"), [(404, True), (401, True), (410, True), (500, False), (503, False)]
)
def test_status_rules(status: int, allowed: bool) -> None:
    policy = RobotsPolicy.from_file(RobotsFile(status, b"Disallow: /"), now=0.0)
    assert policy.allows("http://a.example/page", UA) is allowed


def test_unreachable_disallows_everything() -> None:
    policy = RobotsPolicy.from_file(RobotsFile(None), now=0.0)
    assert not policy.allows("http://a.example/", UA)
    assert "unreachable" in policy.reason


def test_cache_fetches_once_per_origin_within_the_ttl() -> None:
    loads: list[str] = []
    now = [0.0]

    async def load(url: str) -> RobotsFile:
        loads.append(url)
        await asyncio.sleep(0.01)
        return RobotsFile(200, b"User-agent: *\nDisallow: /x\n")

    cache = RobotsCache(load, ttl=100.0, clock=lambda: now[0])

    async def run() -> None:
        await asyncio.gather(*(cache.policy(f"http://a.example/{i}") for i in range(5)))
        await cache.policy("http://b.example:8080/")
        now[0] = 50.0
        await cache.policy("http://a.example/again")
        now[0] = 150.0
        await cache.policy("http://a.example/expired")

    asyncio.run(run())
    assert loads == [
        "http://a.example/robots.txt",
        "http://b.example:8080/robots.txt",
        "http://a.example/robots.txt",
    ]


def test_disallowed_url_is_refused_and_never_requested(fault_server: FaultServer) -> None:
    fault_server.robots = "User-agent: *\nDisallow: /private\n"
    url = fault_server.url("/private/page")
    with pytest.raises(RobotsDisallowedError) as info:
        fetch(url, options=FAST)
    assert info.value.url == url
    assert fault_server.hits("/private/page") == 0
    assert fetch(fault_server.url("/ok"), options=FAST).status == 200


def test_robots_404_allows_all(fault_server: FaultServer) -> None:
    fault_server.robots = None
    assert fetch(fault_server.url("/ok"), options=FAST).status == 200
    assert fault_server.hits("/robots.txt") == 1


def test_robots_500_disallows_all(fault_server: FaultServer) -> None:
    fault_server.robots = 500
    with pytest.raises(RobotsDisallowedError, match="status 500"):
        fetch(fault_server.url("/ok"), options=FAST)
    assert fault_server.hits("/ok") == 0


def test_robots_unreachable_disallows_all(fault_server: FaultServer) -> None:
    fault_server.route("/robots.txt", lambda ctx: ctx.reset())
    with pytest.raises(RobotsDisallowedError, match="unreachable"):
        fetch(fault_server.url("/ok"), options=FAST)


def test_respect_robots_false_skips_it(fault_server: FaultServer) -> None:
    fault_server.robots = "User-agent: *\nDisallow: /\n"
    ex = fetch(fault_server.url("/ok"), options=FAST.model_copy(update={"respect_robots": False}))
    assert ex.status == 200
    assert fault_server.hits("/robots.txt") == 0


def test_robots_redirects_are_followed(fault_server: FaultServer) -> None:
    fault_server.route("/robots.txt", lambda ctx: ctx.send(301, b"", [("Location", "/r2")]))
    fault_server.route("/r2", lambda ctx: ctx.send(302, b"", [("Location", "/real-robots")]))
    fault_server.route(
        "/real-robots",
        lambda ctx: ctx.send(200, b"User-agent: *\nDisallow: /secret\n", content_type="text/plain"),
    )
    with pytest.raises(RobotsDisallowedError):
        fetch(fault_server.url("/secret"), options=FAST)
    assert fault_server.hits("/real-robots") == 1


def test_robots_redirect_loop_counts_as_unavailable(fault_server: FaultServer) -> None:
    fault_server.route("/robots.txt", lambda ctx: ctx.send(301, b"", [("Location", "/robots.txt")]))
    assert fetch(fault_server.url("/ok"), options=FAST).status == 200
    assert fault_server.hits("/robots.txt") == 6  # the first try and five redirects


def test_failures_are_cached_briefly_then_asked_again() -> None:
    answers = [RobotsFile(503), RobotsFile(200, b"User-agent: *\nDisallow: /x\n")]
    now = [0.0]

    async def load(url: str) -> RobotsFile:
        return answers.pop(0)

    cache = RobotsCache(load, ttl=86_400.0, clock=lambda: now[0])

    async def run() -> tuple[bool, bool, bool]:
        first = (await cache.policy("http://a.example/")).allows("http://a.example/y", UA)
        now[0] = 60.0
        soon = (await cache.policy("http://a.example/")).allows("http://a.example/y", UA)
        now[0] = 3600.0
        later = (await cache.policy("http://a.example/")).allows("http://a.example/y", UA)
        return first, soon, later

    assert asyncio.run(run()) == (False, False, True)
    assert cache.fetches == 2
