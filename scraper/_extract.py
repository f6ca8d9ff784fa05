"""Turn an HTML page into a Document: body, comments, furniture, metadata.

Pipeline (the page is parsed once): sniff and decode -> parse -> metadata -> comments (their
nodes leave the tree) -> prune furniture by markup -> trafilatura on the pruned tree -> blocks ->
furniture by text rules -> furniture by site profile.
"""

from __future__ import annotations

import inspect
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any, Literal

import trafilatura
import trafilatura.core as trafilatura_core
from lxml.etree import _Element
from lxml.html import HtmlElement
from pydantic import BaseModel, ConfigDict, Field
from trafilatura.settings import Document as TrafilaturaDocument
from trafilatura.settings import Extractor

from scraper._comments import extract_comments
from scraper._comments._index import build_index
from scraper._errors import EmptyPageError, ExtractError, ExtractTimeoutError
from scraper._furniture import (
    drop_furniture_lines,
    normalise_text,
    prune_markup,
    split_furniture,
)
from scraper._html import decode_html, parse_html, shrink_tree, sniff_not_html
from scraper._metadata import extract_metadata, guess_lang
from scraper._models import Block, BlockKind, Document
from scraper._profile import SiteProfile

__all__ = ["ExtractOptions", "extract"]


class ExtractOptions(BaseModel):
    """How to extract: limits, recall/precision trade-off, and a learned site profile.

    ``timeout`` is hard (SIGALRM) when extract runs in the main thread of a POSIX process and
    cooperative (checked between pipeline stages) elsewhere; a single long C call such as lxml
    parsing finishes before either check fires. Inputs over ``max_bytes`` are truncated to that
    size (``oversize="truncate"``, the article is nearly always near the top) or refused with
    ExtractError (``oversize="error"``). Trees over ``max_elements`` are cut, right after parsing,
    to their region richest in paragraph text (every later stage is at least linear in tree size
    and trafilatura superlinear); such pages may lose metadata held outside that region.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)

    timeout: float | None = Field(default=30.0, gt=0)
    max_bytes: int = Field(default=20_000_000, gt=0)
    oversize: Literal["truncate", "error"] = "truncate"
    max_elements: int = Field(default=25_000, ge=100)
    favor_recall: bool = False
    favor_precision: bool = False
    include_tables: bool = True
    profile: SiteProfile | None = None


class _Alarm(BaseException):
    """Raised by SIGALRM; a BaseException so a library's ``except Exception`` cannot eat it."""


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[float]:
    """Yield the deadline (monotonic); arm SIGALRM when that is possible and safe here."""
    deadline = time.monotonic() + seconds if seconds else float("inf")
    armed = False
    previous: signal.Handlers | object | None = None
    if (
        seconds
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    ):

        def _ring(signum: int, frame: FrameType | None) -> None:
            raise _Alarm

        previous = signal.signal(signal.SIGALRM, _ring)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        armed = True
    try:
        yield deadline
    finally:
        if armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)  # type: ignore[arg-type]


def _check(deadline: float, stage: str, url: str | None) -> None:
    """Cooperative deadline check between stages."""
    if time.monotonic() > deadline:
        raise ExtractTimeoutError(f"extraction exceeded its time limit before {stage} (url={url})")


def _to_text(html: str | bytes, options: ExtractOptions, url: str | None) -> str:
    """Size-limit, sniff and decode the input."""
    if isinstance(html, str):
        if len(html) > options.max_bytes:
            if options.oversize == "error":
                raise ExtractError(f"page has {len(html)} characters, over max_bytes (url={url})")
            html = html[: options.max_bytes]
        head = html[:2048].encode("utf-8", errors="replace")
        if not html.strip():
            raise EmptyPageError(f"the page is empty (url={url})")
        sniff_not_html(head, url=url)
        return html
    if len(html) > options.max_bytes:
        if options.oversize == "error":
            raise ExtractError(f"page has {len(html)} bytes, over max_bytes (url={url})")
        html = html[: options.max_bytes]
    if not html.strip():
        raise EmptyPageError(f"the page is empty (url={url})")
    sniff_not_html(html, url=url)
    text, _codec = decode_html(html)
    return text


_KINDS = {"head": BlockKind.HEADING, "quote": BlockKind.QUOTE, "item": BlockKind.LIST_ITEM}


_CONTAINERS = {"list", "quote", "div", "table"}
_BLOCK_TAGS = {"p", "head", "item", "code", "list", "quote", "div", "table", "graphic"}


def _paragraphs(parts: list[str]) -> list[str]:
    """Join inline text parts into paragraphs; ``\x00`` marks a line break.

    One break is a line break inside a paragraph; two in a row (Blogger's ``<br><br>``) end it.
    """
    pieces = [normalise_text(p) for p in "".join(parts).split("\x00")]
    merged: list[str] = []
    buffer: list[str] = []
    for piece in pieces:
        if piece:
            buffer.append(piece)
        elif buffer:
            merged.append(" ".join(buffer))
            buffer = []
    if buffer:
        merged.append(" ".join(buffer))
    return merged


def _inline_parts(element: _Element) -> list[str]:
    """The element's own text and its inline children's, with line breaks marked."""
    parts: list[str] = [element.text or ""]
    for child in element:
        parts.append("\x00" if child.tag == "lb" else "".join(child.itertext()))
        parts.append(child.tail or "")
    return parts


def _blocks(element: _Element, kind: BlockKind = BlockKind.PARAGRAPH) -> Iterator[Block]:
    """Map trafilatura's XML body to Blocks: p, head, quote, list/item, table rows, code.

    Text loose in a container (a heading's tail, text between ``<lb/>``) becomes paragraphs too.
    """
    pending: list[str] = [element.text or ""]
    for child in element:
        tag = child.tag
        if not isinstance(tag, str):
            pending.append(child.tail or "")
            continue
        if tag not in _BLOCK_TAGS:
            pending.append("\x00" if tag == "lb" else "".join(child.itertext()))
            pending.append(child.tail or "")
            continue
        for text in _paragraphs(pending):
            yield Block(text=text, kind=kind)
        pending = [child.tail or ""]
        child_kind = _KINDS.get(tag, kind)
        if tag == "table":
            yield from _table_blocks(child)
        elif tag in _CONTAINERS or (tag == "item" and any(c.tag == "list" for c in child)):
            yield from _blocks(child, child_kind)
        else:
            for text in _paragraphs(_inline_parts(child)):
                yield Block(text=text, kind=child_kind)
    for text in _paragraphs(pending):
        yield Block(text=text, kind=kind)


def _table_blocks(table: _Element) -> Iterator[Block]:
    """One paragraph per table row, cells separated by `` | ``."""
    for row in table.iter("row"):
        cells = [normalise_text("".join(cell.itertext())) for cell in row.iter("cell")]
        text = " | ".join(c for c in cells if c)
        if text:
            yield Block(text=text)


def _sequence_without_copy() -> Callable[..., tuple[Any, str, Any, str]] | None:
    """trafilatura's extraction cascade, when this trafilatura has the known internal signature
    ``trafilatura_sequence(tree, options, url)`` (2.3): ``bare_extraction`` deep-copies a tree
    it is given, which our pipeline does not need. None means: use ``bare_extraction``."""
    sequence = getattr(trafilatura_core, "trafilatura_sequence", None)
    if sequence is None:
        return None
    try:
        names = list(inspect.signature(sequence).parameters)
    except (TypeError, ValueError):
        return None
    return sequence if names == ["tree", "options", "url"] else None


_SEQUENCE = _sequence_without_copy()


def _trafilatura_body(
    tree: HtmlElement, options: ExtractOptions, url: str | None, *, copy: bool
) -> _Element | None:
    """trafilatura's body for ``tree`` (None when it finds too little), as ``bare_extraction``
    gives it; without ``copy`` the tree is handed over, and trafilatura prunes it in place."""
    if copy or _SEQUENCE is None:
        result = trafilatura.bare_extraction(
            tree,
            url=url,
            include_comments=False,
            include_tables=options.include_tables,
            favor_recall=options.favor_recall,
            favor_precision=options.favor_precision,
            with_metadata=False,
        )
        return result.body if isinstance(result, TrafilaturaDocument) else None
    extractor = Extractor(
        output_format="python",
        precision=options.favor_precision,
        recall=options.favor_recall,
        comments=False,
        tables=options.include_tables,
        url=url,
    )
    try:  # what bare_extraction does around the same call, minus the copy and its text output
        body, text, _, comments = _SEQUENCE(tree, extractor, url)
    except (TypeError, ValueError):  # trafilatura's own "discard this page" signals
        return None
    if len(text) < extractor.min_output_size and len(comments) < extractor.min_output_comm_size:
        return None
    return body


def _body_blocks(tree: HtmlElement, options: ExtractOptions, url: str | None) -> list[Block]:
    """Run trafilatura on the parsed tree (comments dropped); its baseline when it finds nothing.

    This is the tree's last use, so trafilatura gets it without a copy and prunes it in place
    (comment containers, infinite-scroll boxes); the rare baseline fallback reads it that way.
    """
    body = _trafilatura_body(tree, options, url, copy=False)
    blocks: list[Block] = []
    if body is not None:
        blocks = [b for b in _blocks(body) if b.text]
    if sum(len(b.text) for b in blocks) < 50:
        postbody, _text, _length = trafilatura.baseline(tree)  # it works on a copy
        fallback = [b for b in _blocks(postbody) if b.text]
        if sum(len(b.text) for b in fallback) > sum(len(b.text) for b in blocks):
            blocks = fallback
    return blocks


def extract(
    html: str | bytes,
    url: str | None = None,
    *,
    options: ExtractOptions | None = None,
) -> Document:
    """Extract the article body, reader comments, furniture and metadata from ``html``.

    Raises EmptyPageError, NotHTMLError, ExtractTimeoutError (all ExtractError).
    """
    options = options or ExtractOptions()
    try:
        with _time_limit(options.timeout) as deadline:
            return _extract(html, url, options, deadline)
    except _Alarm:
        raise ExtractTimeoutError(
            f"extraction exceeded its time limit of {options.timeout}s (url={url})"
        ) from None
    except RecursionError as exc:
        raise ExtractError(f"page structure too deep to extract (url={url})") from exc


def _extract(
    html: str | bytes, url: str | None, options: ExtractOptions, deadline: float
) -> Document:
    """The pipeline behind ``extract``, with cooperative deadline checks between stages."""
    text = _to_text(html, options, url)
    tree = shrink_tree(parse_html(text, url=url), options.max_elements)
    _check(deadline, "metadata", url)
    index = build_index(tree)  # one walk shared by metadata, comment readers and furniture pass
    meta = extract_metadata(tree, url=url, index=index)
    lang = meta.lang
    if lang is None:
        body_el = tree.find("body")
        lang = guess_lang((body_el if body_el is not None else tree).text_content())
    _check(deadline, "comments", url)
    comments = extract_comments(tree, url=url, lang=lang, index=index)
    for node in comments.nodes:
        if node.getparent() is not None:
            node.drop_tree()
    furniture: list[Block] = list(comments.furniture)
    furniture.extend(prune_markup(tree, index=index))
    _check(deadline, "body extraction", url)
    blocks = drop_furniture_lines(_body_blocks(tree, options, url), furniture)
    _check(deadline, "furniture rules", url)
    body, text_furniture = split_furniture(blocks, title=meta.title)
    furniture.extend(text_furniture)
    if options.profile is not None:
        body, site_furniture = options.profile.split(body)
        furniture.extend(site_furniture)
    if not body and not comments.comments:
        raise EmptyPageError(f"no readable text found in the page (url={url})")
    return Document(
        url=url,
        canonical_url=meta.canonical_url,
        title=meta.title,
        author=meta.author or comments.starter_author,
        published=meta.published or comments.starter_published,
        site_name=meta.site_name,
        lang=lang,
        body=body,
        comments=comments.comments,
        furniture=furniture,
    )
