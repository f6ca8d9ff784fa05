"""Blogger's comments feed (``/feeds/<postId>/comments/default``, Atom) as a second comment source.

A Blogger page shows at most 200 comments and threaded layouts load more with JavaScript; the
feed has every comment with its exact time, author and parent. ``archive run`` fetches it beside
each Blogger page and merges what it finds into the page's Document.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any, Protocol
from urllib.parse import urljoin, urlsplit

import lxml.html
from pydantic import BaseModel, ConfigDict

from scraper._comments._text import element_text, norm
from scraper._errors import ExtractError, FetchError
from scraper._exchange import Exchange
from scraper._models import Comment, Document

__all__ = [
    "CommentFeed",
    "comment_feed_pages",
    "comment_feed_url",
    "merge_comments",
    "read_comment_feed",
]

_LINK_TAG = re.compile(rb"<link\b[^>]*>", re.IGNORECASE)
_HREF = re.compile(rb"""\bhref\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_COMMENTS_PATH = re.compile(r"/feeds/(\d+/)?(\d+)/comments/default/?$")
_ENTRY_ID = re.compile(r"\.post-(\d+)$")
_PARENT = re.compile(r"/comments/default/(\d+)$")
_HEAD_BYTES = 256 * 1024
_PAGE_SIZE = 500  # Blogger's largest page of feed entries


class CommentFeed(BaseModel):
    """The comments of one feed page, and the URL of the next page when the feed has more."""

    model_config = ConfigDict(frozen=True)

    comments: list[Comment] = []
    next_url: str | None = None


def comment_feed_url(html: bytes, *, url: str | None = None) -> str | None:
    """The post's comments feed named in the page head (``<link rel="alternate" ...>``), asking
    for the largest page, or None when the page has none (not Blogger, comments off)."""
    for tag in _LINK_TAG.findall(html[:_HEAD_BYTES]):
        lowered = tag.lower()
        if b"alternate" not in lowered or b"atom+xml" not in lowered:
            continue
        found = _HREF.search(tag)
        if found is None:
            continue
        href = found.group(1).decode("ascii", "replace").replace("&amp;", "&").strip()
        absolute = urljoin(url or "", href)
        parts = urlsplit(absolute)
        if parts.scheme in ("http", "https") and _COMMENTS_PATH.search(parts.path):
            return f"{absolute.split('?')[0]}?max-results={_PAGE_SIZE}"
    return None


class _Fetches(Protocol):
    """Anything that fetches a URL into an Exchange (``scraper.Fetcher``, a fake in tests)."""

    async def fetch(self, url: str) -> Exchange: ...


async def comment_feed_pages(
    fetcher: _Fetches, page: Exchange, *, max_pages: int = 4
) -> AsyncIterator[tuple[Exchange, CommentFeed]]:
    """Fetch the comments feed a fetched page names, yielding each feed page as it comes, up to
    ``max_pages``. Raises ``FetchError``/``ExtractError`` when a feed page fails; the pages
    yielded before stay good. Yields nothing for a page without a feed (no extra request)."""
    if page.status != 200 or not page.is_html:
        return
    url = comment_feed_url(page.decoded_body(), url=page.url)
    fetched = 0
    while url and fetched < max_pages:
        answer = await fetcher.fetch(url)
        if answer.status != 200:
            raise FetchError(f"HTTP {answer.status} {answer.reason}".strip(), url=url)
        feed = read_comment_feed(answer.decoded_body(), url=answer.url)
        fetched += 1
        yield answer, feed
        url = feed.next_url


def read_comment_feed(data: bytes, *, url: str) -> CommentFeed:
    """The comments of a Blogger comments feed page (feedparser): id, author, time, text and
    parent; ``ExtractError`` when the data is not a readable Atom feed."""
    import feedparser

    parsed = feedparser.parse(data, resolve_relative_uris=False)
    broken = parsed.get("bozo") and not parsed.entries
    if broken or not str(parsed.get("version", "")).startswith("atom"):
        reason = parsed.get("bozo_exception") or "no Atom feed element"
        raise ExtractError(f"cannot read the comment feed {url}: {reason}")
    comments = [c for c in (_comment(entry) for entry in parsed.entries) if c is not None]
    next_url = _link(parsed.feed, "next")
    return CommentFeed(comments=comments, next_url=urljoin(url, next_url) if next_url else None)


def merge_comments(document: Document, feed: list[Comment]) -> Document:
    """``document`` with the feed's comments merged in: page records keep their text and order,
    fields the page lacked come from the feed, comments only the feed has are added."""
    by_id = {comment.id: comment for comment in feed}
    merged: list[Comment] = []
    for comment in document.comments:
        extra = by_id.pop(comment.id, None)
        if extra is not None:
            comment = comment.model_copy(
                update={
                    "author": comment.author or extra.author,
                    "published": comment.published or extra.published,
                    "reply_to": comment.reply_to or extra.reply_to,
                }
            )
        merged.append(comment)
    merged.extend(by_id.values())
    if by_id and all(comment.published for comment in merged):
        merged.sort(key=lambda comment: comment.published.timestamp())  # type: ignore[union-attr]
    return document.model_copy(update={"comments": merged})


def _comment(entry: Any) -> Comment | None:
    """One feed entry as a Comment, with the page's id form (``c<digits>``)."""
    found = _ENTRY_ID.search(str(entry.get("id", "")))
    contents = entry.get("content") or []
    if found is None or not contents:
        return None
    content = contents[0]
    if "html" in str(content.get("type", "")):  # feedparser has removed scripts and handlers
        text = element_text(lxml.html.fragment_fromstring(content.value, create_parent="div"))
    else:
        text = norm(content.value)
    if not text:
        return None
    parent = _PARENT.search(_link(entry, "related") or "")
    return Comment(
        id=f"c{found.group(1)}",
        author=norm((entry.get("author_detail") or {}).get("name")) or None,
        published=_time(str(entry.get("published", ""))),
        text=text,
        reply_to=f"c{parent.group(1)}" if parent else None,
    )


def _link(element: Any, rel: str) -> str | None:
    """The href of the first link with ``rel`` of a feedparser feed or entry."""
    for link in element.get("links") or []:
        if link.get("rel") == rel and link.get("href"):
            return str(link["href"])
    return None


def _time(value: str) -> datetime | None:
    """An Atom timestamp (``2011-09-22T17:16:00.000-07:00``), None when missing or malformed."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
