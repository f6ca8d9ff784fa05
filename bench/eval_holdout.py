"""Score extraction and claim scoring on the independent hold-out set in ``bench/holdout``.

Usage: python bench/eval_holdout.py [--dir DIR] [--family F] [--lang L] [--json] [--verbose]

Each ``<name>.html`` has a hand-written ``<name>.json`` label beside it (body paragraphs, comments,
furniture, metadata, claims). Every page is run through ``scraper.extract`` and ``scoring.score``
and compared with its label; results are reported overall, per page family and per language.
Runs offline on the repository alone.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scoring import Claim, ScoreOptions, score
from scraper import Document, VeracityError, extract

ROOT = Path(__file__).resolve().parent.parent
HOLDOUT = ROOT / "bench" / "holdout"
TARGETS = {"body_f1": 0.95, "comment_precision": 0.9, "comment_recall": 0.9}
TARGETS |= {"claim_type": 0.9, "claim_hedge": 0.85}
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "´": "'"})
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


# ---------------------------------------------------------------- metric functions


def tokens(text: str) -> list[str]:
    """Lower-cased ``\\w+`` tokens, the unit of the body and comment metrics."""
    return re.findall(r"\w+", text.lower())


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    """The multiset of ``size``-token shingles (a text shorter than that is one shingle)."""
    toks = tokens(text)
    if not toks:
        return Counter()
    if len(toks) < size:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i : i + size]) for i in range(len(toks) - size + 1))


def body_precision_recall(predicted: str, expected: str) -> tuple[float, float]:
    """Shingle precision and recall of ``predicted`` against ``expected`` (ScrapingHub style).

    An empty prediction has precision 0 unless nothing was expected (then both are 1).
    """
    pred, gold = shingles(predicted), shingles(expected)
    overlap = sum((pred & gold).values())
    if not gold:
        return (1.0, 1.0) if not pred else (0.0, 1.0)
    precision = overlap / sum(pred.values()) if pred else 0.0
    return precision, overlap / sum(gold.values())


def f1(precision: float, recall: float) -> float:
    """Harmonic mean; 0 when both are 0."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def jaccard(a: str, b: str) -> float:
    """Token-set Jaccard similarity of two texts (1 for two empty texts)."""
    sa, sb = set(tokens(a)), set(tokens(b))
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)


def match_comments(
    predicted: Sequence[str], expected: Sequence[str], *, threshold: float = 0.5
) -> dict[int, int]:
    """Match predicted to labelled comments one-to-one and in order: {predicted: labelled}.

    An order-keeping alignment (like a longest common subsequence) that maximises the number of
    pairs with token Jaccard >= ``threshold``, ties broken by total similarity.
    """
    n, m = len(predicted), len(expected)
    sim = [[jaccard(p, e) for e in expected] for p in predicted]
    best = [[(0, 0.0)] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            options = [best[i + 1][j], best[i][j + 1]]
            if sim[i][j] >= threshold:
                count, total = best[i + 1][j + 1]
                options.append((count + 1, total + sim[i][j]))
            best[i][j] = max(options)
    pairs: dict[int, int] = {}
    i = j = 0
    while i < n and j < m:
        if sim[i][j] >= threshold:
            count, total = best[i + 1][j + 1]
            if (count + 1, total + sim[i][j]) == best[i][j]:
                pairs[i] = j
                i, j = i + 1, j + 1
                continue
        if best[i + 1][j] == best[i][j]:
            i += 1
        else:
            j += 1
    return pairs


def _offset(tz: str | None) -> timezone | None:
    if not tz:
        return None
    sign = -1 if tz.startswith("-") else 1
    hours, minutes = tz.lstrip("+-").split(":")
    return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))


def same_minute(predicted: datetime | None, expected: str | None, *, tz: str | None = None) -> bool:
    """Whether a predicted time shows the labelled minute (``YYYY-MM-DDTHH:MM``, page-local).

    The wall clock as extracted counts, and so does an aware time converted to the page's offset.
    """
    if expected is None:
        return predicted is None
    if predicted is None:
        return False
    wanted = expected[:16]
    if predicted.strftime("%Y-%m-%dT%H:%M") == wanted:
        return True
    offset = _offset(tz)
    if predicted.tzinfo is not None and offset is not None:
        return predicted.astimezone(offset).strftime("%Y-%m-%dT%H:%M") == wanted
    return False


def norm(text: str | None) -> str:
    """Fold typographic quotes, whitespace and case so equal texts compare equal."""
    return re.sub(r"\s+", " ", (text or "").translate(_QUOTES)).strip().casefold()


def same_text(predicted: str | None, expected: str | None) -> bool:
    """Normalised equality; a labelled None wants None."""
    if expected is None:
        return predicted is None or not predicted.strip()
    return norm(predicted) == norm(expected)


def find_claim(claims: Iterable[Claim], quote: str, where: str) -> Claim | None:
    """The first predicted claim in ``where`` whose text contains ``quote`` (normalised)."""
    wanted = norm(quote)
    for claim in claims:
        if claim.where == where and wanted in norm(claim.text):
            return claim
    return None


def source_matches(predicted: str | None, expected: str) -> bool:
    """Case-insensitive containment either way between predicted and labelled source."""
    if not predicted:
        return False
    a, b = norm(predicted), norm(expected)
    return a in b or b in a


def lang_matches(predicted: str | None, expected: str) -> bool:
    """Primary language subtags agree ("es-MX" matches "es")."""
    if not predicted:
        return False
    return re.split(r"[-_]", predicted.strip().lower())[0] == expected.lower()


# ---------------------------------------------------------------- one page


@dataclass
class PageResult:
    """Raw counts for one page; groups pool the counts (body P/R are averaged per page)."""

    name: str
    family: str
    lang: str
    error: str | None = None
    body_p: float = 0.0
    body_r: float = 0.0
    furniture: int = 0
    furniture_leaked: int = 0
    comments_expected: int = 0
    comments_predicted: int = 0
    comments_matched: int = 0
    comment_author_ok: int = 0
    comment_time_n: int = 0
    comment_time_ok: int = 0
    comment_reply_ok: int = 0
    title_ok: bool = False
    author_ok: bool = False
    date_ok: bool = False
    lang_ok: bool = False
    claims: int = 0
    claims_found: int = 0
    claim_type_ok: int = 0
    claim_hedge_ok: int = 0
    claim_source_n: int = 0
    claim_source_ok: int = 0
    type_pairs: list[tuple[str, str]] = field(default_factory=list)  # (labelled, predicted)
    misses: list[dict[str, Any]] = field(default_factory=list)

    def miss(self, what: str, expected: Any, got: Any) -> None:
        """Record one miss for ``--verbose``."""
        self.misses.append({"what": what, "expected": expected, "got": got})


def _covered(part: str, whole: str) -> bool:
    """Whether most of ``part`` occurs in ``whole`` (short parts: as a normalised substring)."""
    if len(tokens(part)) < 4:
        return " ".join(tokens(part)) in " ".join(tokens(whole))
    have = shingles(part)
    inside = set(shingles(whole))
    return sum(n for s, n in have.items() if s in inside) / sum(have.values()) >= 0.5


def _check_body(result: PageResult, label: dict[str, Any], doc: Document) -> None:
    gold_text = "\n\n".join(label["body"])
    result.body_p, result.body_r = body_precision_recall(doc.text, gold_text)
    for block in doc.body:
        if block.text.strip() and not _covered(block.text, gold_text):
            result.miss("body: extra block", None, block.text[:120])
    for para in label["body"]:
        if not _covered(para, doc.text):
            result.miss("body: missing paragraph", para[:120], None)
    haystacks = [norm(doc.text), *(norm(c.text) for c in doc.comments)]
    for item in label["furniture"]:
        result.furniture += 1
        if any(norm(item) in hay for hay in haystacks):
            result.furniture_leaked += 1
            result.miss("furniture leaked", item[:120], "in body or comments")


def _check_meta(result: PageResult, label: dict[str, Any], doc: Document) -> None:
    result.title_ok = same_text(doc.title, label["title"])
    result.author_ok = same_text(doc.author, label["author"])
    got_date = doc.published.date().isoformat() if doc.published else None
    result.date_ok = got_date == label["published"]
    result.lang_ok = lang_matches(doc.lang, label["lang"])
    for ok, what, want, got in [
        (result.title_ok, "title", label["title"], doc.title),
        (result.author_ok, "author", label["author"], doc.author),
        (result.date_ok, "published", label["published"], got_date),
        (result.lang_ok, "lang", label["lang"], doc.lang),
    ]:
        if not ok:
            result.miss(what, want, got)


def _check_comments(result: PageResult, label: dict[str, Any], doc: Document) -> None:
    gold = label["comments"]
    pred = doc.comments
    result.comments_expected, result.comments_predicted = len(gold), len(pred)
    pairs = match_comments([c.text for c in pred], [c["text"] for c in gold])
    result.comments_matched = len(pairs)
    index_of = {c.id: i for i, c in enumerate(pred)}
    for pi, gi in pairs.items():
        p, g = pred[pi], gold[gi]
        if same_text(p.author, g["author"]):
            result.comment_author_ok += 1
        else:
            result.miss(f"comment {gi} author", g["author"], p.author)
        if g["published"] is not None:
            result.comment_time_n += 1
            if same_minute(p.published, g["published"], tz=label.get("tz")):
                result.comment_time_ok += 1
            else:
                got = p.published.isoformat() if p.published else None
                result.miss(f"comment {gi} time", g["published"], got)
        parent = index_of.get(p.reply_to) if p.reply_to is not None else None
        mapped = pairs.get(parent) if parent is not None else None
        if mapped == g["reply_to"]:
            result.comment_reply_ok += 1
        else:
            result.miss(f"comment {gi} reply_to", g["reply_to"], mapped)
    matched_gold = set(pairs.values())
    for gi, g in enumerate(gold):
        if gi not in matched_gold:
            result.miss(f"comment {gi} not found", g["text"][:120], None)
    for pi, p in enumerate(pred):
        if pi not in pairs:
            result.miss("comment: extra", None, p.text[:120])


def _check_claims(result: PageResult, label: dict[str, Any], claims: list[Claim]) -> None:
    for want in label["claims"]:
        result.claims += 1
        got = find_claim(claims, want["quote"], want["where"])
        if got is None:
            result.miss("claim not found", want["quote"], None)
            continue
        result.claims_found += 1
        result.type_pairs.append((want["source_type"], got.source_type.value))
        if got.source_type.value == want["source_type"]:
            result.claim_type_ok += 1
        else:
            result.miss(
                "claim source_type",
                f"{want['source_type']}: {want['quote']}",
                got.source_type.value,
            )
        if bool(got.hedges) == want["hedged"]:
            result.claim_hedge_ok += 1
        else:
            result.miss("claim hedged", f"{want['hedged']}: {want['quote']}", got.hedges)
        if want["source"]:
            result.claim_source_n += 1
            if source_matches(got.source, want["source"]):
                result.claim_source_ok += 1
            else:
                result.miss("claim source", want["source"], got.source)


def evaluate_page(
    name: str, html: bytes, label: dict[str, Any], *, options: ScoreOptions | None = None
) -> PageResult:
    """Extract and score one page and compare every part with its label."""
    result = PageResult(name=name, family=label["family"], lang=label["lang"])
    try:
        doc = extract(html, url=label["url"])
        report = score(doc, options=options)
    except VeracityError as exc:
        result.error = f"{type(exc).__name__}: {exc}"
        result.comments_expected = len(label["comments"])
        result.claims = len(label["claims"])
        result.furniture = len(label["furniture"])
        result.miss("error", None, result.error)
        return result
    _check_body(result, label, doc)
    _check_meta(result, label, doc)
    _check_comments(result, label, doc)
    _check_claims(result, label, report.claims)
    return result


# ---------------------------------------------------------------- groups and output


def _ratio(num: float, den: float) -> float | None:
    return num / den if den else None


def summarise(results: Sequence[PageResult]) -> dict[str, Any]:
    """Pool page results into one group's metrics (body P and R are per-page averages)."""
    n = len(results)
    if not n:
        return {"pages": 0}
    body_p = sum(r.body_p for r in results) / n
    body_r = sum(r.body_r for r in results) / n

    def total(attr: str) -> int:
        return sum(int(getattr(r, attr)) for r in results)

    return {
        "pages": n,
        "errors": sum(1 for r in results if r.error),
        "body_precision": body_p,
        "body_recall": body_r,
        "body_f1": f1(body_p, body_r),
        "furniture_leak": _ratio(total("furniture_leaked"), total("furniture")),
        "comments_expected": total("comments_expected"),
        "comments_predicted": total("comments_predicted"),
        "comment_precision": _ratio(total("comments_matched"), total("comments_predicted")),
        "comment_recall": _ratio(total("comments_matched"), total("comments_expected")),
        "comment_author": _ratio(total("comment_author_ok"), total("comments_matched")),
        "comment_time": _ratio(total("comment_time_ok"), total("comment_time_n")),
        "comment_reply": _ratio(total("comment_reply_ok"), total("comments_matched")),
        "title": total("title_ok") / n,
        "author": total("author_ok") / n,
        "published": total("date_ok") / n,
        "lang": total("lang_ok") / n,
        "claims": total("claims"),
        "claim_found": _ratio(total("claims_found"), total("claims")),
        "claim_type": _ratio(total("claim_type_ok"), total("claims_found")),
        "claim_hedge": _ratio(total("claim_hedge_ok"), total("claims_found")),
        "claim_source": _ratio(total("claim_source_ok"), total("claim_source_n")),
    }


def group(results: Sequence[PageResult]) -> dict[str, dict[str, Any]]:
    """Summaries overall, per family and per language, in a stable order."""
    groups = {"overall": summarise(results)}
    for key in ("family", "lang"):
        for value in sorted({getattr(r, key) for r in results}):
            groups[f"{key}:{value}"] = summarise([r for r in results if getattr(r, key) == value])
    return groups


TABLES = {
    "Extraction (body: 4-gram shingles, P/R averaged over pages; metadata: share of pages)": [
        ("pages", "pages"), ("body_precision", "body P"), ("body_recall", "body R"),
        ("body_f1", "body F1"), ("furniture_leak", "furn leak"), ("title", "title"),
        ("author", "author"), ("published", "date"), ("lang", "lang"),
    ],
    "Comments (matched one-to-one in order, token Jaccard >= 0.5; pooled over pages)": [
        ("comments_expected", "labelled"), ("comments_predicted", "found"),
        ("comment_precision", "P"), ("comment_recall", "R"), ("comment_author", "author"),
        ("comment_time", "time"), ("comment_reply", "reply_to"),
    ],
    "Claims (labelled quote found in a predicted claim; accuracies over found claims)": [
        ("claims", "labelled"), ("claim_found", "found"), ("claim_type", "type"),
        ("claim_hedge", "hedged"), ("claim_source", "source"),
    ],
}  # fmt: skip


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def render_tables(groups: dict[str, dict[str, Any]]) -> str:
    """Plain-text tables, one per metric family, one row per group."""
    lines: list[str] = []
    width = max(len(g) for g in groups) + 2
    for title, columns in TABLES.items():
        lines.append(title)
        header = "group".ljust(width) + "".join(label.rjust(10) for _, label in columns)
        lines += [header, "-" * len(header)]
        for name, summary in groups.items():
            row = name.ljust(width) + "".join(_cell(summary.get(k)).rjust(10) for k, _ in columns)
            lines.append(row)
        lines.append("")
    overall = groups["overall"]
    checks = [
        f"{k} {_cell(overall.get(k))} {'>=' if (overall.get(k) or 0) >= v else '<'} {v}"
        for k, v in TARGETS.items()
    ]
    lines.append("Targets: " + "; ".join(checks))
    return "\n".join(lines)


def safe(text: Any) -> str:
    """Page text for a terminal: control and escape characters removed."""
    return _CONTROL.sub("", str(text))


def render_misses(results: Sequence[PageResult]) -> str:
    """Every miss, page by page: what, expected, got."""
    lines = []
    for r in results:
        if not r.misses:
            continue
        lines.append(f"== {r.name} ({r.family}, {r.lang})")
        for m in r.misses:
            lines.append(f"  {safe(m['what'])}: expected {safe(m['expected'])!r}")
            lines.append(f"  {'':{len(safe(m['what']))}}  got      {safe(m['got'])!r}")
    return "\n".join(lines)


def render_types(results: Sequence[PageResult]) -> str:
    """Source type per labelled type: how many right, and what the wrong ones were called."""
    pairs = [pair for result in results for pair in result.type_pairs]
    lines = ["source type by label: right/found, and what the misses were called"]
    for labelled in sorted({want for want, _ in pairs}):
        got = Counter(predicted for want, predicted in pairs if want == labelled)
        right = got.pop(labelled, 0)
        total = right + sum(got.values())
        wrong = ", ".join(f"{name} {count}" for name, count in got.most_common())
        lines.append(f"{labelled:<17}{right:>4}/{total:<4} {right / total:6.1%}  {wrong}")
    return "\n".join(lines)


def load_pages(directory: Path) -> list[tuple[str, bytes, dict[str, Any]]]:
    """Every ``<name>.html`` with its ``<name>.json`` label, sorted by name."""
    pages = []
    for label_path in sorted(directory.glob("*.json")):
        html_path = label_path.with_suffix(".html")
        if not html_path.exists():
            raise SystemExit(f"label without page: {label_path}")
        label = json.loads(label_path.read_text(encoding="utf-8"))
        pages.append((label_path.stem, html_path.read_bytes(), label))
    return pages


def run(
    directory: Path = HOLDOUT,
    *,
    family: str | None = None,
    lang: str | None = None,
    options: ScoreOptions | None = None,
) -> list[PageResult]:
    """Evaluate every hold-out page (optionally one family or language)."""
    results = []
    for name, html, label in load_pages(directory):
        if family and label["family"] != family:
            continue
        if lang and label["lang"] != lang:
            continue
        results.append(evaluate_page(name, html, label, options=options))
    return results


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dir", type=Path, default=HOLDOUT, help="hold-out directory")
    parser.add_argument("--family", help="only this page family (e.g. wordpress)")
    parser.add_argument("--lang", help="only this language (en or es)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    parser.add_argument(
        "--by-type", action="store_true", help="source-type accuracy per labelled type"
    )
    parser.add_argument(
        "--rules-only", action="store_true", help="source types from the rules, without the model"
    )
    args = parser.parse_args(argv)
    options = ScoreOptions(type_model=not args.rules_only)
    results = run(args.dir, family=args.family, lang=args.lang, options=options)
    if not results:
        print("no pages matched", file=sys.stderr)
        return 1
    groups = group(results)
    if args.json:
        out: dict[str, Any] = {"groups": groups, "targets": TARGETS}
        out["pages"] = [
            {k: v for k, v in asdict(r).items() if args.verbose or k != "misses"} for r in results
        ]
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    print(render_tables(groups))
    if args.by_type:
        print()
        print(render_types(results))
    if args.verbose:
        print()
        print(render_misses(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
