"""Comment recall on trafilatura's evaluation set: ours vs plain trafilatura, same run.

For each labelled comment string: is it in the joined texts of our comment records
(whitespace-normalised, case-insensitive)? Also counts the page's ``without`` strings (furniture)
that leak into our comment texts, and times both extractors. Needs ../shared (skips otherwise).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from datetime import datetime
from pathlib import Path

import lxml.html
import trafilatura

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from scraper._comments import extract_comments
from scraper._comments._dates import parse_shown_time

DEFAULT_ROOT = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "trafilatura-eval"
_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    """Whitespace-normalised, lower-cased text for substring tests."""
    return _SPACE.sub(" ", text).strip().lower()


DEV_PAGES = Path(__file__).resolve().parents[1] / "tests" / "data" / "comments"


def dev_report() -> None:
    """Precision, recall and field accuracy on our own dev pages (tests/data/comments)."""
    expected_total = found_total = matched = authors = times = replies = 0
    for page in sorted(DEV_PAGES.glob("*.html")):
        expected = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
        reference = datetime.fromisoformat(expected.get("reference", "2026-01-01T00:00:00"))
        tree = lxml.html.document_fromstring(page.read_bytes())
        got = extract_comments(tree, reference=reference).comments
        want = expected["comments"]
        expected_total += len(want)
        found_total += len(got)
        pairs: dict[int, int] = {}
        for w_index, wanted in enumerate(want):
            for g_index, comment in enumerate(got):
                if g_index not in pairs.values() and _norm(comment.text).startswith(
                    _norm(wanted["text"])
                ):
                    pairs[w_index] = g_index
                    break
        by_got = {g: w for w, g in pairs.items()}
        ids = {comment.id: index for index, comment in enumerate(got)}
        for w_index, g_index in pairs.items():
            wanted, comment = want[w_index], got[g_index]
            matched += 1
            authors += comment.author == wanted["author"]
            published = wanted["published"]
            times += comment.published == (datetime.fromisoformat(published) if published else None)
            parent = by_got.get(ids[comment.reply_to]) if comment.reply_to in ids else None
            replies += parent == wanted["reply_to"]
    print(f"dev pages: {len(list(DEV_PAGES.glob('*.html')))}, expected comments {expected_total}")
    precision = matched / max(found_total, 1)
    print(f"precision {precision:.3f}, recall {matched / max(expected_total, 1):.3f}")
    print(
        f"of matched: author {authors / max(matched, 1):.3f}, time {times / max(matched, 1):.3f}, "
        f"reply_to {replies / max(matched, 1):.3f}"
    )


DATE_FORMS = [
    "September 22, 2011 at 5:16 PM",
    "September 22, 2011 5:16 PM",
    "9/22/2011 5:16 PM",
    "22 de septiembre de 2011 a las 17:16",
    "22/09/2011 17:16",
    "3 hours ago",
    "hace 3 horas",
    "yesterday at 5:16 PM",
    "ayer a las 17:16",
    "Thursday, March 12, 2020 1:45 PM",
]


def date_report(rounds: int = 30) -> None:
    """Our regex time parser against dateparser on the common shown forms, same run."""
    import dateparser

    reference = datetime(2011, 9, 23, 12, 0)
    settings = {"RELATIVE_BASE": reference, "RETURN_AS_TIMEZONE_AWARE": False}
    dateparser.parse("September 22, 2011", settings=settings)  # warm its caches first
    started = time.perf_counter()
    for _ in range(rounds):
        ours = [parse_shown_time(text, reference=reference, lang="es") for text in DATE_FORMS]
    ours_time = time.perf_counter() - started
    started = time.perf_counter()
    for _ in range(rounds):
        theirs = [
            dateparser.parse(text, languages=["en", "es"], settings=settings) for text in DATE_FORMS
        ]
    theirs_time = time.perf_counter() - started
    agree = sum(a == b for a, b in zip(ours, theirs, strict=True))
    calls = rounds * len(DATE_FORMS)
    print(
        f"time parser: ours {ours_time * 1e6 / calls:.0f} µs/call, dateparser "
        f"{theirs_time * 1e6 / calls:.0f} µs/call (ratio {theirs_time / ours_time:.0f}x); "
        f"same result on {agree}/{len(DATE_FORMS)} forms, ours parsed "
        f"{sum(x is not None for x in ours)}/{len(DATE_FORMS)}"
    )


def body_safety(root: Path, data: dict) -> None:
    """On every page of the set: body strings (``with``) that would be lost with our ``nodes``
    (the body extractor drops them) or that we call comment text."""
    pages = found = total = in_nodes = in_texts = 0
    for entry in data.values():
        path = root / "html" / f"{entry['file']}.gz"
        if not path.exists():
            continue
        with gzip.open(path) as handle:
            tree = lxml.html.document_fromstring(handle.read())
        result = extract_comments(tree)
        pages += 1
        found += bool(result.comments)
        texts = _norm(" ".join(comment.text for comment in result.comments))
        nodes = _norm(" ".join(node.text_content() for node in result.nodes))
        for string in entry.get("with", []):
            total += 1
            in_nodes += _norm(string) in nodes
            in_texts += _norm(string) in texts
    print(
        f"all {pages} pages: comments found on {found}; body strings inside our nodes "
        f"{in_nodes}/{total}, inside our comment texts {in_texts}/{total}"
    )


def article_safety(root: Path) -> None:
    """ScrapingHub article-extraction set: article lines (over 40 chars) inside our nodes."""
    truth_file = root / "ground-truth.json"
    if not truth_file.exists():
        print(f"article-extraction benchmark not found at {root}; skipped")
        return
    truth = json.loads(truth_file.read_text())
    pages = found = total = lost = 0
    for key, entry in truth.items():
        path = root / "html" / f"{key}.html.gz"
        if not path.exists():
            continue
        with gzip.open(path) as handle:
            result = extract_comments(lxml.html.document_fromstring(handle.read()))
        pages += 1
        found += bool(result.comments)
        nodes = _norm(" ".join(node.text_content() for node in result.nodes))
        lines = [_norm(line) for line in entry["articleBody"].split("\n") if len(line.strip()) > 40]
        total += len(lines)
        lost += sum(line[:80] in nodes for line in lines)
    print(
        f"article-extraction: {pages} pages, comments found on {found}; "
        f"article lines inside our nodes {lost}/{total}"
    )


def main() -> int:
    """Run the evaluation and print a summary (and misses with --verbose)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    parser.add_argument("--verbose", action="store_true", help="list pages with missed strings")
    parser.add_argument("--no-trafilatura", action="store_true", help="skip the baseline")
    parser.add_argument("--dev", action="store_true", help="only score our own dev pages")
    args = parser.parse_args()
    dev_report()
    date_report()
    if args.dev:
        return 0
    data_file = args.root / "evaldata.json"
    if not data_file.exists():
        print(f"benchmark not found at {args.root} (needs ../shared); nothing to evaluate")
        return 2
    data = json.loads(data_file.read_text())
    body_safety(args.root, data)
    article_safety(args.root.parent / "article-extraction")
    pages = 0
    labelled = ours_found = theirs_found = in_page = found_in_page = theirs_in_page = 0
    leaked = without_total = 0
    ours_time = theirs_time = parse_time = 0.0
    theirs_leaked = 0
    records = with_author = with_time = replies = 0
    pages_with_comments_found = 0
    for url, entry in data.items():
        if not entry.get("comments"):
            continue
        path = args.root / "html" / f"{entry['file']}.gz"
        if not path.exists():
            continue
        with gzip.open(path) as handle:
            html = handle.read()
        pages += 1
        started = time.perf_counter()
        tree = lxml.html.document_fromstring(html)
        parsed = time.perf_counter()
        result = extract_comments(tree, url=url)
        ours_time += time.perf_counter() - parsed
        parse_time += parsed - started
        ours = _norm(" \n ".join(c.text for c in result.comments))
        page_text = _norm(tree.text_content())
        pages_with_comments_found += bool(result.comments)
        records += len(result.comments)
        with_author += sum(bool(comment.author) for comment in result.comments)
        with_time += sum(comment.published is not None for comment in result.comments)
        replies += sum(comment.reply_to is not None for comment in result.comments)
        theirs = ""
        if not args.no_trafilatura:
            started = time.perf_counter()
            doc = trafilatura.bare_extraction(
                html, url=url, include_comments=True, with_metadata=False
            )
            theirs_time += time.perf_counter() - started
            theirs = _norm((getattr(doc, "comments", None) or "") if doc is not None else "")
        missed = []
        for string in entry["comments"]:
            needle = _norm(string)
            labelled += 1
            present = needle in page_text
            in_page += present
            if needle in ours:
                ours_found += 1
                found_in_page += present
            elif present:
                missed.append(string)
            theirs_found += needle in theirs
            theirs_in_page += present and needle in theirs
        for string in entry.get("without", []):
            without_total += 1
            leak = bool(ours) and _norm(string) in ours
            leaked += leak
            theirs_leaked += bool(theirs) and _norm(string) in theirs
            if leak and args.verbose:
                print(f"LEAK {entry['file']}: {string!r}")
        if args.verbose and missed:
            print(f"MISS {entry['file']} ({len(result.comments)} comments): {missed}")
    print(f"pages with labelled comments: {pages}; labelled strings: {labelled}")
    print(f"labelled strings present in the page's text at all: {in_page}/{labelled}")
    print(
        f"ours found: {ours_found}/{labelled} = {ours_found / max(labelled, 1):.1%} "
        f"(of those present: {found_in_page}/{in_page} = {found_in_page / max(in_page, 1):.1%})"
    )
    if not args.no_trafilatura:
        print(
            f"trafilatura comments found: {theirs_found}/{labelled} = "
            f"{theirs_found / max(labelled, 1):.1%} "
            f"(of those present: {theirs_in_page}/{in_page} = "
            f"{theirs_in_page / max(in_page, 1):.1%})"
        )
    print(f"pages where we found comments: {pages_with_comments_found}/{pages}")
    print(
        f"records: {records}; with an author {with_author / max(records, 1):.1%}, with a time "
        f"{with_time / max(records, 1):.1%}, replies {replies / max(records, 1):.1%}"
    )
    print(f"'without' strings leaking into our comments: {leaked}/{without_total}")
    if not args.no_trafilatura:
        print(f"'without' strings in trafilatura's comments: {theirs_leaked}/{without_total}")
    print(
        f"time per page: lxml parse {parse_time * 1000 / max(pages, 1):.1f} ms, "
        f"extract_comments {ours_time * 1000 / max(pages, 1):.1f} ms "
        f"(ratio to parse {ours_time / max(parse_time, 1e-9):.2f})"
    )
    if not args.no_trafilatura and theirs_time:
        print(
            "trafilatura bare_extraction(include_comments=True) "
            f"{theirs_time * 1000 / pages:.1f} ms (our extraction / theirs = "
            f"{ours_time / theirs_time:.2f})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
