"""Measure body and comment extraction against plain trafilatura on the shared benchmarks.

Usage: python bench/eval_extraction.py [--limit N] [--only scrapinghub|trafilatura] [--workers 2]

(a) ScrapingHub article-extraction: 4-gram shingle precision/recall over ``\\w+`` tokens, averaged
    per page, F1 of the two averages (the benchmark's own metric).
(b) trafilatura-eval: ``with`` strings found in the text are true positives, ``without`` strings
    found are false positives (trafilatura's own evaluation, micro-averaged over all strings);
    for pages with ``comments`` strings: share found in the comments, share leaking into the body
    (empty comment strings, which every text contains, are left out).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from copy import deepcopy
from pathlib import Path
from typing import Any

import trafilatura
from trafilatura.settings import DEFAULT_CONFIG

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scraper import ExtractError, extract

BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks"
_TOKEN = re.compile(r"\w+", re.UNICODE)
ZERO_CONFIG = deepcopy(DEFAULT_CONFIG)
ZERO_CONFIG["DEFAULT"]["MIN_OUTPUT_SIZE"] = "0"
ZERO_CONFIG["DEFAULT"]["MIN_EXTRACTED_SIZE"] = "0"


def _shingles(text: str, n: int = 4) -> Counter[str]:
    tokens = _TOKEN.findall(text or "")
    return Counter(
        " ".join(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens
    )


def shingle_scores(truth: str, pred: str) -> tuple[float, float]:
    """Per-page (precision, recall) of 4-gram shingles, the ScrapingHub benchmark's metric."""
    true_s, pred_s = _shingles(truth), _shingles(pred)
    tp = sum((true_s & pred_s).values())
    fp = sum((pred_s - true_s).values())
    fn = sum((true_s - pred_s).values())
    precision = tp / (tp + fp) if tp + fp else (1.0 if not true_s else 0.0)
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall


def _ours(data: bytes, url: str | None) -> tuple[str, str]:
    """Our (body text, joined comment texts)."""
    try:
        doc = extract(data, url)
    except ExtractError:
        return "", ""
    return "\n".join(b.text for b in doc.body), "\n".join(c.text for c in doc.comments)


def _plain(data: bytes, url: str | None) -> tuple[str, str, str]:
    """Plain trafilatura: (extract() default text, body without comments, comments)."""
    default = trafilatura.extract(data, url=url, config=ZERO_CONFIG) or ""
    bare = trafilatura.bare_extraction(data, url=url, include_comments=True, config=ZERO_CONFIG)
    if bare is None:
        return default, "", ""
    return default, bare.text or "", bare.comments or ""


def _scrapinghub_page(args: tuple[str, str, str]) -> dict[str, Any]:
    path, truth, url = args
    data = gzip.decompress(Path(path).read_bytes())
    ours, _ = _ours(data, url)
    default, body, _ = _plain(data, url)
    return {
        "ours": shingle_scores(truth, ours),
        "plain": shingle_scores(truth, default),
        "plain_nocomments": shingle_scores(truth, body),
    }


def _trafilatura_page(args: tuple[str, dict[str, Any], str]) -> dict[str, Any]:
    path, item, url = args
    data = gzip.decompress(Path(path).read_bytes())
    ours_body, ours_comments = _ours(data, url)
    default, plain_body, plain_comments = _plain(data, url)
    out: dict[str, Any] = {}
    for name, text in (("ours", ours_body), ("plain", default), ("plain_nocomments", plain_body)):
        out[name] = (
            sum(s in text for s in item["with"]),
            sum(s not in text for s in item["with"]),
            sum(s in text for s in item["without"]),
            sum(s not in text for s in item["without"]),
        )
    comments = [s for s in item.get("comments") or [] if s.strip()]  # "" is in every text
    out["comments"] = {
        "n": len(comments),
        "ours_found": sum(s in ours_comments for s in comments),
        "ours_leak": sum(s in ours_body for s in comments),
        "plain_found": sum(s in plain_comments for s in comments),
        "plain_leak": sum(s in plain_body for s in comments),
    }
    return out


def _map(
    func: Callable[[Any], dict[str, Any]], jobs: list[Any], workers: int
) -> list[dict[str, Any]]:
    """Run ``func`` over ``jobs``, in a process pool when ``workers`` > 1."""
    if workers <= 1:
        return [func(job) for job in jobs]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(func, jobs, chunksize=4))


def run_scrapinghub(limit: int | None, workers: int) -> None:
    """Print ours vs plain trafilatura on the ScrapingHub benchmark."""
    root = BENCH / "article-extraction"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    jobs = [
        (str(root / "html" / f"{key}.html.gz"), item.get("articleBody") or "", item.get("url"))
        for key, item in sorted(truth.items())
        if (root / "html" / f"{key}.html.gz").exists()
    ][:limit]
    results = list(_map(_scrapinghub_page, jobs, workers))
    print(f"\nScrapingHub article-extraction ({len(results)} pages): per-page averages")
    print(f"{'extractor':<28}{'F1':>8}{'P':>8}{'R':>8}")
    for name in ("ours", "plain", "plain_nocomments"):
        p = sum(r[name][0] for r in results) / len(results)
        r_ = sum(r[name][1] for r in results) / len(results)
        f1 = 2 * p * r_ / (p + r_) if p + r_ else 0.0
        label = {"plain": "trafilatura.extract", "plain_nocomments": "trafilatura (no comments)"}
        print(f"{label.get(name, name):<28}{f1:>8.4f}{p:>8.4f}{r_:>8.4f}")


def run_trafilatura_eval(limit: int | None, workers: int) -> None:
    """Print ours vs plain trafilatura on trafilatura's own evaluation set, and comment scores."""
    root = BENCH / "trafilatura-eval"
    data = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    jobs = [
        (str(root / "html" / f"{item['file']}.gz"), item, url)
        for url, item in data.items()
        if (root / "html" / f"{item['file']}.gz").exists()
    ][:limit]
    results = list(_map(_trafilatura_page, jobs, workers))
    print(f"\ntrafilatura-eval ({len(results)} pages): with/without strings, micro-averaged")
    print(f"{'extractor':<28}{'F1':>8}{'P':>8}{'R':>8}{'acc':>8}")
    for name in ("ours", "plain", "plain_nocomments"):
        tp, fn, fp, tn = (sum(r[name][i] for r in results) for i in range(4))
        p = tp / (tp + fp) if tp + fp else 0.0
        r_ = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * r_ / (p + r_) if p + r_ else 0.0
        acc = (tp + tn) / (tp + tn + fp + fn)
        label = {"plain": "trafilatura.extract", "plain_nocomments": "trafilatura (no comments)"}
        print(f"{label.get(name, name):<28}{f1:>8.4f}{p:>8.4f}{r_:>8.4f}{acc:>8.4f}")
    with_comments = [r["comments"] for r in results if r["comments"]["n"]]
    total = sum(c["n"] for c in with_comments) or 1
    print(f"\ncomment strings on {len(with_comments)} pages ({total} strings)")
    print(f"{'extractor':<28}{'found':>8}{'leak':>8}")
    for name in ("ours", "plain"):
        found = sum(c[f"{name}_found"] for c in with_comments) / total
        leak = sum(c[f"{name}_leak"] for c in with_comments) / total
        print(f"{'trafilatura' if name == 'plain' else name:<28}{found:>8.1%}{leak:>8.1%}")


def main(argv: list[str] | None = None) -> int:
    """Run the evaluations the arguments ask for."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="pages per benchmark")
    parser.add_argument("--only", choices=("scrapinghub", "trafilatura"), default=None)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    if not BENCH.is_dir():
        print(f"benchmarks not found at {BENCH} (they live in ../shared, outside the repo)")
        return 2
    if args.only in (None, "scrapinghub"):
        run_scrapinghub(args.limit, args.workers)
    if args.only in (None, "trafilatura"):
        run_trafilatura_eval(args.limit, args.workers)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
