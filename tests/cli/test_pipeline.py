"""The wired pipeline: a cron run over a watch-list archives, extracts and scores each page."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from archive import Archive
from tests.cli.conftest import LocalSite, Route
from veracity._demo import sample_path
from veracity.cli import cli


def test_archive_run_stores_documents_and_scores(site: LocalSite, tmp_path: Path) -> None:
    site.routes["/robots.txt"] = Route(404, "text/plain", b"")
    site.routes["/ic.html"] = Route(
        body=sample_path("insightcrime-zetas-milenio.html").read_bytes()
    )
    site.routes["/bb.html"] = Route(
        body=sample_path("borderlandbeat-zetas-resistencia.html").read_bytes()
    )
    sources = tmp_path / "sources.toml"
    sources.write_text(
        "".join(
            f'[[sources]]\nurl = "{site.url(p)}"\nkind = "page"\n\n' for p in ["ic.html", "bb.html"]
        ),
        encoding="utf-8",
    )
    arch = tmp_path / "arch"
    result = CliRunner().invoke(
        cli, ["archive", "run", "--sources", str(sources), "--archive", str(arch), "--delay", "0"]
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip().endswith("2 checked, 2 new, 0 changed, 0 unchanged, 0 failed")
    with Archive(arch) as store:
        capture = store.latest(site.url("bb.html"))
        assert capture is not None
        doc = store.document(capture.id)
        assert doc is not None and len(doc.comments) == 6
        scores = store.scores(capture.id)
        assert scores is not None
        types = {claim["source_type"] for claim in scores["claims"]}
        assert {"official", "confession", "commenter"} <= types


def test_demo_pages_corroborate_each_other_across_outlets() -> None:
    from veracity._demo import run_demo

    results = run_demo()
    hosts = {r.document.canonical_url.split("/")[2] for r in results if r.document.canonical_url}
    assert hosts == {"insightcrime.org", "www.borderlandbeat.com"}
    for (
        result
    ) in results:  # each page finds the other, never itself, though both came from 127.0.0.1
        found = {c.host for claim in result.report.claims for c in claim.corroborations}
        own = result.document.canonical_url.split("/")[2].removeprefix("www.")  # type: ignore[union-attr]
        assert found and own not in found
