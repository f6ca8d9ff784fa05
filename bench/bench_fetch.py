"""Fetch throughput of veracity's Fetcher against Scrapy, same politeness, same run.

Several local hosts (127.0.0.1 .. 127.0.0.H, one server each, in a separate process so the
servers do not share the clients' GIL) answer every page after a small delay. Both crawlers
obey robots.txt, send one request at a time per host, space requests to a host by the same
delay and run the same global concurrency. Printed: pages/s for each and the ratio; then the
cost of an unchanged re-run with conditional GETs (304s) against the first run.

    python bench/bench_fetch.py [--pages 400] [--hosts 8] [--delay 0.05] [--server-delay 0.02]

Scrapy is only needed for the comparison (pip install scrapy; it is not a veracity
dependency); without it the comparison is skipped with a message.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scraper import Exchange, Fetcher, FetchOptions  # noqa: E402
from tests.scraper.faultserver import FaultServer, RouteContext  # noqa: E402

PAGE = b"<!DOCTYPE html><html><body>" + b"<p>Local reporting on the port.</p>" * 800 + b"</body>"


def _page_route(server_delay: float):  # type: ignore[no-untyped-def]
    def page(ctx: RouteContext) -> None:
        time.sleep(server_delay)
        etag = '"' + hashlib.sha1(ctx.target.encode()).hexdigest()[:16] + '"'
        if ctx.header("If-None-Match") == etag:
            ctx.start(304, [("ETag", etag)], content_type=None)
            return
        ctx.send(200, PAGE, [("ETag", etag)])

    return page


def serve(hosts: int, server_delay: float) -> None:
    """Child process: one FaultServer per 127.0.0.x host; print the base URLs; run until EOF."""
    servers = []
    for i in range(1, hosts + 1):
        server = FaultServer(host=f"127.0.0.{i}")
        server.robots = "User-agent: *\nDisallow: /private\n"
        server.route("/page", _page_route(server_delay))
        servers.append(server.start())
    print(json.dumps([s.base_url for s in servers]), flush=True)
    sys.stdin.read()
    for server in servers:
        server.stop()


def urls_for(bases: list[str], pages: int) -> list[str]:
    """``pages`` URLs spread round-robin over the hosts."""
    return [f"{bases[i % len(bases)]}/page?i={i}" for i in range(pages)]


async def _crawl(
    urls: list[str], options: FetchOptions, etags: dict[str, str] | None
) -> tuple[float, list[Exchange]]:
    async with Fetcher(options) as fetcher:
        start = time.perf_counter()
        validators = {u: (etag, None) for u, etag in (etags or {}).items()}
        results = [r async for r in fetcher.fetch_many(urls, validators=validators)]
        elapsed = time.perf_counter() - start
    exchanges = [r for r in results if isinstance(r, Exchange)]
    if len(exchanges) != len(urls):
        raise SystemExit(f"veracity: only {len(exchanges)} of {len(urls)} pages fetched")
    return elapsed, exchanges


SCRAPY_SCRIPT = textwrap.dedent(
    """
    import json, sys, time
    import scrapy
    from scrapy.crawler import CrawlerProcess

    cfg = json.load(open(sys.argv[1]))
    seen = {"n": 0, "bytes": 0}

    class Bench(scrapy.Spider):
        name = "bench"
        start_urls = cfg["urls"]

        def parse(self, response):
            seen["n"] += 1
            seen["bytes"] += len(response.body)

    process = CrawlerProcess(settings={
        "LOG_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "ROBOTSTXT_OBEY": True,
        "CONCURRENT_REQUESTS": cfg["concurrency"],
        "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
        "DOWNLOAD_DELAY": cfg["delay"],
        "RANDOMIZE_DOWNLOAD_DELAY": False,
        "AUTOTHROTTLE_ENABLED": False,
        "USER_AGENT": cfg["user_agent"],
        "COOKIES_ENABLED": False,
    })
    process.crawl(Bench)
    start = time.perf_counter()
    process.start()
    print(json.dumps({"pages": seen["n"], "elapsed": time.perf_counter() - start}))
    """
)


def run_scrapy(urls: list[str], *, delay: float, concurrency: int, user_agent: str) -> float:
    """Crawl ``urls`` with Scrapy in a subprocess; the seconds it took (imports excluded)."""
    with tempfile.TemporaryDirectory() as tmp:
        cfg = Path(tmp) / "cfg.json"
        cfg.write_text(
            json.dumps(
                {
                    "urls": urls,
                    "delay": delay,
                    "concurrency": concurrency,
                    "user_agent": user_agent,
                }
            )
        )
        script = Path(tmp) / "scrapy_bench.py"
        script.write_text(SCRAPY_SCRIPT)
        done = subprocess.run(
            [sys.executable, str(script), str(cfg)],
            capture_output=True,
            text=True,
            check=True,
            cwd=tmp,
            env={**os.environ, "PYTHONWARNINGS": "ignore"},
        )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if result["pages"] != len(urls):
        raise SystemExit(f"scrapy: only {result['pages']} of {len(urls)} pages fetched")
    return float(result["elapsed"])


def main() -> None:
    """Run the comparison and print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=400)
    parser.add_argument("--hosts", type=int, default=8)
    parser.add_argument("--delay", type=float, default=0.05, help="per-host delay, both crawlers")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--server-delay", type=float, default=0.02)
    parser.add_argument("--rounds", type=int, default=2, help="best of N for each crawler")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.hosts, args.server_delay)
        return

    child = subprocess.Popen(
        [
            sys.executable,
            __file__,
            "--serve",
            f"--hosts={args.hosts}",
            f"--server-delay={args.server_delay}",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        bases = json.loads(child.stdout.readline())
        urls = urls_for(bases, args.pages)
        options = FetchOptions(
            delay=args.delay,
            autothrottle=False,
            concurrency=args.concurrency,
            per_host=1,
            respect_robots=True,
        )
        print(
            f"{args.pages} pages over {args.hosts} hosts, server delay {args.server_delay}s, "
            f"per-host delay {args.delay}s, concurrency {args.concurrency}, robots.txt obeyed"
        )
        ours = min(asyncio.run(_crawl(urls, options, None))[0] for _ in range(args.rounds))
        print(f"veracity Fetcher : {args.pages / ours:8.1f} pages/s  ({ours:.2f} s)")
        if importlib.util.find_spec("scrapy") is None:
            print("scrapy           : not installed; comparison skipped (pip install scrapy)")
        else:
            theirs = min(
                run_scrapy(
                    urls,
                    delay=args.delay,
                    concurrency=args.concurrency,
                    user_agent=options.user_agent,
                )
                for _ in range(args.rounds)
            )
            print(f"scrapy           : {args.pages / theirs:8.1f} pages/s  ({theirs:.2f} s)")
            print(f"ratio            : {theirs / ours:8.2f}x  (veracity pages/s / scrapy pages/s)")

        first_time, first = asyncio.run(_crawl(urls, options, None))
        etags = {ex.url: ex.header("ETag") or "" for ex in first}
        again_time, again = asyncio.run(_crawl(urls, options, etags))
        not_modified = sum(1 for ex in again if ex.status == 304)
        first_bytes = sum(len(ex.body) for ex in first)
        again_bytes = sum(len(ex.body) for ex in again)
        print(
            f"unchanged re-run : {not_modified}/{len(again)} answered 304; "
            f"{again_time:.2f} s vs {first_time:.2f} s first run "
            f"({again_time / first_time:.2f}x time); body bytes {again_bytes} vs {first_bytes}"
        )
    finally:
        if child.stdin is not None:
            child.stdin.close()
        child.wait(timeout=10)


if __name__ == "__main__":
    main()
