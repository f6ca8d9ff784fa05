"""One run over the watch-list, driven by a fake fetcher: discovery, schedule, failures, hooks."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from archive import Archive, ArchiveLockedError, Capture, RunOptions, Source, run
from archive._lock import FileLock
from scraper import Document, Exchange
from tests.archive.helpers import T0, FakeFetcher, connect_error, html

FEED = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>News</title><link>http://news.example/</link>
<item><title>One</title><link>http://news.example/one</link></item>
<item><title>Two</title><link>/two</link></item>
<item><title>No link</title></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<entry><title>Three</title><link href="http://news.example/three"/><id>3</id>
<updated>2026-11-01T00:00:00Z</updated></entry></feed>"""

SITEMAP_INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>http://news.example/news-sitemap.xml</loc></sitemap></sitemapindex>"""

NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>http://news.example/four</loc><news:news><news:title>Four</news:title></news:news></url>
<url><loc>http://news.example/five</loc></url></urlset>"""


def _state(archive: Archive, url: str) -> dict[str, Any]:
    rows = archive.index.query("SELECT * FROM urls WHERE url = ?", (url,))
    return dict(rows[0])


def test_page_new_then_unchanged_with_conditional_get(archive: Archive, fake: FakeFetcher) -> None:
    url = "http://news.example/story"
    fake.pages[url] = html("Story.")
    sources = [Source(url=url)]
    first = run(archive, sources, fetcher=fake, now=T0)
    assert (first.checked, first.new, first.changed, first.unchanged, first.failed) == (
        1,
        1,
        0,
        0,
        0,
    )
    assert first.line() == "1 checked, 1 new, 0 changed, 0 unchanged, 0 failed"
    # not due yet: nothing fetched
    assert run(archive, sources, fetcher=fake, now=T0 + timedelta(minutes=5)).checked == 0
    second = run(archive, sources, fetcher=fake, now=T0 + timedelta(minutes=16))
    assert (second.checked, second.unchanged) == (1, 1)
    assert fake.calls[-1] == (url, fake.etag(url), None)  # conditional GET with the stored ETag
    captures = archive.captures(url)
    assert [c.kind for c in captures] == ["response", "revisit"]
    assert captures[1].status == 304


def test_changed_page_resets_schedule(archive: Archive, fake: FakeFetcher) -> None:
    url = "http://news.example/story"
    fake.pages[url] = html("Story.")
    sources = [Source(url=url)]
    run(archive, sources, fetcher=fake, now=T0)
    later = T0 + timedelta(days=2)
    summary = run(archive, sources, fetcher=fake, now=later)
    assert summary.unchanged == 1
    # two days without change: next check in 6 hours
    assert _state(archive, url)["next_check"] == "2026-11-03T18:00:00.123456Z"
    fake.pages[url] = html("Story, corrected.")
    summary = run(archive, sources, fetcher=fake, now=later + timedelta(hours=6))
    assert summary.changed == 1
    assert _state(archive, url)["next_check"] == "2026-11-03T18:15:00.123456Z"


def test_trivial_change_counts_as_unchanged_when_documents_exist(
    archive: Archive, fake: FakeFetcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    import scraper

    def fake_extract(
        html_bytes: bytes | str, url: str | None = None, options: object = None
    ) -> Document:
        from scraper import Block

        text = html_bytes.decode() if isinstance(html_bytes, bytes) else html_bytes
        inner = text.split("<body>")[1].split("</body>")[0]
        paras = [p.replace("</p>", "") for p in inner.split("<p>") if p]
        return Document(url=url, body=[Block(text=p) for p in paras])

    monkeypatch.setattr(scraper, "extract", fake_extract)
    url = "http://news.example/story"
    fake.pages[url] = html("Story.", "6 comments")
    run(archive, [Source(url=url)], fetcher=fake, now=T0)
    fake.pages[url] = html("Story.", "7 comments")
    summary = run(archive, [Source(url=url)], fetcher=fake, now=T0 + timedelta(hours=1))
    assert (summary.changed, summary.unchanged) == (0, 1)
    latest = archive.latest(url)
    assert latest is not None and latest.changed  # the payload did change
    doc = archive.document(latest.id)
    assert doc is not None and doc.text == "Story.\n\n7 comments"


def test_feed_discovery_adds_pages(archive: Archive, fake: FakeFetcher) -> None:
    feed = "http://news.example/feed.xml"
    fake.pages[feed] = FEED
    fake.types[feed] = "application/rss+xml"
    fake.pages["http://news.example/one"] = html("One")
    fake.pages["http://news.example/two"] = html("Two")
    summary = run(
        archive, [Source(url=feed, kind="feed", every=timedelta(minutes=30))], fetcher=fake, now=T0
    )
    assert summary.discovered == 2
    assert summary.checked == 3 and summary.new == 3
    assert {c.url for c in archive.captures()} == {
        feed,
        "http://news.example/one",
        "http://news.example/two",
    }
    assert _state(archive, "http://news.example/two")["kind"] == "article"
    assert _state(archive, feed)["next_check"] == "2026-11-01T12:30:00.123456Z"


def test_atom_feed(archive: Archive, fake: FakeFetcher) -> None:
    feed = "http://news.example/atom.xml"
    fake.pages[feed] = ATOM
    fake.pages["http://news.example/three"] = html("Three")
    summary = run(archive, [Source(url=feed, kind="feed")], fetcher=fake, now=T0)
    assert summary.discovered == 1 and archive.latest("http://news.example/three") is not None


def test_sitemap_index_and_news_sitemap(archive: Archive, fake: FakeFetcher) -> None:
    index = "http://news.example/sitemap.xml"
    fake.pages[index] = SITEMAP_INDEX
    fake.pages["http://news.example/news-sitemap.xml"] = NEWS_SITEMAP
    fake.pages["http://news.example/four"] = html("Four")
    fake.pages["http://news.example/five"] = html("Five")
    summary = run(archive, [Source(url=index, kind="sitemap")], fetcher=fake, now=T0)
    assert summary.discovered == 3
    fetched = [url for url, _, _ in fake.calls]
    assert fetched[:2] == [index, "http://news.example/news-sitemap.xml"]
    assert set(fetched[2:]) == {"http://news.example/four", "http://news.example/five"}


def test_broken_feed_is_logged_not_fatal(archive: Archive, fake: FakeFetcher) -> None:
    feed = "http://news.example/sitemap.xml"
    fake.pages[feed] = b"<html>not a sitemap</html>"
    summary = run(archive, [Source(url=feed, kind="sitemap")], fetcher=fake, now=T0)
    assert summary.checked == 1 and summary.discovered == 0 and summary.failed == 0
    log = (archive.log_dir / "archive.log").read_text()
    assert "no links from" in log and "not a sitemap" in log


def test_failures_recorded_and_retried_with_backoff(archive: Archive, fake: FakeFetcher) -> None:
    url = "http://news.example/down"
    fake.pages[url] = connect_error(url)
    missing = "http://news.example/missing"
    sources = [Source(url=url), Source(url=missing)]
    summary = run(archive, sources, fetcher=fake, now=T0)
    assert (summary.checked, summary.failed) == (2, 2)
    assert summary.line().endswith("2 failed")
    state = _state(archive, url)
    assert state["failures"] == 1 and "ConnectError" in state["last_error"]
    assert _state(archive, missing)["last_error"] == "HTTP 404 Not Found"
    assert archive.latest(missing) is not None  # the 404 itself is archived
    # within the backoff window nothing is retried
    assert run(archive, sources, fetcher=fake, now=T0 + timedelta(minutes=10)).checked == 0
    again = run(archive, sources, fetcher=fake, now=T0 + timedelta(minutes=15))
    assert again.failed == 2 and _state(archive, url)["failures"] == 2
    # second failure: 30 minutes
    assert _state(archive, url)["next_check"] == "2026-11-01T12:45:00.123456Z"
    fake.pages[url] = html("Back")
    back = run(archive, sources, fetcher=fake, now=T0 + timedelta(minutes=45))
    assert back.new == 1 and _state(archive, url)["failures"] == 0
    rows = archive.index.query("SELECT reason FROM failures WHERE url = ?", (url,))
    assert len(rows) == 2


def test_analyze_hook_scores_new_and_changed(archive: Archive, fake: FakeFetcher) -> None:
    url = "http://news.example/story"
    fake.pages[url] = html("Story.")
    seen: list[tuple[str, int]] = []

    def analyze(capture: Capture, exchange: Exchange, doc: Document | None) -> dict[str, Any]:
        seen.append((capture.url, exchange.status))
        return {"claims": 3, "doc": doc is not None}

    run(archive, [Source(url=url)], fetcher=fake, analyze=analyze, now=T0)
    latest = archive.latest(url)
    assert latest is not None and archive.scores(latest.id) == {"claims": 3, "doc": True}
    run(archive, [Source(url=url)], fetcher=fake, analyze=analyze, now=T0 + timedelta(hours=1))
    assert seen == [(url, 200)]  # unchanged: not analysed again


def test_progress_callback_and_max_urls(archive: Archive, fake: FakeFetcher) -> None:
    sources = []
    for n in range(5):
        url = f"http://news.example/{n}"
        fake.pages[url] = html(f"page {n}")
        sources.append(Source(url=url))
    ticks: list[tuple[int, int]] = []
    summary = run(
        archive,
        sources,
        fetcher=fake,
        now=T0,
        options=RunOptions(max_urls=3),
        on_progress=lambda done, total: ticks.append((done, total)),
    )
    assert summary.checked == 3
    assert ticks[-1] == (3, 3)
    assert run(archive, sources, fetcher=fake, now=T0).checked == 2


def test_removed_source_is_no_longer_fetched(archive: Archive, fake: FakeFetcher) -> None:
    a, b = "http://news.example/a", "http://news.example/b"
    fake.pages[a] = html("a")
    fake.pages[b] = html("b")
    run(archive, [Source(url=a), Source(url=b)], fetcher=fake, now=T0)
    summary = run(archive, [Source(url=a)], fetcher=fake, now=T0 + timedelta(days=1))
    assert summary.checked == 1 and fake.calls[-1][0] == a


def test_run_lock_timeout(archive: Archive, fake: FakeFetcher) -> None:
    with FileLock(archive.path / "run.lock"), pytest.raises(ArchiveLockedError, match="run lock"):
        run(
            archive,
            [Source(url="http://news.example/a")],
            fetcher=fake,
            options=RunOptions(wait=0.1),
        )


def test_log_file_written(archive: Archive, fake: FakeFetcher, tmp_path: Path) -> None:
    url = "http://news.example/a"
    fake.pages[url] = html("a")
    run(archive, [Source(url=url)], fetcher=fake, now=T0)
    log = (archive.log_dir / "archive.log").read_text()
    assert f"new {url}" in log and "run done: 1 checked, 1 new" in log


def test_gzipped_sitemap_and_robots_failure(archive: Archive, fake: FakeFetcher) -> None:
    import gzip

    from scraper import RobotsDisallowedError

    sitemap = "http://news.example/sitemap.xml.gz"
    fake.pages[sitemap] = gzip.compress(NEWS_SITEMAP)
    fake.types[sitemap] = "application/x-gzip"
    fake.pages["http://news.example/four"] = html("Four")
    fake.pages["http://news.example/five"] = RobotsDisallowedError(
        "robots.txt disallows http://news.example/five", url="http://news.example/five"
    )
    summary = run(archive, [Source(url=sitemap, kind="sitemap")], fetcher=fake, now=T0)
    assert (summary.discovered, summary.new, summary.failed) == (2, 2, 1)
    assert _state(archive, "http://news.example/five")["last_error"].startswith(
        "RobotsDisallowedError: robots.txt disallows"
    )


def test_archive_failure_stops_the_run(archive: Archive, fake: FakeFetcher) -> None:
    """Unlike a page failing, an archive that cannot store captures is an error of the run."""
    from archive import ArchiveError

    sources = []
    for n in range(6):
        url = f"http://news.example/{n}"
        fake.pages[url] = html(f"page {n}")
        sources.append(Source(url=url))
    with archive.index.transaction() as db:
        db.execute(
            "CREATE TRIGGER full BEFORE INSERT ON captures BEGIN SELECT RAISE(ABORT, 'full'); END"
        )
    with pytest.raises(ArchiveError, match="could not be updated: full"):
        run(archive, sources, fetcher=fake, now=T0)
    with archive.index.transaction() as db:
        db.execute("DROP TRIGGER full")
    # nothing was marked done: the next run fetches every page
    assert run(archive, sources, fetcher=fake, now=T0).new == 6


def test_scoring_error_is_logged_not_fatal(archive: Archive, fake: FakeFetcher) -> None:
    from scraper import VeracityError

    class ScoringFailed(VeracityError):
        pass

    def analyze(capture: Capture, exchange: Exchange, doc: Document | None) -> dict[str, Any]:
        raise ScoringFailed("no claims found")

    url = "http://news.example/story"
    fake.pages[url] = html("Story.")
    summary = run(archive, [Source(url=url)], fetcher=fake, analyze=analyze, now=T0)
    assert summary.new == 1 and summary.failed == 0
    latest = archive.latest(url)
    assert latest is not None and archive.scores(latest.id) is None
    log = (archive.log_dir / "archive.log").read_text()
    assert "analysis of http://news.example/story failed: ScoringFailed: no claims found" in log


def test_trivial_change_is_unchanged_even_without_documents(
    archive: Archive, fake: FakeFetcher
) -> None:
    url = "http://news.example/story"
    fake.pages[url] = html("Police arrested 3 men.", "6 comments", "Hace 2 horas")
    sources = [Source(url=url)]
    run(archive, sources, fetcher=fake, now=T0)
    fake.pages[url] = html("Police arrested 3 men.", "9 comments", "Hace 5 horas")
    trivial = run(archive, sources, fetcher=fake, now=T0 + timedelta(hours=1))
    assert (trivial.changed, trivial.unchanged) == (0, 1)
    fake.pages[url] = html("Police arrested 5 men.", "9 comments", "Hace 5 horas")
    real = run(archive, sources, fetcher=fake, now=T0 + timedelta(hours=2))
    assert (real.changed, real.unchanged) == (1, 0)
    keys = [archive.text_key(c.id) for c in archive.captures(url)]
    assert all(keys) and keys[0] == keys[1] != keys[2]
