"""The comment section's outer elements (list, heading, form) and the furniture they hold."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from scraper._comments._record import Found
from scraper._comments._text import element_text, is_furniture, norm
from scraper._models import Block, BlockKind

__all__ = ["furniture_blocks", "section_nodes"]

_STOP_TAGS = frozenset({"body", "html", "main", "article"})
_ARTICLE_MARK = re.compile(
    r"(?:^|\s)(?:post-body|entry-content|article-body|article__body|story-body|articlebody|"
    r"post-content|field-name-body|field--name-body|td-post-content|article-content)(?:\s|$)",
    re.IGNORECASE,
)
_ARTICLE_XPATH = (
    ".//*[self::h1 or @itemprop='articleBody' or "
    + " or ".join(
        f"contains(@class,'{mark}')"
        for mark in ("post-body", "entry-content", "article-body", "article__body", "story-body",
                     "field-name-body", "field--name-body", "post-content", "article-content",
                     "td-post-content", "articulo-cuerpo", "cuerpo-noticia", "nota-cuerpo")
    )
    + "]"
)  # fmt: skip
_FORM_XPATH = (
    "//*[@id='respond' or @id='commentform' or @id='comment-form' or @id='comment-editor' "
    "or @id='comment-post-message' or @id='comentar' or @id='comment-editor-src' "
    "or contains(@class,'comment-respond') or contains(@class,'comment-form') "
    "or contains(@class,'comments-form') or contains(@class,'comentario-form') "
    "or contains(@class,'formulario-comentario') or contains(@class,'form-comentarios')] "
    "| //form[contains(@action,'comment') or contains(@action,'coment')]"
)
_EMPTY_SECTION_XPATH = (
    "//*[@id='comments' or @id='comentarios' or @id='disqus_thread' "
    "or contains(concat(' ',normalize-space(@class),' '),' comments ') "
    "or contains(concat(' ',normalize-space(@class),' '),' comentarios ')]"
)
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


def _extra_text(element: HtmlElement, inside: set[int]) -> int:
    """Length of ``element``'s text outside the comment elements."""
    return len(element_text(element, skip=lambda el: id(el) in inside))


def _is_article(element: HtmlElement, inside: set[int]) -> bool:
    """Does this element hold (or is it) the article body rather than the comments?"""
    if element.tag in _STOP_TAGS and "comment" not in (element.get("class") or "").lower():
        return True
    if _ARTICLE_MARK.search(element.get("class") or ""):
        return True
    marks = element.xpath(_ARTICLE_XPATH)
    return any(
        id(mark) not in inside and not any(id(a) in inside for a in mark.iterancestors())
        for mark in marks
    )


def section_nodes(tree: HtmlElement, found: Found) -> list[HtmlElement]:
    """Outermost elements holding the comment section, its heading and its reply form."""
    elements = [el for raw in found.comments for el in raw.elements]
    nodes: list[HtmlElement] = list(found.nodes)
    if elements:
        inside = {id(el) for el in elements}
        node = _lowest_common_ancestor(elements)
        if node is not None and (id(node) in inside or node.tag in {"li", "dd", "dt", "tr"}):
            node = node.getparent() if node.getparent() is not None else node
        if node is not None and not _is_article(node, inside):
            extra = _extra_text(node, inside)
            while True:
                parent = node.getparent()
                if parent is None or _is_article(parent, inside):
                    break
                parent_extra = _extra_text(parent, inside)
                if parent_extra > _MAX_EXTRA or parent_extra - extra > _MAX_STEP:
                    break
                node, extra = parent, parent_extra
            nodes.append(node)
            nodes.extend(_heading_before(node))
    nodes.extend(tree.xpath(_FORM_XPATH))
    for section in tree.xpath(_EMPTY_SECTION_XPATH):
        if not _is_article(section, set()) and _mostly_furniture(section):
            nodes.append(section)
    return _outermost(nodes)


def _heading_before(node: HtmlElement) -> list[HtmlElement]:
    """A heading just before the section that only says "6 comments:" / "Comentarios"."""
    for previous in node.itersiblings(preceding=True):
        if not isinstance(previous.tag, str):
            continue
        text = norm(previous.text_content())
        if text and is_furniture(text):
            return [previous]
        return []
    return []


def _mostly_furniture(section: HtmlElement) -> bool:
    """A comments container with no comments: only a count, a heading and a form."""
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
            text = norm(heading.text_content())
            if text and len(text) <= 120:
                reason = "comment count" if re.search(r"\d", text) else "comment heading"
                blocks.setdefault(
                    (text, reason), Block(text=text, kind=BlockKind.HEADING, reason=reason)
                )
    for node in nodes:
        for element in node.iter():
            if not isinstance(element.tag, str) or element.tag in {"script", "style"}:
                continue
            if element.tag == "form":
                blocks.setdefault(
                    ("comment form", "comment form"),
                    Block(text="comment form", reason="comment form"),
                )
                continue
            text = norm(element.text_content()) if len(element) <= 3 else ""
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
