"""Blogger's comments feed: found in a page's head, read, merged into the page's comments."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from scraper import ExtractError, comment_feed_url, extract, merge_comments, read_comment_feed

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "veracity" / "samples" / "borderlandbeat-zetas-resistencia.html"
FEED = ROOT / "tests" / "data" / "comment_feed" / "blogger-comments.xml"
PAGE_URL = "https://www.borderlandbeat.com/2011/09/los-zetas-forging-alliance-with-la.html"
FEED_URL = "https://www.borderlandbeat.com/feeds/3395849203345826512/comments/default"


def test_feed_url_found_in_a_blogger_page_head() -> None:
    assert comment_feed_url(SAMPLE.read_bytes(), url=PAGE_URL) == FEED_URL + "?max-results=500"


def test_relative_feed_link_is_resolved_and_other_feeds_are_ignored() -> None:
    page = (
        b"<html><head>"
        b'<link rel="alternate" type="application/atom+xml" href="/feeds/posts/default">'
        b"<link type='application/atom+xml' rel='alternate' "
        b"href='/feeds/42/comments/default'></head><body></body></html>"
    )
    assert comment_feed_url(page, url="http://blog.example/2020/01/p.html") == (
        "http://blog.example/feeds/42/comments/default?max-results=500"
    )


@pytest.mark.parametrize(
    "head",
    [
        b"",  # no feed at all
        b'<link rel="alternate" type="application/atom+xml" href="/feeds/posts/default">',
        b'<link rel="alternate" type="application/rss+xml" href="/feeds/42/comments/default">',
        b'<link rel="alternate" type="application/atom+xml" '
        b'href="javascript:/feeds/1/comments/default">',
    ],
)
def test_no_feed_url_without_a_comments_atom_link(head: bytes) -> None:
    assert comment_feed_url(b"<html><head>" + head + b"</head></html>", url=PAGE_URL) is None


def test_feed_entries_become_comment_records() -> None:
    feed = read_comment_feed(FEED.read_bytes(), url=FEED_URL + "?max-results=500")
    assert [c.id for c in feed.comments] == [
        "c6930147722583014550",
        "c7100000000000000001",
        "c7100000000000000002",
    ]
    reply = feed.comments[1]
    assert reply.author == "Tapatío en Texas"
    assert reply.reply_to == "c5519083847620981448"
    assert reply.published is not None
    assert reply.published.astimezone(UTC) == datetime(2011, 9, 24, 15, 10, tzinfo=UTC)
    assert reply.text == (
        "My cousin drives a taxi in Zapopan and says the checkpoints are back. "
        "Nobody talks about it on the news."
    )  # the escaped <script> is not text
    assert feed.next_url == FEED_URL + "?start-index=501&max-results=500"


@pytest.mark.parametrize(
    "data",
    [b"", b"<feed", b"not xml at all \x00\xff", b"<html><body>a page</body></html>"],
)
def test_unreadable_feeds_raise_extract_error(data: bytes) -> None:
    with pytest.raises(ExtractError, match=r"feed"):
        read_comment_feed(data, url=FEED_URL)


def test_external_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret")
    data = (
        f"<?xml version='1.0'?><!DOCTYPE feed [<!ENTITY x SYSTEM '{secret.as_uri()}'>]>"
        "<feed xmlns='http://www.w3.org/2005/Atom'><entry>"
        "<id>tag:blogger.com,1999:blog-1.post-9</id><content type='text'>a &x; b</content>"
        "</entry></feed>"
    ).encode()
    comments = read_comment_feed(data, url=FEED_URL).comments
    assert all("secret" not in c.text for c in comments)


def test_merge_keeps_page_records_and_adds_the_feeds_others_in_time_order() -> None:
    document = extract(SAMPLE.read_bytes(), url=PAGE_URL)
    assert len(document.comments) == 6
    feed = read_comment_feed(FEED.read_bytes(), url=FEED_URL).comments
    merged = merge_comments(document, feed)
    assert len(merged.comments) == 8
    assert merged.comments[:6] == document.comments  # the page's records are untouched
    assert [c.id for c in merged.comments[6:]] == ["c7100000000000000001", "c7100000000000000002"]
    times = [c.published for c in merged.comments]
    assert times == sorted(times)  # type: ignore[type-var]
    assert merged.body == document.body and merged.title == document.title
    assert len(document.comments) == 6  # the input is not changed


def test_merge_fills_what_the_page_lacked() -> None:
    document = extract(SAMPLE.read_bytes(), url=PAGE_URL)
    bare = [c.model_copy(update={"author": None, "published": None}) for c in document.comments]
    feed = read_comment_feed(FEED.read_bytes(), url=FEED_URL).comments
    merged = merge_comments(document.model_copy(update={"comments": bare}), feed)
    filled = next(c for c in merged.comments if c.id == "c6930147722583014550")
    assert filled.author == "Anonymous" and filled.published is not None
    assert filled.text == bare[4].text
