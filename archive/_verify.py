"""Check that every index row resolves to a WARC record whose digests match.

Reads each gzip member independently of warcio: a member must decompress alone, hold one WARC
record whose Content-Length, WARC-Block-Digest and WARC-Payload-Digest match the bytes, and
name the URL, type and record id the index says.
"""

from __future__ import annotations

import base64
import hashlib
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from archive._errors import ArchiveError, VerifyError
from archive._index import Index
from archive._models import Capture, Problem

if TYPE_CHECKING:
    from archive._store import Archive

__all__ = ["verify", "verify_archive"]


def _digest_matches(declared: str, data: bytes) -> bool:
    algo, _, value = declared.partition(":")
    try:
        raw = hashlib.new(algo.lower().replace("-", ""), data).digest()
    except ValueError:
        return False
    return value.upper() in (base64.b32encode(raw).decode(), raw.hex().upper())


def _parse_member(data: bytes) -> tuple[dict[str, str], bytes, str | None]:
    """Decompress one gzip member; return (WARC headers, block, error)."""
    decompressor = zlib.decompressobj(wbits=31)
    try:
        raw = decompressor.decompress(data) + decompressor.flush()
    except zlib.error as err:
        return {}, b"", f"the gzip member does not decompress ({err})"
    if not decompressor.eof:
        return {}, b"", "the gzip member is truncated"
    if decompressor.unused_data:
        return {}, b"", "bytes follow the record inside its indexed span"
    head, sep, rest = raw.partition(b"\r\n\r\n")
    lines = head.decode("utf-8", "replace").split("\r\n")
    if not sep or not lines[0].startswith("WARC/"):
        return {}, b"", "not a WARC record"
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers.setdefault(name.strip().lower(), value.strip())
    try:
        length = int(headers.get("content-length", ""))
    except ValueError:
        return headers, b"", "the record has no valid Content-Length"
    block = rest[:length]
    if len(block) != length or rest[length:] != b"\r\n\r\n":
        return headers, block, "the record block does not match its Content-Length"
    return headers, block, None


def _check_record(
    path: Path, offset: int, length: int, *, expect_type: str, capture: Capture
) -> tuple[dict[str, str], bytes, list[str]]:
    with path.open("rb") as fh:
        fh.seek(offset)
        data = fh.read(length)
    if len(data) != length:
        return {}, b"", [f"{expect_type} record at offset {offset} runs past the end of the file"]
    headers, block, error = _parse_member(data)
    if error:
        return headers, block, [f"{expect_type} record at offset {offset}: {error}"]
    problems: list[str] = []
    if headers.get("warc-type") != expect_type:
        problems.append(
            f"record at offset {offset} is {headers.get('warc-type')!r}, not {expect_type}"
        )
    if headers.get("warc-target-uri") != capture.url:
        problems.append(f"record at offset {offset} is for {headers.get('warc-target-uri')!r}")
    block_digest = headers.get("warc-block-digest")
    if block_digest is None or not _digest_matches(block_digest, block):
        problems.append(
            f"{expect_type} record at offset {offset}: WARC-Block-Digest does not match"
        )
    return headers, block, problems


def _verify_capture(index: Index, warc_dir: Path, capture: Capture) -> list[str]:
    path = warc_dir / capture.warc
    expect = "revisit" if capture.kind == "revisit" else "response"
    headers, block, problems = _check_record(
        path, capture.offset, capture.length, expect_type=expect, capture=capture
    )
    if problems:
        return problems
    if headers.get("warc-record-id") != f"<urn:uuid:{capture.id}>":
        problems.append("the record id differs from the capture id")
    declared = headers.get("warc-payload-digest", "")
    if declared != capture.digest:
        problems.append("WARC-Payload-Digest differs from the index")
    if capture.kind == "response":
        _, _, payload = block.partition(b"\r\n\r\n")
        if not _digest_matches(declared, payload):
            problems.append("WARC-Payload-Digest does not match the payload")
    else:
        original = index.capture(capture.refers_to or "")
        if original is None:
            problems.append(f"the revisit refers to capture {capture.refers_to}, not in the index")
        elif original.digest != capture.digest:
            problems.append("the revisit's payload digest differs from its original's")
    extras = index.record_extras(capture.id)
    if extras is not None and extras["request_offset"] is not None:
        request_headers, _, request_problems = _check_record(
            path,
            extras["request_offset"],
            extras["request_length"],
            expect_type="request",
            capture=capture,
        )
        problems.extend(request_problems)
        if not request_problems and request_headers.get("warc-concurrent-to") != (
            f"<urn:uuid:{capture.id}>"
        ):
            problems.append("the request record's WARC-Concurrent-To does not name the response")
    return problems


def verify_index(index: Index, warc_dir: Path) -> list[Problem]:
    """All problems found in the archive whose index is ``index`` and WARCs are in ``warc_dir``."""
    problems: list[Problem] = []
    sizes: dict[str, int | None] = {}
    for row in index.query("SELECT name, end_offset FROM warc_files"):
        path = warc_dir / row["name"]
        size = path.stat().st_size if path.exists() else None
        sizes[row["name"]] = size
        if size is not None and size < row["end_offset"]:
            problems.append(
                Problem(
                    warc=row["name"],
                    message=f"file is {size} bytes, index committed {row['end_offset']}",
                )
            )
    missing_counts: dict[str, int] = {}
    for capture in index.iter_captures():
        if sizes.get(capture.warc) is None:
            missing_counts[capture.warc] = missing_counts.get(capture.warc, 0) + 1
            continue
        for message in _verify_capture(index, warc_dir, capture):
            problems.append(
                Problem(warc=capture.warc, capture_id=capture.id, url=capture.url, message=message)
            )
    for name, count in sorted(missing_counts.items()):
        problems.append(
            Problem(warc=name, message=f"file is missing ({count} captures point to it)")
        )
    return problems


def verify_archive(archive: Archive) -> list[Problem]:
    """Problems of an open Archive (empty list: every capture checks out)."""
    return verify_index(archive.index, archive.warc_dir)


def verify(path: str | Path, *, strict: bool = False) -> list[Problem]:
    """Verify the archive at ``path`` without writing to it; an empty list means all is well.

    With ``strict``, problems raise VerifyError (its ``problems`` lists them) instead.
    """
    from archive._store import INDEX_NAME, WARC_DIR

    root = Path(path)
    if not (root / INDEX_NAME).is_file():
        raise ArchiveError(f"no archive at {root} (no {INDEX_NAME})")
    index = Index(root / INDEX_NAME, busy_timeout=60.0)
    try:
        problems = verify_index(index, root / WARC_DIR)
    finally:
        index.close()
    if strict and problems:
        raise VerifyError(
            f"{root}: {len(problems)} problem(s), first: {problems[0]}", problems=problems
        )
    return problems
