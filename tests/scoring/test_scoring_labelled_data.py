"""The labelled pages themselves: every quote finds its sentence, labels use the eight types,
and each split holds both languages (a broken label would silently skew the measured numbers)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scoring import SourceType, score
from tests.scoring._helpers import DATA, document_from, load_labelled

SPLITS = [
    "dev",
    "heldout",
    "final",
    "round14",
    "round15",
    "round16",
    "round17",
    "round18",
    "round19",
    "round20",
    "round21",
    "round22",
    "round23",
]
FILES = [p for split in SPLITS for p in sorted((DATA / split).glob("*.json"))]
TYPES = {t.value for t in SourceType}


def _norm(text: str) -> str:
    folded = text.replace("’", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", folded).lower()


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.name}" for p in FILES])
def test_every_quote_finds_one_sentence_and_a_known_type(path: Path) -> None:
    data = load_labelled(path)
    report = score(document_from(data))
    assert data["lang"] in {"en", "es"}
    for gold in data["claims"]:
        assert gold["source_type"] in TYPES
        assert gold["where"] in {"body", "comment"}
        if gold["where"] == "comment":
            assert gold["source_type"] == "commenter"
        hits = [
            c
            for c in report.claims
            if c.where == gold["where"] and _norm(gold["quote"]) in _norm(c.text)
        ]
        assert len(hits) >= 1, gold["quote"]


@pytest.mark.parametrize("split", SPLITS)
def test_each_split_holds_both_languages(split: str) -> None:
    langs = [load_labelled(p)["lang"] for p in sorted((DATA / split).glob("*.json"))]
    assert langs.count("en") >= 2 and langs.count("es") >= 2


def test_comment_labels_are_always_met() -> None:
    for path in FILES:
        data = load_labelled(path)
        report = score(document_from(data))
        comments = [c for c in report.claims if c.where == "comment"]
        assert all(c.source_type is SourceType.COMMENTER for c in comments)
        authors = {str(c.get("author")) for c in data.get("comments", [])}
        assert all(c.source in authors for c in comments if c.source is not None)
