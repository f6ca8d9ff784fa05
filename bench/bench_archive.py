"""Benchmarks of the archive, each a ratio against a baseline measured in the same run.

1. Write rate: Archive.add vs raw warcio writing the same request+response records.
2. Unchanged re-run: ``run`` over N pages that all answer 304, vs the conditional GETs alone.
3. Peak memory (RSS) of ``run`` over 1,000 vs 10,000 pages: must not grow with N.

    python bench/bench_archive.py [--pages 2000] [--rerun 300] [--memory 1000,10000]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import io
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive import Archive, ArchiveOptions, RunOptions, Source, run
from scraper import Exchange, Fetcher, FetchOptions
from tests.archive.archive_server import ArchiveTestServer, Route

T0 = datetime(2026, 11, 1, tzinfo=UTC)


_VOCAB = [
    "the",
    "police",
    "said",
    "on",
    "monday",
    "that",
    "cartel",
    "members",
    "arrested",
    "in",
    "the",
    "state",
    "were",
    "linked",
    "to",
    "a",
    "network",
    "of",
    "officials",
    "who",
    "according",
    "to",
    "sources",
    "had",
    "received",
    "payments",
    "from",
    "the",
    "group",
    "while",
    "the",
    "prosecutor",
    "denied",
    "any",
    "involvement",
    "and",
    "residents",
    "reported",
    "gunfire",
    "near",
    "market",
]


def _page(n: int, size: int = 20_000) -> bytes:
    """A page of about ``size`` bytes of varied text, compressing about like real HTML."""
    rng = random.Random(n)
    parts = ["<html><head><title>Story</title></head><body>"]
    length = 0
    while length < size:
        sentence = " ".join(rng.choice(_VOCAB) for _ in range(rng.randint(8, 30)))
        paragraph = f'<p class="c{rng.randint(0, 9)}">{sentence.capitalize()} {n}.</p>\n'
        parts.append(paragraph)
        length += len(paragraph)
    return ("".join(parts) + "</body></html>").encode()


def _exchanges(count: int) -> list[Exchange]:
    return [
        Exchange(
            url=f"http://news.example/story/{n}",
            request_headers=[("Host", "news.example"), ("User-Agent", "bench")],
            status=200,
            reason="OK",
            headers=[("Content-Type", "text/html; charset=utf-8"), ("ETag", f'"{n}"')],
            body=_page(n),
            started_at=T0 + timedelta(seconds=n),
            ip_address="192.0.2.1",
        )
        for n in range(count)
    ]


def _raw_warcio(exchanges: list[Exchange], path: Path, *, fsync: bool) -> float:
    start = time.perf_counter()
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True, warc_version="WARC/1.1")
        for ex in exchanges:
            http = StatusAndHeaders("200 OK", list(ex.headers), protocol="HTTP/1.1")
            response = writer.create_warc_record(
                ex.url,
                "response",
                payload=io.BytesIO(ex.body),
                length=len(ex.body),
                http_headers=http,
            )
            request = writer.create_warc_record(
                ex.url,
                "request",
                http_headers=StatusAndHeaders("GET / HTTP/1.1", list(ex.request_headers)),
            )
            writer.write_request_response_pair(request, response)
            if fsync:
                fh.flush()
                os.fsync(fh.fileno())
    return time.perf_counter() - start


def _archive_add(exchanges: list[Exchange], path: Path, *, fsync: bool) -> float:
    start = time.perf_counter()
    with Archive(path, options=ArchiveOptions(fsync=fsync)) as store:
        for ex in exchanges:
            store.add(ex)
    return time.perf_counter() - start


def bench_write(count: int, *, repeats: int = 5) -> None:
    """Alternate raw and archive writes; each pair's ratio is taken close in time, so load from
    other processes hits both sides; report the median pair ratio and the range."""
    exchanges = _exchanges(count)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for fsync in (False, True):
            ratios, raws, ours = [], [], []
            for n in range(repeats):
                raw = _raw_warcio(exchanges, root / f"raw-{fsync}-{n}.warc.gz", fsync=fsync)
                our = _archive_add(exchanges, root / f"arch-{fsync}-{n}", fsync=fsync)
                raws.append(raw)
                ours.append(our)
                ratios.append(raw / our)
            raw_rate = count / statistics.median(raws)
            our_rate = count / statistics.median(ours)
            print(
                f"write {count} pages, fsync={fsync}: raw warcio {raw_rate:7.1f} pages/s, "
                f"Archive.add {our_rate:7.1f} pages/s, "
                f"ratio {statistics.median(ratios):.2f}x of raw (median of {repeats} pairs, "
                f"range {min(ratios):.2f}-{max(ratios):.2f})"
            )


async def _gets(urls: list[str], etags: dict[str, str]) -> float:
    start = time.perf_counter()
    options = _EQUAL_POLITENESS
    async with Fetcher(options) as fetcher:
        sem = asyncio.Semaphore(4)

        async def one(url: str) -> None:
            async with sem:
                ex = await fetcher.fetch(url, etag=etags[url])
                assert ex.status == 304, ex.status

        await asyncio.gather(*(one(u) for u in urls))
    return time.perf_counter() - start


# Both sides fetch with the same politeness (no per-host delay against the local server), so the
# ratio measures what archiving adds, not the pacing.
_EQUAL_POLITENESS = FetchOptions(delay=0.0, autothrottle=False, respect_robots=False)


def bench_rerun(count: int, *, latency: float) -> None:
    with ArchiveTestServer() as server, tempfile.TemporaryDirectory() as tmp:
        for n in range(count):
            server.routes[f"/p/{n}"] = Route(body=_page(n, 8000), etag=f'"e{n}"', delay=latency)
        urls = [server.url(f"/p/{n}") for n in range(count)]
        sources = [Source(url=u) for u in urls]
        with Archive(Path(tmp) / "a", options=ArchiveOptions()) as store:
            first = run(
                store, sources, now=T0, options=RunOptions(concurrency=4, fetch=_EQUAL_POLITENESS)
            )
            assert first.new == count, first.line()
            later = T0 + timedelta(days=1)
            gets = asyncio.run(_gets(urls, {u: f'"e{n}"' for n, u in enumerate(urls)}))
            start = time.perf_counter()
            summary = run(
                store,
                sources,
                now=later,
                options=RunOptions(concurrency=4, fetch=_EQUAL_POLITENESS),
            )
            rerun = time.perf_counter() - start
            gets2 = asyncio.run(_gets(urls, {u: f'"e{n}"' for n, u in enumerate(urls)}))
        assert summary.unchanged == count, summary.line()
        base = min(gets, gets2)
        print(
            f"unchanged re-run of {count} pages (all 304, server latency {latency * 1000:.0f} ms): "
            f"conditional GETs alone {base:.2f} s, "
            f"archive run {rerun:.2f} s, ratio {rerun / base:.2f}x"
        )


class _MemFetcher:
    """Answers every URL with a fresh page and no I/O, so memory is the archive's own."""

    async def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> Exchange:
        return Exchange(
            url=url,
            status=200,
            reason="OK",
            headers=[("Content-Type", "text/html")],
            body=_page(hash(url) % 1000, 8000),
            started_at=T0,
        )


def _memory_child(count: int) -> None:
    """In a fresh process: the traced Python heap peak of a run over ``count`` pages (bytes)."""
    sources = [Source(url=f"http://news.example/m/{n}") for n in range(count)]
    with tempfile.TemporaryDirectory() as tmp:
        store = Archive(Path(tmp) / "a", options=ArchiveOptions(fsync=False))
        gc.collect()
        tracemalloc.start()
        before, _ = tracemalloc.get_traced_memory()
        start = time.perf_counter()
        summary = run(store, sources, fetcher=_MemFetcher(), now=T0)
        elapsed = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        store.close()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert summary.new == count, summary.line()
    print(json.dumps({"growth": peak - before, "rss": rss, "seconds": elapsed}))


def bench_memory(sizes: list[int]) -> None:
    """Peak heap growth of a run (tracemalloc), each size in its own process."""
    growth = []
    for count in sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--memory-child", str(count)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        data = json.loads(out.strip().splitlines()[-1])
        growth.append(data["growth"])
        print(
            f"run over {count:6d} pages: peak heap growth {data['growth'] / 1e6:6.2f} MB, "
            f"peak RSS {data['rss'] / 1024:6.1f} MB ({data['seconds']:.1f} s under tracemalloc)"
        )
    print(f"peak heap growth {sizes[-1]} vs {sizes[0]} pages: {growth[-1] / growth[0]:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--rerun", type=int, default=300)
    parser.add_argument("--memory", default="1000,10000")
    parser.add_argument("--latency", type=float, default=0.05, help="simulated server delay (s)")
    parser.add_argument("--memory-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        _memory_child(args.memory_child)
        return
    bench_write(args.pages)
    bench_rerun(args.rerun, latency=0.0)
    bench_rerun(args.rerun, latency=args.latency)
    bench_memory([int(x) for x in args.memory.split(",")])


if __name__ == "__main__":
    main()
