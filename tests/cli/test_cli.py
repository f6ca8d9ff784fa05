"""The command line: every command has help and docs, the happy paths, and one-line errors."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from tests.cli.conftest import LocalSite, Route
from veracity._demo import SAMPLE_PAGES, sample_path
from veracity.cli import cli

ROOT = Path(__file__).resolve().parents[2]
BLOGGER = sample_path("borderlandbeat-zetas-resistencia.html")
INSIGHT = sample_path("insightcrime-zetas-milenio.html")


def _commands(group: click.Group, prefix: str = "") -> list[str]:
    names = []
    for name, command in group.commands.items():
        names.append(prefix + name)
        if isinstance(command, click.Group):
            names += _commands(command, prefix + name + " ")
    return names


COMMANDS = _commands(cli)


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


def test_the_expected_commands_exist() -> None:
    for name in [
        "fetch",
        "extract",
        "score",
        "demo",
        "archive",
        "archive run",
        "archive list",
        "archive history",
        "archive verify",
        "archive export",
        "archive schedule",
    ]:
        assert name in COMMANDS


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_docs(command: str) -> None:
    code, out, _ = run(*command.split(), "--help")
    assert code == 0
    assert "Usage:" in out
    docs = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md"))
    assert f"veracity {command}" in docs or f"`{command.split()[-1]}`" in docs


def test_extract_text_shows_body_and_comment_thread() -> None:
    code, out, _ = run("extract", str(BLOGGER))
    assert code == 0
    assert "Los Zetas Forging an Alliance with La Resistencia in Jalisco" in out
    assert "There is official confirmation and evidence of an alliance" in out
    assert "## Comments (6)" in out
    thread = out.split("## Comments (6)", 1)[1]
    assert thread.count("Anonymous ·") == 6
    # the sixth comment answers the fifth and is indented under it
    reply = next(line for line in thread.splitlines() if "@ September 22, 2011 5:16 PM" in line)
    assert reply.startswith("      ")


def test_extract_json_is_a_whole_document() -> None:
    code, out, _ = run(
        "extract",
        str(INSIGHT),
        "--format",
        "json",
        "--url",
        "https://insightcrime.org/news/analysis/x/",
    )
    assert code == 0
    doc = json.loads(out)
    assert doc["url"] == "https://insightcrime.org/news/analysis/x/"
    assert doc["title"] == "Zetas-Milenio Cartel Alliance Heralds Danger for Jalisco"
    assert doc["author"] == "Geoffrey Ramsey"
    assert len(doc["body"]) == 9
    assert doc["furniture"], "removed furniture is reported"
    assert all(block["reason"] for block in doc["furniture"])


def test_extract_over_http(site: LocalSite) -> None:
    site.routes["/story.html"] = Route(body=BLOGGER.read_bytes())
    code, out, _ = run("extract", site.url("story.html"), "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert len(doc["comments"]) == 6
    assert doc["url"] == site.url("story.html")


def test_score_table_lists_claims_with_grades() -> None:
    code, out, _ = run("score", str(BLOGGER))
    assert code == 0
    for source_type in ["official", "confession", "criminal_group", "commenter"]:
        assert source_type in out


def test_demo_runs_the_whole_pipeline_offline() -> None:
    code, out, err = run("demo")
    assert code == 0, err
    assert "Zetas-Milenio Cartel Alliance Heralds Danger for Jalisco" in out
    assert "Los Zetas Forging an Alliance with La Resistencia in Jalisco" in out
    assert "6 comments" in out
    assert "127.0.0.1" in out
    assert "official" in out and "commenter" in out


def test_fetch_archives_and_prints_one_line_per_page(site: LocalSite, tmp_path: Path) -> None:
    site.routes["/a.html"] = Route(body=INSIGHT.read_bytes())
    site.routes["/robots.txt"] = Route(404, "text/plain", b"")
    archive_dir = tmp_path / "arch"
    code, out, _ = run(
        "fetch", site.url("a.html"), "--delay", "0", env={"VERACITY_ARCHIVE": str(archive_dir)}
    )
    assert code == 0
    lines = out.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("200") and "Zetas-Milenio" in lines[0]
    assert list(archive_dir.rglob("*.warc.gz"))
    code, out, _ = run("archive", "list", "--format", "json", "--archive", str(archive_dir))
    assert code == 0
    assert [c["url"] for c in json.loads(out)] == [site.url("a.html")]


FEED = ROOT / "tests" / "data" / "comment_feed" / "blogger-comments.xml"
FEED_PATH = "/feeds/3395849203345826512/comments/default"


def test_fetch_merges_a_blogger_comments_feed(site: LocalSite, tmp_path: Path) -> None:
    page = BLOGGER.read_bytes().replace(
        b"https://www.borderlandbeat.com" + FEED_PATH.encode(), FEED_PATH.encode()
    )
    site.routes["/post.html"] = Route(body=page)
    site.routes[FEED_PATH + "?max-results=500"] = Route(
        200, "application/atom+xml", FEED.read_bytes()
    )
    archive_dir = tmp_path / "arch"
    env = {"VERACITY_ARCHIVE": str(archive_dir)}
    code, out, err = run("fetch", site.url("post.html"), "--delay", "0", env=env)
    assert code == 0, err
    assert "(8 comments, with the comments feed)" in out  # 6 on the page, 2 only in the feed
    assert "note: comment feed of" in err and "HTTP 404" in err  # its next page is missing
    code, out, _ = run("archive", "list", "--format", "json", "--archive", str(archive_dir))
    urls = [c["url"] for c in json.loads(out)]
    assert urls == [site.url("post.html"), site.url(FEED_PATH.lstrip("/") + "?max-results=500")]
    code, out, err = run(
        "fetch", site.url("post.html"), "--delay", "0", "--no-comment-feeds", env=env
    )
    assert code == 0 and "comments feed" not in out and "comment feed" not in err


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["extract", "no/such/file.html"], "no such file"),
        (["extract", "ftp://example.org/x"], "ftp"),
        (["score", "no/such/file.html"], "no such file"),
    ],
)
def test_errors_are_one_line(args: list[str], needle: str) -> None:
    code, out, err = run(*args)
    assert code != 0
    assert needle in err.lower()
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err + out


def test_unreachable_host_is_one_line() -> None:
    code, _, err = run("extract", f"http://127.0.0.1:{_closed_port()}/x.html")
    assert code != 0
    assert "127.0.0.1" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("route", "needle"),
    [
        (Route(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)), "html"),
        (Route(200, "text/html", b"   "), "empty"),
        (Route(500, "text/html", b"<p>oops</p>"), "500"),
    ],
)
def test_bad_responses_are_one_line(site: LocalSite, route: Route, needle: str) -> None:
    site.routes["/x"] = route
    code, _, err = run("extract", site.url("x"))
    assert code != 0
    assert needle in err.lower()
    assert len(err.strip().splitlines()) == 1


def test_empty_file_is_a_clear_error(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_bytes(b"")
    code, _, err = run("extract", str(page))
    assert code != 0 and "empty" in err.lower()


def test_archive_commands_need_an_archive(tmp_path: Path) -> None:
    code, _, err = run("archive", "list", env={"VERACITY_ARCHIVE": ""})
    assert code != 0
    assert "archive" in err.lower()


def test_page_text_cannot_drive_the_terminal(tmp_path: Path) -> None:
    page = tmp_path / "evil.html"
    page.write_text(
        "<html><head><title>Evil \x1b]0;pwned\x07 title</title></head><body><article>"
        + "<p>A long enough paragraph about the cartel \x1b[2J that clears the screen. </p>" * 5
        + "</article></body></html>",
        encoding="utf-8",
    )
    code, out, _ = run("extract", str(page))
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out


def test_console_script_never_shows_a_traceback() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "veracity", "extract", "does-not-exist.html"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert proc.returncode != 0
    assert proc.stderr.startswith("Error:")
    assert "Traceback" not in proc.stderr


def test_samples_are_package_data() -> None:
    for name in SAMPLE_PAGES:
        assert sample_path(name).is_file()
