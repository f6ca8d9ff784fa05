"""Every dev page under tests/data/comments against its expected records."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import lxml.html
import pytest

from scraper._comments import CommentsResult, extract_comments

DATA = Path(__file__).resolve().parents[1] / "data" / "comments"
PAGES = sorted(path.stem for path in DATA.glob("*.html"))


def _load(name: str) -> tuple[CommentsResult, dict, lxml.html.HtmlElement]:
    """Parse a dev page, run the extractor with the page's reference time, return both."""
    expected = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    tree = lxml.html.document_fromstring((DATA / f"{name}.html").read_bytes())
    reference = datetime.fromisoformat(expected.get("reference", "2026-01-01T00:00:00"))
    return extract_comments(tree, reference=reference), expected, tree


def test_there_are_at_least_ten_dev_pages() -> None:
    assert len(PAGES) >= 10
    for name in PAGES:
        assert (DATA / f"{name}.json").exists(), name


@pytest.mark.parametrize("name", PAGES)
def test_records_match_expectations(name: str) -> None:
    result, expected, _ = _load(name)
    want = expected["comments"]
    assert len(result.comments) == len(want)
    ids = [comment.id for comment in result.comments]
    for got, wanted in zip(result.comments, want, strict=True):
        assert got.author == wanted["author"]
        published = wanted["published"]
        assert got.published == (datetime.fromisoformat(published) if published else None)
        assert got.text.startswith(wanted["text"]), (got.text, wanted["text"])
        parent = wanted["reply_to"]
        assert got.reply_to == (ids[parent] if parent is not None else None)
        if "id" in wanted:
            assert got.id == wanted["id"]


@pytest.mark.parametrize("name", PAGES)
def test_furniture_stays_out_of_comment_texts(name: str) -> None:
    result, expected, _ = _load(name)
    for comment in result.comments:
        for furniture in expected["furniture"]:
            pattern = rf"(?<!\w){re.escape(furniture)}(?!\w)"
            assert not re.search(pattern, comment.text, re.IGNORECASE), (comment.id, furniture)


@pytest.mark.parametrize("name", PAGES)
def test_section_nodes_hold_comments_but_not_the_body(name: str) -> None:
    result, expected, _ = _load(name)
    section_text = " ".join(node.text_content() for node in result.nodes)
    for body in expected["body_outside"]:
        assert body not in section_text
    if result.comments and name != "jsonld_es":  # JSON-LD comments have no markup to remove
        assert result.nodes
        for comment in result.comments:
            assert "".join(comment.text[:20].split()) in "".join(section_text.split())


@pytest.mark.parametrize("name", PAGES)
def test_extraction_does_not_change_the_tree(name: str) -> None:
    tree = lxml.html.document_fromstring((DATA / f"{name}.html").read_bytes())
    before = lxml.html.tostring(tree)
    extract_comments(tree)
    assert lxml.html.tostring(tree) == before


@pytest.mark.parametrize("name", PAGES)
def test_ids_are_unique_and_stable(name: str) -> None:
    first, _, _ = _load(name)
    second, _, _ = _load(name)
    ids = [comment.id for comment in first.comments]
    assert len(set(ids)) == len(ids)
    assert ids == [comment.id for comment in second.comments]
