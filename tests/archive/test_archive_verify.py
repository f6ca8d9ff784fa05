"""verify: a clean archive passes; a corrupted record or a missing file is named."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from archive import Archive, ArchiveError, VerifyError, verify
from tests.archive.helpers import T0, html, make_exchange


def _fill(path: Path) -> Archive:
    store = Archive(path)
    for n in range(3):
        store.add(make_exchange(url=f"http://news.example/{n}", body=html(f"page {n}")))
    store.add(make_exchange(url="http://news.example/0", body=html("page 0"), at=T0 + timedelta(1)))
    return store


def test_clean_archive_verifies(tmp_path: Path) -> None:
    with _fill(tmp_path / "a") as store:
        assert store.verify() == []
    assert verify(tmp_path / "a") == []


def test_corrupted_record_is_found(tmp_path: Path) -> None:
    with _fill(tmp_path / "a") as store:
        target = store.captures("http://news.example/1")[0]
    path = tmp_path / "a" / "warc" / target.warc
    data = bytearray(path.read_bytes())
    data[target.offset + target.length // 2] ^= 0x55
    path.write_bytes(bytes(data))
    problems = verify(tmp_path / "a")
    assert len(problems) == 1
    assert problems[0].capture_id == target.id and problems[0].url == target.url
    assert "offset" in problems[0].message


def test_wrong_index_offset_is_found(tmp_path: Path) -> None:
    with _fill(tmp_path / "a") as store:
        target = store.captures("http://news.example/2")[0]
        with store.index.transaction() as db:
            db.execute("UPDATE captures SET offset = offset - 7 WHERE id = ?", (target.id,))
    problems = verify(tmp_path / "a")
    assert [p.capture_id for p in problems] == [target.id]


def test_tampered_payload_with_recompressed_member_is_found(tmp_path: Path) -> None:
    """A record rewritten as valid gzip but with a changed payload fails its digests."""
    import gzip
    import zlib

    with _fill(tmp_path / "a") as store:
        target = store.captures("http://news.example/1")[0]
    path = tmp_path / "a" / "warc" / target.warc
    data = path.read_bytes()
    member = data[target.offset : target.offset + target.length]
    raw = zlib.decompress(member, wbits=31).replace(b"page 1", b"page X")
    forged = gzip.compress(raw)
    path.write_bytes(data[: target.offset] + forged + data[target.offset + target.length :])
    with Archive(tmp_path / "a") as store, store.index.transaction() as db:
        delta = len(forged) - target.length
        db.execute("UPDATE captures SET length = ? WHERE id = ?", (len(forged), target.id))
        db.execute(
            "UPDATE captures SET offset = offset + ? WHERE warc = ? AND offset > ?",
            (delta, target.warc, target.offset),
        )
        db.execute(
            "UPDATE captures SET request_offset = request_offset + ? "
            "WHERE warc = ? AND request_offset > ?",
            (delta, target.warc, target.offset),
        )
        db.execute("UPDATE warc_files SET end_offset = end_offset + ?", (delta,))
    messages = [p.message for p in verify(tmp_path / "a")]
    assert any("Block-Digest does not match" in m for m in messages), messages


def test_missing_file_is_found(tmp_path: Path) -> None:
    with _fill(tmp_path / "a") as store:
        name = store.captures()[0].warc
    (tmp_path / "a" / "warc" / name).unlink()
    problems = verify(tmp_path / "a")
    assert len(problems) == 1
    assert problems[0].warc == name and "missing (4 captures" in str(problems[0])
    with pytest.raises(VerifyError, match="1 problem") as info:
        verify(tmp_path / "a", strict=True)
    assert info.value.problems == problems


def test_verify_needs_an_archive(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match="no archive at"):
        verify(tmp_path / "none")
