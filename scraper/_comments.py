"""Find reader comments in a parsed page and return each as its own record."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml.html import HtmlElement

from scraper._models import Block, Comment

__all__ = ["CommentsResult", "extract_comments"]


@dataclass
class CommentsResult:
    """Comments found, the page elements that hold the comment section, and comment furniture."""

    comments: list[Comment] = field(default_factory=list)
    nodes: list[HtmlElement] = field(default_factory=list)
    furniture: list[Block] = field(default_factory=list)


def extract_comments(tree: HtmlElement, *, url: str | None = None, lang: str | None = None) -> CommentsResult:
    """Find the comment section of ``tree``; ``nodes`` are to be kept out of the body."""
    return CommentsResult()
