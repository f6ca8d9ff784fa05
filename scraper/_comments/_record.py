"""The working record each family reader fills in before ids and replies are settled."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from lxml.html import HtmlElement

__all__ = ["Found", "RawComment"]


@dataclass
class RawComment:
    """One comment as read from the page; ``parent``: the parent's element, page id or index."""

    text: str
    author: str | None = None
    published: datetime | None = None
    shown: datetime | None = None
    page_id: str | None = None
    elements: list[HtmlElement] = field(default_factory=list)
    parent: HtmlElement | str | int | None = None
    # a quoted post (``_quotes.py``): its author, its number on the page, or its index here
    quoted_author: str | None = None
    quoted_post: str | None = None
    quoted_index: int | None = None


@dataclass
class Found:
    """What a family reader found: comments, extra section nodes, and furniture texts."""

    family: str
    comments: list[RawComment] = field(default_factory=list)
    nodes: list[HtmlElement] = field(default_factory=list)
    furniture: list[tuple[str, str]] = field(default_factory=list)
