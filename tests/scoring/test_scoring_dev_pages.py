"""The hand-labelled development pages (English and Spanish): per-language accuracy targets."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from scoring import score
from tests.scoring._helpers import DATA, document_from, load_labelled

DEV = sorted((DATA / "dev").glob("*.json"))


def _norm(text: str) -> str:
    folded = text.replace("’", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", folded).lower()


def _by_language() -> dict[str, dict[str, list[bool]]]:
    results: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for path in DEV:
        data = load_labelled(path)
        report = score(document_from(data))
        for gold in data["claims"]:
            claim = next(
                (
                    c
                    for c in report.claims
                    if c.where == gold["where"] and _norm(gold["quote"]) in _norm(c.text)
                ),
                None,
            )
            bucket = results[data["lang"]]
            bucket["type"].append(
                claim is not None and claim.source_type.value == gold["source_type"]
            )
            if gold["hedged"] is not None:
                bucket["hedged"].append(claim is not None and bool(claim.hedges) == gold["hedged"])
    return results


def test_dev_pages_cover_both_languages() -> None:
    langs = {load_labelled(p)["lang"] for p in DEV}
    assert langs == {"en", "es"}
    assert len(DEV) >= 6


@pytest.mark.parametrize("lang", ["en", "es"])
def test_dev_source_type_accuracy_per_language(lang: str) -> None:
    hits = _by_language()[lang]["type"]
    assert sum(hits) / len(hits) >= 0.90


@pytest.mark.parametrize("lang", ["en", "es"])
def test_dev_hedging_accuracy_per_language(lang: str) -> None:
    hits = _by_language()[lang]["hedged"]
    assert sum(hits) / len(hits) >= 0.85
