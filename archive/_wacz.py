"""Export the archive as a WACZ 1.1.1 package (a zip of the WARCs, a CDXJ index, a page list)."""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlencode, urlsplit

from archive._errors import ArchiveError
from archive._models import Capture

if TYPE_CHECKING:
    from archive._store import Archive

__all__ = ["export_wacz", "surt"]

WACZ_VERSION = "1.1.1"
_CHUNK = 1024 * 1024


def _software() -> str:
    try:
        return f"veracity {version('veracity')}"
    except PackageNotFoundError:
        return "veracity"


def surt(url: str) -> str:
    """The SURT form of ``url`` used to sort CDXJ lines (``org,example)/path?a=1``)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    key = ",".join(reversed(host.split(".")))
    default_port = {"http": 80, "https": 443}.get(parts.scheme)
    if parts.port and parts.port != default_port:
        key += f":{parts.port}"
    path = parts.path or "/"
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return f"{key}){path}{'?' + query if query else ''}".lower()


def _cdxj_line(capture: Capture) -> str:
    stamp = capture.fetched_at.astimezone(UTC).strftime("%Y%m%d%H%M%S")
    fields = {
        "url": capture.url,
        "mime": "warc/revisit" if capture.kind == "revisit" else (capture.content_type or "unk"),
        "status": str(capture.status),
        "digest": capture.digest,
        "length": str(capture.length),
        "offset": str(capture.offset),
        "filename": capture.warc,
    }
    return f"{surt(capture.url)} {stamp} {json.dumps(fields, ensure_ascii=False)}"


def _pages(captures: list[Capture], titles: dict[str, str]) -> bytes:
    lines = [json.dumps({"format": "json-pages-1.0", "id": "pages", "title": "All Pages"})]
    latest: dict[str, Capture] = {}
    for capture in captures:
        if capture.redirect_of is None and 200 <= capture.status < 400:
            latest[capture.url] = capture
    for capture in latest.values():
        page = {
            "id": capture.id,
            "url": capture.url,
            "ts": capture.fetched_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        if capture.id in titles:
            page["title"] = titles[capture.id]
        lines.append(json.dumps(page, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


def _write_bytes(zf: zipfile.ZipFile, name: str, data: bytes, *, store: bool) -> dict[str, object]:
    info = zipfile.ZipInfo(name, datetime.now(UTC).timetuple()[:6])
    info.compress_type = zipfile.ZIP_STORED if store else zipfile.ZIP_DEFLATED
    zf.writestr(info, data)
    return {
        "name": Path(name).name.lower(),
        "path": name,
        "hash": "sha256:" + hashlib.sha256(data).hexdigest(),
        "bytes": len(data),
    }


def _write_warc(zf: zipfile.ZipFile, source: Path, end: int) -> dict[str, object]:
    name = f"archive/{source.name}"
    info = zipfile.ZipInfo(name, datetime.now(UTC).timetuple()[:6])
    info.compress_type = zipfile.ZIP_STORED
    digest = hashlib.sha256()
    remaining = end
    with source.open("rb") as fh, zf.open(info, "w", force_zip64=end > 2**31) as out:
        while remaining > 0:
            chunk = fh.read(min(_CHUNK, remaining))
            if not chunk:
                raise ArchiveError(f"WARC file {source.name} is shorter than its committed end")
            digest.update(chunk)
            out.write(chunk)
            remaining -= len(chunk)
    return {
        "name": source.name.lower(),
        "path": name,
        "hash": "sha256:" + digest.hexdigest(),
        "bytes": end,
    }


def export_wacz(archive: Archive, out_path: str | Path, *, title: str | None = None) -> Path:
    """Write every committed capture of ``archive`` to the WACZ file ``out_path``; return it."""
    out = Path(out_path)
    captures = archive.captures()
    if not captures:
        raise ArchiveError(f"the archive {archive.path} holds no captures to export")
    titles = {}
    for capture, doc in archive.iter_documents(latest_only=True):
        if doc.title:
            titles[capture.id] = doc.title
    files = archive.committed_files()
    cdxj = sorted(_cdxj_line(c) for c in captures)
    resources: list[dict[str, object]] = []
    try:
        with zipfile.ZipFile(out, "w", allowZip64=True) as zf:
            for name, end in files:
                resources.append(_write_warc(zf, archive.warc_dir / name, end))
            index = ("\n".join(cdxj) + "\n").encode("utf-8")
            resources.append(_write_bytes(zf, "indexes/index.cdxj", index, store=False))
            resources.append(
                _write_bytes(zf, "pages/pages.jsonl", _pages(captures, titles), store=False)
            )
            package = {
                "profile": "data-package",
                "resources": resources,
                "wacz_version": WACZ_VERSION,
                "title": title or f"veracity archive {archive.path.name}",
                "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "software": _software(),
            }
            package_bytes = json.dumps(package, indent=2).encode("utf-8")
            _write_bytes(zf, "datapackage.json", package_bytes, store=False)
            digest = {
                "path": "datapackage.json",
                "hash": "sha256:" + hashlib.sha256(package_bytes).hexdigest(),
            }
            _write_bytes(
                zf, "datapackage-digest.json", json.dumps(digest, indent=2).encode(), store=False
            )
    except OSError as err:
        raise ArchiveError(f"cannot write WACZ file {out}: {err.strerror or err}") from None
    return out
