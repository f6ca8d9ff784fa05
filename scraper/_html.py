"""Raw page bytes to one parsed lxml tree: sniff non-HTML, decode, parse, survive deep nesting."""

from __future__ import annotations

import codecs
import json
import re

import charset_normalizer
import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from scraper._errors import EmptyPageError, NotHTMLError

__all__ = ["decode_html", "parse_html", "shrink_tree", "sniff_not_html"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"RIFF", "a RIFF container (WebP, WAV, AVI)"),
    (b"OggS", "an Ogg stream"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)
# WHATWG: labels that browsers decode as windows-1252.
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "cp819"}
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{1,40})""", re.IGNORECASE
)
_WESTERN = "áéíóúñüçãõàèâêôÁÉÍÓÚÑ¿¡€“”‘’–—"
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_DOC_TAG = re.compile(r"<\s*(!doctype|html|head|body|meta|title)\b", re.I)
# Container tags flattened when a page nests deeper than the parser allows.
_CONTAINERS = re.compile(
    r"</?(?:div|span|section|article|main|aside|font|center|blockquote|table|tbody|tr|td|th|ul|ol|li|"
    r"dl|dd|dt|b|i|em|strong|u|small|big|sub|sup|header|footer|nav|figure|form|label)\b[^>]*>",
    re.IGNORECASE,
)


def sniff_not_html(data: bytes, *, url: str | None = None) -> None:
    """Raise NotHTMLError for binary formats, NUL-laden bytes and JSON; HTML passes silently."""
    head = data[:2048]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise NotHTMLError(f"input is {what}, not HTML (url={url})")
    if not any(head.startswith(bom) for bom, _ in _BOMS) and b"\x00" in head:
        raise NotHTMLError(f"input holds NUL bytes: binary data, not HTML (url={url})")
    if head.lstrip()[:1] in (b"{", b"[") and _looks_like_json(data):
        raise NotHTMLError(f"input looks like JSON, not HTML (url={url})")


def _looks_like_json(data: bytes) -> bool:
    """Valid JSON, or a brace-led text with no document-level HTML tag near its start."""
    if len(data) <= 5_000_000:
        try:
            json.loads(data)
        except ValueError:
            pass
        else:
            return True
    return not _DOC_TAG.search(data[:4096].decode("latin-1"))


def _codec(label: str) -> str | None:
    """Map a declared charset label to a Python codec name, or None when unknown."""
    label = label.strip().lower()
    if label in _AS_CP1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode page bytes: BOM, meta charset, UTF-8, then detection; return (text, codec)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace"), codec
    match = _META_CHARSET.search(data[:8192])
    declared = _codec(match.group(1).decode("ascii", "replace")) if match else None
    if declared and declared not in {"utf-16", "utf-32", "utf-16-le", "utf-16-be"}:
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass  # the declaration lies (common with latin-1 pages declared utf-8): detect below
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    guess = _codec(best.encoding) if best is not None else None
    if guess is None or _western_score(data, "cp1252") >= _western_score(data, guess):
        guess = "cp1252"  # what browsers do for undeclared Western pages; Spanish needs it
    return data.decode(guess, errors="replace"), guess


def _western_score(data: bytes, codec: str) -> int:
    """How many Spanish/Portuguese/French letters and typographic marks ``codec`` yields."""
    sample = data[:200_000].decode(codec, errors="replace")
    return sum(sample.count(ch) for ch in _WESTERN)


def parse_html(text: str, *, url: str | None = None) -> HtmlElement:
    """Parse decoded HTML once; pages nested deeper than libxml2 allows are flattened, not lost."""
    text = _XML_DECL.sub("", text, count=1)
    raw = text.encode("utf-8", errors="replace")
    data = _without_controls(raw)  # lxml refuses them later
    if len(data) != len(raw):
        text = data.decode("utf-8")  # rare: control characters were removed
    if not text.strip():
        raise EmptyPageError(f"the page is empty (url={url})")
    tree, too_deep = _parse(data)
    if too_deep:
        flat, _ = _parse(_CONTAINERS.sub(" ", text).encode("utf-8", errors="replace"))
        if len(flat.text_content()) > len(tree.text_content()):
            tree = flat
    return tree


# C0 controls but tab, LF and CR; U+FFFE and U+FFFF in UTF-8. In bytes, ``translate`` drops
# them several times faster than a regex over the text (UTF-8 never uses bytes < 0x80 inside a
# multi-byte sequence, so removing them keeps the bytes valid UTF-8).
_C0_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
_NONCHARACTERS = (b"\xef\xbf\xbe", b"\xef\xbf\xbf")


def _without_controls(data: bytes) -> bytes:
    """``data`` without the control characters and non-characters libxml2 refuses."""
    data = data.translate(None, _C0_BYTES)
    for sequence in _NONCHARACTERS:
        if sequence in data:
            data = data.replace(sequence, b"")
    return data


# lxml.html's default lookup is a Python callback run for every element proxy created (every
# ``iter()``, ``getparent()``, here and inside trafilatura): a third of the toolkit's overhead.
# This C-level lookup gives the same HtmlElement methods; only form controls lose their special
# classes (FormElement, InputElement...), which extraction never uses.
_LOOKUP = lxml.etree.ElementDefaultClassLookup(
    element=HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)


def _parse(data: bytes) -> tuple[HtmlElement, bool]:
    """Parse UTF-8 bytes with a fresh parser; report whether libxml2 stopped at its nesting
    limit."""
    parser = lxml.html.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, collect_ids=False
    )  # no ID table: nothing looks elements up by XPath id() (as trafilatura's own parser)
    parser.set_element_class_lookup(_LOOKUP)
    try:
        tree = lxml.html.document_fromstring(data, parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise EmptyPageError(f"no HTML document could be parsed: {exc}") from exc
    too_deep = any("depth" in entry.message.lower() for entry in parser.error_log)
    return tree, too_deep


def shrink_tree(tree: HtmlElement, limit: int) -> HtmlElement:
    """Cut a tree of more than ``limit`` elements down to the region richest in paragraph text.

    Body extraction is superlinear in tree size (minutes on 300,000 elements); news pages have
    under 15,000, so only pathological pages are cut, keeping their best text container.
    """
    if _count(tree) <= limit:
        return tree
    scores: dict[HtmlElement, float] = {}
    for paragraph in tree.iter("p", "pre", "blockquote"):
        size = len(paragraph.text_content())
        parent = paragraph.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0.0) + size
            grand = parent.getparent()
            if grand is not None:
                scores[grand] = scores.get(grand, 0.0) + size / 2
    body = tree.find("body")
    if body is None:
        body = tree
    best = max(scores, key=scores.__getitem__) if scores else None
    if best is None or best is body or best is tree:
        kept = _first_elements(body, limit)
    else:
        while True:
            parent = best.getparent()
            if parent is None or parent is body or _count(parent) > limit:
                break
            best = parent
        kept = [best]
    new_body = lxml.html.Element("body")
    for element in kept:
        new_body.append(element)
    if body is tree:
        return new_body
    body.getparent().replace(body, new_body)
    return tree


def _count(element: HtmlElement) -> int:
    """Number of elements in the subtree, counted in C."""
    return int(element.xpath("count(descendant-or-self::*)"))


def _first_elements(body: HtmlElement, limit: int) -> list[HtmlElement]:
    """The body's first children, in order, while their subtrees stay under ``limit`` elements."""
    kept: list[HtmlElement] = []
    total = 0
    for child in body:
        size = _count(child)
        if total + size > limit:
            break
        kept.append(child)
        total += size
    return kept
