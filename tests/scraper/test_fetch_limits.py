"""Decoding and size guards: content codings undone incrementally, bombs refused."""

from __future__ import annotations

import gzip
import zlib
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scraper import Exchange, FetchError, ResponseTooLargeError
from scraper._limits import ContentDecoder, decode_body, parse_content_encoding
from scraper._retry import backoff_delay, is_retryable_status, parse_retry_after

PAYLOAD = b"<html><body>" + b"<p>Reported by local press.</p>" * 500 + b"</body></html>"


def exchange(body: bytes, headers: list[tuple[str, str]]) -> Exchange:
    return Exchange(
        url="http://a.example/",
        status=200,
        headers=headers,
        body=body,
        started_at=datetime.now(UTC),
    )


def test_gzip_and_zlib_and_raw_deflate() -> None:
    raw = zlib.compressobj(wbits=-15)
    raw_deflate = raw.compress(PAYLOAD) + raw.flush()
    assert decode_body(gzip.compress(PAYLOAD), "gzip", max_bytes=10**6) == PAYLOAD
    assert decode_body(zlib.compress(PAYLOAD), "deflate", max_bytes=10**6) == PAYLOAD
    assert decode_body(raw_deflate, "deflate", max_bytes=10**6) == PAYLOAD
    assert decode_body(PAYLOAD, "identity", max_bytes=10**6) == PAYLOAD


def test_stacked_codings_are_undone_in_reverse() -> None:
    body = gzip.compress(zlib.compress(PAYLOAD))
    assert decode_body(body, "deflate, gzip", max_bytes=10**6) == PAYLOAD
    assert parse_content_encoding("Deflate, GZIP, identity") == ["deflate", "gzip"]


def test_brotli_when_installed() -> None:
    brotli = pytest.importorskip("brotli")
    assert decode_body(brotli.compress(PAYLOAD), "br", max_bytes=10**6) == PAYLOAD
    bomb = brotli.compress(b"\0" * 20_000_000)
    with pytest.raises(ResponseTooLargeError):
        decode_body(bomb, "br", max_bytes=1_000_000)


def test_gzip_bomb_stops_at_the_limit() -> None:
    bomb = gzip.compress(b"\0" * 30_000_000)
    assert len(bomb) < 100_000
    with pytest.raises(ResponseTooLargeError, match="1000000"):
        exchange(bomb, [("Content-Encoding", "gzip")]).decoded_body(max_bytes=1_000_000)


def test_plain_body_over_the_limit() -> None:
    with pytest.raises(ResponseTooLargeError):
        decode_body(b"x" * 11, None, max_bytes=10)


def test_unknown_and_corrupt_codings_are_fetch_errors() -> None:
    with pytest.raises(FetchError, match="unsupported content-encoding 'compress'"):
        exchange(b"abc", [("Content-Encoding", "compress")]).decoded_body()
    with pytest.raises(FetchError, match="corrupt"):
        exchange(b"not gzip at all", [("Content-Encoding", "gzip")]).decoded_body()


def test_is_html_and_charset() -> None:
    page = exchange(b"<p>x", [("Content-Type", "application/xhtml+xml; charset=ISO-8859-1")])
    assert page.is_html and page.charset == "iso-8859-1"
    assert not exchange(b"<html>", [("Content-Type", "application/json")]).is_html
    sniffed = exchange(gzip.compress(b"  <!DOCTYPE html><p>x"), [("Content-Encoding", "gzip")])
    assert sniffed.is_html and sniffed.charset is None
    assert not exchange(b"%PDF-1.4", []).is_html
    assert not exchange(b"garbage", [("Content-Encoding", "gzip")]).is_html


def test_exchange_round_trips_through_json() -> None:
    ex = exchange(gzip.compress(PAYLOAD), [("Content-Encoding", "gzip")])
    again = Exchange.model_validate_json(ex.model_dump_json())
    assert again.body == ex.body and again.decoded_body() == PAYLOAD


def test_retry_after_forms() -> None:
    now = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after("Wed, 01 May 2024 12:00:30 GMT", now=now) == 30.0
    assert parse_retry_after("Wed, 01 May 2024 11:00:00 GMT", now=now) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def test_retryable_statuses() -> None:
    assert all(is_retryable_status(s) for s in (408, 429, 500, 502, 503, 504, 599))
    assert not any(is_retryable_status(s) for s in (200, 304, 400, 403, 404, 410))


def test_backoff_grows_and_is_capped() -> None:
    class Fixed:
        def __init__(self, value: float) -> None:
            self.value = value

        def random(self) -> float:
            return self.value

    lows = [backoff_delay(n, base=1.0, cap=10.0, rng=Fixed(0.0)) for n in range(6)]  # type: ignore[arg-type]
    highs = [backoff_delay(n, base=1.0, cap=10.0, rng=Fixed(1.0)) for n in range(6)]  # type: ignore[arg-type]
    assert lows == [0.5, 1.0, 2.0, 4.0, 5.0, 5.0]
    assert highs == [1.0, 2.0, 4.0, 8.0, 10.0, 10.0]


@settings(max_examples=60, deadline=None)
@given(
    payload=st.binary(max_size=20_000),
    coding=st.sampled_from(["gzip", "deflate", "identity"]),
    cut=st.integers(min_value=1, max_value=4096),
)
def test_incremental_decoding_matches_at_any_chunking(
    payload: bytes, coding: str, cut: int
) -> None:
    encoded = {
        "gzip": gzip.compress,
        "deflate": zlib.compress,
        "identity": lambda b: b,
    }[coding](payload)
    chunks = [encoded[i : i + cut] for i in range(0, len(encoded), cut)]
    assert decode_body(chunks, coding, max_bytes=10**6) == payload
    decoder = ContentDecoder(parse_content_encoding(coding) or ["gzip"], max_bytes=10**6)
    if coding != "identity":
        assert b"".join(decoder.feed(c) for c in chunks) + decoder.finish() == payload
