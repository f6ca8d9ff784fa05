"""Fallback for unknown markup: repeated sibling blocks inside a container whose id, class or
heading says comments/comentarios/discussion/responses/respuestas, each with an author-ish and a
date-ish part."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from lxml.html import HtmlElement

from scraper._comments._dates import find_shown_time
from scraper._comments._fields import ACTION_RE, Context, find_time, own_elements
from scraper._comments._record import Found, RawComment
from scraper._comments._text import (
    all_text,
    block_lines,
    clean_author,
    is_furniture,
    norm,
    strip_furniture,
)

__all__ = ["read_generic"]

_SECTION = re.compile(
    r"comment|coment|kommentar|discus|respons|respuesta|reaction|reaccion|opinion|leserbrief|"
    r"replies|talkback|guestbook|gaestebuch|gästebuch|feedback|conversation|conversacion",
    re.IGNORECASE,
)
# A class/id token naming a part of the comment machinery rather than the comments themselves.
_NOT_SECTION = re.compile(
    r"(?:comments?|coment\w*|kommentar\w*)[-_]?(?:count|counter|link|links?|number|num|form|"
    r"respond|button|btn|icon|bubble|toggle|total|cta)$|respond|form|button|icon|share|login|nav",
    re.IGNORECASE,
)
_HEADING = re.compile(
    r"^\s*(?:\d+\s+)?(?:comments?|comentarios?|kommentare?|discussion|discusión|responses?|"
    r"respuestas?|reactions?|reacciones|opiniones|leserkommentare|lesermeinungen)\b",
    re.IGNORECASE,
)
_NOISE_CLASS = re.compile(r"\b(?:odd|even|alt|first|last|clearfix|depth-\d+|thread-\w+|\d+)\b")
_MAX_ITEMS_SCAN = 400
_WORD = re.compile(r"[^\W\d_]{2,}")


def _signature(element: HtmlElement) -> tuple[str, str]:
    """Tag and class tokens without positional noise: what repeated siblings share."""
    classes = _NOISE_CLASS.sub(" ", (element.get("class") or "").lower())
    return element.tag, " ".join(sorted(classes.split())[:3])


_NOT_CONTAINER_TAGS = frozenset(
    {"form", "a", "span", "input", "button", "img", "textarea", "label"}
)


@lru_cache(maxsize=16384)
def _names_section(ident: str, classes: str) -> bool:
    """Do these id/class strings name a comment section, not a part of its machinery? (Cached:
    pages repeat class strings a lot.)"""
    marks = f"{ident} {classes}"
    if not _SECTION.search(marks):
        return False
    tokens = [token for token in marks.split() if _SECTION.search(token)]
    return bool(tokens) and not all(_NOT_SECTION.search(token) for token in tokens)


def _containers(context: Context) -> list[HtmlElement]:
    """Elements named like a comment section, and the elements after a "Comments" heading."""
    found: list[HtmlElement] = [
        element
        for element, classes, ident in context.index.commentish()
        if element.tag not in _NOT_CONTAINER_TAGS and _names_section(ident, classes)
    ]
    for heading in context.index.headings:
        if _HEADING.match(norm(all_text(heading))[:60]):
            parent = heading.getparent()
            if parent is not None:
                found.append(parent)
    return found


def _repeated(container: HtmlElement) -> list[HtmlElement]:
    """The largest group of same-signature siblings within the container (two levels down)."""
    best: list[HtmlElement] = []
    queue = [(container, 0)]
    while queue:
        node, depth = queue.pop()
        children = [child for child in node if isinstance(child.tag, str)]
        if len(children) >= 2:
            counts = Counter(_signature(child) for child in children)
            signature, count = counts.most_common(1)[0]
            if count >= 2 and count > len(best):
                best = [child for child in children if _signature(child) == signature]
        if depth < 3:
            queue.extend((child, depth + 1) for child in children[:_MAX_ITEMS_SCAN])
    return best


def read_generic(tree: HtmlElement, context: Context) -> Found:
    """Comments from the best-scoring comment-named container with repeated dated blocks."""
    best: list[RawComment] = []
    seen: dict[int, HtmlElement] = {}  # holds the elements so their ids stay unique
    for container in _containers(context):
        items = _repeated(container)
        if len(items) < 2 or id(items[0]) in seen:
            continue
        seen[id(items[0])] = items[0]
        items = _with_nested(items)
        chosen = {id(item) for item in items}
        raws = [
            raw for raw in (_read_block(item, context, chosen) for item in items) if raw is not None
        ]
        dated = sum(1 for raw in raws if raw.published is not None)
        if len(raws) >= 2 and dated * 2 >= len(raws) and len(raws) > len(best):
            best = raws
    return Found(family="generic", comments=best)


def _with_nested(items: list[HtmlElement]) -> list[HtmlElement]:
    """The repeated blocks plus same-looking blocks nested inside them (replies), in page order."""
    signature = _signature(items[0])
    result: list[HtmlElement] = []
    for item in items:
        result.append(item)
        result.extend(
            inner for inner in item.iterdescendants(item.tag) if _signature(inner) == signature
        )
    return result


def _read_block(item: HtmlElement, context: Context, chosen: set[int]) -> RawComment | None:
    """Author and time from the first short lines, the rest is the comment text; a machine
    time (``time[datetime]``, ``data-timestamp``) in the block wins over the shown one."""

    def skip(element: HtmlElement) -> bool:
        return id(element) in chosen or bool(ACTION_RE.search(element.get("class") or ""))

    lines = block_lines(item, skip=skip)
    machine, _, _ = find_time(list(own_elements(item, lambda el: id(el) in chosen)), context)
    author = None
    shown = None
    body: list[str] = []
    for position, line in enumerate(lines):
        if is_furniture(line):
            continue
        head = position < 4 and len(line) <= 100
        if head and shown is None:
            found = find_shown_time(line, reference=context.reference, lang=context.lang)
            if found is not None:
                shown, start, end = found
                before = line[:start].strip(" ,|-–—·")
                if author is None and before:
                    author = clean_author(before)
                rest = line[end:].strip(" ,|-–—·")
                if rest and len(rest) > 40:
                    body.append(rest)
                continue
        if head and author is None and not body and len(line) <= 40 and len(line.split()) <= 5:
            author = clean_author(line)
            if author:
                continue
        body.append(line)
    text = strip_furniture(norm(" ".join(body)))
    if len(_WORD.findall(text)) < 2:  # dates, counts or a single word: not a comment
        return None
    parent = next((a for a in item.iterancestors() if id(a) in chosen), None)
    return RawComment(
        text=text,
        author=author,
        published=machine or shown,
        shown=shown,
        page_id=item.get("id"),
        elements=[item],
        parent=parent,
    )
