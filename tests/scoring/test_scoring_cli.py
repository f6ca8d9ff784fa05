"""`veracity score` on a local HTML file: table, json and csv; errors as one clear line."""

from __future__ import annotations

import csv
import functools
import http.server
import io
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import lxml.html
import pytest
from click.testing import CliRunner

import scraper
from scraper import Block, Comment, Document
from veracity.cli import cli

PAGE = """<!doctype html><html lang="en"><head><title>Alliance in Jalisco</title></head><body>
<article>
<h1>Zetas and Milenio Cartel join forces</h1>
<p>According to Luis Carlos Najera Gutierrez, Jalisco secretary of public security,
an alliance between the Zetas and the Milenio Cartel has been confirmed by new evidence
found in Guadalajara.</p>
<p>The Milenio Cartel posted banners threatening the CJNG.
The message was allegedly signed in red.</p>
<p>Who will stop them?</p>
<p>Rogue \x1b[31mred\x1b[0m text and a \u202eright-to-left override
never reach the terminal.</p>
</article>
<div class="comments">
<div class="comment" id="c1"><span class="author">Anonymous</span>
<p>I live in Guadalajara and it is true.</p></div>
<div class="comment" id="c2"><span class="author">=HYPERLINK("x")</span>
<p>=1+1 is what they want.</p></div>
</div>
</body></html>"""


def _simple_extract(html: str | bytes, url: str | None = None) -> Document:
    """Stand-in for scraper.extract while extraction is built in another branch."""
    tree = lxml.html.fromstring(html)
    body = [Block(text=" ".join(p.text_content().split())) for p in tree.xpath("//article//p")]
    comments = [
        Comment(
            id=node.get("id"),
            author=node.xpath("string(.//*[@class='author'])"),
            text=node.xpath("string(.//p)"),
        )
        for node in tree.xpath("//div[@class='comment']")
    ]
    return Document(url=url, body=body, comments=comments)


@pytest.fixture
def page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A local HTML page; the real extractor is used when this branch has one."""
    try:
        scraper.extract(b"<html><body><p>probe text here.</p></body></html>")
    except NotImplementedError:
        monkeypatch.setattr(scraper, "extract", _simple_extract)
    except scraper.VeracityError:
        pass
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_table(page: Path) -> None:
    result = CliRunner().invoke(
        cli, ["score", str(page), "--url", "https://insightcrime.org/news/x"]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("https://insightcrime.org/news/x")
    assert lines[1].split()[:6] == ["WHERE", "TYPE", "SOURCE", "HEDGES", "GRADE", "TEXT"]
    assert any("official" in line and "Luis Carlos Najera" in line for line in lines)
    assert any("criminal_group" in line and "Milenio Cartel" in line for line in lines)
    assert any("allegedly" in line for line in lines)
    assert any("(question)" in line for line in lines)
    assert any(line.startswith("comment c1") and "commenter" in line for line in lines)
    assert "\x1b" not in result.output and "\u202e" not in result.output


def test_json(page: Path) -> None:
    result = CliRunner().invoke(
        cli, ["score", str(page), "--format", "json", "--url", "https://a.example/x"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["url"] == "https://a.example/x"
    types = {c["source_type"] for c in data["claims"]}
    assert {"official", "criminal_group", "commenter"} <= types
    first_hand = [c for c in data["claims"] if c["where"] == "comment" and c["comment_id"] == "c1"]
    assert first_hand and all(c["first_hand"] for c in first_hand)


def test_csv(page: Path) -> None:
    result = CliRunner().invoke(cli, ["score", str(page), "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert rows and set(rows[0]) >= {
        "where",
        "source_type",
        "source",
        "hedges",
        "grade",
        "text",
        "rationale",
    }
    sources = [r["source"] for r in rows if r["comment_id"] == "c2"]
    assert sources and all(s.startswith("'=") for s in sources)  # no spreadsheet formulas
    assert all(not r["text"].startswith(("=", "+", "@")) for r in rows)


def test_sites_option_and_bad_sites_file(page: Path, tmp_path: Path) -> None:
    sites = tmp_path / "sites.toml"
    sites.write_text('[sites."a.example"]\nstanding = 0.5\n', encoding="utf-8")
    ok = CliRunner().invoke(
        cli,
        [
            "score",
            str(page),
            "--format",
            "json",
            "--url",
            "https://a.example/x",
            "--sites",
            str(sites),
        ],
    )
    assert ok.exit_code == 0, ok.output
    assert "outlet a.example 0.50" in ok.output
    sites.write_text("[sites\n", encoding="utf-8")
    bad = CliRunner().invoke(cli, ["score", str(page), "--sites", str(sites)])
    assert bad.exit_code == 1
    assert "not valid TOML" in bad.output
    assert "Traceback" not in bad.output


def test_missing_file_is_one_clear_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["score", str(tmp_path / "nope.html")])
    assert result.exit_code == 1
    assert "No such file" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_no_target_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["score"], env={"VERACITY_ARCHIVE": ""})
    assert result.exit_code == 2
    assert "PATH or URL" in result.output


def test_archive_mode_when_the_archive_exists(tmp_path: Path) -> None:
    archive = pytest.importorskip("archive")
    try:
        archive.Archive(tmp_path / "store")
    except NotImplementedError:
        pytest.skip("archive.Archive is built in another branch")
    result = CliRunner().invoke(
        cli, ["score", "https://a.example/never", "--archive", str(tmp_path / "store")]
    )
    assert result.exit_code == 1
    assert "no capture" in result.output


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    """The test page served over HTTP on 127.0.0.1 by a thread; stopped afterwards."""
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/page.html"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_url_is_fetched_and_scored(served: str, page: Path) -> None:
    try:
        scraper.fetch(served)
    except NotImplementedError:
        pytest.skip("scraper.fetch is built in another branch")
    result = CliRunner().invoke(cli, ["score", served, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert any(c["source_type"] == "official" for c in data["claims"])
