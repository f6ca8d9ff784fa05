"""Page text shown in a terminal is inert, and comment threads indent replies."""

from __future__ import annotations

from datetime import datetime

from scraper import Block, Comment, Document
from veracity._render import clean, shorten
from veracity.cli._thread import render_document


def test_clean_removes_escapes_and_bidi_overrides() -> None:
    assert clean("a\x1b[31mred\x1b[0m\u202eb\x07") == "a[31mred[0mb"
    assert clean("line one\nline two") == "line one line two"
    assert clean("keep\nnewlines", keep_newlines=True) == "keep\nnewlines"
    assert clean(None) == ""


def test_shorten_cuts_with_an_ellipsis() -> None:
    assert shorten("abcdef", 4) == "abc…"
    assert shorten("abc", 4) == "abc"


def test_thread_indents_replies_under_their_parent() -> None:
    doc = Document(
        title="T",
        body=[Block(text="Body.")],
        comments=[
            Comment(id="a", author="Ann", text="first", published=datetime(2011, 9, 22, 17, 16)),
            Comment(id="b", author="Bob", text="second"),
            Comment(id="c", author="Cy", text="reply to first", reply_to="a"),
            Comment(id="d", author="Di", text="reply to reply", reply_to="c"),
            Comment(id="e", author="Ed", text="loop", reply_to="e"),
        ],
    )
    lines = render_document(doc).splitlines()
    heads = [line for line in lines if "·" in line]
    assert [h.strip().split("]")[0] for h in heads] == ["[a", "[c", "[d", "[b", "[e"]
    assert heads[0].startswith("[a] Ann · 2011-09-22 17:16")
    assert heads[1].startswith("    [c]") and heads[2].startswith("        [d]")
    assert "time unknown" in heads[3]
