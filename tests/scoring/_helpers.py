"""Shared helpers for the scoring tests: labelled pages and small documents."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bench.eval_scoring import build_document
from scoring import Claim, Report
from scraper import Block, Comment, Document

DATA = Path(__file__).resolve().parent.parent / "data" / "scoring"


def load_labelled(path: Path) -> dict[str, Any]:
    """One labelled page: body paragraphs, comments and expected claims."""
    return json.loads(path.read_text(encoding="utf-8"))


def document_from(data: dict[str, Any]) -> Document:
    """A Document built straight from a labelled page, independent of extraction (the same
    builder `bench/eval_scoring.py` measures with, replies included)."""
    return build_document(data)


def doc(
    *paragraphs: str, url: str | None = "https://example.org/a", comments: list[str] | None = None
) -> Document:
    """A small Document from paragraphs and comment texts."""
    return Document(
        url=url,
        body=[Block(text=p) for p in paragraphs],
        comments=[
            Comment(id=f"c{i}", author=f"user{i}", text=t) for i, t in enumerate(comments or [])
        ],
    )


def claim_with(report: Report, fragment: str) -> Claim:
    """The claim whose text contains ``fragment``; fails the test when there is none."""
    for claim in report.claims:
        if fragment in claim.text:
            return claim
    raise AssertionError(f"no claim contains {fragment!r}: {[c.text for c in report.claims]}")
