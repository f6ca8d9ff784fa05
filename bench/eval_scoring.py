"""Measure scoring against hand-labelled claims: source-type, hedging and source accuracy.

Usage: python bench/eval_scoring.py [--gold DIR] [--dev DIR] [--split NAME]... [--samples] [-v]

Each labelled file holds body paragraphs, comments and claims (quote, where, source_type, source,
hedged). Documents are built from the paragraphs and comments directly, so scoring is measured
independently of extraction; ``--samples`` also extracts the bundled sample pages when present.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scoring import Claim, Report, ScoreOptions, score
from scraper import Block, Comment, Document

ROOT = Path(__file__).resolve().parent.parent
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"'})


def norm(text: str) -> str:
    """Fold quotes and whitespace so a gold quote finds its sentence."""
    return re.sub(r"\s+", " ", text.translate(_QUOTES)).strip().lower()


def build_document(data: dict) -> Document:
    """A Document straight from a labelled file's paragraphs and comments."""
    comments = [
        Comment(
            id=str(c.get("id", i)),
            author=c.get("author"),
            text=c["text"],
            reply_to=None if c.get("reply_to") is None else str(c["reply_to"]),
        )
        for i, c in enumerate(data.get("comments", []))
    ]
    return Document(
        url=data.get("url"),
        title=data.get("title"),
        lang=data.get("lang"),
        body=[Block(text=p) for p in data["body"]],
        comments=comments,
    )


def find_claim(report: Report, quote: str, where: str) -> Claim | None:
    """The claim whose text contains ``quote`` (normalised), in the same place."""
    wanted = norm(quote)
    for claim in report.claims:
        if claim.where == where and wanted in norm(claim.text):
            return claim
    return None


def source_matches(gold: str | None, got: str | None) -> bool:
    """Same source when one contains the other, ignoring case and articles."""
    if gold is None or got is None:
        return gold is None and got is None
    g, o = (re.sub(r"^(the|el|la|los|las)\s+", "", norm(x)) for x in (gold, got))
    return g in o or o in g


def evaluate(
    files: list[Path], *, verbose: bool, options: ScoreOptions | None = None
) -> dict[str, dict[str, list[bool]]]:
    """Per-language lists of hits for type, hedging and source."""
    results: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        report = score(build_document(data), options=options)
        _measure(report, data, path.name, results, verbose=verbose)
    return results


def _measure(
    report: Report,
    data: dict,
    name: str,
    results: dict[str, dict[str, list[bool]]],
    *,
    verbose: bool,
) -> None:
    """Add one labelled page's hits (type, hedging, source) to ``results`` under its language."""
    bucket = results[data.get("lang") or "?"]
    for gold in data["claims"]:
        claim = find_claim(report, gold["quote"], gold["where"])
        if claim is None:
            bucket["found"].append(False)
            bucket["type"].append(False)
            if verbose:
                print(f"  MISSING {name}: {gold['quote']!r}")
            continue
        bucket["found"].append(True)
        type_ok = claim.source_type.value == gold["source_type"]
        bucket["type"].append(type_ok)
        hedge_ok = src_ok = True
        if gold.get("hedged") is not None:
            hedge_ok = bool(claim.hedges) == gold["hedged"]
            bucket["hedged"].append(hedge_ok)
        if gold["source_type"] != "author":
            src_ok = source_matches(gold.get("source"), claim.source)
            bucket["source"].append(src_ok)
        if verbose and not (type_ok and hedge_ok and src_ok):
            print(
                f"  {name}: {gold['quote'][:60]!r}\n"
                f"     gold {gold['source_type']}/{gold.get('source')}"
                f"/hedged={gold.get('hedged')}"
                f"  got {claim.source_type.value}/{claim.source}/{claim.hedges} cue={claim.cue}"
            )


def _pct(hits: list[bool]) -> str:
    return f"{100 * sum(hits) / len(hits):5.1f}% ({sum(hits)}/{len(hits)})" if hits else "   n/a"


def _row(label: str, row: dict[str, list[bool]]) -> None:
    cells = [_pct(row[key]) for key in ("found", "type", "hedged", "source")]
    print(f"{label:6} " + " ".join(f"{cell:>16}" for cell in cells))


def report(title: str, results: dict[str, dict[str, list[bool]]]) -> None:
    """Print one table of accuracies per language and overall."""
    print(f"\n{title}")
    print(f"{'lang':6} {'found':>16} {'source type':>16} {'hedging':>16} {'source':>16}")
    total: dict[str, list[bool]] = defaultdict(list)
    for lang in sorted(results):
        row = results[lang]
        for key, hits in row.items():
            total[key].extend(hits)
        _row(lang, row)
    _row("all", total)


def samples(gold_files: list[Path], verbose: bool) -> None:
    """Extract the bundled sample pages (when present) and score them; a sample named after a
    gold seed (or extracted with its URL) is measured against that seed's labels."""
    folder = ROOT / "veracity" / "samples"
    pages = sorted(folder.glob("*.html")) if folder.is_dir() else []
    if not pages:
        print("\nsamples: none bundled yet (veracity/samples/*.html)")
        return
    from scraper import extract

    golds = {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in gold_files}
    by_url = {data.get("url"): data for data in golds.values()}
    results: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    print("\nsamples (extracted):")
    for page in pages:
        gold = golds.get(page.stem)
        try:
            doc = extract(page.read_bytes(), url=gold.get("url") if gold else None)
        except NotImplementedError:
            print("  extraction not available in this branch")
            return
        gold = gold or by_url.get(doc.url)
        result = score(doc)
        print(f"  {page.name}: {len(result.graded)} claims {result.counts}")
        if gold is not None:
            _measure(result, gold, page.name, results, verbose=verbose)
    if results:
        report("samples matched to gold (extraction + scoring)", results)


def _splits(root: Path, only: list[str] | None) -> list[str]:
    """The labelled folders under ``root`` besides gold: dev first, then the others by name."""
    if only:
        return only
    names = sorted(p.name for p in root.iterdir() if p.is_dir() and p.name != "gold")
    return sorted(names, key=lambda name: name != "dev")


def main() -> None:
    """Parse arguments, evaluate each split, print the tables."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold")
    parser.add_argument("--dev", type=Path, default=ROOT / "tests" / "data" / "scoring")
    parser.add_argument("--split", action="append", help="only these folders (repeatable)")
    parser.add_argument("--samples", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument(
        "--rules-only", action="store_true", help="source types from the rules, without the model"
    )
    args = parser.parse_args()
    options = ScoreOptions(type_model=not args.rules_only)
    gold = sorted(args.gold.glob("*.json")) if args.gold.is_dir() else []
    if not gold:
        gold = sorted((args.dev / "gold").glob("*.json"))
    report("gold seeds", evaluate(gold, verbose=args.verbose, options=options))
    for split in _splits(args.dev, args.split):
        files = sorted((args.dev / split).glob("*.json"))
        if files:
            found = evaluate(files, verbose=args.verbose, options=options)
            report(f"{split} ({len(files)} pages)", found)
    if args.samples:
        samples(gold, args.verbose)


if __name__ == "__main__":
    main()
