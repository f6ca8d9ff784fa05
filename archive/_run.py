"""One run over the watch-list: fetch what is due, archive it, extract, score, reschedule.

Runs on one archive are serialised by an flock on ``run.lock``: a second run waits for the first
(up to ``RunOptions.wait``) and then finds only what is still due, so nothing is fetched twice.
A URL's schedule row is updated only after its capture is committed, so a run killed mid-way
leaves the page in flight due, and the next run fetches it.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AsyncExitStack
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel, ConfigDict, Field

import scraper
from archive._errors import ArchiveError
from archive._feeds import feed_links, sitemap_links
from archive._history import html_text
from archive._index import from_iso, to_iso
from archive._lock import FileLock
from archive._models import Capture
from archive._normalize import document_key, text_key
from archive._schedule import failure_backoff, next_check
from archive._sources import Source
from archive._store import Archive
from archive._warc import payload_digest
from scraper import (
    Comment,
    Document,
    Exchange,
    ExtractError,
    ExtractOptions,
    Fetcher,
    FetchError,
    FetchOptions,
    SiteProfile,
    VeracityError,
)

__all__ = ["Analyzer", "FetcherLike", "RunOptions", "RunSummary", "run"]

log = logging.getLogger("archive.run")

T = TypeVar("T")
Analyzer = Callable[[Capture, Exchange, Document | None], dict[str, Any] | None]
_NEVER = "9999-12-31T00:00:00.000000Z"
_PAGES = ("page", "article")
_Feed = tuple[Exchange, list[Comment]]  # one fetched comments-feed page and its comments


class FetcherLike(Protocol):
    """Anything that fetches one URL into an Exchange (scraper.Fetcher, or a fake in tests)."""

    async def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> Exchange: ...


class RunOptions(BaseModel):
    """How a run behaves: lock waiting, parallel fetches, limits."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    wait: float | None = Field(
        default=3600.0, description="seconds to wait for another run; None: forever"
    )
    concurrency: int = Field(default=4, ge=1, description="fetches in flight at once")
    max_urls: int | None = Field(default=None, ge=1, description="at most this many pages per run")
    max_links: int = Field(default=500, ge=0, description="new links taken from one feed/sitemap")
    max_sitemap_depth: int = Field(default=3, ge=0, description="rounds of nested sitemap indexes")
    extract: bool = Field(default=True, description="extract a Document from new HTML captures")
    comment_feeds: bool = Field(
        default=True,
        description="also fetch and archive a page's Blogger comments feed and merge its comments",
    )
    max_comment_feed_pages: int = Field(
        default=4, ge=1, description="pages of one comments feed to follow (500 comments each)"
    )
    fetch: FetchOptions = Field(
        default_factory=FetchOptions,
        description="politeness and limits of the default fetcher (scraper.Fetcher)",
    )


class RunSummary(BaseModel):
    """What a run did."""

    checked: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    failed: int = 0
    discovered: int = 0
    failures: list[tuple[str, str]] = []

    def line(self) -> str:
        """One summary line: ``12 checked, 3 new, 2 changed, 6 unchanged, 1 failed``."""
        text = (
            f"{self.checked} checked, {self.new} new, {self.changed} changed, "
            f"{self.unchanged} unchanged, {self.failed} failed"
        )
        return text + (f" ({self.discovered} links discovered)" if self.discovered else "")


def _default_fetcher(options: FetchOptions) -> Fetcher:
    """The polite fetcher: robots.txt, per-host pacing, retries, limits."""
    return Fetcher(options)


def _extract(exchange: Exchange, profile: SiteProfile | None = None) -> Document | None:
    """The Document of an HTML exchange, or None when it is not HTML or extraction fails.

    ``profile`` holds what repeats across the host's archived pages: such blocks become
    furniture ("site: repeats on N pages of host")."""
    if exchange.content_type not in ("text/html", "application/xhtml+xml"):
        return None
    try:
        return scraper.extract(
            exchange.decoded_body(), url=exchange.url, options=ExtractOptions(profile=profile)
        )
    except (ExtractError, FetchError) as err:
        log.info("no document for %s: %s", exchange.url, err)
        return None


class _Runner:
    def __init__(
        self,
        archive: Archive,
        *,
        fetcher: FetcherLike,
        analyze: Analyzer | None,
        now: datetime,
        options: RunOptions,
        on_progress: Callable[[int, int], None] | None,
    ) -> None:
        self.archive = archive
        self.db = archive.index
        self.fetcher = fetcher
        self.analyze = analyze
        self.now = now
        self.options = options
        self.on_progress = on_progress
        self.summary = RunSummary()
        self._profiles: dict[str, SiteProfile] = {}
        self._profiles_changed: set[str] = set()
        self.done = 0
        self.total = 0
        # every index and WARC operation runs on this one thread, one at a time
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="archive")
        self._pending: set[asyncio.Future[None]] = set()
        self._error: BaseException | None = None

    # the urls table ----------------------------------------------------------------------
    def register(self, sources: list[Source]) -> None:
        """Add new sources to the urls table and remember which are watched in this run."""
        self.db.db.execute("CREATE TEMP TABLE IF NOT EXISTS run_watched (url TEXT PRIMARY KEY)")
        self.db.db.execute("DELETE FROM temp.run_watched")
        with self.db.transaction() as db:
            for source in sources:
                db.execute("INSERT OR IGNORE INTO temp.run_watched (url) VALUES (?)", (source.url,))
                every = int(source.every.total_seconds()) if source.every else None
                db.execute(
                    "INSERT INTO urls (url, kind, source, every, added_at, next_check) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET "
                    "kind = excluded.kind, source = excluded.source, every = excluded.every",
                    (
                        source.url,
                        source.kind,
                        source.name or source.url,
                        every,
                        to_iso(self.now),
                        to_iso(self.now),
                    ),
                )

    def _due(self, kinds: tuple[str, ...]) -> tuple[int, Iterator[list[dict[str, Any]]]]:
        """How many URLs of ``kinds`` are due, and an iterator over them in pages of 200."""
        marks = ", ".join("?" for _ in kinds)
        where = (
            f"urls.kind IN ({marks}) AND urls.next_check <= ? AND (urls.kind IN "
            "('article', 'sitemap') OR urls.url IN (SELECT url FROM temp.run_watched))"
        )
        params = (*kinds, to_iso(self.now))
        (count,) = self.db.query(f"SELECT count(*) FROM urls WHERE {where}", params)[0]

        def pages() -> Iterator[list[dict[str, Any]]]:
            after = ("", "")
            while True:
                page = self.db.query(
                    "SELECT urls.*, c.etag AS prev_etag, c.last_modified AS prev_last_modified, "
                    "c.digest AS prev_digest "
                    "FROM urls LEFT JOIN captures c ON c.id = urls.last_capture "
                    f"WHERE {where} AND (urls.next_check, urls.url) > (?, ?) "
                    "ORDER BY urls.next_check, urls.url LIMIT 200",
                    (*params, *after),
                )
                if not page:
                    return
                yield [dict(row) for row in page]
                after = (page[-1]["next_check"], page[-1]["url"])

        return int(count), pages()

    def _discover(self, links: list[str], source: str, kind: str, every: int | None) -> int:
        added = 0
        with self.db.transaction() as db:
            for link in links[: self.options.max_links]:
                cursor = db.execute(
                    "INSERT OR IGNORE INTO urls (url, kind, source, every, added_at, next_check) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (link, kind, source, every, to_iso(self.now), to_iso(self.now)),
                )
                added += cursor.rowcount
        return added

    def _fail(self, row: dict[str, Any], reason: str) -> None:
        failures = row["failures"] + 1
        retry = self.now + failure_backoff(failures)
        with self.db.transaction() as db:
            db.execute(
                "INSERT INTO failures (url, at, reason) VALUES (?, ?, ?)",
                (row["url"], to_iso(self.now), reason),
            )
            db.execute(
                "UPDATE urls SET failures = ?, last_error = ?, last_checked = ?, next_check = ? "
                "WHERE url = ?",
                (failures, reason, to_iso(self.now), to_iso(retry), row["url"]),
            )
        self.summary.failed += 1
        self.summary.failures.append((row["url"], reason))
        log.warning("failed %s: %s (retry after %s)", row["url"], reason, to_iso(retry))

    def _succeed(self, row: dict[str, Any], capture: Capture, *, changed: bool) -> None:
        last_change = (
            to_iso(self.now) if changed or row["last_change"] is None else row["last_change"]
        )
        every = timedelta(seconds=row["every"]) if row["every"] else None
        if row["kind"] in ("feed", "sitemap") and every is None:
            every = timedelta(hours=1)
        when = next_check(self.now, since=from_iso(last_change), every=every)
        with self.db.transaction() as db:
            db.execute(
                "UPDATE urls SET failures = 0, last_error = NULL, last_checked = ?, "
                "last_change = ?, next_check = ?, last_capture = ? WHERE url = ?",
                (
                    to_iso(self.now),
                    last_change,
                    to_iso(when) if when else _NEVER,
                    capture.id,
                    row["url"],
                ),
            )

    # one URL -----------------------------------------------------------------------------
    def _previous(self, row: dict[str, Any]) -> Capture | None:
        if row.get("last_capture"):
            return self.db.capture(row["last_capture"])
        return None

    def _previous_key(self, previous: Capture) -> str | None:
        key = self.archive.text_key(previous.id)
        if key is None and previous.refers_to is not None:
            key = self.archive.text_key(previous.refers_to)
        return key

    def _text_key(self, capture: Capture, exchange: Exchange, doc: Document | None) -> str | None:
        """The capture's text key: its Document's, else that of the HTML's paragraphs."""
        if doc is not None:
            return document_key(doc)
        if exchange.content_type not in ("text/html", "application/xhtml+xml"):
            return None
        try:
            body = exchange.decoded_body()
        except FetchError:
            return None
        key = "html:" + text_key(html_text(body))
        self.archive.put_text_key(capture.id, key)
        return key

    async def _in_archive(self, func: Callable[..., T], *args: Any) -> T:
        """Run ``func`` on the archive thread: the event loop keeps fetching meanwhile."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, functools.partial(func, *args))

    async def process(self, row: dict[str, Any]) -> None:
        try:
            exchange = await self.fetcher.fetch(
                row["url"], etag=row["prev_etag"], last_modified=row["prev_last_modified"]
            )
        except FetchError as err:
            self.summary.checked += 1
            await self._in_archive(self._fail, row, f"{type(err).__name__}: {err}")
            return
        finally:
            self.done += 1
            if self.on_progress:
                self.on_progress(self.done, self.total)
        self.summary.checked += 1
        feeds = await self._comment_feeds(row, exchange)
        await self._hand_over(row, exchange, feeds)

    async def _comment_feeds(self, row: dict[str, Any], exchange: Exchange) -> list[_Feed]:
        """The page's comments feed pages (Blogger); a failure is logged and the page is
        archived with the comments its HTML shows and the feed pages fetched before it."""
        feeds: list[_Feed] = []
        if not (self.options.extract and self.options.comment_feeds and row["kind"] in _PAGES):
            return feeds
        if row.get("prev_digest") == payload_digest(exchange.body):
            return feeds  # the page is unchanged: it will be a revisit, its feed is not asked
        pages = scraper.comment_feed_pages(
            self.fetcher, exchange, max_pages=self.options.max_comment_feed_pages
        )
        try:
            async for answer, feed in pages:
                feeds.append((answer, feed.comments))
        except (FetchError, ExtractError) as err:
            log.warning("comment feed of %s: %s", exchange.url, err)
        return feeds

    async def _hand_over(
        self, row: dict[str, Any], exchange: Exchange, feeds: list[_Feed] | None = None
    ) -> None:
        """Queue the exchange for the archive thread and go on fetching (a bounded queue)."""
        if self._error is not None:
            raise self._error
        while len(self._pending) >= 2 * self.options.concurrency:
            await asyncio.wait(self._pending, return_when=asyncio.FIRST_COMPLETED)
            if self._error is not None:
                raise self._error
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(
            self.executor, functools.partial(self._store, row, exchange, feeds or [])
        )
        self._pending.add(future)
        future.add_done_callback(self._stored)

    def _stored(self, future: asyncio.Future[None]) -> None:
        self._pending.discard(future)
        if not future.cancelled() and future.exception() is not None and self._error is None:
            self._error = future.exception()

    def _store(self, row: dict[str, Any], exchange: Exchange, feeds: list[_Feed]) -> None:
        """Archive one fetched exchange (and its comment feed pages), extract, score and
        reschedule (on the archive thread)."""
        previous = self._previous(row)
        capture = self.archive.add(exchange)
        for answer, _ in feeds:
            self.archive.add(answer)
        if exchange.status >= 400:
            self._fail(row, f"HTTP {exchange.status} {exchange.reason}".rstrip())
            return
        if row["kind"] in ("feed", "sitemap"):
            self._links(row, capture, exchange)
        comments = [comment for _, found in feeds for comment in found]
        changed = self._classify(row, previous, capture, exchange, comments)
        self._succeed(row, capture, changed=changed)

    def _profile(self, host: str) -> SiteProfile:
        """The host's learned furniture profile: from the archive once per run, then in memory."""
        if host not in self._profiles:
            stored = self.archive.profile(host)
            self._profiles[host] = SiteProfile.model_validate(stored) if stored else SiteProfile()
        return self._profiles[host]

    def _save_profiles(self) -> None:
        """Store the profiles this run changed (once, at the end: they can be large)."""
        for host in sorted(self._profiles_changed):
            self.archive.put_profile(host, self._profiles[host].model_dump(mode="json"))
        self._profiles_changed.clear()

    def _classify(
        self,
        row: dict[str, Any],
        previous: Capture | None,
        capture: Capture,
        exchange: Exchange,
        feed_comments: list[Comment],
    ) -> bool:
        """Count the capture as new/changed/unchanged, store its Document and scores."""
        if capture.kind == "revisit":
            self.summary.unchanged += 1
            log.info("unchanged %s (%s)", row["url"], capture.profile)
            return False
        doc = None
        if self.options.extract and row["kind"] in _PAGES:
            profile = self._profile(capture.host)
            doc = _extract(exchange, profile)
            if doc is not None and profile.update(doc):
                self._profiles_changed.add(capture.host)
            if doc is not None and feed_comments:
                doc = scraper.merge_comments(doc, feed_comments)
        if doc is not None:
            self.archive.put_document(capture.id, doc)
        key = self._text_key(capture, exchange, doc) if row["kind"] in _PAGES else None
        previous_key = self._previous_key(previous) if previous is not None else None
        if previous is None:
            state = "new"
        elif key and previous_key and key.split(":")[0] == previous_key.split(":")[0]:
            # both keys from Documents, or both from HTML paragraphs
            state = "changed" if key != previous_key else "unchanged"
        else:
            state = "changed" if previous.digest != capture.digest else "unchanged"
        setattr(self.summary, state, getattr(self.summary, state) + 1)
        log.info("%s %s -> capture %s", state, row["url"], capture.id)
        if self.analyze is not None and state != "unchanged":
            self._analyze(capture, exchange, doc)
        return state != "unchanged"

    def _analyze(self, capture: Capture, exchange: Exchange, doc: Document | None) -> None:
        """Score a capture; a scoring error is logged, the capture stays archived unscored."""
        assert self.analyze is not None
        try:
            data = self.analyze(capture, exchange, doc)
        except VeracityError as err:
            log.warning("analysis of %s failed: %s: %s", capture.url, type(err).__name__, err)
            return
        if data is not None:
            self.archive.put_scores(capture.id, data)

    def _links(self, row: dict[str, Any], capture: Capture, exchange: Exchange) -> None:
        if capture.kind == "revisit":
            return
        try:
            body = exchange.decoded_body()
            sitemaps: list[str] = []
            if row["kind"] == "feed":
                pages = feed_links(body, exchange.url)
            else:
                pages, sitemaps = sitemap_links(body, exchange.url)
        except (ArchiveError, FetchError) as err:
            log.warning("no links from %s: %s", row["url"], err)
            return
        source = row["source"] or row["url"]
        added = self._discover(pages, source, "article", None)
        added += self._discover(sitemaps, source, "sitemap", row["every"])
        self.summary.discovered += added

    # the whole run -----------------------------------------------------------------------
    async def _batch(
        self, total: int, pages: Iterator[list[dict[str, Any]]], *, limit: int | None = None
    ) -> None:
        """Process due rows with ``concurrency`` workers; pages of rows are read on demand."""
        if limit is not None:
            total = min(total, limit)
        self.total += total
        buffer: deque[dict[str, Any]] = deque()
        refill = asyncio.Lock()
        taken = 0

        async def take() -> dict[str, Any] | None:
            nonlocal taken
            async with refill:
                if not buffer:
                    buffer.extend(await self._in_archive(next, pages, []))
            # no await from this check to the increment: workers cannot overshoot the limit
            if not buffer or (limit is not None and taken >= limit):
                return None
            taken += 1
            return buffer.popleft()

        async def worker() -> None:
            while (row := await take()) is not None:
                await self.process(row)

        await asyncio.gather(*(worker() for _ in range(self.options.concurrency)))
        if self._pending:
            await asyncio.wait(set(self._pending))
        if self._error is not None:
            raise self._error

    async def run(self) -> RunSummary:
        for _ in range(self.options.max_sitemap_depth + 1):
            total, lists = self._due(("feed", "sitemap"))
            if not total:
                break
            await self._batch(total, lists)
        total, pages = self._due(("page", "article"))
        try:
            await self._batch(total, pages, limit=self.options.max_urls)
        finally:
            loop = asyncio.get_running_loop()
            await loop.run_in_executor(self.executor, self._save_profiles)
        return self.summary


def run(
    archive: Archive,
    sources: list[Source],
    *,
    fetcher: FetcherLike | None = None,
    analyze: Analyzer | None = None,
    now: datetime | None = None,
    options: RunOptions | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> RunSummary:
    """Fetch every due URL of ``sources`` into ``archive``; failures are recorded, not raised."""
    options = options or RunOptions()
    handler = logging.FileHandler(archive.log_dir / "archive.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(levelname)s %(message)s"))
    log.addHandler(handler)
    if log.level == logging.NOTSET or log.level > logging.INFO:
        log.setLevel(logging.INFO)
    try:
        with FileLock(archive.path / "run.lock", timeout=options.wait, what="run"):
            runner = _Runner(
                archive,
                fetcher=fetcher,  # type: ignore[arg-type]
                analyze=analyze,
                now=now or datetime.now(UTC),
                options=options,
                on_progress=on_progress,
            )
            runner.register(sources)
            summary = asyncio.run(_run_with(runner, fetcher))
            log.info("run done: %s", summary.line())
            return summary
    finally:
        log.removeHandler(handler)
        handler.close()


async def _run_with(runner: _Runner, fetcher: FetcherLike | None) -> RunSummary:
    try:
        async with AsyncExitStack() as stack:
            if fetcher is None:
                default = _default_fetcher(runner.options.fetch)
                runner.fetcher = await stack.enter_async_context(default)
            return await runner.run()
    finally:
        runner.executor.shutdown(wait=True)
