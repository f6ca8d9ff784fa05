"""The hand-labelled seed pages: source types, hedging and sources against the gold labels."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scoring import score
from tests.scoring._helpers import DATA, document_from, load_labelled

GOLD = sorted((DATA / "gold").glob("*.json"))
SHARED = Path(__file__).resolve().parents[3] / "shared" / "gold"


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("“", '"').replace("”", '"')).lower()


def _results(files: list[Path]) -> list[tuple[dict, object]]:
    pairs = []
    for path in files:
        data = load_labelled(path)
        report = score(document_from(data))
        for gold in data["claims"]:
            match = next(
                (
                    c
                    for c in report.claims
                    if c.where == gold["where"] and _norm(gold["quote"]) in _norm(c.text)
                ),
                None,
            )
            pairs.append((gold, match))
    return pairs


def test_gold_files_are_bundled() -> None:
    assert len(GOLD) == 2


def test_every_gold_claim_is_found() -> None:
    missing = [gold["quote"] for gold, claim in _results(GOLD) if claim is None]
    assert missing == []


def test_gold_source_type_accuracy_at_least_95_percent() -> None:
    pairs = _results(GOLD)
    hits = sum(
        1
        for gold, claim in pairs
        if claim is not None and claim.source_type.value == gold["source_type"]
    )
    assert hits / len(pairs) >= 0.95


def test_gold_hedging_accuracy() -> None:
    pairs = [(g, c) for g, c in _results(GOLD) if g.get("hedged") is not None]
    hits = sum(
        1 for gold, claim in pairs if claim is not None and bool(claim.hedges) == gold["hedged"]
    )
    assert hits / len(pairs) >= 0.9


def test_gold_named_sources_match() -> None:
    pairs = [(g, c) for g, c in _results(GOLD) if g.get("source")]
    hits = sum(
        1
        for gold, claim in pairs
        if claim is not None and claim.source and _norm(gold["source"]) in _norm(claim.source)
    )
    assert hits / len(pairs) >= 0.85


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is not available in this clone")
def test_bundled_gold_matches_shared_copy() -> None:
    for path in GOLD:
        assert load_labelled(path) == load_labelled(SHARED / path.name)
