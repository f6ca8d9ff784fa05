"""``veracity demo``: the whole pipeline, offline, on the bundled sample pages."""

from __future__ import annotations

from pathlib import Path

import click

from veracity._demo import run_demo
from veracity._render import clean, shorten
from veracity.cli._errors import cli_errors

__all__ = ["demo_command"]


@click.command("demo")
@click.option(
    "--archive",
    "archive_path",
    type=click.Path(file_okay=False),
    default=None,
    help="Keep the demo archive in this folder (default: a temporary one).",
)
@click.option("--width", type=int, default=72, show_default=True, help="Width of the claim column.")
@cli_errors
def demo_command(archive_path: str | None, width: int) -> None:
    """Serve the sample pages on 127.0.0.1, fetch, archive, extract, score, print the claims."""
    results = run_demo(Path(archive_path) if archive_path else None)
    for result in results:
        doc, report = result.document, result.report
        kind = result.capture.kind if result.capture else "not archived"
        claims = report.graded
        click.echo(f"\n== {clean(doc.title)}")
        click.echo(f"   fetched from {clean(doc.url)}  [{kind}]")
        if doc.canonical_url:
            click.echo(f"   published as {clean(doc.canonical_url)}")
        click.echo(
            f"   {len(doc.body)} paragraphs, {len(doc.comments)} comments, "
            f"{len(doc.furniture)} furniture blocks removed, {len(claims)} claims"
        )
        click.echo(f"   {'grade':5}  {'source type':16}  {'source':28}  {'corr':4}  claim")
        for claim in claims:
            where = "" if claim.where == "body" else f"[comment {clean(claim.comment_id)}] "
            hosts = len({c.host for c in claim.corroborations})
            click.echo(
                f"   {claim.grade:5}  {claim.source_type.value:16}  "
                f"{shorten(claim.source or '-', 28):28}  {hosts or '-':<4}  "
                f"{shorten(where + claim.text, width)}"
            )
    click.echo(
        "\ngrade: source reliability A (reliable) to F (cannot be judged) and information "
        "credibility 1 (confirmed elsewhere) to 6 (cannot be judged); corr: other outlets "
        "saying the same. See docs/scoring.md."
    )
    if archive_path:
        click.echo(f"\narchive kept in {archive_path}")
