"""The comment section's outer elements (list, heading, form) and the furniture they hold."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from scraper._comments._index import PageIndex, body_marks
from scraper._comments._record import Found
from scraper._comments._text import all_text, element_text, is_furniture, norm
from scraper._models import Block, BlockKind

__all__ = ["furniture_blocks", "section_nodes"]

_STOP_TAGS = frozenset({"body", "html", "main", "article"})
_FORM_MARK = re.compile(
    r"^(?:respond|commentform|comment-form|comment-editor|comment-post-message|comentar|"
    r"comment-editor-src|comentario-form|formulario-comentario)$|"
    r"(?:^|\s)(?:comment-respond|comment-form|comments-form|comentario-form|formulario-comentario|"
    r"form-comentarios)(?:\s|$)"
)
_EMPTY_SECTION = re.compile(
    r"^(?:comments|comentarios|disqus_thread)$|(?:^|\s)(?:comments|comentarios)(?:\s|$)"
)
_SIGNATURE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:signature|signaturecontainer|firma)(?:$|[\s_-])", re.I
)
_COMMENT_HEADING = re.compile(
    r"comment|coment|respuest|respons|repl|kommentar|discus|opini|reaction|reacci|thought|"
    r"leave a|deja|escrib|añad|post a|publica|lector|reader|conversa",
    re.IGNORECASE,
)
_SECTION_HINT = re.compile("omment|respond|coment|disqus")
_MAX_EXTRA = 2500
_MAX_STEP = 700


def _lowest_common_ancestor(elements: list[HtmlElement]) -> HtmlElement | None:
    """The deepest element containing all ``elements``."""
    if not elements:
        return None
    paths = [[*reversed(list(el.iterancestors())), el] for el in elements]
    common = None
    for level in zip(*paths, strict=False):
        if all(node is level[0] for node in level):
            common = level[0]
        else:
            break
    return common


def _text_length(element: HtmlElement) -> int:
    """Length of the element's text without scripts and styles (C-level, cheap)."""
    total = len(all_text(element))
    for hidden in element.iter("script", "style"):
        total -= len(all_text(hidden))
    return total


class _Section:
    """Climbs from the comments to the outermost element that is still only the comment section."""

    def __init__(self, found: Found, index: PageIndex) -> None:
        self.elements = [el for raw in found.comments for el in raw.elements]
        self.inside = {id(el) for el in self.elements}
        self.comment_length = sum(_text_length(el) for el in self.outermost_elements())
        marks = body_marks(index)
        self.marks = [mark for mark in marks if not self._in_comments(mark)]
        self.mark_paths = [
            {id(a) for a in mark.iterancestors()} | {id(mark)} for mark in self.marks
        ]

    def outermost_elements(self) -> list[HtmlElement]:
        return [
            el for el in self.elements if not any(id(a) in self.inside for a in el.iterancestors())
        ]

    def _in_comments(self, element: HtmlElement) -> bool:
        return id(element) in self.inside or any(
            id(a) in self.inside for a in element.iterancestors()
        )

    def is_article(self, element: HtmlElement) -> bool:
        """Does this element hold (or is it) the article body rather than the comments?"""
        if element.tag in _STOP_TAGS and "comment" not in (element.get("class") or "").lower():
            return True
        return any(id(element) in path for path in self.mark_paths)

    def holds_body(self, element: HtmlElement) -> bool:
        """Is this the page itself or an element around the article body (never a node)?"""
        if element.tag in {"html", "body", "main"} and "comment" not in (
            element.get("class") or ""
        ):
            return True
        return any(id(element) in path for path in self.mark_paths)

    def foreign_heading(self, parent: HtmlElement, node: HtmlElement) -> bool:
        """Does ``parent`` hold, beside ``node``, a heading that is not about comments (the
        article's title)? Then it is the article's wrapper, however short the article is."""
        for heading in parent.iter("h1", "h2", "h3"):
            if heading is node or any(ancestor is node for ancestor in heading.iterancestors()):
                continue
            text = norm(all_text(heading))
            if text and not _COMMENT_HEADING.search(text) and not is_furniture(text):
                return True
        return False

    def extra(self, element: HtmlElement) -> int:
        """Text outside the comments inside ``element`` (headings, forms, counts)."""
        return max(0, _text_length(element) - self.comment_length)


def section_nodes(found: Found, index: PageIndex) -> list[HtmlElement]:
    """Outermost elements holding the comment section, its heading and its reply form."""
    nodes: list[HtmlElement] = list(found.nodes)
    section = _Section(found, index)
    if section.elements:
        node = _lowest_common_ancestor(section.elements)
        if node is not None and (
            id(node) in section.inside or node.tag in {"li", "dd", "dt", "tr"}
        ):
            node = node.getparent() if node.getparent() is not None else node
        if node is not None and not section.is_article(node) and section.extra(node) <= _MAX_EXTRA:
            extra = section.extra(node)
            while True:
                parent = node.getparent()
                if parent is None or section.is_article(parent):
                    break
                parent_extra = section.extra(parent)
                if parent_extra > _MAX_EXTRA or parent_extra - extra > _MAX_STEP:
                    break
                if section.foreign_heading(parent, node):
                    break
                node, extra = parent, parent_extra
            nodes.append(node)
            nodes.extend(_heading_before(node))
        else:  # comments spread around the article: remove each comment on its own
            nodes.extend(section.outermost_elements())
    empty = _Section(Found(family="none"), index)
    for element, classes, ident in index.commentish():
        if not _SECTION_HINT.search(f"{ident} {classes}"):
            continue
        if (
            _FORM_MARK.search(ident)
            or _FORM_MARK.search(classes)
            or (
                (_EMPTY_SECTION.search(ident) or _EMPTY_SECTION.search(classes))
                and (not empty.is_article(element) and _mostly_furniture(element))
            )
        ):
            nodes.append(element)
    for form in index.forms:
        action = (form.get("action") or "").lower()
        if "comment" in action or "coment" in action:
            nodes.append(form)
    safe = [node for node in nodes if not section.holds_body(node)]
    return _outermost(safe)


def _heading_before(node: HtmlElement) -> list[HtmlElement]:
    """A heading just before the section that only says "6 comments:" / "Comentarios"."""
    for previous in node.itersiblings(preceding=True):
        if not isinstance(previous.tag, str):
            continue
        text = norm(all_text(previous))
        if text and is_furniture(text):
            return [previous]
        return []
    return []


def _mostly_furniture(section: HtmlElement) -> bool:
    """A comments container with no comments: only a count, a heading and a form."""
    if _text_length(section) > 5000:  # cheap C-level check first: a real thread is long
        return False
    forms = list(section.iter("form"))  # kept alive so their ids stay valid
    skip_forms = {id(form) for form in forms}
    text = element_text(section, skip=lambda el: id(el) in skip_forms)
    return len(text) <= 300


def _outermost(nodes: list[HtmlElement]) -> list[HtmlElement]:
    """Drop duplicates and nodes inside other nodes, keeping document order of first sight."""
    unique = list({id(node): node for node in nodes}.values())
    ids = {id(node) for node in unique}
    return [node for node in unique if not any(id(a) in ids for a in node.iterancestors())]


def _reason(text: str) -> str:
    """Why a furniture string is furniture."""
    lowered = text.lower()
    if re.search(r"\d|^(?:no|sin|one|un|una)\s", lowered) and re.search(
        r"com|resp|repl|reac|kom", lowered
    ):
        return "comment count"
    if re.search(r"post|publicar|leave|deja|add|añadir|agregar|write|escribe|enviar", lowered):
        return "comment form"
    if re.search(r"more|más|newer|older|reciente|antigua|home|inicio|principal|atom", lowered):
        return "comment navigation"
    if re.search(r"comment|comentario|respons|respuesta|discus|kommentar", lowered):
        return "comment heading"
    return "comment action"


def furniture_blocks(nodes: list[HtmlElement], found: Found) -> list[Block]:
    """Short furniture strings inside the section ("Reply", "6 comments:", "Post a Comment");
    headings of the section itself count too ("6 Borderland Beat Comments:")."""
    blocks: dict[tuple[str, str], Block] = {}
    for text, reason in found.furniture:
        blocks.setdefault((text, reason), Block(text=text, reason=reason))
    comment_elements = [el for raw in found.comments for el in raw.elements]
    inside = {id(el) for el in comment_elements}
    for node in nodes:
        for heading in node.iter("h1", "h2", "h3", "h4", "h5", "h6"):
            if id(heading) in inside or any(id(a) in inside for a in heading.iterancestors()):
                continue
            text = norm(all_text(heading))
            if text and len(text) <= 120:
                reason = "comment count" if re.search(r"\d", text) else "comment heading"
                blocks.setdefault(
                    (text, reason), Block(text=text, kind=BlockKind.HEADING, reason=reason)
                )
    for node in nodes:
        for element in node.iter():
            if not isinstance(element.tag, str) or element.tag in {"script", "style"}:
                continue
            if _SIGNATURE_CLASS.search(element.get("class") or ""):
                text = norm(all_text(element))
                if text:
                    blocks.setdefault(
                        (text, "forum signature"), Block(text=text, reason="forum signature")
                    )
                continue
            if element.tag == "form":
                blocks.setdefault(
                    ("comment form", "comment form"),
                    Block(text="comment form", reason="comment form"),
                )
                continue
            raw = all_text(element) if len(element) <= 3 else ""
            if not raw or len(raw) > 200:
                continue
            text = norm(raw)
            if not text or len(text) > 60 or not is_furniture(text):
                continue
            reason = _reason(text)
            kind = (
                BlockKind.HEADING
                if element.tag in {"h1", "h2", "h3", "h4", "h5", "h6"}
                else BlockKind.PARAGRAPH
            )
            blocks.setdefault((text, reason), Block(text=text, kind=kind, reason=reason))
    return list(blocks.values())
