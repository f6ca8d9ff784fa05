"""Versions of a URL over time: successive captures whose text differs beyond trivial changes."""

from __future__ import annotations

import difflib
import re
from typing import TYPE_CHECKING

from archive._models import Capture, Version
from archive._normalize import document_text, normalize_paragraph, paragraphs
from scraper import FetchError

if TYPE_CHECKING:
    from archive._store import Archive

__all__ = ["capture_text", "diff_texts", "history", "html_text"]

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class _Paragraph(str):
    """A paragraph that compares by its normalised form but prints as written."""

    key: str

    def __new__(cls, text: str) -> _Paragraph:
        obj = super().__new__(cls, text)
        obj.key = normalize_paragraph(text)
        return obj

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Paragraph) and self.key == other.key

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return hash(self.key)


def diff_texts(old: str, new: str, *, old_label: str = "", new_label: str = "") -> str:
    """A unified diff of paragraphs, blind to trivial changes; "" when nothing real changed."""
    a = [_Paragraph(p) for p in paragraphs(old)]
    b = [_Paragraph(p) for p in paragraphs(new)]
    if [p.key for p in a] == [p.key for p in b]:
        return ""
    lines = difflib.unified_diff(a, b, fromfile=old_label, tofile=new_label, lineterm="", n=1)
    return "\n".join(str(line) for line in lines)


def html_text(html: bytes) -> str:
    """Fallback text of an HTML page without a stored Document: its visible paragraphs."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        tree = lxml.html.document_fromstring(html)
    except (ParserError, ValueError):
        return ""
    for bad in tree.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    blocks = tree.xpath("//p|//h1|//h2|//h3|//h4|//li|//blockquote|//pre")
    texts = [" ".join(block.text_content().split()) for block in blocks]
    return "\n\n".join(text for text in texts if text)


def capture_text(archive: Archive, capture: Capture) -> str:
    """The text of a capture: its stored Document's (body, then comments), else the HTML's
    paragraphs, else ""."""
    doc = archive.document(capture.id)
    if doc is None and capture.refers_to is not None:
        doc = archive.document(capture.refers_to)
    if doc is not None:
        return document_text(doc)
    exchange = archive.read(capture)
    if not (exchange.content_type or "").endswith(("html", "xml")):
        return ""
    try:
        body = exchange.decoded_body()
    except FetchError:
        return ""
    return html_text(body)


def history(archive: Archive, url: str) -> list[Version]:
    """The versions of ``url``, oldest first, each with a diff from the one before.

    A redirect hop stands for the page it led to, so a URL that now redirects still has a history.
    """
    versions: list[Version] = []
    for hop_or_capture in archive.captures(url):
        capture = hop_or_capture
        if capture.redirect_of is not None:
            capture = archive.get(capture.redirect_of)
        if capture.status >= 400 or (300 <= capture.status < 400 and capture.status != 304):
            continue
        text = _CONTROL.sub("", capture_text(archive, capture))
        if versions:
            last = versions[-1]
            diff = diff_texts(
                last.text,
                text,
                old_label=f"{url} {last.capture.fetched_at.isoformat()}",
                new_label=f"{url} {capture.fetched_at.isoformat()}",
            )
            if not diff:
                last.last_seen = capture.fetched_at
                last.captures += 1
                continue
        else:
            diff = ""
        versions.append(
            Version(
                number=len(versions) + 1,
                capture=capture,
                last_seen=capture.fetched_at,
                captures=1,
                text=text,
                diff=diff,
            )
        )
    return versions
