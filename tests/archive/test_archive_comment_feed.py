"""`archive run` fetches a Blogger page's comments feed, archives it and merges its comments."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from archive import Archive, RunOptions, Source, run
from scraper import FetchOptions
from tests.archive.archive_server import ArchiveTestServer, Route

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "veracity" / "samples" / "borderlandbeat-zetas-resistencia.html"
FEED = ROOT / "tests" / "data" / "comment_feed" / "blogger-comments.xml"
ABSOLUTE = b"https://www.borderlandbeat.com/feeds/3395849203345826512/comments/default"
FEED_PATH = "/feeds/3395849203345826512/comments/default"
PAGE_TWO = b"""<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns='http://www.w3.org/2005/Atom'><entry>
<id>tag:blogger.com,1999:blog-2154523356574829445.post-7100000000000000003</id>
<published>2011-09-25T09:00:00.000-07:00</published>
<content type='html'>Page two of the feed: the checkpoint on the Colima road is gone.</content>
<author><name>Anonymous</name></author></entry></feed>"""
T0 = datetime(2026, 11, 22, 3, 0, tzinfo=UTC)
FAST = RunOptions(fetch=FetchOptions(delay=0.0))


def _site(server: ArchiveTestServer, feed: Route) -> str:
    server.routes["/2011/09/zetas.html"] = Route(
        body=SAMPLE.read_bytes().replace(ABSOLUTE, FEED_PATH.encode())
    )
    server.routes[FEED_PATH + "?max-results=500"] = feed
    server.routes[FEED_PATH + "?start-index=501&max-results=500"] = Route(
        body=PAGE_TWO, content_type="application/atom+xml"
    )
    return server.url("/2011/09/zetas.html")


def test_feed_comments_are_merged_and_the_feed_is_archived(
    tmp_path: Path, server: ArchiveTestServer
) -> None:
    url = _site(server, Route(body=FEED.read_bytes(), content_type="application/atom+xml"))
    with Archive(tmp_path / "a") as store:
        summary = run(store, [Source(url=url)], options=FAST)
        assert summary.line() == "1 checked, 1 new, 0 changed, 0 unchanged, 0 failed"
        capture = store.latest(url)
        assert capture is not None
        document = store.document(capture.id)
        assert document is not None
        ids = [comment.id for comment in document.comments]
        assert len(ids) == 9 and len(set(ids)) == 9  # 6 on the page, 2 + 1 only in the feed
        assert ids[-3:] == ["c7100000000000000001", "c7100000000000000002", "c7100000000000000003"]
        assert document.comments[6].reply_to == "c5519083847620981448"
        feed_captures = [c for c in store.captures() if "/comments/default" in c.url]
        assert len(feed_captures) == 2  # both feed pages, byte for byte
        assert store.read(feed_captures[0]).body == FEED.read_bytes()
    assert server.hits[FEED_PATH + "?max-results=500"] == 1


def test_an_unchanged_page_does_not_ask_its_feed_again(
    tmp_path: Path, server: ArchiveTestServer
) -> None:
    url = _site(server, Route(body=FEED.read_bytes(), content_type="application/atom+xml"))
    page = "/2011/09/zetas.html"
    with Archive(tmp_path / "a") as store:
        run(store, [Source(url=url, every=60)], options=FAST, now=T0)
        again = run(store, [Source(url=url, every=60)], options=FAST, now=T0 + timedelta(hours=1))
        assert again.unchanged == 1
        edited = server.routes[page].body.replace(b"Old news.", b"Old news indeed.")
        server.routes[page] = Route(body=edited)
        third = run(store, [Source(url=url, every=60)], options=FAST, now=T0 + timedelta(hours=2))
        assert third.changed == 1
    assert server.hits[page] == 3
    assert server.hits[FEED_PATH + "?max-results=500"] == 2  # first run and the changed page


def test_comment_feeds_can_be_turned_off(tmp_path: Path, server: ArchiveTestServer) -> None:
    url = _site(server, Route(body=FEED.read_bytes(), content_type="application/atom+xml"))
    with Archive(tmp_path / "a") as store:
        run(store, [Source(url=url)], options=FAST.model_copy(update={"comment_feeds": False}))
        capture = store.latest(url)
        assert capture is not None
        document = store.document(capture.id)
        assert document is not None and len(document.comments) == 6
    assert FEED_PATH + "?max-results=500" not in server.hits


def test_a_broken_feed_leaves_the_page_with_its_own_comments(
    tmp_path: Path, server: ArchiveTestServer
) -> None:
    url = _site(server, Route(body=b"<feed><entry", content_type="application/atom+xml"))
    with Archive(tmp_path / "a") as store:
        summary = run(store, [Source(url=url)], options=FAST)
        assert summary.failed == 0 and summary.new == 1
        capture = store.latest(url)
        assert capture is not None
        document = store.document(capture.id)
        assert document is not None and len(document.comments) == 6
    log = (tmp_path / "a" / "logs" / "archive.log").read_text(encoding="utf-8")
    assert "comment feed" in log and "cannot read the comment feed" in log


def test_pages_without_a_feed_link_cost_no_extra_request(
    tmp_path: Path, server: ArchiveTestServer
) -> None:
    server.routes["/plain"] = Route(
        body=b"<html><body><p>" + b"Plain page text. " * 30 + b"</p></body></html>"
    )
    with Archive(tmp_path / "a") as store:
        run(store, [Source(url=server.url("/plain"))], options=FAST)
    assert set(server.hits) == {"/robots.txt", "/plain"}
