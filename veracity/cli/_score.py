"""The ``veracity score`` command: score the claims of a local page, a URL or an archived page."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import click

from archive import Archive
from scoring import Report, ScoreOptions, score
from veracity._render import clean, shorten
from veracity.cli._errors import cli_errors
from veracity.pipeline import is_url, load_document, score_archived

__all__ = ["score_command"]

_FORMULA_START = ("=", "+", "-", "@")


def _cell(text: str | None) -> str:
    """A CSV cell that a spreadsheet will not run as a formula."""
    value = clean(text)
    return "'" + value if value.startswith(_FORMULA_START) else value


def _table(report: Report) -> str:
    rows = [("WHERE", "TYPE", "SOURCE", "HEDGES", "GRADE", "TEXT")]
    for claim in report.claims:
        where = "body" if claim.where == "body" else f"comment {clean(claim.comment_id)}"
        grade = claim.grade if claim.is_claim else f"({claim.kind})"
        rows.append(
            (
                shorten(where, 14),
                claim.source_type.value,
                shorten(claim.source or "-", 24),
                shorten(", ".join(claim.hedges) or "-", 20),
                grade,
                shorten(claim.text, 70),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = [
        "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:5])) + "  " + row[5]
        for row in rows
    ]
    url = clean(report.url) or "(no url)"
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
@click.option(
    "--rules-only",
    is_flag=True,
    help="Source types from the rules alone, without the learned model's second opinion.",
)
@cli_errors
def score_command(
    target: str | None,
    fmt: str,
    url: str | None,
    archive_dir: Path | None,
    sites: Path | None,
    backend: str,
    rules_only: bool,
) -> None:
    """Score the claims of a page: TARGET is a local HTML file or a URL.

    With --archive DIR (or VERACITY_ARCHIVE) and a URL, score the latest archived capture of the
    URL, corroborate against the archive and store the scores with the capture.
    """
    options = ScoreOptions(
        sites=sites,
        backend=backend,  # type: ignore[arg-type]
        type_model=not rules_only,
    )
    wanted = target or url
    if wanted is None:
        raise click.UsageError("give a PATH or URL to score")
    if archive_dir is not None and (target is None or is_url(target)):
        report = score_archived(archive_dir, wanted, options=options)
    else:
        document = load_document(wanted, url=url)
        if archive_dir is not None:
            with Archive(archive_dir) as store:
                report = score(document, corpus=store, options=options)
        else:
            report = score(document, options=options)
    if fmt == "json":
        click.echo(report.model_dump_json(indent=2))
    elif fmt == "csv":
        click.echo(_csv(report))
    else:
        click.echo(_table(report))
