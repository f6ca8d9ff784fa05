"""Time scoring an article against extracting it, in the same run; target ratio < 1.

Usage: python bench/bench_score.py [--pages N] [--repeat R] [--source auto|samples|benchmark|gold]

Pages: the bundled samples (veracity/samples/*.html) when present, else the article-extraction
benchmark pages in ../shared (read in place, never copied), else pages rebuilt from the gold seeds.
Extraction: scraper.extract when this branch has it, else trafilatura.extract on the same HTML.
Scoring: scoring.score on the extracted Document (or the text trafilatura returned, as paragraphs).
Also compares the two sentence splitters on the same text (pysbd vs syntok).
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pysbd
import trafilatura

import scraper
from scoring import CorpusIndex, score
from scoring._sentences import split_sentences
from scraper import Block, Document

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _gold_pages() -> list[tuple[str, str]]:
    pages = []
    for path in sorted((ROOT / "tests" / "data" / "scoring" / "gold").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in data["body"])
        comments = "".join(
            f'<div class="comment"><b>{html.escape(c["author"] or "")}</b>'
            f"<p>{html.escape(c['text'])}</p></div>"
            for c in data["comments"]
        )
        page = f"<html><head><title>{html.escape(data['title'])}</title></head><body><article>"
        page += (
            f"<h1>{html.escape(data['title'])}</h1>{paragraphs}</article>{comments}</body></html>"
        )
        pages.append((data["url"], page))
    return pages


def load_pages(limit: int, source: str = "auto") -> tuple[str, list[tuple[str | None, str]]]:
    """(where the pages came from, [(url, html)]); ``source`` picks one kind or the first found."""
    samples = sorted((ROOT / "veracity" / "samples").glob("*.html"))
    if samples and source in {"auto", "samples"}:
        return "bundled samples", [
            (None, p.read_text(encoding="utf-8", errors="replace")) for p in samples[:limit]
        ]
    bench = SHARED / "benchmarks" / "article-extraction" / "html"
    if bench.is_dir() and source in {"auto", "benchmark"}:
        files = sorted(bench.glob("*.html.gz"))[:limit]
        return "article-extraction benchmark (../shared)", [
            (None, gzip.decompress(f.read_bytes()).decode("utf-8", errors="replace")) for f in files
        ]
    return "gold seeds rebuilt as HTML", [(u, h) for u, h in _gold_pages()]


def _extractor() -> tuple[str, Callable[[str, str | None], Document]]:
    try:
        scraper.extract("<html><body><p>A probe paragraph of text.</p></body></html>")
    except NotImplementedError:

        def via_trafilatura(page: str, url: str | None) -> Document:
            text = trafilatura.extract(page, url=url, include_comments=False) or ""
            return Document(url=url, body=[Block(text=p) for p in text.split("\n") if p.strip()])

        return "trafilatura.extract", via_trafilatura
    except scraper.VeracityError:
        pass
    return "scraper.extract", lambda page, url: scraper.extract(page, url=url)


def timed(func: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``repeat`` calls, in seconds."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    """Measure and print the per-page totals and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--source", choices=["auto", "samples", "benchmark", "gold"], default="auto"
    )
    args = parser.parse_args()
    source, pages = load_pages(args.pages, args.source)
    name, extract = _extractor()
    score(Document(body=[Block(text="Warm-up: the lexicon loads once, police said.")]))
    extract_total = score_total = 0.0
    docs = []
    for url, page in pages:
        try:
            doc = extract(page, url)
        except scraper.VeracityError:
            continue
        docs.append(doc)
        extract_total += timed(lambda page=page, url=url: extract(page, url), args.repeat)
        score_total += timed(lambda doc=doc: score(doc), args.repeat)
    words = sum(len(d.text.split()) + sum(len(c.text.split()) for c in d.comments) for d in docs)
    print(f"pages: {len(docs)} from {source}; {words} words; extractor: {name}")
    print(f"extract: {1000 * extract_total / len(docs):8.2f} ms/page")
    print(f"score:   {1000 * score_total / len(docs):8.2f} ms/page")
    print(f"ratio score/extract: {score_total / extract_total:.2f}  (target < 1)")
    texts = [b.text for d in docs for b in d.body]
    seg = pysbd.Segmenter(language="en", clean=False)
    pysbd_time = timed(lambda: [seg.segment(t) for t in texts], 1)
    syntok_time = timed(lambda: [split_sentences(t) for t in texts], 1)
    print(
        f"splitting the same text: pysbd {1000 * pysbd_time:.1f} ms, "
        f"syntok {1000 * syntok_time:.1f} ms"
    )
    pairs = [
        (_Capture(str(i), f"https://host{i}.example/a", f"host{i}.example"), d)
        for i, d in enumerate(docs)
    ]
    start = time.perf_counter()
    index = CorpusIndex(pairs)
    build = time.perf_counter() - start
    start = time.perf_counter()
    for doc in docs:
        score(doc, corpus=index)
    with_corpus = time.perf_counter() - start
    print(
        f"corroboration: index of {len(index.sentences)} sentences built in {1000 * build:.0f} ms; "
        f"scoring with it {1000 * with_corpus / len(docs):.2f} ms/page "
        f"({with_corpus / score_total:.2f}x scoring alone)"
    )


@dataclass(frozen=True)
class _Capture:
    id: str
    url: str
    host: str


if __name__ == "__main__":
    main()
