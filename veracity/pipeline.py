"""The one place that wires the three stages: fetch -> archive -> extract -> score.

The CLI, the demo and the cron run all go through these functions, so a page takes the same
path through the code however it arrives.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from archive import Archive, Capture
from scoring import Report, ScoreOptions, ScoringError, score
from scraper import (
    CommentFeed,
    Document,
    Exchange,
    FetchError,
    NotHTMLError,
    extract,
    fetch,
    merge_comments,
)

__all__ = [
    "PageResult",
    "document_from_exchange",
    "is_url",
    "load_document",
    "process",
    "score_archived",
    "score_page",
    "scoring_hook",
]


@dataclass
class PageResult:
    """What the pipeline made of one page."""

    exchange: Exchange
    document: Document
    report: Report
    capture: Capture | None = None


def document_from_exchange(exchange: Exchange) -> Document:
    """Extract a Document from a fetched page; refuse error statuses and non-HTML bodies."""
    if exchange.status >= 400:
        raise FetchError(
            f"HTTP {exchange.status} {exchange.reason} for {exchange.url}".strip(), url=exchange.url
        )
    if not exchange.is_html:
        kind = exchange.content_type or "unknown content type"
        raise NotHTMLError(f"not an HTML page ({kind}): {exchange.url}")
    return extract(exchange.decoded_body(), url=exchange.url)


def is_url(target: str) -> bool:
    """Whether a PATH|URL argument names a URL rather than a local file."""
    return target.startswith(("http://", "https://"))


def load_document(target: str, *, url: str | None = None) -> Document:
    """A Document from a local HTML file or an http(s) URL, as the CLI's PATH|URL argument."""
    if is_url(target):
        return document_from_exchange(fetch(target))
    path = Path(target)
    if not path.is_file():
        raise FileNotFoundError(2, "No such file", target)
    return extract(path.read_bytes(), url=url)


def scoring_hook(
    archive: Archive,
) -> Callable[[Capture, Exchange, Document | None], dict[str, Any] | None]:
    """The hook ``archive.run`` calls on each new capture: score it with the archive as corpus."""

    def analyze(
        capture: Capture, exchange: Exchange, document: Document | None
    ) -> dict[str, Any] | None:
        if document is None:
            return None
        return score(document, corpus=archive).model_dump(mode="json")

    return analyze


def score_archived(folder: Path, url: str, *, options: ScoreOptions | None = None) -> Report:
    """Score the latest archived capture of ``url`` against the archive; store the scores."""
    with Archive(folder, create=False) as store:
        capture = store.latest(url)
        if capture is None:
            raise ScoringError(f"no capture of {url} in the archive at {folder}")
        document = store.document(capture.id)
        if document is None:
            document = document_from_exchange(store.read(capture))
            store.put_document(capture.id, document)
        report = score(document, corpus=store, options=options)
        store.put_scores(capture.id, report.model_dump(mode="json"))
    return report


def ingest(
    exchange: Exchange,
    *,
    archive: Archive | None = None,
    feeds: Sequence[tuple[Exchange, CommentFeed]] = (),
) -> tuple[Capture | None, Document]:
    """Archive (when given) and extract one exchange; the Document is stored beside its capture.

    The capture (and each comment-feed page in ``feeds``) is written before extraction, so a
    page that cannot be extracted is still kept; the feeds' comments are merged into the page's.
    """
    capture = None
    if archive is not None:
        capture = archive.add(exchange)
        for answer, _ in feeds:
            archive.add(answer)
    document = document_from_exchange(exchange)
    comments = [comment for _, feed in feeds for comment in feed.comments]
    if comments:
        document = merge_comments(document, comments)
    if archive is not None and capture is not None:
        archive.put_document(capture.id, document)
    return capture, document


def score_page(
    exchange: Exchange, capture: Capture | None, document: Document, *, archive: Archive | None
) -> PageResult:
    """Score an ingested page against the archive (the corpus), storing the scores beside it."""
    report = score(document, corpus=archive)
    if archive is not None and capture is not None:
        archive.put_scores(capture.id, report.model_dump(mode="json"))
    return PageResult(exchange=exchange, document=document, report=report, capture=capture)


def process(
    exchange: Exchange,
    *,
    archive: Archive | None = None,
    feeds: Sequence[tuple[Exchange, CommentFeed]] = (),
) -> PageResult:
    """Archive (when given), extract and score one fetched exchange, storing results beside it;
    ``feeds`` are the page's comment-feed pages (``scraper.comment_feed_pages``)."""
    capture, document = ingest(exchange, archive=archive, feeds=feeds)
    return score_page(exchange, capture, document, archive=archive)
