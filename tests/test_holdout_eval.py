"""The hold-out evaluation: metric functions on tiny inputs, every label against its page."""

from __future__ import annotations

import importlib
import io
import json
import re
import shutil
from contextlib import redirect_stdout
from datetime import UTC, datetime, timedelta, timezone
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from bench import eval_holdout as ev
from scoring import Claim, SourceType

HOLDOUT = Path(__file__).resolve().parent.parent / "bench" / "holdout"
HOLDOUT2 = HOLDOUT.parent / "holdout2"
HOLDOUT3 = HOLDOUT.parent / "holdout3"
# every set folder with specs (bench/holdout, holdout2, holdout3, holdout4, ...)
SETS = {p.name: p for p in sorted(HOLDOUT.parent.glob("holdout*")) if (p / "specs").is_dir()}
LABELS = sorted(HOLDOUT.glob("*.json"))
LABELS2 = sorted(HOLDOUT2.glob("*.json"))
LABELS3 = sorted(HOLDOUT3.glob("*.json"))
ALL_LABELS = sorted(p for d in SETS.values() for p in d.glob("*.json"))
# claims per page: sets 1, 2 and 4 were written with 6-12, the third with 10-14
CLAIMS_PER_PAGE = {
    "holdout": (6, 12),
    "holdout2": (6, 12),
    "holdout3": (10, 14),
    "holdout4": (6, 12),
    "holdout5": (10, 14),
    "holdout6": (10, 14),
    "holdout9": (10, 14),
    "holdout10": (10, 14),
    "holdout11": (10, 14),
    "holdout12": (10, 14),
    "holdout13": (10, 14),
    "holdout14": (10, 14),
    "holdout7": (10, 14),
    "holdout8": (10, 14),
    "holdout16": (10, 14),
    "holdout15": (10, 14),
    "holdout18": (10, 14),
    "holdout19": (10, 14),
    "holdout17": (10, 14),
    "holdout20": (10, 14),
    "holdout21": (10, 14),
}
# a sentence end inside a quote: a stop, an optional closing quote, space, an opening capital
# (titles and initials such as "Mr.", "Col.", "U.S." or "C." do not end a sentence)
_SENTENCE_END = re.compile(
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSr)(?<!\bSra)(?<!\bCol)(?<!\bGen)(?<!\bSt)"
    r"(?<!\b[A-Z])[.!?…][\"”’»]?\s+[\"“«¿¡]?[A-ZÁÉÍÓÚÑ]"
)
SOURCE_TYPES = {t.value for t in SourceType}
KEYS = {"url", "lang", "family", "title", "author", "published", "body", "comments"}
KEYS |= {"furniture", "claims"}
_BLOCKS = {"p", "div", "li", "dt", "dd", "h1", "h2", "h3", "h4", "blockquote", "td", "br", "tr"}


def _claim(text: str, where: str = "body", **kw: Any) -> Claim:
    base = {"source_type": SourceType.AUTHOR, "score": 0.5, "grade": "C3", "rationale": "r"}
    return Claim(text=text, where=where, **(base | kw))  # type: ignore[arg-type]


# ---------------------------------------------------------------- metrics


def test_tokens_are_lowercased_words() -> None:
    assert ev.tokens("¡Hola, MUNDO! 3 veces") == ["hola", "mundo", "3", "veces"]


def test_shingles_count_repeats_and_short_texts() -> None:
    assert sum(ev.shingles("a b c d e").values()) == 2
    assert ev.shingles("a b") == {("a", "b"): 1}
    assert not ev.shingles("  ,, ")


def test_body_precision_recall_on_partial_overlap() -> None:
    gold = "one two three four five six"
    pred = "one two three four five extra words"
    p, r = ev.body_precision_recall(pred, gold)
    assert p == pytest.approx(2 / 4)
    assert r == pytest.approx(2 / 3)
    assert ev.body_precision_recall(gold, gold) == (1.0, 1.0)


def test_body_precision_recall_edge_cases() -> None:
    assert ev.body_precision_recall("", "one two three four") == (0.0, 0.0)
    assert ev.body_precision_recall("", "") == (1.0, 1.0)
    assert ev.body_precision_recall("stray text here now", "") == (0.0, 1.0)
    assert ev.f1(0.0, 0.0) == 0.0
    assert ev.f1(0.5, 1.0) == pytest.approx(2 / 3)


def test_jaccard() -> None:
    assert ev.jaccard("a b c", "c b a") == 1.0
    assert ev.jaccard("a b", "b c") == pytest.approx(1 / 3)
    assert ev.jaccard("", "") == 1.0


def test_match_comments_is_one_to_one_and_in_order() -> None:
    gold = ["the police know", "same in choloma on mondays", "great reporting thanks"]
    pred = ["menu item", "the police know who", "great reporting thanks", "same in choloma"]
    pairs = ev.match_comments(pred, gold)
    # keeping order allows only two of the three similar pairs
    assert pairs == {1: 0, 2: 2} or pairs == {1: 0, 3: 1}
    assert len(set(pairs.values())) == len(pairs)
    assert ev.match_comments(["x y"], ["x y", "x y"]) == {0: 0}
    assert ev.match_comments([], ["a"]) == {}
    assert ev.match_comments(["a b c d"], ["a e f g"]) == {}


_TEXTS = st.lists(st.sampled_from(["a b", "a c", "b c", "a b c", "d", "d e"]), max_size=4)


@settings(max_examples=150, deadline=None)
@given(pred=_TEXTS, gold=_TEXTS)
def test_match_comments_finds_a_largest_ordered_matching(pred: list[str], gold: list[str]) -> None:
    pairs = ev.match_comments(pred, gold)
    items = sorted(pairs.items())
    assert all(ev.jaccard(pred[p], gold[g]) >= 0.5 for p, g in items)
    assert [g for _, g in items] == sorted({g for _, g in items})  # in order and one-to-one
    best = 0
    for k in range(min(len(pred), len(gold)), 0, -1):
        if any(
            all(ev.jaccard(pred[p], gold[g]) >= 0.5 for p, g in zip(ps, gs, strict=True))
            for ps in combinations(range(len(pred)), k)
            for gs in combinations(range(len(gold)), k)
        ):
            best = k
            break
    assert len(pairs) == best


def test_same_minute_accepts_wall_clock_or_converted_time() -> None:
    local = datetime(2014, 3, 6, 9, 12)
    assert ev.same_minute(local, "2014-03-06T09:12")
    utc = datetime(2014, 3, 6, 15, 12, tzinfo=UTC)
    assert ev.same_minute(utc, "2014-03-06T09:12", tz="-06:00")
    assert not ev.same_minute(utc, "2014-03-06T09:12")
    aware = datetime(2014, 3, 6, 9, 12, tzinfo=timezone(timedelta(hours=-6)))
    assert ev.same_minute(aware, "2014-03-06T09:12", tz="-06:00")
    assert not ev.same_minute(None, "2014-03-06T09:12")
    assert ev.same_minute(None, None)
    assert not ev.same_minute(datetime(2014, 3, 6, 9, 13), "2014-03-06T09:12")


def test_find_claim_normalises_quotes_and_respects_where() -> None:
    claims = [
        _claim("He said: “They were  waiting”.", where="comment"),
        _claim("He said: “They were waiting”."),
    ]
    got = ev.find_claim(claims, '"they were waiting"', "body")
    assert got is claims[1]
    assert ev.find_claim(claims, "not there", "body") is None


def test_source_and_lang_and_text_matching() -> None:
    assert ev.source_matches("the Defense Ministry (SEDENA)", "Defense Ministry")
    assert ev.source_matches("Sauceda", "Leonel Sauceda")
    assert not ev.source_matches(None, "x")
    assert not ev.source_matches("police", "Fiscalía")
    assert ev.lang_matches("es-MX", "es") and not ev.lang_matches("en", "es")
    assert not ev.lang_matches(None, "es")
    assert ev.same_text("Bus  Drivers “Pay”", 'bus drivers "pay"')
    assert ev.same_text(None, None) and not ev.same_text("Someone", None)


def test_summarise_averages_body_per_page_and_pools_counts() -> None:
    a = ev.PageResult("a", "wp", "en", body_p=1.0, body_r=0.5, comments_expected=4)
    a.comments_predicted, a.comments_matched, a.claims, a.claims_found = 2, 2, 4, 2
    b = ev.PageResult("b", "wp", "es", body_p=0.5, body_r=1.0, comments_expected=0)
    b.claims, b.claims_found, b.claim_type_ok, b.title_ok = 6, 6, 4, True
    s = ev.summarise([a, b])
    assert s["body_precision"] == 0.75 and s["body_recall"] == 0.75
    assert s["body_f1"] == pytest.approx(0.75)
    assert s["comment_precision"] == 1.0 and s["comment_recall"] == 0.5
    assert s["claim_found"] == 0.8 and s["claim_type"] == 0.5
    assert s["title"] == 0.5 and s["comment_time"] is None
    groups = ev.group([a, b])
    assert set(groups) == {"overall", "family:wp", "lang:en", "lang:es"}
    table = ev.render_tables(groups)
    assert "lang:es" in table and "Targets:" in table


def test_safe_strips_terminal_escapes() -> None:
    assert ev.safe("ok\x1b[31mred\x07") == "ok[31mred"


# ---------------------------------------------------------------- running the script


def test_evaluate_one_page_end_to_end(tmp_path: Path) -> None:
    name = "wp-en-honduras-bus-extortion"
    shutil.copy(HOLDOUT / f"{name}.html", tmp_path)
    shutil.copy(HOLDOUT / f"{name}.json", tmp_path)
    label = json.loads((tmp_path / f"{name}.json").read_text(encoding="utf-8"))
    [result] = ev.run(tmp_path)
    assert result.error is None
    assert result.claims == len(label["claims"])
    assert result.furniture == len(label["furniture"])
    assert 0.0 <= result.body_p <= 1.0 and 0.0 <= result.body_r <= 1.0
    out = io.StringIO()
    with redirect_stdout(out):
        assert ev.main(["--dir", str(tmp_path), "--json", "--verbose"]) == 0
    data = json.loads(out.getvalue())
    assert data["groups"]["overall"]["pages"] == 1
    assert data["pages"][0]["name"] == name and "misses" in data["pages"][0]


def test_filters_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    label = json.loads((HOLDOUT / "wp-en-honduras-bus-extortion.json").read_text("utf-8"))
    (tmp_path / "broken.json").write_text(json.dumps(label), encoding="utf-8")
    (tmp_path / "broken.html").write_bytes(b"")
    [result] = ev.run(tmp_path)
    assert result.error and result.body_r == 0.0 and result.claims_found == 0
    assert ev.main(["--dir", str(tmp_path), "--lang", "xx"]) == 1
    (tmp_path / "orphan.json").write_text("{}", encoding="utf-8")
    with pytest.raises(SystemExit):
        ev.load_pages(tmp_path)
    capsys.readouterr()


# ---------------------------------------------------------------- the labels


def _page_text(path: Path) -> str:
    tree = lxml_html.fromstring(path.read_bytes())
    for el in tree.iter("script", "style", "noscript"):
        el.text = ""
    for el in tree.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCKS:
            el.tail = " " + (el.tail or "")
    return _fold(tree.text_content())


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("directory", list(SETS.values()), ids=list(SETS))
def test_committed_pages_are_what_the_specs_build(tmp_path: Path, directory: Path) -> None:
    build = importlib.import_module("bench.holdout._make.build")
    build.main([], out=tmp_path, specs=directory / "specs", quiet=True)
    built = sorted(p.name for p in tmp_path.iterdir())
    assert built == sorted(p.name for p in [*directory.glob("*.json"), *directory.glob("*.html")])
    for name in built:
        assert (tmp_path / name).read_bytes() == (directory / name).read_bytes(), name


def test_the_set_is_large_and_varied() -> None:
    labels = [json.loads(p.read_text("utf-8")) for p in LABELS]
    assert len(labels) >= 20
    assert len({x["family"] for x in labels}) >= 10
    langs = [x["lang"] for x in labels]
    assert {"en", "es"} == set(langs) and abs(langs.count("en") - langs.count("es")) <= 4
    assert any(not x["comments"] for x in labels) and max(len(x["comments"]) for x in labels) >= 10


def test_the_second_set_is_balanced_and_mostly_has_comments() -> None:
    labels = [json.loads(p.read_text("utf-8")) for p in LABELS2]
    langs = [x["lang"] for x in labels]
    assert langs.count("en") >= 6 and langs.count("es") >= 6
    assert len({x["family"] for x in labels}) >= 8
    assert sum(1 for x in labels if x["comments"]) >= 8
    assert any(not x["comments"] for x in labels)
    first = {p.stem.split("-", 2)[2] for p in LABELS}
    assert not first & {p.stem.split("-", 2)[2] for p in LABELS2}  # new stories


def test_the_third_set_is_large_balanced_and_new() -> None:
    labels = [json.loads(p.read_text("utf-8")) for p in LABELS3]
    langs = [x["lang"] for x in labels]
    assert langs.count("en") >= 8 and langs.count("es") >= 8
    assert len({x["family"] for x in labels}) >= 10
    assert sum(1 for x in labels if x["comments"]) >= 10
    assert any(not x["comments"] for x in labels)
    claims = [(x["lang"], c) for x in labels for c in x["claims"]]
    assert len(claims) >= 180
    per_lang = [sum(1 for lang, _ in claims if lang == want) for want in ("en", "es")]
    assert abs(per_lang[0] - per_lang[1]) <= len(claims) // 10
    assert {c["source_type"] for _, c in claims} == SOURCE_TYPES
    assert any(c["hedged"] for _, c in claims) and any(c["where"] == "comment" for _, c in claims)
    earlier = {p.stem.split("-", 2)[2] for p in [*LABELS, *LABELS2]}
    assert not earlier & {p.stem.split("-", 2)[2] for p in LABELS3}  # new stories


@pytest.mark.parametrize(
    "path",
    ALL_LABELS,
    ids=[f"{p.parent.name}/{p.stem}" for p in ALL_LABELS],
)
def test_label_is_valid_and_matches_its_page(path: Path) -> None:
    label = json.loads(path.read_text(encoding="utf-8"))
    assert set(label) >= KEYS
    assert label["lang"] in {"en", "es"} and label["url"].startswith("http")
    assert label["published"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", label["published"])
    text = _page_text(path.with_suffix(".html"))
    assert _fold(label["title"]) in text
    assert label["body"]
    for para in label["body"]:
        assert _fold(para) in text, para
    for i, c in enumerate(label["comments"]):
        assert _fold(c["text"]) in text, c["text"]
        assert c["author"] and _fold(c["author"]) in text
        assert c["published"] is None or re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d", c["published"])
        assert c["reply_to"] is None or 0 <= c["reply_to"] < i
    labelled = _fold(" ".join(label["body"] + [c["text"] for c in label["comments"]])).lower()
    for item in label["furniture"]:
        assert _fold(item) in text, item
        assert _fold(item).lower() not in labelled, item
    low, high = CLAIMS_PER_PAGE[path.parent.name]
    assert low <= len(label["claims"]) <= high
    for claim in label["claims"]:
        assert claim["source_type"] in SOURCE_TYPES
        assert isinstance(claim["hedged"], bool)
        assert (claim["where"] == "comment") == (claim["source_type"] == "commenter")
        pool = label["body"] if claim["where"] == "body" else [c["text"] for c in label["comments"]]
        assert any(claim["quote"] in _fold(p) for p in pool), claim["quote"]
        assert not _SENTENCE_END.search(claim["quote"].rstrip()), claim["quote"]  # one sentence
