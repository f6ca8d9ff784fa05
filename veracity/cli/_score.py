"""The ``veracity score`` command: score the claims of a local page, a URL or an archived page."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from pathlib import Path

import click

import scraper
from scoring import Report, ScoreOptions, ScoringError, score
from scoring._corroboration import Corpus
from scraper import Document
from veracity.cli._errors import cli_errors

__all__ = ["safe_text", "score_command"]

_SPACES = re.compile(r"\s+")
_FORMULA_START = ("=", "+", "-", "@")


def safe_text(text: str | None) -> str:
    """Text safe for a terminal: control, format and bidi characters removed, spaces collapsed."""
    if not text:
        return ""
    cleaned = "".join(
        " " if unicodedata.category(c) in {"Cc", "Zl", "Zp"} else c
        for c in text
        if unicodedata.category(c) not in {"Cf", "Co", "Cs"}
    )
    return _SPACES.sub(" ", cleaned).strip()


def _cell(text: str | None) -> str:
    """A CSV cell that a spreadsheet will not run as a formula."""
    value = safe_text(text)
    return "'" + value if value.startswith(_FORMULA_START) else value


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(report: Report) -> str:
    rows = [("WHERE", "TYPE", "SOURCE", "HEDGES", "GRADE", "TEXT")]
    for claim in report.claims:
        where = "body" if claim.where == "body" else f"comment {safe_text(claim.comment_id)}"
        grade = claim.grade if claim.is_claim else f"({claim.kind})"
        rows.append(
            (
                _shorten(where, 14),
                claim.source_type.value,
                _shorten(safe_text(claim.source) or "-", 24),
                _shorten(", ".join(safe_text(h) for h in claim.hedges) or "-", 20),
                grade,
                _shorten(safe_text(claim.text), 70),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = [
        "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:5])) + "  " + row[5]
        for row in rows
    ]
    url = safe_text(report.url) or "(no url)"
    header = f"{url}  lang={report.lang or '?'}  claims={len(report.graded)}"
    return "\n".join([header, *lines])


def _csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "where",
            "comment_id",
            "kind",
            "source_type",
            "source",
            "cue",
            "hedges",
            "first_hand",
            "corroborations",
            "score",
            "grade",
            "text",
            "rationale",
        ]
    )
    for c in report.claims:
        writer.writerow(
            [
                c.where,
                _cell(c.comment_id),
                c.kind,
                c.source_type.value,
                _cell(c.source),
                _cell(c.cue),
                _cell("; ".join(c.hedges)),
                str(c.first_hand).lower(),
                len(c.corroborations),
                f"{c.score:.4f}",
                c.grade,
                _cell(c.text),
                _cell(c.rationale),
            ]
        )
    return out.getvalue().rstrip("\n")


def _fetch_document(url: str) -> Document:
    exchange = scraper.fetch(url)
    if exchange.status >= 400:
        raise scraper.FetchError(
            f"HTTP {exchange.status} while fetching {url} to score it", url=url
        )
    return scraper.extract(exchange.decoded_body(), url=exchange.url)  # type: ignore[attr-defined]


def _from_archive(directory: Path, url: str, options: ScoreOptions) -> Report:
    import archive

    store = archive.Archive(directory)
    capture = store.latest(url)
    if capture is None:
        raise ScoringError(f"no capture of {url} in archive {directory}")
    document = store.document(capture.id)
    if document is None:
        exchange = store.read(capture)
        document = scraper.extract(exchange.decoded_body(), url=capture.url)
    corpus: Corpus = store
    report = score(document, corpus=corpus, options=options)
    store.put_scores(capture.id, report.model_dump(mode="json"))
    return report


@click.command("score")
@click.argument("target", required=False)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv"]),
    default="table",
    show_default=True,
)
@click.option("--url", help="The page's address (for a local file), or the archived URL to score.")
@click.option(
    "--archive",
    "archive_dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="VERACITY_ARCHIVE",
    help="Archive directory: score its latest capture of the URL and corroborate against it.",
)
@click.option(
    "--sites",
    type=click.Path(dir_okay=False, path_type=Path),
    help="TOML file of per-site standing.",
)
@click.option(
    "--backend", type=click.Choice(["lexical", "embedding"]), default="lexical", show_default=True
)
@cli_errors
def score_command(
    target: str | None,
    fmt: str,
    url: str | None,
    archive_dir: Path | None,
    sites: Path | None,
    backend: str,
) -> None:
    """Score the claims of a page: TARGET is a local HTML file or a URL.

    With --archive DIR (or VERACITY_ARCHIVE) and a URL, score the latest archived capture of the
    URL, corroborate against the archive and store the scores with the capture.
    """
    options = ScoreOptions(sites=sites, backend=backend)  # type: ignore[arg-type]
    if target is not None and not target.startswith(("http://", "https://")):
        document = scraper.extract(Path(target).read_bytes(), url=url)
        corpus = None
        if archive_dir is not None:
            import archive

            corpus = archive.Archive(archive_dir)
        report = score(document, corpus=corpus, options=options)
    elif archive_dir is not None:
        wanted = target or url
        if wanted is None:
            raise click.UsageError("give a URL (TARGET or --url) to score from the archive")
        report = _from_archive(archive_dir, wanted, options)
    elif target is not None:
        report = score(_fetch_document(target), options=options)
    else:
        raise click.UsageError("give a PATH or URL to score")
    if fmt == "json":
        click.echo(report.model_dump_json(indent=2))
    elif fmt == "csv":
        click.echo(_csv(report))
    else:
        click.echo(_table(report))
