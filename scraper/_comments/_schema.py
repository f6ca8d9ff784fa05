"""schema.org comments in JSON-LD: ``comment`` entries of an Article or DiscussionForumPosting."""

from __future__ import annotations

import json
from typing import Any

from lxml.html import HtmlElement

from scraper._comments._dates import parse_machine_time, parse_shown_time
from scraper._comments._fields import Context
from scraper._comments._record import Found, RawComment
from scraper._comments._text import clean_author, norm

__all__ = ["read_jsonld"]

_MAX_DEPTH = 12


def read_jsonld(tree: HtmlElement, context: Context) -> Found:
    """Comments (and their nested replies) from every JSON-LD block of the page."""
    found = Found(family="json-ld")
    for script in context.index.json_ld:
        try:
            data = json.loads(script.text or "")
        except (json.JSONDecodeError, RecursionError):
            continue
        _walk(data, found, context, parent=None, depth=0, in_comment=False)
    return found


def _walk(
    data: Any, found: Found, context: Context, *, parent: int | None, depth: int, in_comment: bool
) -> None:
    """Visit JSON-LD nodes; ``comment`` values become records, their own ``comment`` replies."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(data, list):
        for entry in data:
            _walk(entry, found, context, parent=parent, depth=depth + 1, in_comment=in_comment)
        return
    if not isinstance(data, dict):
        return
    for key, value in data.items():
        if key in {"comment", "comments"}:
            for entry in value if isinstance(value, list) else [value]:
                if isinstance(entry, dict):
                    own = _record(entry, found, context, parent)
                    _walk(entry, found, context, parent=own, depth=depth + 1, in_comment=True)
        elif key == "@graph" or (
            isinstance(value, dict | list)
            and key in {"mainEntity", "hasPart", "itemListElement", "item"}
        ):
            _walk(value, found, context, parent=parent, depth=depth + 1, in_comment=in_comment)


def _record(
    entry: dict[str, Any], found: Found, context: Context, parent: int | None
) -> int | None:
    """Append one comment record; returns its index (for its replies)."""
    text = norm(_string(entry.get("text") or entry.get("commentText") or entry.get("description")))
    if not text:
        return None
    author = entry.get("author") or entry.get("creator")
    if isinstance(author, list):
        author = author[0] if author else None
    if isinstance(author, dict):
        author = author.get("name") or author.get("alternateName")
    when = _string(
        entry.get("dateCreated") or entry.get("datePublished") or entry.get("commentTime")
    )
    published = parse_machine_time(when) or parse_shown_time(
        when, reference=context.reference, lang=context.lang
    )
    page_id = _string(entry.get("@id") or entry.get("identifier") or entry.get("url")) or None
    if page_id and "#" in page_id:
        page_id = page_id.rsplit("#", 1)[1] or page_id
    found.comments.append(
        RawComment(
            text=text,
            author=clean_author(_string(author)),
            published=published,
            shown=published,
            page_id=page_id,
            parent=parent,
        )
    )
    return len(found.comments) - 1


def _string(value: Any) -> str:
    """A JSON value as text (numbers and strings), anything else as empty."""
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value)
    return ""
