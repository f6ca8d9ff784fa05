"""Forum threads and Q&A pages: when the page has no article outside the posts, the first post
is the article, not a comment."""

from __future__ import annotations

from lxml.html import HtmlElement

from scraper._comments._index import PageIndex, body_marks
from scraper._comments._record import Found, RawComment
from scraper._comments._text import all_text

__all__ = ["drop_thread_starter"]

_MIN_STARTER = 300  # characters: shorter first posts are questions or greetings, not articles
_SKIP_ANCESTORS = frozenset({"nav", "header", "footer", "aside", "form"})
_LONG_PARAGRAPH = 80


def _article_text_outside(found: Found, index: PageIndex) -> int:
    """Characters of article-like text outside the comments: body containers, long paragraphs."""
    inside = {id(el) for raw in found.comments for el in raw.elements}

    def in_comments(element: HtmlElement) -> bool:
        return id(element) in inside or any(id(a) in inside for a in element.iterancestors())

    total = 0
    for mark in body_marks(index):
        if mark.tag != "h1" and not in_comments(mark):
            total += len(" ".join(all_text(mark).split()))
    paragraphs = index.root.iter("p") if index.root is not None else iter(())
    for paragraph in paragraphs:
        if in_comments(paragraph) or any(
            a.tag in _SKIP_ANCESTORS for a in paragraph.iterancestors()
        ):
            continue
        text = " ".join(all_text(paragraph).split())
        if len(text) >= _LONG_PARAGRAPH:
            total += len(text)
    return total


def drop_thread_starter(found: Found, index: PageIndex) -> RawComment | None:
    """Remove and return the first post when it is the page's article; replies to it become
    top-level comments. None (and ``found`` untouched) otherwise."""
    if len(found.comments) < 2:
        return None
    first = found.comments[0]
    if first.parent is not None or len(first.text) < _MIN_STARTER:
        return None
    if _article_text_outside(found, index) * 2 >= len(first.text):
        return None
    found.comments.pop(0)
    starter_ids = {id(el) for el in first.elements}
    for raw in found.comments:
        parent = raw.parent
        if isinstance(parent, int):
            raw.parent = None if parent == 0 else parent - 1
        elif (isinstance(parent, HtmlElement) and id(parent) in starter_ids) or (
            isinstance(parent, str) and parent == first.page_id
        ):
            raw.parent = None
    return first
