"""extract() never crashes or hangs: deep nesting, huge pages, truncated markup, mutated pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scraper import Document, ExtractError, ExtractOptions, extract

SAMPLES = Path(__file__).resolve().parents[2] / "veracity" / "samples"
PAGES = [p.read_bytes() for p in sorted(SAMPLES.glob("*.html"))]
PARAGRAPH = (
    "The prosecutor said the network moved cocaine through the port for years before anyone in "
    "the customs office noticed the pattern in the shipping records."
)


def test_hundred_thousand_levels_of_nesting() -> None:
    page = (
        "<html><body>"
        + "<div>" * 100_000
        + f"<p>{PARAGRAPH}</p>"
        + "</div>" * 100_000
        + "</body></html>"
    )
    doc = extract(page)
    assert PARAGRAPH in doc.text


def test_deep_nesting_of_mixed_inline_tags() -> None:
    page = "<html><body>" + "<span><b><i>" * 30_000 + PARAGRAPH + "</body></html>"
    try:
        doc = extract(page)
    except ExtractError:
        return
    assert "customs office" in doc.text


@pytest.mark.slow
def test_fifty_megabyte_page() -> None:
    filler = "<div class='teaser'><a href='/x'>Another teaser headline</a></div>\n" * 760_000
    page = (
        f"<html><head><title>Big</title></head><body><article><p>{PARAGRAPH}</p>"
        f"<p>{PARAGRAPH} Again.</p></article>{filler}</body></html>"
    ).encode()
    assert len(page) > 50_000_000
    doc = extract(page)
    assert "customs office" in doc.text
    with pytest.raises(ExtractError, match="max_bytes"):
        extract(page, options=ExtractOptions(oversize="error"))


@pytest.mark.parametrize("fraction", [0.05, 0.3, 0.5, 0.77, 0.95])
@pytest.mark.parametrize("page_index", range(len(PAGES)))
def test_truncated_pages(page_index: int, fraction: float) -> None:
    data = PAGES[page_index]
    cut = data[: int(len(data) * fraction)]
    try:
        doc = extract(cut)
    except ExtractError:
        return
    assert isinstance(doc, Document)


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><p>unclosed <b>bold <i>italic <table><tr><td>cell",
        "<<<>>><p>>>text<</p>",
        "<html><body>" + "</div>" * 1000 + f"<p>{PARAGRAPH}</p></body></html>",
        "<html><body><script>" + "x" * 10000,
        "<html><body><p>" + "&#xFFFFFFFF; &#0; &bogus; " * 50 + f"{PARAGRAPH}</p></body></html>",
        "<html><body><p>\x1b[31mred\x1b[0m " + PARAGRAPH + "\u202e</p></body></html>",
        f"<svg><p>{PARAGRAPH}</p></svg>",
        f"\x01<html><body><p>\x02{PARAGRAPH}\x7f</p></body></html>",  # found by hypothesis
    ],
)
def test_broken_markup(page: str) -> None:
    try:
        doc = extract(page)
    except ExtractError:
        return
    assert "\x1b" not in doc.text and "\u202e" not in doc.text


INSERTS = [b"<div>", b"</p>", b"<!--", b"\x00", b"\xff\xfe", b"<script>", b"&#"]


@st.composite
def _mutated_page(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(PAGES)))
    for _ in range(draw(st.integers(min_value=1, max_value=8))):
        kind = draw(st.sampled_from(["cut", "insert", "flip", "delete"]))
        pos = draw(st.integers(min_value=0, max_value=len(data)))
        if kind == "cut":
            del data[pos:]
        elif kind == "insert":
            data[pos:pos] = draw(
                st.sampled_from(
                    [b"<div>", b"</p>", b"<!--", b"\x00", b"\xff\xfe", b"<script>", b"&#"]
                )
                | st.binary(max_size=16)
            )
        elif kind == "flip" and pos < len(data):
            data[pos] = draw(st.integers(min_value=0, max_value=255))
        else:
            del data[pos : pos + draw(st.integers(min_value=1, max_value=2000))]
    return bytes(data)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mutated_page())
def test_mutated_sample_pages_give_a_document_or_an_extract_error(page: bytes) -> None:
    try:
        doc = extract(page)
    except ExtractError:
        return
    assert isinstance(doc, Document)
