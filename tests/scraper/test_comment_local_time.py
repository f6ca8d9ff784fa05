"""A comment's time reads as the page shows it and still names the exact instant."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from lxml.html import document_fromstring

from scraper._comments import extract_comments


def _blogger(shown: str, epoch_ms: int) -> str:
    return (
        "<html><body><div class='post-body entry-content'>"
        + "<p>Article text here.</p>" * 3
        + "</div><div class='comments' id='comments'><h4>2 comments:</h4>"
        "<div id='Blog1_comments-block-wrapper'><dl id='comments-block'>"
        "<dt class='comment-author' id='c1'>Anonymous said...</dt>"
        "<dd class='comment-body'><p>First comment about the alliance.</p></dd>"
        "<dd class='comment-footer'><span class='comment-timestamp'>"
        f"<a href='?showComment={epoch_ms}#c1' title='comment permalink'>{shown}</a>"
        "</span></dd></dl></div></div></body></html>"
    )


def test_blogger_epoch_and_shown_time_give_local_time_with_offset() -> None:
    instant = datetime(2011, 9, 23, 0, 16, tzinfo=UTC)
    page = _blogger("September 22, 2011 5:16 PM", int(instant.timestamp() * 1000))
    (comment,) = extract_comments(document_fromstring(page)).comments
    assert comment.published is not None
    assert (comment.published.hour, comment.published.minute) == (17, 16)
    assert comment.published.utcoffset() == timedelta(hours=-7)
    assert comment.published == instant


def test_a_shown_time_that_disagrees_keeps_the_instant_in_utc() -> None:
    instant = datetime(2011, 9, 23, 0, 16, 30, tzinfo=UTC)  # 30 s: not a whole zone offset
    page = _blogger("September 22, 2011 5:16 PM", int(instant.timestamp() * 1000))
    (comment,) = extract_comments(document_fromstring(page)).comments
    assert comment.published == instant
