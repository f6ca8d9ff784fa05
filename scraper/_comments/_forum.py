"""Forum and table layouts: one post per row or block, labelled "Author:"/"Posted:" (or
"Autor:"/"Publicado:"), with signatures after a "--" line dropped as furniture."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from lxml.html import HtmlElement

from scraper._comments._dates import parse_shown_time
from scraper._comments._fields import Context
from scraper._comments._record import Found, RawComment
from scraper._comments._text import (
    all_text,
    block_lines,
    clean_author,
    is_furniture,
    norm,
    strip_furniture,
)

__all__ = ["read_forum"]

_AUTHOR_LABEL = re.compile(
    r"(?:^|\s)(?:author|autor|poster|usuario|user|from|de|enviado por|escrito por|posted by|"
    r"publicado por|written by)\s*:\s*|(?:^|\s)(?:posted by|publicado por|enviado por)\s+",
    re.IGNORECASE,
)
_DATE_LABEL = re.compile(
    r"(?:^|\s)(?:posted|publicado|date|fecha|enviado|sent|escrito|written|on|el|time|hora|"
    r"posted on|publicado el)\s*:\s*",
    re.IGNORECASE,
)
_META_LINE = re.compile(
    r"^(?:post subject|subject|asunto|tema|joined|registrado|posts|mensajes|location|ubicación|"
    r"ubicacion|rank|rango|re)\s*:",
    re.IGNORECASE,
)
_SIGNATURE = re.compile(r"^(?:--+|__+|—)\s*(?:$|\S)")
_SIG_CLASS = re.compile(
    r"(?:^|[\s_-])(?:signature|sig|firma|postsig|post-signature)(?:$|[\s_-])", re.I
)


def _label_elements(context: Context, label: re.Pattern[str]) -> list[HtmlElement]:
    """Elements whose own text (or a child's tail) starts a ``label`` ("Autor:", "Posted:")."""
    labels = []
    for element in context.index.labels():
        own = element.text or ""
        if label.search(own[:80]) or any(
            child.tail and label.search(child.tail[:80]) for child in element
        ):
            labels.append(element)
    return labels


def _path(element: HtmlElement) -> list[HtmlElement]:
    """The element and its ancestors, root first."""
    return [*reversed(list(element.iterancestors())), element]


def _common(first: HtmlElement, second: HtmlElement) -> HtmlElement | None:
    """Lowest common ancestor of two elements."""
    common = None
    for left, right in zip(_path(first), _path(second), strict=False):
        if left is not right:
            break
        common = left
    return common


def _posts(container: HtmlElement, labels: list[HtmlElement]) -> list[list[HtmlElement]]:
    """Children of ``container`` as posts: a labelled child and the unlabelled ones after it."""
    label_ids = {id(label) for label in labels}
    posts: list[list[HtmlElement]] = []
    for child in container:
        if not isinstance(child.tag, str):
            continue
        if any(id(el) in label_ids for el in child.iter()):
            posts.append([child])
        elif posts:
            posts[-1].append(child)
    return posts


def read_forum(tree: HtmlElement, context: Context) -> Found:
    """Posts in the container that holds most consecutive author labels (two at least); pages
    that label only the time ("Publicado:", phpBB) anchor posts on that label instead."""
    found = Found(family="forum")
    labels = _label_elements(context, _AUTHOR_LABEL)
    if len(labels) < 2:
        labels = _label_elements(context, _DATE_LABEL)
    if len(labels) < 2:
        return found
    containers: Counter[int] = Counter()
    by_id: dict[int, HtmlElement] = {}
    for first, second in pairwise(labels):
        common = _common(first, second)
        if common is not None:
            containers[id(common)] += 1
            by_id[id(common)] = common
    if not containers:
        return found
    container = by_id[containers.most_common(1)[0][0]]
    for post in _posts(container, labels):
        raw, signature = _read_post(post, context)
        if raw is not None:
            found.comments.append(raw)
        if signature:
            found.furniture.append((signature, "forum signature"))
    return found


def _read_post(post: list[HtmlElement], context: Context) -> tuple[RawComment | None, str]:
    """Author, time and body lines of one post; lines after a "--" are its signature."""

    def skip(element: HtmlElement) -> bool:
        return bool(_SIG_CLASS.search(f"{element.get('class') or ''} {element.get('id') or ''}"))

    lines = [line for element in post for line in block_lines(element, skip=skip)]
    author = published = None
    if lines and not any(_AUTHOR_LABEL.search(line) for line in lines):
        first = lines[0]  # phpBB: the name cell comes first, unlabelled
        if len(first) <= 40 and len(first.split()) <= 4 and not _DATE_LABEL.search(first):
            author = clean_author(first)
            lines = lines[1:] if author else lines
    body: list[str] = []
    signature: list[str] = []
    for line in lines:
        if signature or _SIGNATURE.match(line):
            signature.append(line)
            continue
        author_match = _AUTHOR_LABEL.search(line)
        date_match = _DATE_LABEL.search(line)
        if author_match and author is None:
            value = line[author_match.end() :]
            if date_match and date_match.start() > author_match.start():
                value = line[author_match.end() : date_match.start()]
            author = clean_author(value)
        if date_match and published is None:
            published = parse_shown_time(
                line[date_match.end() :], reference=context.reference, lang=context.lang
            )
        if author_match or date_match or _META_LINE.match(line) or is_furniture(line):
            continue
        body.append(line)
    text = strip_furniture(norm(" ".join(body)))
    if not text:
        return None, ""
    raw = RawComment(
        text=text, author=author, published=published, shown=published, elements=list(post)
    )
    raw.page_id = next((el.get("id") for el in post if el.get("id")), None)
    for element in post:
        for sig in element.iter():
            if isinstance(sig.tag, str) and skip(sig):
                signature.append(norm(all_text(sig)))
    return raw, norm(" ".join(signature))
