"""The offline demo: serve the bundled sample pages on 127.0.0.1 and run the whole pipeline."""

from __future__ import annotations

import asyncio
import functools
import http.server
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from archive import Archive
from scraper import Exchange, Fetcher, FetchOptions
from veracity.pipeline import PageResult, ingest, score_page

__all__ = ["SAMPLE_PAGES", "run_demo", "sample_path", "serve_samples"]

SAMPLE_PAGES = ("insightcrime-zetas-milenio.html", "borderlandbeat-zetas-resistencia.html")


def sample_path(name: str) -> Path:
    """The installed path of a bundled sample page."""
    return Path(str(resources.files("veracity") / "samples" / name))


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the samples folder without logging every request to stderr."""

    def log_message(self, format: str, *args: object) -> None:
        return


@contextmanager
def serve_samples() -> Iterator[str]:
    """Serve the sample pages from a real HTTP server on 127.0.0.1; yields its base URL."""
    folder = sample_path(SAMPLE_PAGES[0]).parent
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


async def _fetch_samples(base: str) -> list[Exchange]:
    options = FetchOptions(delay=0.0, autothrottle=False)
    async with Fetcher(options) as fetcher:
        return [await fetcher.fetch(base + name) for name in SAMPLE_PAGES]


def run_demo(archive_dir: Path | None = None) -> list[PageResult]:
    """Serve, fetch, archive, extract and score the samples (in a temporary archive by default)."""
    with tempfile.TemporaryDirectory(prefix="veracity-demo-") as tmp:
        folder = archive_dir or Path(tmp) / "archive"
        with serve_samples() as base:
            exchanges = asyncio.run(_fetch_samples(base))
        with Archive(folder) as store:
            # everything is archived and extracted first, so each page is scored against the others
            ingested = [(exchange, *ingest(exchange, archive=store)) for exchange in exchanges]
            return [score_page(*page, archive=store) for page in ingested]
