"""Class- and id-marked comment items (WordPress, threaded Blogger, Disqus, Drupal, comentarios,
schema.org microdata): one pass over the tree collects them, nesting gives replies."""

from __future__ import annotations

import re
from itertools import islice

from lxml.html import HtmlElement

from scraper._comments._fields import REPLY_BOX_RE, Context, read_fields
from scraper._comments._index import PageIndex, body_marks
from scraper._comments._record import Found, RawComment
from scraper._comments._text import element_text, is_furniture

__all__ = ["find_items", "read_items"]

_ITEM_TOKENS = frozenset(
    {"comment", "comment-item", "commentitem", "comment_item", "single-comment", "comment-single",
     "comment-entry", "comentario", "comentario-item", "kommentar", "c-comment", "js-comment",
     "comment-container", "comment-node", "user-comment", "reader-comment", "commentary-item",
     "forum-post", "reaction", "comment-box", "commentbox", "postcontainer", "postbitlegacy",
     "postbit", "message--post", "forumpost"}
)  # fmt: skip
# "xenforo-comment", "kb-comment", "kommentar-item", "c-comment-card", "comment_entry"...
# but not "live-match-comment": a live ticker's entries are the article, not reader comments.
_ITEM_TOKEN = re.compile(
    r"^(?!live[-_])(?:[a-z0-9]+[-_])*(?:comment|kommentar|comentario)"
    r"(?:[-_](?:item|entry|card|box|container|single|node|row|li|view|unit))?$"
)
_NOT_ITEM_TOKEN = re.compile(
    r"^(?:category|tag|cat|label|topic|section|format|type|rubrik|kategorie|categoria|etiqueta)"
    r"[-_]|(?:^|[-_])(?:add|post|leave|no|new|write|show|load|more|has|open|close|toggle|count|form|"
    r"reply|with|allow|enable|disable|your|my|datos|texto|text|autor|author|fecha|date|meta|"
    r"header|footer|body|content|contenido|info|avatar|acciones|actions|cabecera|titulo|title|"
    r"user|usuario|time|hora|votes|votos|like|likes|num|total)[-_](?:comment|kommentar|comentario)"
)
# An id alone marks a comment only when it names one; bare "c123" is also TYPO3's content id.
_ITEM_ID = re.compile(
    r"^(?:li-|div-)?(?:comment|comentario|kommentar|cmt|reply|respuesta)(?:[-_](?:item|entry))?"
    r"[-_]?\d+$",
    re.IGNORECASE,
)
# Ids worth keeping as the comment's own id once it is known to be a comment (Blogger "c123").
_PAGE_ID = re.compile(
    r"^(?:li-|div-)?(?:comment|comentario|kommentar|c|cmt|reply|respuesta|k|post)[-_]?\d+$",
    re.IGNORECASE,
)
_ITEM_TAGS = frozenset(
    {"li", "div", "article", "section", "blockquote", "tr", "dt", "dd", "aside", "p", "table", "dl"}
)
_SCHEMA_COMMENT = re.compile(r"schema\.org/(?:Comment|UserComments|Answer)$", re.IGNORECASE)
_BLOCKED_ANCESTORS = frozenset({"form", "head", "textarea"})
_SEPARATORS = re.compile(r"[-_]+")
_FORUM_POST_ID = re.compile(r"^p\d+$")
_PART_TOKENS = frozenset(
    {"comment-content", "comment-text", "comment-meta", "comment-metadata", "comment-author",
     "comment-header", "comment-footer", "comment-body-text", "comentario-texto"}
)  # fmt: skip
_CLASS_HINT = re.compile("omment|oment|post|reaction")
_SIDEBAR = re.compile(
    r"^(?:sidebar|widget-area|"
    r"(?:\w+[-_])?(?:recent|latest|popular|neueste|ultimos|últimos)[-_]?"
    r"(?:comments?|posts|kommentare|comentarios)|(?:\w+[-_])?tab[-_]comments?)$",
    re.IGNORECASE,
)
_POST_PARENT = re.compile(r"post-list|children")
_COMMENTS_CONTAINER = re.compile(r"comment|coment|kommentar|discus|respuestas|replies", re.I)


def _hint(classes: str, ident: str) -> bool:
    """Cheap substring test before ``_is_item``: could these class/id strings mark a comment?"""
    if ident and ident[-1].isdigit():
        return True
    return bool(classes) and _CLASS_HINT.search(classes) is not None


def _in_post_list(element: HtmlElement) -> bool:
    """Is the element's parent a post list ("post-list", "children")?"""
    parent = element.getparent()
    return parent is not None and bool(_POST_PARENT.search(parent.get("class") or ""))


def _is_item(element: HtmlElement) -> bool:
    """Does the element's class, id or microdata mark it as one comment?"""
    if element.tag not in _ITEM_TAGS:
        return False
    classes = (element.get("class") or "").lower().split()
    if _PART_TOKENS.intersection(_SEPARATORS.sub("-", token) for token in classes):
        return False  # "comment-content comment", "comment__content comment": a part of one
    if any(
        token in _ITEM_TOKENS or (_ITEM_TOKEN.search(token) and not _NOT_ITEM_TOKEN.search(token))
        for token in classes
    ):
        return True
    if "post" in classes and element.tag == "li" and _in_post_list(element):
        return True
    if "post" in classes and _FORUM_POST_ID.match(element.get("id") or ""):
        return True  # phpBB: div.post#p12345
    if (element.get("itemprop") or "").lower() == "comment":
        return True
    if _SCHEMA_COMMENT.search(element.get("itemtype") or ""):
        return True
    return bool(_ITEM_ID.match(element.get("id") or ""))


_PINGBACK = re.compile(r"(?:^|\s)(?:pingback|trackback)(?:\s|$)")


def find_items(index: PageIndex) -> list[HtmlElement]:
    """All comment items in document order, wrapper twins collapsed into their outer element."""
    items: list[HtmlElement] = []
    microdata = {id(element) for element in index.microdata}
    for element, classes, ident in index.commentish():
        if id(element) not in microdata and not _hint(classes, ident):
            continue
        if _PINGBACK.search(classes):  # "X linked to this post": site furniture, not a reader
            continue
        if _is_item(element):
            items.append(element)
    if not items:
        return []
    chosen = {id(item) for item in items}
    bodies = [mark for mark in body_marks(index) if mark.tag != "h1"]
    body_ids = {id(body) for body in bodies}
    result: list[HtmlElement] = []
    sidebar_cache: dict[int, tuple[HtmlElement, bool]] = {}
    for item in items:
        if (
            any(a.tag in _BLOCKED_ANCESTORS for a in item.iterancestors())
            or _in_body(item, body_ids)
            or _in_sidebar(item, sidebar_cache)
        ):
            chosen.discard(id(item))
            continue
        outer = _item_ancestor(item, chosen)
        if outer is not None and _is_twin(outer, item, chosen):
            if _ITEM_ID.match(item.get("id") or "") and not _ITEM_ID.match(outer.get("id") or ""):
                chosen.discard(id(outer))  # the wrapper was only marked "comment-box"
                result = [kept for kept in result if kept is not outer]
            else:
                chosen.discard(id(item))
                continue
        result.append(item)
    kept = [item for item in result if id(item) in chosen]
    containers = {id(item) for item in kept if _is_container(item, chosen)}
    return [item for item in kept if id(item) not in containers]


def _is_container(item: HtmlElement, chosen: set[int]) -> bool:
    """A wrapper marked like a comment: two or more comments directly inside it (not in a reply
    box such as ``ol.children``) and little text of its own."""
    direct = 0
    for element in item.iterdescendants():
        if id(element) in chosen and _item_ancestor(element, chosen) is item:
            between = element.getparent()
            while between is not None and between is not item:
                if REPLY_BOX_RE.search(between.get("class") or ""):
                    break
                between = between.getparent()
            direct += between is item
    if direct < 2:
        return False
    own = element_text(item, skip=lambda el: id(el) in chosen)
    return len(own) < 40


def _in_sidebar(item: HtmlElement, seen: dict[int, tuple[HtmlElement, bool]]) -> bool:
    """Inside a sidebar or a "recent comments" widget: another page's comments, not this one's.
    ``seen`` caches the answer per ancestor (and keeps it alive so its id stays unique)."""
    walked: list[HtmlElement] = []
    answer = False
    for ancestor in item.iterancestors():
        cached = seen.get(id(ancestor))
        if cached is not None:
            answer = cached[1]
            break
        walked.append(ancestor)
        marks = f"{ancestor.get('id') or ''} {ancestor.get('class') or ''}"
        if marks.strip() and any(_SIDEBAR.match(token) for token in marks.split()):
            answer = True
            break
    for ancestor in walked:
        seen[id(ancestor)] = (ancestor, answer)
    return answer


def _in_body(item: HtmlElement, body_ids: set[int]) -> bool:
    """Inside the article body, with no comment-named container in between (an editor's note)."""
    for ancestor in item.iterancestors():
        if id(ancestor) in body_ids:
            return True
        if _COMMENTS_CONTAINER.search(f"{ancestor.get('id') or ''} {ancestor.get('class') or ''}"):
            return False
    return False


def _item_ancestor(element: HtmlElement, chosen: set[int]) -> HtmlElement | None:
    """The nearest ancestor that is itself a comment item."""
    for ancestor in element.iterancestors():
        if id(ancestor) in chosen:
            return ancestor
    return None


def _is_twin(outer: HtmlElement, inner: HtmlElement, chosen: set[int]) -> bool:
    """An inner item that is the outer item's own body (WordPress li > article), not a reply:
    the first element of the first element... of the outer one, with little text beside it."""
    node = inner
    while node is not outer:
        parent = node.getparent()
        if parent is None or REPLY_BOX_RE.search(parent.get("class") or ""):
            return False
        first = next((child for child in parent if isinstance(child.tag, str)), None)
        if first is not node:
            return False
        node = parent
    own = element_text(outer, skip=lambda el: el is inner or id(el) in chosen)
    return len(own) <= 60


def _reply_parent(item: HtmlElement, chosen: set[int]) -> HtmlElement | None:
    """Parent of an item in a sibling reply box (Drupal ``div.indented``): the item before it."""
    for ancestor in item.iterancestors():
        if id(ancestor) in chosen:
            return ancestor
        if REPLY_BOX_RE.search(ancestor.get("class") or ""):
            for previous in ancestor.itersiblings(preceding=True):
                if id(previous) in chosen:
                    return previous
                inner = [el for el in previous.iter() if id(el) in chosen]
                if inner:
                    return inner[0]
    return None


def read_items(tree: HtmlElement, context: Context) -> Found:
    """Read every class/id-marked comment item; nesting (or a reply box) names the parent."""
    items = find_items(context.index)
    found = Found(family="items")
    if not items:
        return found
    chosen = {id(item) for item in items}

    def nested(element: HtmlElement) -> bool:
        return id(element) in chosen

    header: RawComment | None = None  # a "dt"-like item with author/time and no text
    for item in items:
        author, published, shown, text = read_fields(item, context, nested)
        if header is not None and header.elements[0].getnext() is item and not author:
            # Thesis-style "dt.comment" (author, time) + "dd.comment" (text): one comment.
            author, published, shown = header.author, header.published, header.shown
            elements, page_id = [header.elements[0], item], header.page_id or _page_id(item)
        else:
            elements, page_id = [item], _page_id(item)
        header = None
        if not text or is_furniture(text):
            if author or published:
                header = RawComment(
                    text="", author=author, published=published, shown=shown,
                    page_id=page_id, elements=[item],
                )  # fmt: skip
            continue
        found.comments.append(
            RawComment(
                text=text,
                author=author,
                published=published,
                shown=shown,
                page_id=page_id or _data_attribute(item, _DATA_ID),
                elements=elements,
                parent=_parent_of(item, chosen),
            )
        )
    return found


_DATA_ID = ("data-id", "data-comment-id", "data-commentid")
_DATA_PARENT = ("data-parent", "data-parent-id", "data-parentid", "data-reply-to", "data-replyto")


def _parent_of(item: HtmlElement, chosen: set[int]) -> HtmlElement | str | None:
    """The parent by nesting, else the one a ``data-parent`` attribute names."""
    nesting = _reply_parent(item, chosen)
    return nesting if nesting is not None else _data_attribute(item, _DATA_PARENT)


def _data_attribute(item: HtmlElement, names: tuple[str, ...]) -> str | None:
    """A comment's id or its parent's from ``data-*`` attributes ("0" and empty mean none)."""
    for name in names:
        value = (item.get(name) or "").strip()
        if value and value != "0":
            return value
    return None


def _page_id(item: HtmlElement) -> str | None:
    """The page's own id for the comment: ``comment-45`` from ``li-comment-45``, ``c123`` as is."""
    value = item.get("id")
    if not value or not _PAGE_ID.match(value):
        for element in islice(item.iter(), 1, 6):
            candidate = element.get("id") or element.get("name") or ""
            if _PAGE_ID.match(candidate):
                value = candidate
                break
    if not value or not _PAGE_ID.match(value):
        previous = item.getprevious()
        if previous is not None and previous.tag == "a" and not len(previous):
            anchor = previous.get("id") or previous.get("name") or ""
            value = anchor if _PAGE_ID.match(anchor) else value
    if not value:
        return None
    return re.sub(r"^(?:li|div)-", "", value)
