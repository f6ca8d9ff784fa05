"""The fast paths of extraction give what the plain paths give: trafilatura without the copy,
the shared element index, the furniture pass reading it."""

from __future__ import annotations

import copy
from pathlib import Path
from types import SimpleNamespace

import lxml.etree
import pytest

import scraper._extract as extract_module
from scraper import ExtractOptions, extract
from scraper._comments import extract_comments
from scraper._comments._index import build_index
from scraper._furniture import prune_markup
from scraper._html import decode_html, parse_html
from scraper._metadata import extract_metadata

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "veracity" / "samples").glob("*.html"))
PARAGRAPH = (
    "<p>The prosecutor said the cartel moved the shipments through the port for three years, "
    "according to court records reviewed by reporters this week.</p>"
)


def _tree(path: Path) -> lxml.etree._Element:
    return parse_html(decode_html(path.read_bytes())[0])


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_trafilatura_without_copy_gives_the_same_body(path: Path) -> None:
    """Handing the tree over (no copy) and bare_extraction (copy) give the same XML body."""
    options = ExtractOptions()
    copied = extract_module._trafilatura_body(_tree(path), options, None, copy=True)
    handed = extract_module._trafilatura_body(_tree(path), options, None, copy=False)
    assert copied is not None and handed is not None
    assert lxml.etree.tostring(handed) == lxml.etree.tostring(copied)
    assert len("".join(handed.itertext())) > 500


def test_the_copy_is_only_skipped_where_the_tree_is_not_needed_again() -> None:
    """With a copy the caller's tree is untouched; without, trafilatura may prune it."""
    page = (
        f"<html><body><article>{PARAGRAPH * 4}</article>"
        "<div id='comments'><p>Reader: first!</p></div></body></html>"
    )
    tree = parse_html(page)
    before = lxml.etree.tostring(tree)
    extract_module._trafilatura_body(tree, ExtractOptions(), None, copy=True)
    assert lxml.etree.tostring(tree) == before


def test_unknown_trafilatura_internals_fall_back_to_bare_extraction(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Another signature of trafilatura's internal cascade is not used; extraction still works."""

    def other(cleaned_tree: object, backup: object, options: object) -> None:
        raise AssertionError("must not be called")

    monkeypatch.setattr(extract_module.trafilatura_core, "trafilatura_sequence", other)
    assert extract_module._sequence_without_copy() is None
    monkeypatch.undo()
    monkeypatch.setattr(extract_module, "trafilatura_core", SimpleNamespace())  # no such name
    assert extract_module._sequence_without_copy() is None
    monkeypatch.setattr(extract_module, "_SEQUENCE", None)
    doc = extract(f"<html><body><article>{PARAGRAPH * 4}</article></body></html>")
    assert "court records" in doc.text


def test_a_page_trafilatura_discards_gives_no_body(monkeypatch: pytest.MonkeyPatch) -> None:
    """trafilatura's own "discard" signal (ValueError) means no body, as in bare_extraction."""

    def refuse(tree: object, options: object, url: object) -> None:
        raise ValueError("discard")

    monkeypatch.setattr(extract_module, "_SEQUENCE", refuse)
    tree = parse_html(f"<html><body>{PARAGRAPH}</body></html>")
    assert extract_module._trafilatura_body(tree, ExtractOptions(), None, copy=False) is None


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_stages_given_the_shared_index_match_building_their_own(path: Path) -> None:
    """Metadata, comments and the furniture pass read the same facts from a shared index."""
    tree = _tree(path)
    meta_shared = extract_metadata(tree, index=build_index(tree))
    assert meta_shared == extract_metadata(tree)
    shared = extract_comments(tree, index=build_index(tree))
    alone = extract_comments(tree)
    assert [c.text for c in shared.comments] == [c.text for c in alone.comments]
    assert len(shared.nodes) == len(alone.nodes)
    first, second = copy.deepcopy(tree), copy.deepcopy(tree)
    assert prune_markup(first, index=build_index(first)) == prune_markup(second)
    assert lxml.etree.tostring(first) == lxml.etree.tostring(second)


def test_furniture_pass_skips_index_entries_that_left_the_tree() -> None:
    """Index entries dropped before the pass (as comment nodes are) give no furniture; comment
    regions still leave the tree and share links are still furniture."""
    page = (
        "<html><body><div id='comments'><p>Reader one: a fine article.</p></div>"
        "<div class='share-links'><a>Share on Facebook</a><a>Tweet this story</a></div>"
        f"<div class='related-posts'><a>Another story</a></div>{PARAGRAPH * 2}</body></html>"
    )
    tree = parse_html(page)
    index = build_index(tree)
    tree.find(".//div[@class='related-posts']").drop_tree()
    texts = [block.text for block in prune_markup(tree, index=index)]
    assert tree.find(".//div[@id='comments']") is None
    assert texts == ["Share on Facebook Tweet this story"]


def test_byline_ignores_comment_authors_and_reads_rdfa_and_classes() -> None:
    """Byline look-ups from the index keep their order and stay out of the comments."""
    comment = (
        "<div class='comment-list'><span itemprop='author'><span itemprop='name'>Lector</span>"
        "</span></div>"
    )
    rdfa = "<span property='schema:author'>Marta Gil</span>"
    byline = "<div class='td-byline'>Por Ana Ruiz | 22/09/2011</div>"
    for body, expected in ((comment + rdfa + byline, "Marta Gil"), (comment + byline, "Ana Ruiz")):
        tree = parse_html(f"<html><body>{body}{PARAGRAPH}</body></html>")
        assert extract_metadata(tree).author == expected
