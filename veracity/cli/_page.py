"""``veracity fetch`` and ``veracity extract``: one page in, one clear answer out."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import click

from archive import Archive
from scraper import Document, Exchange, Fetcher, FetchError, FetchOptions, VeracityError
from veracity._render import clean
from veracity.cli._errors import cli_errors
from veracity.cli._options import archive_option
from veracity.cli._thread import render_document
from veracity.pipeline import load_document, process

__all__ = ["extract_command", "fetch_command"]


async def _fetch_all(urls: list[str], options: FetchOptions) -> list[Exchange | FetchError]:
    """Fetch every URL through one Fetcher, so per-host pacing and robots.txt hold across them."""
    async with Fetcher(options) as fetcher:
        results = await asyncio.gather(
            *(fetcher.fetch(url) for url in urls), return_exceptions=True
        )
    out: list[Exchange | FetchError] = []
    for url, result in zip(urls, results, strict=True):
        if isinstance(result, Exchange | FetchError):
            out.append(result)
        elif isinstance(result, BaseException):
            raise result
        else:  # pragma: no cover - gather returns results or exceptions only
            out.append(FetchError(f"unexpected result for {url}", url=url))
    return out


def _size(n: int) -> str:
    return f"{n / 1024:.1f} KB" if n >= 1024 else f"{n} B"


@click.command("fetch")
@click.argument("urls", nargs=-1, required=True)
@archive_option
@click.option("--user-agent", default=None, help="User-Agent to send (default names veracity).")
@click.option("--delay", type=float, default=None, help="Seconds between requests to one host.")
@cli_errors
def fetch_command(
    urls: tuple[str, ...], archive_dir: str | None, user_agent: str | None, delay: float | None
) -> None:
    """Fetch URLs politely, archive each capture, and print one line per page.

    With an archive (--archive or $VERACITY_ARCHIVE) every exchange is stored in WARC and HTML
    pages are extracted and scored beside it; without one nothing is stored.
    """
    settings: dict[str, Any] = {
        k: v for k, v in {"user_agent": user_agent, "delay": delay}.items() if v is not None
    }
    results = asyncio.run(_fetch_all(list(urls), FetchOptions(**settings)))
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
            click.echo(_fetch_line(result, store))
    finally:
        if store is not None:
            store.close()
    if failures:
        raise SystemExit(1)


def _fetch_line(exchange: Exchange, store: Archive | None) -> str:
    """Archive and analyse one exchange; describe it in one line."""
    fields = [str(exchange.status), _size(len(exchange.body)), exchange.content_type or "-"]
    try:
        result = process(exchange, archive=store)
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
