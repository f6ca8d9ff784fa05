"""Archive.add / read / revisits / rotation / redirects / documents, read back with warcio."""

from __future__ import annotations

import base64
import gzip
import hashlib
from datetime import timedelta
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from archive import Archive, ArchiveError, ArchiveOptions, CaptureNotFoundError, verify
from scraper import Block, Document
from tests.archive.helpers import T0, html, make_exchange


def _records(archive: Archive) -> list[dict[str, object]]:
    out = []
    for path in sorted(archive.warc_dir.glob("*.warc.gz")):
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh):
                payload = record.raw_stream.read()
                out.append(
                    {
                        "type": record.rec_type,
                        "headers": dict(record.rec_headers.headers),
                        "http": record.http_headers,
                        "payload": payload,
                        "file": path.name,
                    }
                )
    return out


def _sha1_b32(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def test_record_structure(archive: Archive) -> None:
    body = html("A paragraph.")
    capture = archive.add(make_exchange(body=body))
    records = _records(archive)
    assert [r["type"] for r in records] == ["warcinfo", "request", "response"]
    warcinfo, request, response = records
    for record in records:
        assert record["headers"]["WARC-Record-ID"].startswith("<urn:uuid:")
    assert warcinfo["headers"]["WARC-Filename"] == capture.warc
    headers = response["headers"]
    assert headers["WARC-Target-URI"] == "http://news.example/a"
    assert headers["WARC-IP-Address"] == "192.0.2.7"
    assert headers["WARC-Date"] == "2026-11-01T12:00:00.123456Z"
    assert headers["WARC-Payload-Digest"] == _sha1_b32(body) == capture.digest
    assert response["payload"] == body
    assert request["headers"]["WARC-Concurrent-To"] == headers["WARC-Record-ID"]
    assert request["headers"]["WARC-Date"] == headers["WARC-Date"]
    assert f"<urn:uuid:{capture.id}>" == headers["WARC-Record-ID"]
    # the block digest covers the HTTP header block and the payload
    raw = gzip.decompress(Path(archive.warc_dir / capture.warc).read_bytes()[capture.offset :])
    block = raw.split(b"\r\n\r\n", 1)[1][: int(headers["Content-Length"])]
    assert _sha1_b32(block) == headers["WARC-Block-Digest"]
    assert capture.kind == "response" and capture.status == 200 and not capture.changed
    assert capture.content_type == "text/html" and capture.host == "news.example"


def test_http_headers_rebuilt_in_order(archive: Archive) -> None:
    headers = [
        ("Set-Cookie", "a=1"),
        ("Content-Type", "text/html"),
        ("Set-Cookie", "b=2"),
        ("X-Caf\u00e9", "cr\u00e8me"),
        ("X-Mojibake", "\u00c3\u00a9"),
        ("X-Han", "\u4e2d"),
    ]
    capture = archive.add(make_exchange(headers=headers))
    back = archive.read(capture)
    assert back.headers == headers
    response = _records(archive)[-1]
    assert response["http"].headers == headers


def test_read_round_trip_byte_for_byte(archive: Archive) -> None:
    body = gzip.compress(html("Compressed body, with \x00 bytes kept.") + bytes(range(256)))
    exchange = make_exchange(
        url="http://news.example/a?x=1&y=%C3%A9",
        body=body,
        headers=[
            ("Content-Type", "text/html"),
            ("Content-Encoding", "gzip"),
            ("Transfer-Encoding", "chunked"),
        ],
    )
    capture = archive.add(exchange)
    back = archive.read(capture.id)
    assert back.body == body
    assert back.url == exchange.url
    assert back.status == 200 and back.reason == "OK"
    assert back.headers == exchange.headers
    assert back.request_headers == exchange.request_headers
    assert back.method == "GET" and back.http_version == "HTTP/1.1"
    assert back.started_at == exchange.started_at
    assert back.ip_address == "192.0.2.7"


def test_identical_payload_becomes_revisit(archive: Archive) -> None:
    first = archive.add(make_exchange(body=html("Same")))
    second = archive.add(make_exchange(body=html("Same"), at=T0 + timedelta(hours=1)))
    assert second.kind == "revisit" and second.refers_to == first.id
    assert second.digest == first.digest and not second.changed
    revisit = _records(archive)[-1]
    assert revisit["type"] == "revisit"
    assert revisit["payload"] == b""
    h = revisit["headers"]
    assert h["WARC-Profile"] == "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
    assert h["WARC-Refers-To-Target-URI"] == first.url
    assert h["WARC-Refers-To-Date"] == "2026-11-01T12:00:00.123456Z"
    assert h["WARC-Refers-To"] == f"<urn:uuid:{first.id}>"
    assert archive.read(second).body == html("Same")
    third = archive.add(make_exchange(body=html("Different"), at=T0 + timedelta(hours=2)))
    assert third.kind == "response" and third.changed
    assert verify(archive.path) == []


def test_same_payload_other_url_is_not_a_revisit(archive: Archive) -> None:
    archive.add(make_exchange(body=html("Same")))
    other = archive.add(make_exchange(url="http://news.example/b", body=html("Same")))
    assert other.kind == "response"


def test_304_becomes_server_not_modified_revisit(archive: Archive) -> None:
    first = archive.add(make_exchange(headers=[("Content-Type", "text/html"), ("ETag", '"v1"')]))
    not_modified = archive.add(
        make_exchange(status=304, body=b"", headers=[("ETag", '"v1"')], at=T0 + timedelta(hours=1))
    )
    assert not_modified.kind == "revisit" and not_modified.status == 304
    assert not_modified.refers_to == first.id and not_modified.digest == first.digest
    assert not_modified.etag == '"v1"' and not not_modified.changed
    h = _records(archive)[-1]["headers"]
    assert h["WARC-Profile"] == "http://netpreserve.org/warc/1.1/revisit/server-not-modified"
    back = archive.read(not_modified)
    assert back.body == first_body() and back.status == 200
    assert back.started_at == T0 + timedelta(hours=1)
    # a 304 after a revisit still points at the original response
    again = archive.add(make_exchange(status=304, body=b"", at=T0 + timedelta(hours=2)))
    assert again.refers_to == first.id
    assert verify(archive.path) == []


def first_body() -> bytes:
    return make_exchange().body


def test_redirect_hops_are_archived(archive: Archive) -> None:
    hop1 = make_exchange(
        url="http://news.example/old",
        body=b"",
        status=301,
        headers=[("Location", "https://news.example/mid")],
    )
    hop2 = make_exchange(
        url="https://news.example/mid",
        body=b"moved",
        status=301,
        headers=[("Location", "https://news.example/new")],
    )
    final = archive.add(make_exchange(url="https://news.example/new", history=[hop1, hop2]))
    records = _records(archive)
    uris = [(r["type"], r["headers"].get("WARC-Target-URI")) for r in records[1:]]
    assert uris == [
        ("request", "http://news.example/old"),
        ("response", "http://news.example/old"),
        ("request", "https://news.example/mid"),
        ("response", "https://news.example/mid"),
        ("request", "https://news.example/new"),
        ("response", "https://news.example/new"),
    ]
    assert final.url == "https://news.example/new"
    hops = archive.captures("http://news.example/old")
    assert len(hops) == 1 and hops[0].status == 301 and hops[0].redirect_of == final.id
    back = archive.read(final)
    assert [h.url for h in back.history] == [hop1.url, hop2.url]
    assert back.history[1].body == b"moved"


def test_rotation_at_size_limit(tmp_path: Path) -> None:
    options = ArchiveOptions(max_warc_size=4000)
    with Archive(tmp_path / "a", options=options) as store:
        for n in range(12):
            store.add(make_exchange(url=f"http://news.example/{n}", body=html(f"page {n} " * 80)))
        files = sorted(store.warc_dir.glob("*.warc.gz"))
        assert len(files) > 2
        assert len({c.warc for c in store.captures()}) == len(files)
        for path in files:
            with path.open("rb") as fh:
                assert next(iter(ArchiveIterator(fh))).rec_type == "warcinfo"
    assert verify(tmp_path / "a") == []


def test_captures_latest_get(archive: Archive) -> None:
    a = archive.add(make_exchange(body=html("one")))
    b = archive.add(make_exchange(body=html("two"), at=T0 + timedelta(minutes=5)))
    archive.add(make_exchange(url="http://news.example/other"))
    assert [c.id for c in archive.captures("http://news.example/a")] == [a.id, b.id]
    assert len(archive.captures()) == 3
    assert archive.latest("http://news.example/a") == b
    assert archive.latest("http://nowhere.example/") is None
    assert archive.get(a.id) == a
    with pytest.raises(CaptureNotFoundError, match="no capture with id nope"):
        archive.get("nope")


def test_documents_and_scores(archive: Archive) -> None:
    first = archive.add(make_exchange(body=html("one")))
    second = archive.add(make_exchange(body=html("two"), at=T0 + timedelta(minutes=5)))
    other = archive.add(make_exchange(url="http://other.example/x", body=html("x")))
    assert archive.document(first.id) is None and archive.scores(first.id) is None
    doc1 = Document(url=first.url, title="One", body=[Block(text="one")])
    doc2 = Document(url=second.url, title="Two", body=[Block(text="two")])
    archive.put_document(first.id, doc1)
    archive.put_document(second.id, doc2)
    archive.put_document(other.id, Document(body=[Block(text="x")]))
    assert archive.document(second.id) == doc2
    archive.put_scores(second.id, {"grade": "B2", "claims": [1, 2]})
    assert archive.scores(second.id) == {"grade": "B2", "claims": [1, 2]}
    latest = [(c.id, d.title) for c, d in archive.iter_documents()]
    assert latest == [(other.id, None), (second.id, "Two")]
    assert len(list(archive.iter_documents(latest_only=False))) == 3
    with pytest.raises(CaptureNotFoundError):
        archive.put_scores("missing", {})
    with pytest.raises(ArchiveError, match="not JSON"):
        archive.put_scores(first.id, {"bad": float("nan")})


def test_site_profiles(archive: Archive) -> None:
    assert archive.profile("news.example") is None
    archive.put_profile("News.Example", {"furniture": ["Share this"]})
    assert archive.profile("news.example") == {"furniture": ["Share this"]}


def test_reopen_and_torn_tail_is_truncated(tmp_path: Path) -> None:
    path = tmp_path / "a"
    store = Archive(path)
    capture = store.add(make_exchange())
    name = capture.warc
    committed = (store.warc_dir / name).stat().st_size
    # simulate a writer killed mid-record: garbage past the committed end, file left open
    with (store.warc_dir / name).open("ab") as fh:
        fh.write(gzip.compress(b"WARC/1.1\r\nWARC-Type: response\r\n")[:25])
    assert store._warc is not None
    store._warc.close()  # the kernel drops the flock, as after SIGKILL
    store._warc = None
    store.index.close()
    with Archive(path) as again:
        assert (again.warc_dir / name).stat().st_size == committed
        assert again.latest(capture.url) == capture
        second = again.add(make_exchange(body=html("after the crash")))
        assert second.warc != name
    assert verify(path) == []


def test_missing_archive_without_create(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match="no archive at"):
        Archive(tmp_path / "nothing", create=False)


def test_unwritable_archive(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ArchiveError, match="cannot create the archive folder"):
        Archive(blocker / "sub")


def test_index_failure_abandons_the_file_and_repair_cuts_it_back(tmp_path: Path) -> None:
    path = tmp_path / "a"
    with Archive(path) as store:
        kept = store.add(make_exchange(body=html("kept")))
        with store.index.transaction() as db:  # make the next capture's insert fail
            db.execute(
                "CREATE TRIGGER no_more BEFORE INSERT ON captures "
                "BEGIN SELECT RAISE(ABORT, 'disk full, say'); END"
            )
        with pytest.raises(ArchiveError, match="could not be updated: disk full, say"):
            store.add(make_exchange(url="http://news.example/lost", body=html("lost")))
        with store.index.transaction() as db:
            db.execute("DROP TRIGGER no_more")
        size = (store.warc_dir / kept.warc).stat().st_size
        after = store.add(make_exchange(url="http://news.example/next", body=html("next")))
        assert after.warc != kept.warc
        # the next file's creation repaired the abandoned one: the lost records are gone
        assert (store.warc_dir / kept.warc).stat().st_size < size
        assert store.repair() == []
    assert verify(path) == []
    with Archive(path) as store:
        assert [c.url for c in store.captures()] == [kept.url, after.url]
        assert store.read(kept).body == html("kept")


def test_warcinfo_names_operator_not_hostname(tmp_path: Path) -> None:
    import socket

    with Archive(tmp_path / "a", options=ArchiveOptions(operator="Desk 3")) as store:
        store.add(make_exchange())
        info = _records(store)[0]
    assert info["type"] == "warcinfo"
    payload = info["payload"]
    assert isinstance(payload, bytes)
    assert b"operator: Desk 3" in payload and b"WARC File Format 1.1" in payload
    assert socket.gethostname().encode() not in payload
