"""WACZ export: the package validates with py-wacz and indexes every capture."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest

from archive import Archive, ArchiveError, export_wacz
from archive._wacz import surt
from scraper import Document
from tests.archive.helpers import T0, html, make_exchange

# ``python -m wacz`` drops main()'s return value (exit status always 0): keep it here
_VALIDATE = (
    "import sys; from wacz.main import main; sys.exit(main(['validate', '-f', sys.argv[1]]))"
)


def _validate(path: Path) -> subprocess.CompletedProcess[str]:
    """Run py-wacz's validator (a test extra) in a subprocess: it leaks temp dirs in-process."""
    pytest.importorskip("wacz")
    return subprocess.run(
        [sys.executable, "-c", _VALIDATE, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_export_validates(tmp_path: Path) -> None:
    with Archive(tmp_path / "a") as store:
        first = store.add(make_exchange(body=html("one")))
        store.add(make_exchange(body=html("one"), at=T0 + timedelta(hours=1)))
        store.add(make_exchange(url="https://other.example:8443/p?b=2&a=1", body=html("x")))
        store.put_document(first.id, Document(title="One"))
        out = export_wacz(store, tmp_path / "out.wacz")
    result = _validate(out)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "the passed WACZ is valid" in result.stdout
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
        warcs = [n for n in names if n.startswith("archive/")]
        assert warcs and all(zf.getinfo(n).compress_type == zipfile.ZIP_STORED for n in warcs)
        assert {
            "indexes/index.cdxj",
            "pages/pages.jsonl",
            "datapackage.json",
            "datapackage-digest.json",
        } <= names
        cdxj = zf.read("indexes/index.cdxj").decode().splitlines()
        pages = [json.loads(line) for line in zf.read("pages/pages.jsonl").decode().splitlines()]
        package = json.loads(zf.read("datapackage.json"))
    assert len(cdxj) == 3 and cdxj == sorted(cdxj)
    assert any('"mime": "warc/revisit"' in line for line in cdxj)
    assert pages[0]["format"] == "json-pages-1.0"
    assert {p["url"] for p in pages[1:]} == {first.url, "https://other.example:8443/p?b=2&a=1"}
    assert package["wacz_version"] == "1.1.1"


def test_export_of_empty_archive_fails(tmp_path: Path) -> None:
    with Archive(tmp_path / "a") as store, pytest.raises(ArchiveError, match="no captures"):
        export_wacz(store, tmp_path / "out.wacz")


def test_surt() -> None:
    assert surt("https://www.Example.com/Path?b=2&a=1") == "com,example)/path?a=1&b=2"
    assert surt("http://127.0.0.1:8080/") == "1,0,0,127:8080)/"


def test_validator_rejects_a_tampered_package(tmp_path: Path) -> None:
    """The validation above can fail: a WARC changed after export breaks its listed hash."""
    with Archive(tmp_path / "a") as store:
        store.add(make_exchange(body=html("one")))
        out = export_wacz(store, tmp_path / "out.wacz")
    tampered = tmp_path / "tampered.wacz"
    with zipfile.ZipFile(out) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("archive/"):
                data = data + b"\x00"
            dst.writestr(info, data)
    result = _validate(tampered)
    assert result.returncode == 1
    assert "Validation failed" in result.stdout
    assert "Validation succeeded" not in result.stdout
