"""The ``veracity archive`` commands through click's CliRunner, against a local HTTP server."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive import Archive
from scraper import Block, Document
from tests.archive.archive_server import ArchiveTestServer, Route
from tests.archive.helpers import html, make_exchange
from veracity.cli import cli

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>A</title><link>{base}/a</link></item>
<item><title>B</title><link>{base}/b</link></item></channel></rss>"""


@pytest.fixture
def site(server: ArchiveTestServer) -> ArchiveTestServer:
    server.routes["/feed.xml"] = Route(
        body=RSS.format(base=server.base).encode(), content_type="application/rss+xml"
    )
    server.routes["/a"] = Route(body=html("Article A."), etag='"a1"')
    server.routes["/b"] = Route(body=html("Article B."))
    server.routes["/page"] = Route(body=html("A page."), etag='"p1"')
    return server


def _sources(tmp_path: Path, site: ArchiveTestServer) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(
        f'[[sources]]\nurl = "{site.url("/feed.xml")}"\nkind = "feed"\nevery = "30m"\n\n'
        f'[[sources]]\nurl = "{site.url("/page")}"\nname = "A page"\n\n'
        f'[[sources]]\nurl = "{site.url("/gone")}"\n',
        encoding="utf-8",
    )
    return path


def test_run_list_history_verify_export(tmp_path: Path, site: ArchiveTestServer) -> None:
    runner = CliRunner()
    sources = _sources(tmp_path, site)
    arch = tmp_path / "arch"
    result = runner.invoke(
        cli, ["archive", "run", "--sources", str(sources), "--archive", str(arch)]
    )
    assert result.exit_code == 0, result.output
    assert "5 checked, 4 new, 0 changed, 0 unchanged, 1 failed" in result.stdout
    assert "failed: " + site.url("/gone") + ": HTTP 404" in result.stderr
    assert (arch / "logs" / "archive.log").is_file()

    listed = runner.invoke(cli, ["archive", "list", "--format", "json", "--archive", str(arch)])
    assert listed.exit_code == 0, listed.output
    rows = json.loads(listed.stdout)
    assert len(rows) == 5
    for row in rows:
        assert {
            "url",
            "fetched_at",
            "status",
            "digest",
            "warc",
            "offset",
            "kind",
            "changed",
        } <= set(row)
        assert row["kind"] in ("response", "revisit")
        datetime.fromisoformat(row["fetched_at"])
        assert row["digest"].startswith("sha1:")
    assert {row["url"] for row in rows} >= {site.url("/a"), site.url("/b"), site.url("/page")}

    table = runner.invoke(cli, ["archive", "list", "--url", site.url("/a"), "--archive", str(arch)])
    assert table.exit_code == 0 and site.url("/a") in table.stdout
    assert len(table.stdout.strip().splitlines()) == 1

    history = runner.invoke(cli, ["archive", "history", site.url("/a"), "--archive", str(arch)])
    assert history.exit_code == 0, history.output
    assert history.stdout.startswith("version 1: ")

    verified = runner.invoke(cli, ["archive", "verify", "--archive", str(arch)])
    assert verified.exit_code == 0 and verified.stdout.startswith("ok")

    out = tmp_path / "out.wacz"
    exported = runner.invoke(cli, ["archive", "export", "--wacz", str(out), "--archive", str(arch)])
    assert exported.exit_code == 0, exported.output
    assert out.is_file() and str(out) in exported.stdout


def test_archive_from_environment(tmp_path: Path, site: ArchiveTestServer) -> None:
    runner = CliRunner(env={"VERACITY_ARCHIVE": str(tmp_path / "env-arch")})
    sources = _sources(tmp_path, site)
    result = runner.invoke(cli, ["archive", "run", "--sources", str(sources)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "env-arch" / "index.sqlite3").is_file()
    again = runner.invoke(cli, ["archive", "run", "--sources", str(sources)])
    assert again.exit_code == 0
    assert again.stdout.strip() == "0 checked, 0 new, 0 changed, 0 unchanged, 0 failed"


@pytest.mark.parametrize(
    "command",
    [["list"], ["verify"], ["history", "http://x.example/"], ["export", "--wacz", "out.wacz"]],
)
def test_no_archive_given(command: list[str]) -> None:
    result = CliRunner(env={"VERACITY_ARCHIVE": ""}).invoke(cli, ["archive", *command])
    assert result.exit_code != 0
    assert "no archive: pass --archive DIR or set VERACITY_ARCHIVE" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", [["list"], ["verify"], ["history", "http://x.example/"]])
def test_missing_archive_folder(tmp_path: Path, command: list[str]) -> None:
    result = CliRunner().invoke(cli, ["archive", *command, "--archive", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: no archive at {tmp_path / 'none'} (no index.sqlite3)"


def test_bad_sources_file_is_one_error_line(tmp_path: Path) -> None:
    sources = tmp_path / "s.toml"
    sources.write_text("[[sources]]\nurl = 'gopher://x'\n")
    result = CliRunner().invoke(
        cli, ["archive", "run", "--sources", str(sources), "--archive", str(tmp_path / "a")]
    )
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "sources entry 1: url" in lines[0]


def test_unwritable_archive_fails(tmp_path: Path, site: ArchiveTestServer) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = CliRunner().invoke(
        cli,
        ["archive", "run", "--sources", str(_sources(tmp_path, site)), "--archive", str(blocker)],
    )
    assert result.exit_code != 0 and "Traceback" not in result.output


def test_verify_names_problems(tmp_path: Path) -> None:
    arch = tmp_path / "a"
    with Archive(arch) as store:
        capture = store.add(make_exchange())
    (arch / "warc" / capture.warc).unlink()
    result = CliRunner().invoke(cli, ["archive", "verify", "--archive", str(arch)])
    assert result.exit_code == 1
    assert f"file {capture.warc}: file is missing (1 captures point to it)" in result.stderr
    assert "1 problem(s) found" in result.stderr


def test_history_strips_terminal_escapes(tmp_path: Path) -> None:
    arch = tmp_path / "a"
    with Archive(arch) as store:
        one = store.add(make_exchange(body=html("one")))
        two = store.add(make_exchange(body=html("two"), at=one.fetched_at.replace(hour=13)))
        store.put_document(one.id, Document(body=[Block(text="Before")]))
        store.put_document(two.id, Document(body=[Block(text="After \x1b]0;pwned\x07\x1b[2J")]))
    result = CliRunner().invoke(cli, ["archive", "history", one.url, "--archive", str(arch)])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "+After" in result.stdout and "-Before" in result.stdout


def test_history_of_unknown_url(tmp_path: Path) -> None:
    arch = tmp_path / "a"
    Archive(arch).close()
    result = CliRunner().invoke(
        cli, ["archive", "history", "http://x.example/", "--archive", str(arch)]
    )
    assert result.exit_code == 1 and "no captures of http://x.example/" in result.stderr


def test_schedule_command(tmp_path: Path, site: ArchiveTestServer) -> None:
    sources = _sources(tmp_path, site)
    result = CliRunner().invoke(
        cli, ["archive", "schedule", "--sources", str(sources), "--archive", str(tmp_path / "a")]
    )
    assert result.exit_code == 0, result.output
    assert "*/30 * * * * flock -n" in result.stdout
    assert f"--sources {sources.resolve()}" in result.stdout
    assert "OnUnitActiveSec=1800s" in result.stdout
    assert "every 30 minutes" in result.stdout


@pytest.mark.parametrize("command", ["run", "history", "list", "verify", "export", "schedule"])
def test_every_command_has_help(command: str) -> None:
    result = CliRunner().invoke(cli, ["archive", command, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.stdout
    doc = Path(__file__).parents[2] / "docs" / "archiving.md"
    if doc.exists():
        assert f"veracity archive {command}" in doc.read_text(encoding="utf-8")


def test_corrupt_index_is_one_error_line(tmp_path: Path) -> None:
    arch = tmp_path / "a"
    arch.mkdir()
    (arch / "index.sqlite3").write_bytes(b"not a database " * 100)
    for command in (["list"], ["verify"]):
        result = CliRunner().invoke(cli, ["archive", *command, "--archive", str(arch)])
        assert result.exit_code == 1
        assert "cannot open the archive index" in result.stderr
        assert "file is not a database" in result.stderr and "Traceback" not in result.output
