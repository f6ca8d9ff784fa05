"""``veracity fetch`` and ``veracity extract``: one page in, one clear answer out."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import click

from archive import Archive
from scraper import (
    CommentFeed,
    Document,
    Exchange,
    ExtractError,
    Fetcher,
    FetchError,
    FetchOptions,
    VeracityError,
    comment_feed_pages,
)
from veracity._render import clean
from veracity.cli._errors import cli_errors
from veracity.cli._options import archive_option
from veracity.cli._thread import render_document
from veracity.pipeline import load_document, process

__all__ = ["extract_command", "fetch_command"]


Feeds = list[tuple[Exchange, CommentFeed]]


async def _fetch_all(
    urls: list[str], options: FetchOptions, *, comment_feeds: bool
) -> list[tuple[Exchange, Feeds] | FetchError]:
    """Fetch every URL (and, with ``comment_feeds``, each page's Blogger comments feed) through
    one Fetcher, so per-host pacing and robots.txt hold across them."""
    async with Fetcher(options) as fetcher:

        async def one(url: str) -> tuple[Exchange, Feeds]:
            exchange = await fetcher.fetch(url)
            return exchange, (await _feeds(fetcher, exchange) if comment_feeds else [])

        results = await asyncio.gather(*(one(url) for url in urls), return_exceptions=True)
    out: list[tuple[Exchange, Feeds] | FetchError] = []
    for result in results:
        if isinstance(result, BaseException) and not isinstance(result, FetchError):
            raise result
        out.append(result)
    return out


async def _feeds(fetcher: Fetcher, exchange: Exchange) -> Feeds:
    """The page's comment-feed pages; a failing feed is reported and the page kept as it is."""
    feeds: Feeds = []
    try:
        async for pair in comment_feed_pages(fetcher, exchange):
            feeds.append(pair)
    except (FetchError, ExtractError) as err:
        click.echo(f"note: comment feed of {clean(exchange.url)}: {clean(str(err))}", err=True)
    return feeds


def _size(n: int) -> str:
    return f"{n / 1024:.1f} KB" if n >= 1024 else f"{n} B"


@click.command("fetch")
@click.argument("urls", nargs=-1, required=True)
@archive_option
@click.option("--user-agent", default=None, help="User-Agent to send (default names veracity).")
@click.option("--delay", type=float, default=None, help="Seconds between requests to one host.")
@click.option(
    "--comment-feeds/--no-comment-feeds",
    default=True,
    show_default=True,
    help="Also fetch Blogger comments feeds and merge their comments.",
)
@cli_errors
def fetch_command(
    urls: tuple[str, ...],
    archive_dir: str | None,
    user_agent: str | None,
    delay: float | None,
    comment_feeds: bool,
) -> None:
    """Fetch URLs politely, archive each capture, and print one line per page.

    With an archive (--archive or $VERACITY_ARCHIVE) every exchange is stored in WARC and HTML
    pages are extracted and scored beside it; without one nothing is stored.
    """
    settings: dict[str, Any] = {
        k: v for k, v in {"user_agent": user_agent, "delay": delay}.items() if v is not None
    }
    results = asyncio.run(
        _fetch_all(list(urls), FetchOptions(**settings), comment_feeds=comment_feeds)
    )
    path = archive_dir or None
    if path is None:
        click.echo(
            "note: no archive given (--archive or VERACITY_ARCHIVE): nothing stored", err=True
        )
    failures = 0
    store = Archive(path) if path else None
    try:
        for url, result in zip(urls, results, strict=True):
            if isinstance(result, FetchError):
                failures += 1
                click.echo(f"ERROR  {clean(url)}  {clean(str(result))}", err=True)
                continue
            click.echo(_fetch_line(*result, store))
    finally:
        if store is not None:
            store.close()
    if failures:
        raise SystemExit(1)


def _fetch_line(exchange: Exchange, feeds: Feeds, store: Archive | None) -> str:
    """Archive and analyse one exchange (with its comment feeds); describe it in one line."""
    fields = [str(exchange.status), _size(len(exchange.body)), exchange.content_type or "-"]
    try:
        result = process(exchange, archive=store, feeds=feeds)
    except VeracityError as err:
        if store is not None:  # process() archives before it extracts
            fields.append("archived")
        fields += [clean(exchange.url), f"({clean(str(err))})"]
        return "  ".join(fields)
    if result.capture is not None:
        fields.append(result.capture.kind + (" changed" if result.capture.changed else ""))
    fields += [
        clean(exchange.url),
        f'"{clean(result.document.title)}"',
        f"{len(result.report.claims)} claims",
    ]
    if feeds:
        fields.append(f"({len(result.document.comments)} comments, with the comments feed)")
    return "  ".join(fields)


@click.command("extract")
@click.argument("target", metavar="PATH|URL")
@click.option("--url", default=None, help="The page's address, when TARGET is a local file.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text: body and comment thread; json: the whole Document.",
)
@cli_errors
def extract_command(target: str, url: str | None, fmt: str) -> None:
    """Extract the article body, reader comments and metadata of a page (file or URL)."""
    doc: Document = load_document(target, url=url)
    if fmt == "json":
        click.echo(json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        click.echo(render_document(doc))
