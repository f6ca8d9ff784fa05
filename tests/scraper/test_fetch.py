"""The polite fetcher against a real local server that misbehaves on purpose."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import httpx
import pytest

from scraper import (
    ConnectError,
    Exchange,
    Fetcher,
    FetchError,
    FetchOptions,
    FetchTimeoutError,
    InvalidURLError,
    ResponseTooLargeError,
    fetch,
)
from tests.scraper.faultserver import ETAG, GZIP_BODY, GZIP_PAYLOAD, LAST_MODIFIED, OK_HTML

FAST = FetchOptions(
    delay=0.0,
    autothrottle=False,
    retries=2,
    backoff=0.01,
    max_retry_wait=2.0,
    timeout=2.0,
    total_timeout=3.0,
    max_bytes=1_000_000,
    max_decompressed_bytes=1_000_000,
)


def fast(**changes: object) -> FetchOptions:
    """FAST with some fields changed."""
    return FAST.model_copy(update=changes)


def test_ok_page_fills_every_field(fault_server) -> None:
    before = datetime.now(UTC)
    ex = fetch(fault_server.url("/ok"), options=FAST)
    assert ex.status == 200 and ex.reason == "OK"
    assert ex.url == fault_server.url("/ok")
    assert ex.body == OK_HTML
    assert ex.http_version == "HTTP/1.1"
    assert ex.ip_address == "127.0.0.1"
    assert ex.history == []
    assert before <= ex.started_at <= datetime.now(UTC)
    assert ex.started_at.tzinfo is not None
    assert ex.elapsed > 0
    assert ex.is_html and ex.content_type == "text/html" and ex.charset == "utf-8"
    names = [k for k, _ in ex.headers]
    assert names[:3] == ["Server", "Date", "Content-Type"]  # order and spelling as sent
    sent = dict(ex.request_headers)
    assert sent["User-Agent"] == FAST.user_agent
    assert sent["Host"] == f"127.0.0.1:{fault_server.port}"
    received = fault_server.requests_for("/ok")[0]
    assert received.header("User-Agent") == FAST.user_agent


def test_default_user_agent_names_the_tool() -> None:
    assert FetchOptions().user_agent.startswith("veracity/")
    assert "+http" in FetchOptions().user_agent


@pytest.mark.parametrize("status", [500, 503])
def test_server_error_then_ok_is_retried(fault_server, status: int) -> None:
    target = f"/flaky?fail=2&status={status}"
    ex = fetch(fault_server.url(target), options=FAST)
    assert ex.status == 200
    assert fault_server.hits(target) == 3


def test_persistent_5xx_comes_back_as_an_exchange_after_retries(fault_server) -> None:
    ex = fetch(fault_server.url("/status?code=502"), options=fast(retries=2))
    assert ex.status == 502
    assert ex.body == b"status 502"
    assert fault_server.hits("/status?code=502") == 3


def test_404_is_not_retried(fault_server) -> None:
    ex = fetch(fault_server.url("/status?code=404"), options=FAST)
    assert ex.status == 404
    assert fault_server.hits("/status?code=404") == 1


def test_408_is_retried(fault_server) -> None:
    ex = fetch(fault_server.url("/flaky?fail=1&status=408"), options=FAST)
    assert ex.status == 200


@pytest.mark.parametrize(("after", "as_date"), [("1", "0"), ("2", "1")])
def test_429_waits_for_retry_after(fault_server, after: str, as_date: str) -> None:
    # An HTTP date has one-second resolution: "in 2 s" may mean anything above 1 s.
    target = f"/ratelimited?fail=1&after={after}&date={as_date}"
    ex = fetch(fault_server.url(target), options=fast(max_retry_wait=3.0))
    assert ex.status == 200
    first, second = fault_server.requests_for("/ratelimited")
    assert second.time - first.time >= 0.9


def test_retry_after_beyond_max_retry_wait_gives_up_with_the_429(fault_server) -> None:
    target = "/ratelimited?fail=1&after=3600"
    ex = fetch(fault_server.url(target), options=fast(max_retry_wait=1.0))
    assert ex.status == 429
    assert ex.header("Retry-After") == "3600"
    assert fault_server.hits(target) == 1


def test_slow_drip_hits_the_total_timeout(fault_server) -> None:
    url = fault_server.url("/drip?every=0.1&seconds=5")
    with pytest.raises(FetchTimeoutError) as info:
        fetch(url, options=fast(retries=0, total_timeout=0.5))
    assert info.value.url == url
    assert "total_timeout" in str(info.value)


def test_connection_reset_raises_connect_error_after_retries(fault_server) -> None:
    url = fault_server.url("/reset")
    with pytest.raises(ConnectError) as info:
        fetch(url, options=fast(retries=1))
    assert info.value.url == url
    assert fault_server.hits("/reset") == 2
    assert not isinstance(info.value.__cause__, httpx.HTTPError)


def test_truncated_body_is_a_connect_error(fault_server) -> None:
    url = fault_server.url("/truncated")
    with pytest.raises(ConnectError, match="received 100 bytes, expected 1000") as info:
        fetch(url, options=fast(retries=0))
    assert info.value.url == url


def test_refused_connection_is_a_connect_error(fault_server) -> None:
    url = fault_server.url("/ok")
    fault_server.stop()
    with pytest.raises(ConnectError) as info:
        fetch(url, options=fast(retries=0, respect_robots=False))
    assert info.value.url == url


def test_gzip_body_is_kept_byte_for_byte_and_decodes(fault_server) -> None:
    ex = fetch(fault_server.url("/gzip"), options=FAST)
    assert ex.header("Content-Encoding") == "gzip"
    assert ex.body == GZIP_BODY
    assert ex.decoded_body() == GZIP_PAYLOAD
    assert ex.is_html


def test_gzip_bomb_is_refused_while_streaming(fault_server) -> None:
    url = fault_server.url("/gzip-bomb?mb=20")
    with pytest.raises(ResponseTooLargeError, match="decompressed") as info:
        fetch(url, options=fast(max_decompressed_bytes=1_000_000))
    assert info.value.url == url


def test_bomb_within_fetch_limit_is_still_guarded_by_decoded_body(fault_server) -> None:
    ex = fetch(fault_server.url("/gzip-bomb?mb=5"), options=fast(max_decompressed_bytes=10**7))
    assert len(ex.body) < 100_000
    with pytest.raises(ResponseTooLargeError):
        ex.decoded_body(max_bytes=1_000_000)
    assert len(ex.decoded_body(max_bytes=10**7)) == 5_000_000


def test_huge_body_rejected_by_content_length(fault_server) -> None:
    url = fault_server.url("/huge?bytes=5000000")
    with pytest.raises(ResponseTooLargeError, match="Content-Length") as info:
        fetch(url, options=FAST)
    assert info.value.url == url


def test_huge_chunked_body_stopped_while_streaming(fault_server) -> None:
    url = fault_server.url("/huge?bytes=5000000&chunked=1")
    with pytest.raises(ResponseTooLargeError, match="body exceeds 1000000") as info:
        fetch(url, options=FAST)
    assert info.value.url == url


def test_body_at_the_limit_is_kept(fault_server) -> None:
    ex = fetch(fault_server.url("/huge?bytes=1000000&chunked=1"), options=FAST)
    assert len(ex.body) == 1_000_000


@pytest.mark.parametrize(
    ("path", "kind"), [("/image.png", "image/png"), ("/doc.pdf", "application/pdf")]
)
def test_wrong_content_type_is_returned_but_not_html(fault_server, path: str, kind: str) -> None:
    ex = fetch(fault_server.url(path), options=FAST)
    assert ex.status == 200
    assert ex.content_type == kind
    assert not ex.is_html


def test_missing_content_type_is_sniffed(fault_server) -> None:
    ex = fetch(fault_server.url("/no-type"), options=FAST)
    assert ex.content_type is None
    assert ex.is_html


def test_redirect_chain_records_each_hop(fault_server) -> None:
    ex = fetch(fault_server.url("/redirect?n=3"), options=FAST)
    assert ex.status == 200
    assert ex.url == fault_server.url("/ok")
    assert [h.status for h in ex.history] == [302, 302, 302]
    assert [h.url for h in ex.history] == [
        fault_server.url("/redirect?n=3"),
        fault_server.url("/redirect?n=2"),
        fault_server.url("/redirect?n=1"),
    ]
    assert ex.history[0].header("Location") == "/redirect?n=2"
    assert ex.requested_url == fault_server.url("/redirect?n=3")


def test_redirect_loop_is_named(fault_server) -> None:
    url = fault_server.url("/loop-a")
    with pytest.raises(FetchError, match="redirect loop") as info:
        fetch(url, options=FAST)
    assert info.value.url == url
    assert fault_server.url("/loop-b") in str(info.value)


def test_too_many_redirects(fault_server) -> None:
    url = fault_server.url("/redirect?n=5")
    with pytest.raises(FetchError, match="more than 2 redirects"):
        fetch(url, options=fast(max_redirects=2))
    assert fault_server.hits("/ok") == 0


def test_redirect_to_another_scheme_is_invalid(fault_server) -> None:
    fault_server.route("/to-ftp", lambda ctx: ctx.send(302, b"", [("Location", "ftp://x/")]))
    with pytest.raises(InvalidURLError) as info:
        fetch(fault_server.url("/to-ftp"), options=FAST)
    assert info.value.url == "ftp://x/"


@pytest.mark.parametrize(
    "url", ["ftp://example.org/", "not a url", "http://", "file:///etc/passwd"]
)
def test_invalid_urls(url: str) -> None:
    with pytest.raises(InvalidURLError) as info:
        fetch(url, options=FAST)
    assert info.value.url == url


def test_etag_makes_a_conditional_get(fault_server) -> None:
    first = fetch(fault_server.url("/etag"), options=FAST)
    assert first.status == 200
    again = fetch(fault_server.url("/etag"), options=FAST, etag=first.header("ETag"))
    assert again.status == 304
    assert again.body == b""
    assert ("If-None-Match", ETAG) in again.request_headers


def test_last_modified_makes_a_conditional_get(fault_server) -> None:
    when = datetime(2023, 1, 2, 10, 0, tzinfo=UTC)
    ex = fetch(fault_server.url("/etag"), options=FAST, last_modified=when)
    assert ex.status == 304
    assert ("If-Modified-Since", LAST_MODIFIED) in ex.request_headers
    older = fetch(
        fault_server.url("/etag"), options=FAST, last_modified="Sun, 01 Jan 2023 00:00:00 GMT"
    )
    assert older.status == 200


def test_fetch_many_yields_exchanges_and_errors(fault_server) -> None:
    urls = [fault_server.url(f"/ok?i={i}") for i in range(4)] + [fault_server.url("/reset")]

    async def run() -> list[Exchange | FetchError]:
        async with Fetcher(fast(retries=0)) as fetcher:
            return [r async for r in fetcher.fetch_many(urls)]

    results = asyncio.run(run())
    assert len(results) == 5
    exchanges = [r for r in results if isinstance(r, Exchange)]
    errors = [r for r in results if isinstance(r, FetchError)]
    assert sorted(e.requested_url for e in exchanges) == sorted(urls[:4])
    assert [e.url for e in errors] == [fault_server.url("/reset")]
    assert fault_server.hits("/robots.txt") == 1


def test_mock_transport_is_a_seam() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(200, headers={"Content-Type": "text/html"}, content=b"<html>hi")

    ex = fetch("http://news.invalid/a", options=FAST, transport=httpx.MockTransport(handler))
    assert ex.status == 200 and ex.body == b"<html>hi"
    assert ex.ip_address is None


def test_sync_fetch_refuses_to_run_inside_an_event_loop() -> None:
    async def run() -> None:
        fetch("http://news.invalid/", options=FAST)

    with pytest.raises(RuntimeError, match="Fetcher"):
        asyncio.run(run())


def test_fetcher_needs_its_context() -> None:
    async def run() -> None:
        await Fetcher(FAST).fetch("http://news.invalid/")

    with pytest.raises(RuntimeError, match="async with"):
        asyncio.run(run())


def test_options_reject_contradictions() -> None:
    with pytest.raises(ValueError, match="max_delay"):
        FetchOptions(delay=5, max_delay=1)
    with pytest.raises(ValueError):
        FetchOptions(retries=-1)
    with pytest.raises(ValueError):
        FetchOptions(no_such_option=1)


def test_fetch_many_with_validators_makes_conditional_gets(fault_server) -> None:
    urls = [fault_server.url("/etag"), fault_server.url("/ok")]

    async def run() -> dict[str, int]:
        async with Fetcher(FAST) as fetcher:
            results = fetcher.fetch_many(urls, validators={urls[0]: (ETAG, None)})
            return {r.url: r.status async for r in results if isinstance(r, Exchange)}

    assert asyncio.run(run()) == {urls[0]: 304, urls[1]: 200}


def test_leaving_fetch_many_early_cancels_the_rest(fault_server) -> None:
    urls = [fault_server.url("/ok")] + [fault_server.url(f"/slow?i={i}") for i in range(3)]

    async def run() -> Exchange | FetchError:
        # the others wait for the host's 1 s spacing; leaving the loop cancels them there
        async with Fetcher(fast(delay=1.0, respect_robots=False)) as fetcher:
            async for result in fetcher.fetch_many(urls):
                return result
        raise AssertionError("no result")

    first = asyncio.run(run())
    assert isinstance(first, Exchange) and first.requested_url in urls
    assert len(fault_server.requests) == 1


def test_retry_after_holds_off_the_whole_host(fault_server) -> None:
    urls = [fault_server.url("/ratelimited?fail=1&after=1"), fault_server.url("/ok")]

    async def run() -> list[Exchange | FetchError]:
        async with Fetcher(fast(respect_robots=False)) as fetcher:
            return [r async for r in fetcher.fetch_many(urls)]

    results = asyncio.run(run())
    assert sorted(r.status for r in results if isinstance(r, Exchange)) == [200, 200]
    limited = fault_server.requests_for("/ratelimited")[0]
    other = fault_server.requests_for("/ok")[0]
    assert other.time - limited.time >= 0.8  # the other URL waited out the Retry-After too


def test_chunked_gzip_body_keeps_the_coding_and_drops_the_framing(fault_server) -> None:
    def chunked_gzip(ctx) -> None:
        ctx.start(200, [("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")])
        ctx.close()
        third = len(GZIP_BODY) // 3
        for piece in (GZIP_BODY[:third], GZIP_BODY[third : 2 * third], GZIP_BODY[2 * third :]):
            ctx.write(b"%x\r\n%s\r\n" % (len(piece), piece))
        ctx.write(b"0\r\n\r\n")

    fault_server.route("/chunked-gzip", chunked_gzip)
    ex = fetch(fault_server.url("/chunked-gzip"), options=FAST)
    assert ex.header("Transfer-Encoding") == "chunked"
    assert ex.body == GZIP_BODY
    assert ex.decoded_body() == GZIP_PAYLOAD
