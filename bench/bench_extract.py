"""Time extraction per page, ours against plain trafilatura measured in the same run.

Usage: python bench/bench_extract.py [--pages N] [--repeat R] [--warmup W]

Uses a sample of the shared benchmark pages (../shared/benchmarks) and falls back to the bundled
sample pages when they are absent. Both extractors first run on ``--warmup`` other pages
(one-time library set-up is paid by neither side), then each page is timed alternately with
both (same bytes, same process), best of ``--repeat`` runs; the ratio is ours / trafilatura.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scraper import ExtractError, extract

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO.parent / "shared" / "benchmarks"


def _benchmark_files() -> list[Path]:
    files = sorted((BENCH / "article-extraction" / "html").glob("*.html.gz"))
    return files + sorted((BENCH / "trafilatura-eval" / "html").glob("*.html.gz"))


def _pages(limit: int) -> list[bytes]:
    """Up to ``limit`` pages spread over both benchmarks, or the bundled samples."""
    files = _benchmark_files()
    if not files:
        print("benchmarks absent: timing the bundled sample pages")
        return [p.read_bytes() for p in sorted((REPO / "veracity" / "samples").glob("*.html"))]
    step = max(1, len(files) // limit)
    return [gzip.decompress(f.read_bytes()) for f in files[::step][:limit]]


def _warmup_pages(limit: int, count: int) -> list[bytes]:
    """Pages beside the timed ones (the next file after each), so that one-time library set-up
    (justext's stop lists, caches of compiled patterns) is paid before timing, by neither side."""
    files = _benchmark_files()
    step = max(1, len(files) // limit)
    if step < 2:
        return _pages(limit)[:3]
    return [gzip.decompress(f.read_bytes()) for f in files[1::step][:count]]


def _ours(data: bytes) -> None:
    with contextlib.suppress(ExtractError):  # a refused page still costs its time
        extract(data)


def _plain(data: bytes) -> None:
    trafilatura.extract(data)


def _plain_nocomments(data: bytes) -> None:
    trafilatura.extract(data, include_comments=False)


def _best(func: Callable[[bytes], None], data: bytes, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func(data)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    """Time both extractors on the sample and print per-page times and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=120)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--warmup", type=int, default=40, help="untimed pages run first")
    args = parser.parse_args(argv)
    pages = _pages(args.pages)
    for data in _warmup_pages(args.pages, args.warmup):  # warm imports and one-time set-up
        _ours(data)
        _plain(data)
    funcs = {"ours": _ours, "trafilatura": _plain, "trafilatura (no comments)": _plain_nocomments}
    times: dict[str, list[float]] = {name: [] for name in funcs}
    for data in pages:
        for name, func in funcs.items():
            times[name].append(_best(func, data, args.repeat))
    base = sum(times["trafilatura"])
    print(f"{len(pages)} pages, best of {args.repeat} runs each")
    print(f"{'extractor':<28}{'total s':>9}{'mean ms':>9}{'median ms':>11}{'ratio':>8}")
    for name, values in times.items():
        total = sum(values)
        print(
            f"{name:<28}{total:>9.2f}{1000 * total / len(values):>9.1f}"
            f"{1000 * statistics.median(values):>11.1f}{total / base:>8.2f}"
        )
    per_page = [o / p for o, p in zip(times["ours"], times["trafilatura"], strict=True) if p > 0]
    print(f"per-page ratio ours/trafilatura: median {statistics.median(per_page):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
