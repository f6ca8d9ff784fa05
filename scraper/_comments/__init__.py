"""Find reader comments in a parsed page and return each as its own record.

Family readers are tried in order (Blogger's ``dl`` layout, class/id-marked items, forum posts,
JSON-LD, a generic fallback); the first that finds comments wins. The tree is never changed:
the body extractor removes ``nodes`` itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from lxml import etree
from lxml.html import HtmlElement

from scraper._comments._blogger import read_blogger_dl
from scraper._comments._fields import Context
from scraper._comments._forum import read_forum
from scraper._comments._generic import read_generic
from scraper._comments._index import PageIndex, build_index
from scraper._comments._items import read_items
from scraper._comments._quotes import strip_quotes
from scraper._comments._record import Found, RawComment
from scraper._comments._replies import build_comments
from scraper._comments._schema import read_jsonld
from scraper._comments._section import furniture_blocks, section_nodes
from scraper._comments._thread import drop_thread_starter
from scraper._models import Block, Comment

__all__ = ["CommentsResult", "extract_comments"]

_READERS: tuple[Callable[[HtmlElement, Context], Found], ...] = (
    read_blogger_dl,
    read_items,
    read_forum,
    read_jsonld,
    read_generic,
)


@dataclass
class CommentsResult:
    """Comments found, the page elements that hold the comment section, and comment furniture."""

    comments: list[Comment] = field(default_factory=list)
    nodes: list[HtmlElement] = field(default_factory=list)
    furniture: list[Block] = field(default_factory=list)
    # a forum thread's opening post, kept as the article: its author and time are the page's
    starter_author: str | None = None
    starter_published: datetime | None = None


def extract_comments(
    tree: HtmlElement,
    *,
    url: str | None = None,
    lang: str | None = None,
    reference: datetime | None = None,
    index: PageIndex | None = None,
) -> CommentsResult:
    """Find the comment section of ``tree``; ``nodes`` are to be kept out of the body.

    ``reference`` is the moment relative times ("3 hours ago", "hace 3 horas") count back
    from: pass the capture time; it defaults to now. ``index`` is the page's element index when
    the caller already built it (``build_index(tree)``, shared with the furniture pass).
    """
    if index is None:
        index = build_index(tree)
    context = Context(reference=reference, lang=lang or _page_lang(tree), index=index)
    found = Found(family="none")
    for reader in _READERS:
        try:
            found = reader(tree, context)
        except (ValueError, etree.LxmlError):
            continue
        if found.comments and _plausible(found):
            break
        found = Found(family="none")
    starter = drop_thread_starter(found, index)
    strip_quotes(found.comments, starter=starter)
    nodes = section_nodes(found, index)
    if starter is not None:  # keep the opening post in the page: remove each reply on its own
        nodes = _without(nodes, starter, found)
    return CommentsResult(
        comments=build_comments(found.comments),
        nodes=nodes,
        furniture=furniture_blocks(nodes, found),
        starter_author=starter.author if starter is not None else None,
        starter_published=starter.published if starter is not None else None,
    )


_NUMBERED_ID = re.compile(r"^(?:comment|comentario|kommentar|cmt|c)[-_]?\d+$", re.IGNORECASE)


def _without(nodes: list[HtmlElement], starter: RawComment, found: Found) -> list[HtmlElement]:
    """``nodes`` with every node that holds the opening post replaced by the replies themselves."""
    starter_ids = {id(el) for el in starter.elements}

    def holds_starter(node: HtmlElement) -> bool:
        return any(id(el) in starter_ids for el in node.iter())

    kept = [node for node in nodes if not holds_starter(node)]
    if len(kept) == len(nodes):
        return nodes
    elements = [el for raw in found.comments for el in raw.elements]
    ids = {id(el) for el in elements}
    outermost = [el for el in elements if not any(id(a) in ids for a in el.iterancestors())]
    return kept + [el for el in outermost if not any(id(el) == id(k) for k in kept)]


def _plausible(found: Found) -> bool:
    """Forum posts must show a time (half of them at least, not all the same), else the labels
    were an article's bylines; a lone marked item with neither author, time nor a numbered id
    ("comment-1446") is a prompt ("log in to comment"), not a comment. Other families check
    their own evidence."""
    comments = found.comments
    if found.family == "forum":
        times = [raw.published for raw in comments if raw.published is not None]
        return len(times) * 2 >= len(comments) and len(set(times)) >= min(2, len(comments))
    if found.family == "items" and len(comments) == 1:
        lone = comments[0]
        numbered = bool(lone.page_id and _NUMBERED_ID.match(lone.page_id))
        return bool(lone.author) or lone.published is not None or numbered
    return True


def _page_lang(tree: HtmlElement) -> str | None:
    """The page's declared language (``<html lang>``), if any."""
    root = tree.getroottree().getroot() if hasattr(tree, "getroottree") else tree
    value = root.get("lang") or root.get("xml:lang")
    return value or None
