"""The ``veracity archive`` command group: thin commands over the archive package."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from archive import (
    Archive,
    RunOptions,
    export_wacz,
    history,
    load_sources,
    run,
    schedule_text,
    verify,
)
from scraper import FetchOptions
from veracity._render import clean
from veracity.cli._errors import cli_errors
from veracity.cli._options import archive_option, archive_path
from veracity.pipeline import scoring_hook

__all__ = ["archive_group"]


@click.group("archive")
def archive_group() -> None:
    """Store captures in WARC, list them, show their history, verify, export, run from cron."""


@archive_group.command("run")
@click.option("--sources", required=True, type=click.Path(dir_okay=False), help="TOML watch-list.")
@archive_option
@click.option(
    "--wait", type=float, default=3600.0, show_default=True, help="Seconds to wait for another run."
)
@click.option(
    "--concurrency",
    type=click.IntRange(1, 64),
    default=4,
    show_default=True,
    help="Fetches in flight.",
)
@click.option(
    "--delay",
    type=click.FloatRange(min=0.0),
    default=FetchOptions().delay,
    show_default=True,
    help="Seconds between requests to one host (Crawl-delay wins when larger).",
)
@click.option("--user-agent", default=None, help="User-Agent to send (default names veracity).")
@click.option(
    "--comment-feeds/--no-comment-feeds",
    default=True,
    show_default=True,
    help="Also archive Blogger comments feeds and merge their comments.",
)
@cli_errors
def run_command(
    sources: str,
    archive_dir: str | None,
    wait: float,
    concurrency: int,
    delay: float,
    user_agent: str | None,
    comment_feeds: bool,
) -> None:
    """Fetch every due page of the watch-list into the archive, extract and score it (for cron)."""
    path = archive_path(archive_dir)
    watch = load_sources(sources)
    fetch = (
        FetchOptions(delay=delay)
        if user_agent is None
        else FetchOptions(delay=delay, user_agent=user_agent)
    )
    options = RunOptions(
        wait=wait, concurrency=concurrency, fetch=fetch, comment_feeds=comment_feeds
    )
    with Archive(path) as store:
        if sys.stdout.isatty():
            with click.progressbar(length=1, label="archiving") as bar:

                def progress(done: int, total: int) -> None:
                    bar.length = max(total, 1)
                    bar.update(done - bar.pos)

                summary = run(
                    store,
                    watch,
                    options=options,
                    analyze=scoring_hook(store),
                    on_progress=progress,
                )
        else:
            summary = run(store, watch, options=options, analyze=scoring_hook(store))
    for url, reason in summary.failures:
        click.echo(
            f"failed: {clean(url)}: {clean(reason)}",
            err=True,
        )
    click.echo(summary.line())


@archive_group.command("history")
@click.argument("url")
@archive_option
@cli_errors
def history_command(url: str, archive_dir: str | None) -> None:
    """Show the versions of URL and what changed in its text between them."""
    with Archive(archive_path(archive_dir), create=False) as store:
        versions = history(store, url)
    if not versions:
        raise click.ClickException(f"no captures of {clean(url)}")
    for version in versions:
        click.echo(
            f"version {version.number}: {version.capture.fetched_at.isoformat()} "
            f"(capture {version.capture.id}, seen {version.captures}x until "
            f"{version.last_seen.isoformat()})"
        )
        if version.diff:
            click.echo(clean(version.diff, keep_newlines=True))
        click.echo()


def _capture_json(capture: Any) -> dict[str, Any]:
    data: dict[str, Any] = capture.model_dump(mode="json")
    data["fetched_at"] = capture.fetched_at.isoformat()
    return data


@archive_group.command("list")
@click.option("--url", default=None, help="Only captures of this URL.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@archive_option
@cli_errors
def list_command(url: str | None, fmt: str, archive_dir: str | None) -> None:
    """List captures, oldest first."""
    with Archive(archive_path(archive_dir), create=False) as store:
        captures = store.captures(url)
    if fmt == "json":
        click.echo(json.dumps([_capture_json(c) for c in captures], indent=2))
        return
    for c in captures:
        mark = "*" if c.changed else " "
        click.echo(
            f"{c.fetched_at:%Y-%m-%d %H:%M:%S}  {c.status}  {c.kind:<8} {mark} {clean(c.url)}"
        )


@archive_group.command("verify")
@archive_option
@cli_errors
def verify_command(archive_dir: str | None) -> None:
    """Check every capture against its WARC record; exit 1 naming each problem."""
    problems = verify(archive_path(archive_dir))
    for problem in problems:
        click.echo(clean(str(problem), keep_newlines=True), err=True)
    if problems:
        raise click.ClickException(f"{len(problems)} problem(s) found")
    click.echo("ok: every capture resolves to a WARC record with matching digests")


@archive_group.command("export")
@click.option("--wacz", "out", required=True, type=click.Path(dir_okay=False), help="WACZ file.")
@archive_option
@cli_errors
def export_command(out: str, archive_dir: str | None) -> None:
    """Export the archive as a WACZ package."""
    with Archive(archive_path(archive_dir), create=False) as store:
        path = export_wacz(store, out)
    click.echo(f"wrote {path}")


@archive_group.command("schedule")
@click.option("--sources", required=True, type=click.Path(dir_okay=False), help="TOML watch-list.")
@archive_option
@cli_errors
def schedule_command(sources: str, archive_dir: str | None) -> None:
    """Print a crontab line and systemd units that run the watch-list."""
    watch = load_sources(sources)
    text = schedule_text(
        sources, archive_path(archive_dir), everies=[source.every for source in watch]
    )
    click.echo(text)
