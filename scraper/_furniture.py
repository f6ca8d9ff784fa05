"""Site furniture: pruned from the tree by markup signals, split from body blocks by text."""

from __future__ import annotations

import re
from functools import lru_cache

from lxml.etree import iterwalk
from lxml.html import HtmlElement

from scraper._comments._index import PageIndex, build_index
from scraper._furniture_rules import (
    FOLLOWER_RULE,
    MARKUP_PARTS,
    MARKUP_PHRASES,
    MARKUP_RULES,
    MARKUP_WORDS,
    SHARE_WORDS,
    TEXT_RULES,
)
from scraper._models import Block, BlockKind

__all__ = ["normalise_text", "prune_markup", "split_furniture"]

_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]"
)
_NO_RULE = 1_000
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_WORD = re.compile(r"[\w'’-]+")
# Class tokens that describe the article's taxonomy, not the element's role (WordPress adds
# ``tag-share`` to an article tagged "share").
_TAXONOMY = re.compile(
    r"^(tag|category|categoria|region|postid|format|type|status|topic)-|^post-\d+$"
)
# Any element holding one of these is (or wraps) the article itself and is never pruned.
_MAIN_CLASSES = (
    "entry-content", "post-body", "article-body", "article-content", "articlebody", "story-body",
    "post-content", "main-content", "article__body", "article-text", "story-content",
)  # fmt: skip
# ``contains(@class, ...)`` markers of the article container (case-sensitive, as in XPath).
_MAIN_CLASS_RE = re.compile(
    "|".join(re.escape(c) for c in (*_MAIN_CLASSES, "articleBody", "ArticleBody"))
)
_SKIP_TAGS = {"html", "body", "head", "script", "style", "meta", "link"}
_CONTAINER_TAGS = {"article", "main"}  # pruned only as comment sections
_SPACED_TAGS = {"a", "button", "label", "option"}
_SKIP_TEXT = {"script", "style", "noscript", "template"}
_BLOCK_TAGS = {
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "tr", "td", "th",
    "section", "header", "footer", "blockquote", "figcaption", "figure", "ul", "ol", "br",
    "aside", "nav", "article", "form", "table", "pre",
}  # fmt: skip


def normalise_text(text: str) -> str:
    """Collapse whitespace (including no-break spaces) and drop control and bidi characters."""
    return " ".join(_CONTROL.sub("", text).split())  # split(): the same whitespace as \s, 3x faster


def _element_blocks(element: HtmlElement, reason: str) -> list[Block]:
    """The element's text, one Block per block-level piece; the tree is only read.

    Links and buttons are separated by a space ("Email This BlogThis!"), not glued together.
    """
    parts: list[str] = []
    for event, node in iterwalk(element, events=("start", "end")):
        tag = node.tag
        is_block = isinstance(tag, str) and tag in _BLOCK_TAGS
        if event == "start":
            if is_block:
                parts.append("\n")
            elif tag in _SPACED_TAGS:
                parts.append(" ")
            if node.text and tag not in _SKIP_TEXT:
                parts.append(node.text)
        else:
            if is_block:
                parts.append("\n")
            elif tag in _SPACED_TAGS:
                parts.append(" ")
            if node.tail and node is not element:
                parts.append(node.tail)
    lines = (normalise_text(line) for line in "".join(parts).split("\n") if not line.isspace())
    return [Block(text=line, reason=reason) for line in lines if line]


def _markup_match(tag: str, classes: str | None, ident: str | None) -> str | None:
    """The name of the first markup rule an element's tag, class or id fires, or None."""
    if tag == "figcaption":
        return "markup: figcaption"
    if classes:
        reason = _class_reason(classes)
        if reason:
            return reason
    return _token_reason(ident, "id") if ident else None


@lru_cache(maxsize=32768)
def _class_reason(classes: str) -> str | None:
    """The reason a whole class attribute gives (cached: pages repeat class strings a lot)."""
    for raw in classes.split():
        reason = _class_token_reason(raw)
        if reason:
            return reason
    return None


@lru_cache(maxsize=65536)
def _class_token_reason(raw: str) -> str | None:
    """The reason one class token gives (cached: new class strings mostly reuse known tokens)."""
    return _token_reason(raw, "class")


def _token_reason(raw: str, kind: str) -> str | None:
    """The reason one class or id token gives (ids are unique, so only class tokens are cached)."""
    # "MtnCommentText" -> "mtn-comment-text"; "a2a_kit" -> "a2a-kit"
    joined = (raw if raw.islower() else _CAMEL.sub("-", raw).lower()).replace("_", "-")
    split = joined.split("-")
    if MARKUP_PARTS.isdisjoint(split) or _TAXONOMY.match(raw):
        return None
    parts = set(split)
    joined = f"-{joined}-"
    best = min((MARKUP_WORDS[p] for p in parts if p in MARKUP_WORDS), default=_NO_RULE)
    for phrase, index in MARKUP_PHRASES:
        if index < best and phrase in joined:
            best = index
    if best == _NO_RULE:
        return None
    if best == 0:
        return "comments"
    return f"markup: {kind} {raw} ({MARKUP_RULES[best - 1].name})"


def prune_markup(tree: HtmlElement, *, index: PageIndex | None = None) -> list[Block]:
    """Drop comment regions named by class/id; return furniture regions' text as Blocks.

    Comment regions leave the tree (they must never reach the body). Furniture regions stay:
    removing them changes trafilatura's choice of main content in unpredictable ways, so body
    blocks equal to furniture lines are removed afterwards instead (``drop_furniture_lines``).
    An element wrapping the article container, or holding half the page's text, is never
    furniture, so a ``<div class="social-wrapper">`` around the whole page keeps the article.
    ``index`` is the page's element index (built here when not given); elements it lists that
    have left the tree since are skipped.
    """
    if index is None:
        index = build_index(tree)
    marked: set[HtmlElement] = set()
    body = tree.find("body")
    root = body if body is not None else tree
    total = len(root.text_content()) or 1
    furniture: list[Block] = []
    holders = _Holders(index)
    for element, classes, ident in index.candidates:
        tag = element.tag
        if tag in _SKIP_TAGS:
            continue
        reason = _markup_match(tag, classes, ident)
        if reason is None or element.getparent() is None:
            continue
        if tag in _CONTAINER_TAGS and reason != "comments":
            continue
        if _is_detached(element, root) or _inside(element, marked):
            continue
        size = len(element.text_content())
        if reason != "comments" and size > 0.5 * total:
            continue
        if size >= 200 and holders.holds_article(element, classes, reason):
            continue  # less cannot hold an article
        if reason == "comments":
            element.drop_tree()
            holders.forget()
        else:
            furniture.extend(_element_blocks(element, reason))
            marked.add(element)
    return furniture


def _inside(element: HtmlElement, marked: set[HtmlElement]) -> bool:
    """True when ``element`` or an ancestor is already marked as furniture."""
    if not marked:
        return False
    node: HtmlElement | None = element
    while node is not None:
        if node in marked:
            return True
        node = node.getparent()
    return False


def drop_furniture_lines(blocks: list[Block], furniture: list[Block]) -> list[Block]:
    """The body blocks whose text is not one of the furniture lines found by markup.

    Lines over 300 characters are not used: a "related" or "most read" box may quote this very
    article's opening paragraph, which must stay in the body.
    """
    lines = {_glued(block.text) for block in furniture if len(block.text) <= 300}
    return [block for block in blocks if _glued(block.text) not in lines]


def _glued(text: str) -> str:
    """Words without the spaces between them: link texts may or may not be spaced apart."""
    return "".join(_WORD.findall(text.lower()))


class _Holders:
    """Which elements hold an article marker below them, from the index's lists, not a query per
    element; rebuilt after the tree changes (a dropped subtree no longer holds its markers)."""

    def __init__(self, index: PageIndex) -> None:
        self._index = index
        self._sets: tuple[set[HtmlElement], set[HtmlElement]] | None = None

    def forget(self) -> None:
        """The tree changed: rebuild on next use."""
        self._sets = None

    def _build(self) -> tuple[set[HtmlElement], set[HtmlElement]]:
        """Strict ancestors of (class or itemprop markers, article/main), and of h1s."""
        index = self._index
        memo: dict[str, bool] = {}  # pages repeat class strings a lot
        marks: list[HtmlElement] = []
        for element, classes, _ in index.candidates:
            if not classes:
                continue
            is_main = memo.get(classes)
            if is_main is None:  # contains(@class, ...) for any marker
                is_main = memo[classes] = _MAIN_CLASS_RE.search(classes) is not None
            if is_main:
                marks.append(element)
        marks.extend(el for el in index.h1 if el.get("itemprop") == "articleBody")
        h1s = [el for el in index.h1 if el.tag == "h1"]
        return _ancestors(marks + index.containers), _ancestors(marks + h1s)

    def holds_article(self, element: HtmlElement, classes: str | None, reason: str) -> bool:
        """True when ``element`` wraps the article: a main-content container or much prose."""
        low = (classes or "").lower()
        if any(c in low for c in _MAIN_CLASSES) or element.get("itemprop") == "articleBody":
            return True
        if self._sets is None:
            self._sets = self._build()
        in_page, in_comments = self._sets
        if reason == "comments":  # a comment section may use <article> per comment
            return element in in_comments
        if element in in_page:
            return True
        prose = 0
        for paragraph in element.iter("p"):
            size = len(paragraph.text_content())
            if size >= 120:
                prose += size
        return prose >= 800


def _ancestors(elements: list[HtmlElement]) -> set[HtmlElement]:
    """Every strict ancestor of ``elements`` (equals ``.//*[marker]`` holders, without a query)."""
    found: set[HtmlElement] = set()
    for element in elements:
        for ancestor in element.iterancestors():
            if ancestor in found:
                break
            found.add(ancestor)
    return found


def _is_detached(element: HtmlElement, root: HtmlElement) -> bool:
    """True when an ancestor was already dropped in this pass."""
    node: HtmlElement | None = element
    while node is not None:
        if node is root:
            return False
        node = node.getparent()
    return True


# Each text rule with its gate words as one regex (one C call instead of a loop of ``in`` tests).
_GATED_RULES = [
    (rule, re.compile("|".join(re.escape(g) for g in rule.gate)) if rule.gate else None)
    for rule in TEXT_RULES
]


def _text_reason(block: Block, words: list[str]) -> str | None:
    """The text rule a block fires, or None for an ordinary body block; ``words`` are the
    block's lower-cased words (computed once by the caller, which also keys blocks by them)."""
    text = block.text
    if words and len(words) <= 12 and all(w in SHARE_WORDS for w in words):
        return "text: share buttons"
    low = text.lower()
    for rule, gate in _GATED_RULES:
        if len(text) > rule.max_len or (gate is not None and not gate.search(low)):
            continue
        if rule.pattern.search(text):
            return f"text: {rule.name}"
    return None


def _key(text: str) -> str:
    """Case- and punctuation-folded text, to compare blocks with the title and each other."""
    return " ".join(_WORD.findall(text.lower()))


def _is_teaser_heading(block: Block) -> bool:
    """A bare "Related" / "Lee también:" label heads a list of teasers; an inline
    "LEA TAMBIÉN: <headline>" is one teaser on its own and the article goes on after it."""
    text = block.text.strip()
    return block.kind == BlockKind.HEADING or len(text) <= 30 or text.endswith(":")


def _resumes_article(text: str) -> bool:
    """A full sentence of some length: teasers are headlines, the article is prose."""
    text = text.strip()
    return len(text) >= 280 or (len(text) >= 120 and text[-1:] in '.!?"”»…')


def split_furniture(
    blocks: list[Block], *, title: str | None = None
) -> tuple[list[Block], list[Block]]:
    """Split body blocks into (body, furniture) by English and Spanish text rules.

    After a related-content heading, short teaser blocks that follow are furniture too, until a
    long paragraph shows the article resumed. A block repeating ``title``, or a long one
    repeating an earlier block, is furniture too (titles and pull-quotes echoed in the text;
    short repeats are left alone: recipes and interviews legitimately repeat short lines).
    """
    body: list[Block] = []
    furniture: list[Block] = []
    in_teasers = False
    title_key = _key(title) if title else None
    seen: set[str] = set()
    for block in blocks:
        words = _WORD.findall(block.text.lower())
        key = " ".join(words)  # _key(block.text)
        reason = _text_reason(block, words)
        if reason is None and key == title_key:
            reason = "text: repeats the title"
        elif reason is None and len(key) >= 200 and key in seen:
            reason = "text: repeats an earlier block"
        seen.add(key)
        if reason is None and in_teasers:
            if block.kind != BlockKind.PARAGRAPH or not _resumes_article(block.text):
                reason = f"text: {FOLLOWER_RULE}"
            else:
                in_teasers = False
        if reason is None:
            body.append(block)
            continue
        if reason == "text: related teaser" and _is_teaser_heading(block):
            in_teasers = True
        furniture.append(block.model_copy(update={"reason": reason}))
    return body, furniture
