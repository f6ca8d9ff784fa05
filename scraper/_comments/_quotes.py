"""Quoted posts inside replies: phpBB/vBulletin/SMF/XenForo/Discourse quote boxes, a comment's
``<blockquote>`` of an earlier comment and plain "Name wrote:" lines. The quoted words leave
the reply's text (they are not the replier's) and name the post the reply answers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree
from lxml.html import HtmlElement

from scraper._comments._record import RawComment
from scraper._comments._text import block_lines, clean_author, element_text, is_furniture, norm

__all__ = ["QuoteBox", "find_quote_boxes", "strip_quotes"]

# "Name wrote:", "Name escribió:", "Cita de Name:", "Quote from: Name on <date>",
# "Originally Posted by Name", "Originalmente publicado por Name", "Name said:".
_HEADER = re.compile(
    r"^\s*(?:(?:quote|cita|citar)\s*:?\s*)?(?:"
    r"(?:quote from|quoting|cita de|citando a|originally posted by|originalmente "
    r"(?:publicado|enviado|escrito) por|mensaje original de|mensaje de)\s*:?\s+"
    r"(?P<lead>[^\n]{1,120}?)\s*"
    r"(?::|$|(?=\s+(?:on|el|en|»|\|)\s)|(?=\s+(?:view post|ver mensaje)))|"
    r"(?P<name>[^:\n]{1,60}?)\s+(?:wrote|writes|escribió|escribio|ha escrito|dijo|said|says|"
    r"dice|comentó|posted)\s*(?:[^:\n]{0,60}?)?:"
    r")",
    re.IGNORECASE,
)
# Class tokens of quote boxes and of their header lines (phpBB2, SMF, vBulletin, generic).
_BOX_CLASS = re.compile(
    r"(?:^|\s)(?:bbcode_container|bbcode_quote|bbcodeblock--quote|quotecontent|postquote|"
    r"bbc_standard_quote|bbc_alternate_quote|quote-box|quotebox|bbcode-quote|ipsquote|quote)"
    r"(?:$|\s)",
    re.IGNORECASE,
)
_HEADER_CLASS = re.compile(
    r"(?:^|\s)(?:quoteheader|quotetitle|quote-header|quote-title|bbcode_description|"
    r"bbcode_postedby|ipsquote_citation)(?:$|\s)",
    re.IGNORECASE,
)
_FOOTER_CLASS = re.compile(r"(?:^|\s)(?:quotefooter|quote-footer)(?:$|\s)", re.IGNORECASE)
_POST_LINK = re.compile(
    r"(?:#|[?&](?:p|post|postid|msg|comment|commentid)=|/post[-_/]?|goto/post\?id=)"
    r"(?:p|post|msg|comment|comment-|post-|post_)?(?P<num>\d{1,12})\b",
    re.IGNORECASE,
)
# vBulletin 3 quote boxes have no classes: a "Quote:" label div, a table, "Originally Posted by".
_VB3_LABELS = re.compile(r"^(?:quote|cita|citar|zitat)\s*:$", re.IGNORECASE)
_VB3_POSTED = re.compile(
    r"^(?:originally posted by|originalmente (?:escrito|publicado|enviado) por|"
    r"mensaje original de|zitat von)\s+(?P<name>.{1,80})$",
    re.IGNORECASE,
)
# Every element a quote box can start at, or that sits inside one (see ``_box_at``).
_CANDIDATES = etree.XPath(
    ".//blockquote | .//aside | .//*[contains(@class, 'uote')]"
    " | .//div[not(*)][normalize-space(text()) = 'Quote:' or normalize-space(text()) = 'Cita:'"
    " or normalize-space(text()) = 'Zitat:' or normalize-space(text()) = 'Citar:']"
)
_FRAGMENT = re.compile(r"^(?:p|post|msg|comment|c)?[-_]?(\d{1,12})$", re.IGNORECASE)
_TRAILING_NUMBER = re.compile(r"(\d{1,12})$")
_SPACE = re.compile(r"\s+")
_NON_SPACE = re.compile(r"\S")
_QUOTE_MARKS = "\"'“”«»‘’ "
_MIN_QUOTE = 12  # characters of quoted text before a plain blockquote counts as a comment's


@dataclass
class QuoteBox:
    """One quote box: its elements (header, body, footer), the quoted author and post number."""

    elements: list[HtmlElement]
    author: str | None = None
    post: str | None = None
    marked: bool = True  # False: a plain blockquote, a quote only if an earlier comment holds it


def _classes(element: HtmlElement) -> str:
    return str(element.get("class") or "")


def _header_author(text: str) -> str | None:
    """The author named by a quote header line ("X escribió:", "Quote from: X on ...")."""
    match = _HEADER.match(norm(text))
    if not match:
        return None
    return clean_author(match["lead"] or match["name"])


def _post_number(element: HtmlElement, *, fragment_only: bool = False) -> str | None:
    """The quoted post's number from ``data-source="post: 456"``, ``data-post-id``,
    ``data-post`` or a link to ``#p123`` / ``?p=123`` / ``#msg123`` / ``#post123``; with
    ``fragment_only`` a link counts only by its ``#fragment`` (``?p=123`` is also an article)."""
    source = element.get("data-source") or ""
    match = re.search(r"post:\s*(\d+)", source)
    if match:
        return match[1]
    for node in element.iter():
        if not isinstance(node.tag, str):
            continue
        for attribute in ("data-post-id", "data-post"):
            value = (node.get(attribute) or "").strip()
            if value.isdigit():
                return value
        href = node.get("href") or node.get("cite") or ""
        if fragment_only:
            fragment = _FRAGMENT.match(href.rpartition("#")[2]) if "#" in href else None
            if fragment:
                return fragment[1]
            continue
        link = _POST_LINK.search(href)
        if link:
            return link["num"]
    return None


def _box_at(element: HtmlElement) -> QuoteBox | None:
    """A quote box starting at ``element``, or None."""
    tag = element.tag if isinstance(element.tag, str) else ""
    classes = _classes(element)
    author = element.get("data-author") or element.get("data-quote") or element.get("data-username")
    if tag == "aside" and "quote" in classes.split():  # Discourse
        return QuoteBox([element], clean_author(author), _post_number(element))
    if author and (tag == "blockquote" or _BOX_CLASS.search(classes)):  # XenForo
        return QuoteBox([element], clean_author(author), _post_number(element))
    if _HEADER_CLASS.search(classes) and "bbcode_postedby" not in classes:  # SMF, phpBB2
        parts = [element]
        sibling = element.getnext()
        while sibling is not None and len(parts) < 3:
            if not isinstance(sibling.tag, str):
                break
            if sibling.tag == "blockquote" or _BOX_CLASS.search(_classes(sibling)):
                parts.append(sibling)
            elif _FOOTER_CLASS.search(_classes(sibling)) and len(parts) == 2:
                parts.append(sibling)
                break
            else:
                break
            sibling = sibling.getnext()
        if len(parts) < 2:
            return None
        return QuoteBox(parts, _header_author(element_text(element)), _post_number(element))
    if _VB3_LABELS.match(_first_child_text(element)) and element.find(".//table") is not None:
        return _vbulletin3(element)
    if tag != "blockquote" and not _BOX_CLASS.search(classes):
        return None
    cite = next((c for c in element.iter("cite") if _nearest_quote(c) is element), None)
    if cite is None and not _BOX_CLASS.search(classes) and _holds_box(element):
        return None  # vBulletin 4 wraps the whole post in a blockquote: look inside it
    boxed = bool(_BOX_CLASS.search(classes))
    named = candidate = None
    if cite is not None:  # phpBB: <cite>X wrote:</cite> (3.3 adds a link to the post)
        named = _header_author(element_text(cite))
        # a bare <cite>: a post's author or an article's source; the page decides (_apply_box)
        candidate = None if named else clean_author(element_text(cite))
    if named is None:
        posted = next(
            (n for n in element.iter() if "bbcode_postedby" in _classes(n)), None
        )  # vBulletin: "Originally Posted by <strong>X</strong>"
        if posted is not None:
            strong = next(iter(posted.iter("strong", "b")), None)
            named = clean_author(element_text(strong)) if strong is not None else None
            named = named or _header_author(element_text(posted))
    if named is None and candidate is None:
        lines = block_lines(element)
        head = next((line for line in lines[:3] if not is_furniture(line)), "")
        # "El fiscal dijo: ..." opens news quotes too: outside a quote box, only a candidate
        named, candidate = (_header_author(head), None) if boxed else (None, _header_author(head))
    post = _post_number(element)
    if named or (boxed and post):
        return QuoteBox([element], named, post)
    # no header: a quotation of a post only if it links to one on the page, repeats one or
    # names an earlier commenter (a blockquote citing "news.example/?p=123" quotes an article)
    fragment = _post_number(element, fragment_only=True)
    return QuoteBox([element], candidate, fragment, marked=False)


def _first_child_text(element: HtmlElement) -> str:
    """The text of ``element``'s first child element when it is a short label, else ""."""
    first = next((child for child in element if isinstance(child.tag, str)), None)
    if first is None or first.tag != "div" or len(first) or (element.text or "").strip():
        return ""
    return norm(first.text)


def _vbulletin3(element: HtmlElement) -> QuoteBox:
    """vBulletin 3: a "Quote:" label, then a table cell with "Originally Posted by <strong>X"."""
    named = None
    for line in block_lines(element)[1:3]:
        match = _VB3_POSTED.match(line)
        if match:
            strong = next(iter(element.iter("strong", "b")), None)
            named = clean_author(element_text(strong) if strong is not None else match["name"])
            break
    if named:
        return QuoteBox([element], named, _post_number(element))
    return QuoteBox([element], None, _post_number(element, fragment_only=True), marked=False)


def _nearest_quote(element: HtmlElement) -> HtmlElement | None:
    """The nearest ``blockquote`` (or quote-classed) ancestor of ``element``."""
    for ancestor in element.iterancestors():
        if ancestor.tag == "blockquote" or _BOX_CLASS.search(_classes(ancestor)):
            return ancestor
    return None


def _holds_box(element: HtmlElement) -> bool:
    """True when a descendant is marked as a quote box or quote header."""
    return any(
        isinstance(node.tag, str)
        and (_BOX_CLASS.search(_classes(node)) or _HEADER_CLASS.search(_classes(node)))
        for node in element.iterdescendants()
    )


def find_quote_boxes(element: HtmlElement) -> Iterator[QuoteBox]:
    """Outermost quote boxes inside ``element`` (not ``element`` itself), in document order."""
    stack = list(reversed([child for child in element if isinstance(child.tag, str)]))
    taken: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in taken:
            continue
        box = _box_at(node)
        if box is not None:
            taken.update(id(part) for part in box.elements)
            yield box
            continue
        stack.extend(reversed([child for child in node if isinstance(child.tag, str)]))


def _squash(text: str) -> str:
    """``text`` without whitespace: readers join lines and inline tags differently."""
    return _SPACE.sub("", text)


def _cut(text: str, piece: str) -> str | None:
    """``text`` with the first occurrence of ``piece`` removed (whitespace ignored), or None."""
    needle = _squash(piece)
    start = _squash(text).find(needle) if needle else -1
    if start < 0:
        return None
    where = [match.start() for match in _NON_SPACE.finditer(text)]
    end = where[start + len(needle) - 1] + 1
    return norm(text[: where[start]] + " " + text[end:])


def _quote_pieces(box: QuoteBox) -> list[str]:
    """Texts to remove for ``box``: its whole text, then the same without furniture lines."""
    whole = " ".join(element_text(part) for part in box.elements)
    lines = [line for part in box.elements for line in block_lines(part)]
    content = [line for line in lines if not is_furniture(line)]
    return [whole, " ".join(content), " ".join(content[1:]) if len(content) > 1 else ""]


def _remove(text: str, box: QuoteBox) -> str | None:
    """``text`` without ``box``'s words (also when the reader dropped its furniture lines)."""
    for piece in _quote_pieces(box):
        if piece:
            cut = _cut(text, piece)
            if cut is not None:
                return cut
    return None


def _owner(element: HtmlElement, owners: dict[int, int]) -> int | None:
    """The index of the innermost comment whose elements hold ``element``."""
    for ancestor in element.iterancestors():
        if id(ancestor) in owners:
            return owners[id(ancestor)]
    return None


def _numbered(post: str | None, position: int, raws: list[RawComment]) -> int | None:
    """The earlier comment whose page id ends in the post number ``post``, if any."""
    if post is None:
        return None
    for earlier in range(position - 1, -1, -1):
        number = _TRAILING_NUMBER.search(raws[earlier].page_id or "")
        if number and number[1] == post:
            return earlier
    return None


def _latest_by(author: str, position: int, raws: list[RawComment]) -> int | None:
    """The latest comment before ``position`` by ``author`` (case aside)."""
    wanted = author.lower()
    for earlier in range(position - 1, -1, -1):
        if (raws[earlier].author or "").lower() == wanted:
            return earlier
    return None


def _latest_with_text(quoted: str, position: int, raws: list[RawComment]) -> int | None:
    """The latest comment before ``position`` whose text holds ``quoted`` (whitespace aside)."""
    needle = _squash(quoted)
    if len(needle) < _MIN_QUOTE:
        return None
    for earlier in range(position - 1, -1, -1):
        if needle in _squash(raws[earlier].text):
            return earlier
    return None


def _apply_box(
    raw: RawComment, position: int, box: QuoteBox, raws: list[RawComment], starter_author: str
) -> None:
    """Remove ``box`` from ``raw``'s text and note whom it quotes (``starter_author``: the
    thread's opening post's author, quoted too)."""
    source = None
    if not box.marked:
        quoted = " ".join(element_text(part) for part in box.elements)
        source = _numbered(box.post, position, raws)
        if source is None:
            source = _latest_with_text(quoted, position, raws)
        if source is None and box.author:
            source = _latest_by(box.author, position, raws)
        if source is not None:
            box.author = raws[source].author
        elif not (box.author and starter_author and box.author.lower() == starter_author.lower()):
            return  # a quotation of something else (an article, a law): part of the comment
    cut = _remove(raw.text, box)
    if cut == "":
        return  # the "quote" is the whole comment: a wrapper, not a quotation
    if cut is not None:
        raw.text = cut
    if source is not None and raw.quoted_index is None:
        raw.quoted_index = source
    if raw.quoted_author is None and box.author:
        raw.quoted_author = box.author
    if raw.quoted_post is None and box.post:
        raw.quoted_post = box.post


def _strip_plain(
    raw: RawComment, position: int, raws: list[RawComment], starter: RawComment | None
) -> None:
    """A text that opens with "Name wrote: <words of Name's earlier post>" loses both parts;
    without Name's words after it (a paraphrase, a news quote) the text stays whole."""
    match = _HEADER.match(raw.text)
    if not match:
        return
    name = clean_author(match["lead"] or match["name"])
    if not name:
        return
    wanted = name.lower()
    sources = [
        _squash(raws[earlier].text)
        for earlier in range(position - 1, -1, -1)
        if (raws[earlier].author or "").lower() == wanted
    ]
    if starter is not None and (starter.author or wanted).lower() == wanted:
        sources.append(_squash(starter.text))
    words = raw.text[match.end() :].split()

    def repeated(size: int) -> bool:
        needle = _squash(" ".join(words[:size]).strip(_QUOTE_MARKS))
        return any(needle in source for source in sources)

    # a prefix repeated from a source has every shorter prefix repeated too: bisect for the
    # longest one, keeping at least one word of the reply
    low, high = 0, len(words) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if repeated(middle):
            low = middle
        else:
            high = middle - 1
    quoted = " ".join(words[:low]).strip(_QUOTE_MARKS)
    if low and len(quoted) >= _MIN_QUOTE:
        raw.text = norm(" ".join(words[low:]))
        raw.quoted_author = raw.quoted_author or name


def strip_quotes(raws: list[RawComment], *, starter: RawComment | None = None) -> None:
    """Remove quoted posts from each comment's text and record the quoted author or post.

    ``starter`` is a forum thread's opening post (kept as the article): replies may quote it.
    """
    owners = _innermost(raws)
    boxes: dict[int, list[QuoteBox]] = {}
    seen: set[int] = set()
    quoting = _quoting(raws, owners)
    for position, raw in enumerate(raws):
        if position not in quoting:
            continue
        for element in raw.elements:
            for box in find_quote_boxes(element):
                if id(box.elements[0]) in seen:
                    continue
                seen.add(id(box.elements[0]))
                owner = _owner(box.elements[0], owners)
                if owner is not None:
                    boxes.setdefault(owner, []).append(box)
    starter_author = (starter.author or "") if starter is not None else ""
    for position, raw in enumerate(raws):
        for box in boxes.get(position, []):
            _apply_box(raw, position, box, raws, starter_author)
        if position not in boxes:
            _strip_plain(raw, position, raws, starter)


def _quoting(raws: list[RawComment], owners: dict[int, int]) -> set[int]:
    """Indexes of comments holding a quote box candidate, found with one XPath per outermost
    comment element (a Python walk of every element cost 8% of ``extract_comments``)."""
    quoting: set[int] = set()
    for raw in raws:
        for element in raw.elements:
            if any(id(ancestor) in owners for ancestor in element.iterancestors()):
                continue  # a nested reply: its outermost comment's search covers it
            for node in _CANDIDATES(element):
                if isinstance(node, HtmlElement):
                    owner = _owner(node, owners)
                    if owner is not None:
                        quoting.add(owner)
    return quoting


def _innermost(raws: list[RawComment]) -> dict[int, int]:
    """Each comment's own elements mapped to its index (a nested reply's win over its parent)."""
    owners: dict[int, int] = {}
    for position, raw in enumerate(raws):
        for element in raw.elements:
            owners[id(element)] = position
    return owners
