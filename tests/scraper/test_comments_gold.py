"""The Borderland Beat seed (gold 001) rebuilt as a Blogger page: records match the gold labels.

Needs ../shared (the gold file); skipped in a clone without it.
"""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
import pytest

from scraper._comments import extract_comments

ROOT = Path(__file__).resolve().parents[2]
GOLD = sorted((ROOT.parent / "shared" / "gold").glob("001_*.json"))
PAGE = ROOT / "tests" / "data" / "comments" / "blogger_old_en.html"

pytestmark = pytest.mark.skipif(not GOLD, reason="../shared/gold is not available")


def test_blogger_page_matches_the_gold_comments() -> None:
    gold = json.loads(GOLD[0].read_text(encoding="utf-8"))
    tree = lxml.html.document_fromstring(PAGE.read_bytes())
    result = extract_comments(tree, url=gold["url"], lang=gold.get("lang"))
    comments = result.comments
    assert [c.text for c in comments] == [c["text"] for c in gold["comments"]]
    assert [c.author for c in comments] == [c["author"] for c in gold["comments"]]
    ids = [c.id for c in comments]
    expected_replies = [
        ids[c["reply_to"]] if c["reply_to"] is not None else None for c in gold["comments"]
    ]
    assert [c.reply_to for c in comments] == expected_replies
