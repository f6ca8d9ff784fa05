"""The page's own address (canonical link, og:url): absolute, http(s) only."""

from __future__ import annotations

import pytest

import scraper

ARTICLE = "<article><h1>T</h1>" + "<p>A paragraph long enough to be the body of the story.</p>" * 4


def _page(head: str) -> str:
    return f"<html><head><title>T</title>{head}</head><body>{ARTICLE}</body></html>"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<link rel="canonical" href="https://outlet.example/a">', "https://outlet.example/a"),
        ('<link rel="canonical" href="/story/9">', "http://mirror.example/story/9"),
        ('<meta property="og:url" content="https://outlet.example/b">', "https://outlet.example/b"),
        ('<link rel="canonical" href="javascript:alert(1)">', None),
        ("", None),
    ],
)
def test_canonical_url(head: str, expected: str | None) -> None:
    doc = scraper.extract(_page(head), url="http://mirror.example/copy")
    assert doc.canonical_url == expected
    assert doc.url == "http://mirror.example/copy"
