"""Find a comment's author, time and text inside its element, whatever the CMS calls them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from lxml.html import HtmlElement

from scraper._comments._dates import (
    find_shown_time,
    is_relative,
    parse_machine_time,
    parse_shown_time,
)
from scraper._comments._index import PageIndex
from scraper._comments._text import (
    block_lines,
    clean_author,
    element_text,
    norm,
    strip_furniture,
)

__all__ = ["ACTION_RE", "REPLY_BOX_RE", "Context", "find_time", "own_elements", "read_fields"]


@dataclass(frozen=True)
class Context:
    """Per-page inputs of the readers: reference time for relative dates, language, the index."""

    reference: datetime | None
    lang: str | None
    index: PageIndex = field(default_factory=PageIndex)


# Class/id tokens; scores rank how specific a match is.
_AUTHOR_TOKENS = {
    "fn": 9, "comment-author-name": 9, "author-name": 8, "authorname": 8, "username": 8,
    "user-name": 8, "commenter": 8, "comment-author-link": 8, "nickname": 7, "nick": 7,
    "comment-user": 7, "comment-username": 8, "autor-nombre": 8, "nombre-autor": 8,
    "comment__author": 8, "comment-author": 6, "author": 6, "autor": 6, "usuario": 6,
    "poster": 5, "user": 4, "name": 4, "nombre": 4, "comment-name": 6, "commentauthor": 6,
    "byline": 3, "vcard": 2,
}  # fmt: skip
_TEXT_TOKENS = {
    "comment-content": 10, "comment-text": 10, "comment_text": 10, "commenttext": 10,
    "comment__content": 10, "comment__text": 10, "comment__body": 9, "comment-message": 10,
    "post-message": 10, "comment-entry": 8, "field-name-comment-body": 11,
    "field--name-comment-body": 11, "comentario-texto": 10, "texto-comentario": 10,
    "comment-body": 7, "commentbody": 7, "message": 6, "text": 6, "content": 5, "body": 4,
    "texto": 6, "contenido": 5, "mensaje": 6, "cuerpo": 4, "entry-content": 5,
    "comment-entry-content": 9,
    "postcontent": 9,
    "post-message-content": 9,
    "message-body": 8,
    "bbwrapper": 8,
}  # fmt: skip
_TIME_TOKENS = re.compile(
    r"date|time|fecha|datum|timestamp|published|posted|hora|meta|when|ago", re.IGNORECASE
)
_TIME_ITEMPROPS = {"datecreated", "datepublished", "commenttime", "datemodified", "uploaddate"}
_TEXT_ITEMPROPS = {"text", "commenttext", "articlebody", "description"}
ACTION_RE = re.compile(
    r"(?:^|[\s_-])(?:reply|replies-link|comment-reply-link|reply-link|actions?|comment-actions|"
    r"like|likes|report|flag|share|vote|votes|voting|rating|signature|sig|firma|responder|"
    r"acciones|denunciar|me-gusta|votos|compartir|reportar|"
    r"toolbar|tools|controls|item-control|blog-admin|avatar|comment-awaiting-moderation)(?:$|[\s_-])",
    re.IGNORECASE,
)
REPLY_BOX_RE = re.compile(
    r"(?:^|\s)(?:children|indented|replies|comment-replies|respuestas|sub-?comments|"
    r"child-comments|comment-children|thread-children|inline-thread|replies-list|antworten)(?:$|\s)",
    re.IGNORECASE,
)
_META_RE = re.compile(
    r"(?:^|[\s_-])(?:comment-meta|commentmetadata|comment-metadata|meta|metadata|header|"
    r"comment-header|footer|comment-footer|author|autor|vcard|date|time|fecha|byline|info|"
    r"comment-info|user|avatar|datetime)(?:$|[\s_-])",
    re.IGNORECASE,
)
_SAID = re.compile(
    r"^\s*(?P<name>[^\n]{1,60}?)\s+(?:said|says|dijo|dice|escribió|wrote|writes|comentó|meint|schrieb)"
    r"\s*(?:\.\.\.|…|:)",
    re.IGNORECASE,
)
_PROFILE_LINK = re.compile(
    r"/(?:user|users|profile|profil|perfil|author|autor|member|members|usuario|usuarios|u|people)"
    r"/|blogger\.com/profile|[?&](?:user|uid|profile)=",
    re.IGNORECASE,
)
_HEADER_TAGS = frozenset({"header", "footer", "h3", "h4", "h5", "h6"})
_LEADING_SAID = re.compile(
    r"^(?:said|says|dice|dijo|escribió|escribio|wrote|writes|comentó|comento|ha dicho)\s*"
    r"(?::|\.\.\.|…)\s*",
    re.IGNORECASE,
)
_SAID_ANYWHERE = re.compile(
    r"\s(?:said|says|dijo|dice|ha dicho|escribió|escribio|wrote|writes|comentó|commented|"
    r"opinó|respondió|replied|meint|schrieb)\b",
    re.IGNORECASE,
)
_SHOW_COMMENT = re.compile(r"showComment=(\d{10,13})")


def _classes(element: HtmlElement) -> list[str]:
    """The element's class tokens, lower-cased."""
    return (element.get("class") or "").lower().split()


def own_elements(
    item: HtmlElement, blocked: Callable[[HtmlElement], bool]
) -> Iterator[HtmlElement]:
    """Descendants of ``item`` in document order, not entering ``blocked`` subtrees."""
    stack = list(reversed(item))
    while stack:
        element = stack.pop()
        if not isinstance(element.tag, str) or blocked(element):
            continue
        yield element
        stack.extend(reversed(element))


_SUFFIXES: dict[int, re.Pattern[str]] = {}
_SEPARATORS = re.compile(r"[-_]+")


def _token_score(token: str, scores: dict[str, int]) -> int:
    """A token's score ("comment_author" = "comment-author"); a plugin-prefixed token
    ("wpd-comment-text") scores one less."""
    token = _SEPARATORS.sub("-", token)
    exact = scores.get(token)
    if exact is not None:
        return exact
    pattern = _SUFFIXES.get(id(scores))
    if pattern is None:
        keys = "|".join(
            sorted((re.escape(key) for key in scores if "-" in key), key=len, reverse=True)
        )
        pattern = _SUFFIXES[id(scores)] = re.compile(rf"[-_](?:{keys})$")
    match = pattern.search(token)
    return scores[match.group(0)[1:]] - 1 if match else 0


def _best(
    elements: list[HtmlElement], scores: dict[str, int], itemprops: set[str], prop_score: int
) -> list[HtmlElement]:
    """Elements ranked by their best class/itemprop/RDFa score, document order among ties."""
    ranked: list[tuple[int, int, HtmlElement]] = []
    for position, element in enumerate(elements):
        score = max((_token_score(token, scores) for token in _classes(element)), default=0)
        if _prop(element) in itemprops:
            score = max(score, prop_score)
        if element.tag == "cite" and scores is _AUTHOR_TOKENS:
            score = max(score, 5)
        if score:
            ranked.append((-score, position, element))
    ranked.sort(key=lambda entry: (entry[0], entry[1]))
    return [entry[2] for entry in ranked]


def _prop(element: HtmlElement) -> str:
    """The microdata ``itemprop`` or RDFa ``property`` name, without a ``schema:`` prefix."""
    value = element.get("itemprop") or element.get("property") or ""
    return value.rsplit(":", 1)[-1].lower() if value else ""


def _find_author(elements: list[HtmlElement]) -> tuple[str | None, HtmlElement | None]:
    """The best author element and its cleaned name."""
    for element in _best(elements, _AUTHOR_TOKENS, {"author", "creator"}, 10):
        target = element
        if _prop(element) in {"author", "creator"}:
            names = element.xpath(".//*[@itemprop='name']")
            target = names[0] if names else element
            if target.get("content"):
                return clean_author(target.get("content")), element
        name = clean_author(element_text(target))
        if name:
            return name, element
    for element in elements:  # a link to the commenter's profile page
        if element.tag == "a" and _PROFILE_LINK.search(element.get("href") or ""):
            name = clean_author(element_text(element))
            if name and len(name) <= 40:
                return name, element
    return None, None


def find_time(
    elements: list[HtmlElement], context: Context
) -> tuple[datetime | None, datetime | None, HtmlElement | None]:
    """Machine time (attribute), shown time (visible text) and the element they came from.

    Absolute shown times beat relative ones ("2 years ago" next to a full date in a title).
    """
    machine: datetime | None = None
    shown: datetime | None = None
    relative: datetime | None = None
    source: HtmlElement | None = None
    for element in elements:
        tag = element.tag
        prop = (element.get("itemprop") or "").lower()
        value = None
        semantic = (element.get("property") or element.get("datatype") or "").lower()
        if tag == "time" or prop in _TIME_ITEMPROPS:
            value = element.get("datetime") or element.get("content")
        elif "date" in semantic or "created" in semantic:
            value = element.get("content")
        elif tag == "abbr":
            value = element.get("title")
        elif tag == "a" and "showComment=" in (element.get("href") or ""):
            found = _SHOW_COMMENT.search(element.get("href") or "")
            value = found.group(1) if found else None
        for attribute in ("data-timestamp", "data-time", "data-date", "data-utime", "data-created"):
            value = value or element.get(attribute)
        parsed = parse_machine_time(value)
        if parsed is None and value:
            parsed = _shown(value, context)
        if parsed and machine is None:
            machine = parsed
            source = source if source is not None else element
        timeish = (
            bool(parsed)
            or tag == "time"
            or prop in _TIME_ITEMPROPS
            or _TIME_TOKENS.search(element.get("class") or "")
        )
        if timeish and shown is None:
            for text in (element.get("title") if tag != "abbr" else None, element_text(element)):
                if not text or len(text) > 120:
                    continue
                moment = _shown(text, context)
                if moment is not None and is_relative(text):
                    relative = relative or moment
                elif moment is not None:
                    shown = moment
                    source = source if source is not None else element
                    break
        if machine and shown:
            break
    shown = shown or relative
    return machine, shown, source


def _shown(text: str, context: Context) -> datetime | None:
    """A shown time by the fast regexes only (per-element calls must stay cheap)."""
    return parse_shown_time(text, reference=context.reference, lang=context.lang, fallback=False)


def _contains(outer: HtmlElement, inner: HtmlElement | None) -> bool:
    """True when ``inner`` is ``outer`` or inside it."""
    if inner is None:
        return False
    return any(ancestor is outer for ancestor in inner.iterancestors()) or inner is outer


def read_fields(
    item: HtmlElement, context: Context, nested: Callable[[HtmlElement], bool]
) -> tuple[str | None, datetime | None, datetime | None, str]:
    """Author, published (machine time preferred), shown time and text of one comment item."""

    def blocked(element: HtmlElement) -> bool:
        return nested(element) or bool(REPLY_BOX_RE.search(element.get("class") or ""))

    elements = list(own_elements(item, blocked))
    author, author_element = _find_author(elements)
    machine, shown, time_element = find_time(elements, context)
    if machine is None and shown is None:
        shown = _time_in_header(author_element, elements, context)
    text = ""
    for candidate in _best(elements, _TEXT_TOKENS, _TEXT_ITEMPROPS, 12):
        if _contains(candidate, author_element) and _contains(candidate, time_element):
            continue
        parts = [
            part
            for part in (author_element, time_element)
            if part is not None and part is not candidate and _contains(candidate, part)
        ]
        text = _content_text(candidate, _without(blocked, parts))
        if text:
            break
    if not text:
        text = _fallback_text(item, blocked, author_element, time_element)
    if not text:  # themes that put the text inside a "meta" block (e.g. comment-author)
        text = _fallback_text(item, blocked, author_element, time_element, strict=False)
    if author is None:
        said = _SAID.match(element_text(item, skip=blocked)[:200])
        if said:
            author = clean_author(said["name"])
    if author is None:
        author = _author_before_time(elements, context)
    if author is None or (machine is None and shown is None):
        head_author, head_time, text = _header_line(item, blocked, text, context)
        author = author or head_author
        if machine is None and shown is None:
            shown = head_time
    if author and text.startswith(author):
        text = text[len(author) :].lstrip(" :-–—")
    text = _LEADING_SAID.sub("", text)
    return author, machine or shown, shown, strip_furniture(text)


def _author_before_time(elements: list[HtmlElement], context: Context) -> str | None:
    """ "Heidemarie Heim | 21. April 2020 - 16:40" in a header line: the name before the time."""
    for element in elements:
        if element.tag not in _HEADER_TAGS and not _META_RE.search(element.get("class") or ""):
            continue
        line = element_text(element)
        if not line or len(line) > 120:
            continue
        found = find_shown_time(line, reference=context.reference, lang=context.lang)
        if found is not None and found[1] > 0:
            name = clean_author(line[: found[1]])
            if name and len(name.split()) <= 5:
                return name
    return None


def _header_line(
    item: HtmlElement, blocked: Callable[[HtmlElement], bool], text: str, context: Context
) -> tuple[str | None, datetime | None, str]:
    """ "Serrano escribió el 3 de marzo de 2022, 09:12:" as the item's first line: the name and
    time it gives, and the text without it. Used only when markup names neither."""
    lines = block_lines(item, skip=blocked)
    if len(lines) < 2 or len(lines[0]) > 150:
        return None, None, text
    head = lines[0]
    found = find_shown_time(head, reference=context.reference, lang=context.lang)
    said = _SAID_ANYWHERE.search(head)
    if found is None and said is None:
        return None, None, text
    cut = min(found[1] if found else len(head), said.start() if said else len(head))
    author = clean_author(head[:cut]) if cut > 0 else None
    if text.startswith(head):
        text = text[len(head) :].lstrip(" :-–—")
    return author, found[0] if found else None, text


def _without(
    blocked: Callable[[HtmlElement], bool], parts: list[HtmlElement]
) -> Callable[[HtmlElement], bool]:
    """``blocked`` extended to the author/time elements inside a content element."""

    def skip(element: HtmlElement) -> bool:
        return blocked(element) or any(element is part for part in parts)

    return skip


def _time_in_header(
    author_element: HtmlElement | None, elements: list[HtmlElement], context: Context
) -> datetime | None:
    """ "Milan on September 12, 2018 at 4:47 pm said:": a time written in the author line or in a
    meta/header block when no element is marked as a time."""
    candidates = [author_element] if author_element is not None else []
    candidates += [
        element
        for element in elements
        if element.tag in _HEADER_TAGS or _META_RE.search(element.get("class") or "")
    ]
    for element in candidates:
        line = element_text(element)
        if line and len(line) <= 200:
            found = find_shown_time(line, reference=context.reference, lang=context.lang)
            if found is not None:
                return found[0]
    return None


def _content_text(element: HtmlElement, blocked: Callable[[HtmlElement], bool]) -> str:
    """Text of a content element without action links or nested replies."""

    def skip(child: HtmlElement) -> bool:
        return blocked(child) or bool(ACTION_RE.search(child.get("class") or ""))

    return element_text(element, skip=skip)


def _fallback_text(
    item: HtmlElement,
    blocked: Callable[[HtmlElement], bool],
    author_element: HtmlElement | None,
    time_element: HtmlElement | None,
    *,
    strict: bool = True,
) -> str:
    """Item text minus its header, metadata (unless not ``strict``), author, time and actions."""

    def skip(child: HtmlElement) -> bool:
        if blocked(child) or child is author_element or child is time_element:
            return True
        if not strict:
            return bool(ACTION_RE.search(child.get("class") or "")) or child.tag == "time"
        if child.tag in {"header", "footer", "cite", "time", "h1", "h2", "h3", "h4", "h5", "h6"}:
            return True
        marks = f"{child.get('class') or ''} {child.get('id') or ''}"
        return bool(ACTION_RE.search(marks) or _META_RE.search(marks))

    text = element_text(item, skip=skip)
    return norm(text)
