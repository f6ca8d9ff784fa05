"""Runs learn each host's furniture: blocks that repeat across its pages leave the body."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from archive import Archive, Source, run
from scraper import Exchange

BOILERPLATE = (
    "Our newsroom depends on readers like you to keep reporting from the most dangerous "
    "regions of the country; every contribution keeps a reporter in the field for another day."
)


TOWNS = ["Culiacán", "Apatzingán", "Reynosa", "Tijuana", "Zamora"]
ACTS = [
    "an ambush on police",
    "a mass kidnapping",
    "the burning of trucks",
    "a prison riot",
    "a drone attack",
]


def _page(n: int) -> bytes:
    town, act = TOWNS[n - 1], ACTS[n - 1]
    story = (
        f"Residents of {town} described {act} that left the main square empty for days. "
        f"Local officials in {town} said the response to {act} had been slow and confused."
    )
    return (
        f"<html><head><title>{town}</title></head><body><article><h1>{town}</h1>"
        f"<p>{story}</p><p>{story.upper()}</p><p>{BOILERPLATE}</p>"
        "</article></body></html>"
    ).encode()


class _Fetcher:
    async def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> Exchange:
        n = int(url.rsplit("/", 1)[1])
        return Exchange(
            url=url,
            status=200,
            reason="OK",
            headers=[("Content-Type", "text/html; charset=utf-8")],
            body=_page(n),
            started_at=datetime.now(UTC),
        )


def test_repeated_blocks_become_site_furniture(tmp_path: Path) -> None:
    sources = [Source(url=f"https://news.example/story/{n}") for n in range(1, 6)]
    with Archive(tmp_path / "a") as store:
        run(store, sources[:3], fetcher=_Fetcher())
        stored = store.profile("news.example")
        assert stored is not None and stored["pages_seen"] == 3
        run(store, sources[3:], fetcher=_Fetcher())
        first = store.document(store.captures(sources[0].url)[0].id)
        last = store.document(store.captures(sources[-1].url)[0].id)
    assert first is not None and BOILERPLATE in first.text  # not yet known as furniture
    assert last is not None and BOILERPLATE not in last.text
    reasons = [b.reason for b in last.furniture if b.text == BOILERPLATE]
    assert reasons and reasons[0].startswith("site: repeats on") and "news.example" in reasons[0]
    assert "Residents of Zamora" in last.text
