"""One pass over the tree collecting what every family reader, the furniture markup pass and
the byline search look at, so none walks the tree again.

Measured on large pages: a Python walk costs a few ms, while XPath with many ``contains()``
tests costs tens of ms, so the readers filter these lists instead of querying the tree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree
from lxml.html import HtmlElement

__all__ = ["PageIndex", "body_marks", "build_index"]

_LABEL_HINT = re.compile(
    r"(?:author|autor|poster|usuario|user|from|de|enviado por|escrito por|posted by|"
    r"publicado por|written by|posted|publicado|fecha|date|enviado)\s*:|"
    r"(?:posted by|publicado por|enviado por)\s",
    re.IGNORECASE,
)
_BODY_MARK = re.compile(
    r"(?:^|[\s_-])(?:post-body|entry-content|article-body|article__body|story-body|articlebody|"
    r"field-name-body|field--name-body|post-content|article-content|td-post-content|"
    r"articulo-cuerpo|cuerpo-noticia|nota-cuerpo)(?:\s|$)"
)
# The union of the readers' class/id hints (items, generic sections, section nodes), matched
# against the lower-cased strings of ``marked`` (no IGNORECASE: it makes the search 3x slower).
_COMMENTISH = re.compile(
    r"omment|oment|post|reaction|discus|disqus|respon|respuesta|reaccion|opinion|leserbrief|"
    r"replies|talkback|guestbook|gaestebuch|gästebuch|feedback|conversation|conversacion"
)
_ROLE_TAGS = frozenset(
    {"script", "h1", "h2", "h3", "h4", "h5", "h6", "form", "figcaption", "article", "main"}
)

_SKIP = frozenset({"script", "style", "head", "title", "noscript", "template"})


@dataclass
class PageIndex:
    """Elements by role: marked (class/id/microdata), headings, forms, JSON-LD; forum labels and
    body marks are computed on first use, as only some readers need them.

    For the furniture pass: ``candidates`` (element, raw class, raw id) for every element with
    a class or id (scripts too) and every ``figcaption``, in document order; ``containers``
    (``article`` and ``main``). For the byline search: ``authors``, elements marked
    ``itemprop=author`` or ``rel``/``property=schema:author``, in document order."""

    root: HtmlElement | None = None
    marked: list[tuple[HtmlElement, str, str]] = field(default_factory=list)
    headings: list[HtmlElement] = field(default_factory=list)
    h1: list[HtmlElement] = field(default_factory=list)  # and itemprop=articleBody
    forms: list[HtmlElement] = field(default_factory=list)
    json_ld: list[HtmlElement] = field(default_factory=list)
    microdata: list[HtmlElement] = field(default_factory=list)
    candidates: list[tuple[HtmlElement, str | None, str | None]] = field(default_factory=list)
    containers: list[HtmlElement] = field(default_factory=list)
    authors: list[HtmlElement] = field(default_factory=list)
    canonical: list[HtmlElement] = field(default_factory=list)
    _labels: list[HtmlElement] | None = None
    _body_marks: list[HtmlElement] | None = None
    _commentish: list[tuple[HtmlElement, str, str]] | None = None

    def commentish(self) -> list[tuple[HtmlElement, str, str]]:
        """The ``marked`` entries that could be a comment item or section: microdata, an id
        ending in a digit, or a class/id with a comment-like word. Every reader's own test
        implies this one, so each filters this short list instead of all of ``marked``."""
        if self._commentish is None:
            micro = {id(element) for element in self.microdata}
            memo: dict[str, bool] = {"": False}  # pages repeat class strings a lot
            found = []
            for entry in self.marked:
                _, classes, ident = entry
                hit = memo.get(classes)
                if hit is None:
                    hit = memo[classes] = _COMMENTISH.search(classes) is not None
                if (
                    hit
                    or (ident and (ident[-1].isdigit() or _COMMENTISH.search(ident)))
                    or id(entry[0]) in micro
                ):
                    found.append(entry)
            self._commentish = found
        return self._commentish

    def labels(self) -> list[HtmlElement]:
        """Elements whose text or a child's tail looks like an "Author:" label (forum posts)."""
        if self._labels is None:
            self._labels = _find_labels(self.root) if self.root is not None else []
        return self._labels

    def body_marks(self) -> list[HtmlElement]:
        """Elements that hold the article body: body classes, ``itemprop=articleBody``, ``h1``."""
        if self._body_marks is None:
            self._body_marks = [
                element
                for element, classes, _ in self.marked
                if classes
                and ("body" in classes or "cont" in classes or "cuerpo" in classes)
                and "comment" not in classes
                and _BODY_MARK.search(classes)
            ] + self.h1
        return self._body_marks


def body_marks(index: PageIndex) -> list[HtmlElement]:
    """The index's article-body elements (see ``PageIndex.body_marks``)."""
    return index.body_marks()


def _find_labels(root: HtmlElement) -> list[HtmlElement]:
    """One more walk, for the forum reader only: elements whose text, or a child's tail, starts
    an author label. Each element is visited once (a tail flags its parent); the few pages with
    labels are walked again to list them in page order."""
    found: set[HtmlElement] = set()
    for element in root.iter(etree.Element):
        text = element.text
        if text and _hint(text[:80]) and element.tag not in _SKIP and _LABEL_HINT.search(text[:80]):
            found.add(element)
        tail = element.tail
        if tail and element is not root and _hint(tail[:80]) and _LABEL_HINT.search(tail[:80]):
            parent = element.getparent()
            if parent is not None and parent.tag not in _SKIP:
                found.add(parent)
    if not found:
        return []
    return [element for element in root.iter(etree.Element) if element in found]


def _hint(head: str) -> bool:
    """Cheap test before the label regex: a colon, "by" or "por"."""
    return ":" in head or "by " in head or "por " in head


def build_index(tree: HtmlElement) -> PageIndex:
    """Walk ``tree`` once; keeps references so element ids stay valid while the index lives."""
    index = PageIndex(root=tree)
    marked = index.marked
    candidates = index.candidates
    for element in tree.iter(etree.Element):
        tag = element.tag
        attrib = element.attrib
        if tag in _ROLE_TAGS:
            if tag == "script":
                if "ld+json" in (element.get("type") or ""):
                    index.json_ld.append(element)
                if attrib.get("class") or attrib.get("id"):
                    candidates.append((element, attrib.get("class"), attrib.get("id")))
                continue
            if tag == "h1":
                index.h1.append(element)
            elif tag == "form":
                index.forms.append(element)
            elif tag == "figcaption":
                if not attrib:  # with a class or id it is listed below
                    candidates.append((element, None, None))
            elif tag == "article" or tag == "main":
                index.containers.append(element)
            else:
                index.headings.append(element)
        if not attrib:
            continue
        classes = attrib.get("class")
        ident = attrib.get("id")
        micro = False
        if len(attrib) > (classes is not None) + (ident is not None):
            itemprop = attrib.get("itemprop")
            itemtype = attrib.get("itemtype")
            micro = itemprop == "comment" or bool(
                itemtype and ("Comment" in itemtype or "Answer" in itemtype)
            )
            if micro:
                index.microdata.append(element)
            elif itemprop == "articleBody":
                index.h1.append(element)  # an article-body mark like h1
            rel = attrib.get("rel")
            if (
                itemprop == "author"
                or rel == "schema:author"
                or (rel == "author" and tag == "a")
                or attrib.get("property") == "schema:author"
            ):
                index.authors.append(element)
            elif rel == "canonical" and tag == "link":
                index.canonical.append(element)
        if classes or ident or micro:
            marked.append((element, (classes or "").lower(), (ident or "").lower()))
        if classes or ident or tag == "figcaption":
            candidates.append((element, classes, ident))
    return index
