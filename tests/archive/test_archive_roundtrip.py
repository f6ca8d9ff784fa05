"""Property test: whatever the exchange, read() gives back the same headers and body bytes."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive import Archive, verify
from scraper import Exchange

_TOKEN = st.text(
    alphabet=st.characters(min_codepoint=33, max_codepoint=126, exclude_characters=":"),
    min_size=1,
    max_size=20,
)
_VALUE = st.text(
    alphabet=st.characters(
        min_codepoint=32, max_codepoint=0x2FFF, exclude_categories=("Cc", "Cs", "Zl", "Zp")
    ),
    max_size=40,
).map(str.strip)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    body=st.binary(max_size=3000),
    headers=st.lists(st.tuples(_TOKEN, _VALUE), max_size=8),
    status=st.sampled_from([200, 201, 203, 206, 404, 410, 500]),
    micros=st.integers(min_value=0, max_value=999_999),
    path=st.text(alphabet="abcxyz/-_.~%20", max_size=20),
)
def test_read_gives_back_what_add_got(
    body: bytes, headers: list[tuple[str, str]], status: int, micros: int, path: str
) -> None:
    exchange = Exchange(
        url=f"http://prop.example/{path}",
        status=status,
        reason="Whatever",
        headers=headers,
        body=body,
        started_at=datetime(2026, 1, 1, tzinfo=UTC) + timedelta(microseconds=micros),
    )
    with tempfile.TemporaryDirectory() as tmp, Archive(tmp) as store:
        capture = store.add(exchange)
        again = store.add(exchange)
        for stored in (capture, again):
            back = store.read(stored)
            assert back.body == body
            assert back.headers == headers
            assert back.status == status and back.reason == "Whatever"
            assert back.started_at == exchange.started_at
        assert (again.kind == "revisit") == bool(body)
        assert verify(tmp) == []
