"""Replayed traffic: cassettes recorded against the local fault server, replayed offline.

Replay only (record_mode "none") with the network blocked. To re-record after changing the
fetcher, run ``python -m tests.scraper.test_fetch_cassette`` from the repository root: it
serves the fault routes on 127.0.0.1:8765 and rewrites the cassettes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import vcr
from vcr.errors import CannotOverwriteExistingCassetteException

from scraper import FetchOptions, fetch
from tests.scraper.faultserver import ETAG, GZIP_BODY, GZIP_PAYLOAD, OK_HTML, FaultServer

BASE = "http://127.0.0.1:8765"
OPTIONS = FetchOptions(delay=0.0, autothrottle=False, retries=0)
CASSETTES = Path(__file__).parent / "cassettes" / "test_fetch_cassette"

pytestmark = [pytest.mark.vcr, pytest.mark.block_network]


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, object]:
    """Replay only: a request missing from the cassette fails instead of reaching out."""
    return {"record_mode": "none"}


def test_replayed_gzip_page_is_byte_for_byte() -> None:
    ex = fetch(BASE + "/gzip", options=OPTIONS)
    assert ex.status == 200
    assert ex.header("Content-Encoding") == "gzip"
    assert ex.body == GZIP_BODY
    assert ex.decoded_body() == GZIP_PAYLOAD
    assert ex.ip_address is None  # no socket was opened


def test_replayed_redirect_chain() -> None:
    ex = fetch(BASE + "/redirect?n=2", options=OPTIONS)
    assert [h.status for h in ex.history] == [302, 302]
    assert ex.url == BASE + "/ok"
    assert ex.body == OK_HTML


def test_replayed_conditional_get() -> None:
    ex = fetch(BASE + "/etag", options=OPTIONS, etag=ETAG)
    assert ex.status == 304 and ex.body == b""


def test_unrecorded_request_fails_without_the_network() -> None:
    with pytest.raises(CannotOverwriteExistingCassetteException):
        fetch(BASE + "/never-recorded", options=OPTIONS)


def record() -> None:
    """Serve the fault routes on port 8765 and record every cassette above afresh."""
    calls = {
        "test_replayed_gzip_page_is_byte_for_byte": lambda: fetch(BASE + "/gzip", options=OPTIONS),
        "test_replayed_redirect_chain": lambda: fetch(BASE + "/redirect?n=2", options=OPTIONS),
        "test_replayed_conditional_get": lambda: fetch(BASE + "/etag", options=OPTIONS, etag=ETAG),
        "test_unrecorded_request_fails_without_the_network": lambda: None,
    }
    with FaultServer(port=8765):
        for name, call in calls.items():
            path = CASSETTES / f"{name}.yaml"
            path.unlink(missing_ok=True)
            with vcr.use_cassette(str(path), record_mode="all"):
                call()


if __name__ == "__main__":
    record()
