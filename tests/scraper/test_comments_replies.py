"""Replies from "@ <time>" and "@Name" references, and how ids are chosen."""

from __future__ import annotations

from datetime import datetime

import lxml.html

from scraper._comments import extract_comments
from scraper._comments._record import RawComment
from scraper._comments._replies import assign_ids, build_comments


def _blogger(entries: list[tuple[str, str, str]]) -> str:
    """A Blogger dl page from (author, shown time, text) triples, without page ids."""
    rows = "".join(
        f'<dt class="comment-author">{author} said...</dt><dd class="comment-body">'
        f"<p>{text}</p></dd>"
        f'<dd class="comment-footer"><span class="comment-timestamp"><a>{shown}</a></span></dd>'
        for author, shown, text in entries
    )
    return f'<html><body><div id="comments"><dl id="comments-block">{rows}</dl></div></body></html>'


def _extract(html: str) -> list:
    return extract_comments(lxml.html.document_fromstring(html)).comments


def test_at_timestamp_points_to_the_comment_shown_at_that_time() -> None:
    comments = _extract(
        _blogger(
            [
                ("Anonymous", "September 22, 2011 5:16 PM", "Old news."),
                ("Anonymous", "September 22, 2011 6:00 PM", "New news."),
                ("Anonymous", "September 22, 2011 7:00 PM", "@ September 22, 2011 5:16 PM agreed"),
            ]
        )
    )
    assert comments[2].reply_to == comments[0].id
    assert comments[2].text.startswith("@ September 22, 2011 5:16 PM")
    assert comments[2].published == datetime(2011, 9, 22, 19, 0)


def test_at_timestamp_with_no_matching_comment_is_not_a_reply() -> None:
    comments = _extract(
        _blogger(
            [
                ("Anonymous", "September 22, 2011 5:16 PM", "Old news."),
                ("Anonymous", "September 22, 2011 7:00 PM", "@ September 21, 2011 1:00 PM what?"),
            ]
        )
    )
    assert comments[1].reply_to is None


def test_at_timestamp_only_looks_backwards() -> None:
    comments = _extract(
        _blogger(
            [
                ("Anonymous", "September 22, 2011 5:16 PM", "@ September 22, 2011 7:00 PM future"),
                ("Anonymous", "September 22, 2011 7:00 PM", "Later."),
            ]
        )
    )
    assert comments[0].reply_to is None


def test_at_name_points_to_the_latest_earlier_comment_by_that_author() -> None:
    comments = _extract(
        _blogger(
            [
                ("Capo", "September 22, 2011 5:16 PM", "One."),
                ("Capo", "September 22, 2011 5:20 PM", "Two."),
                ("Chivo", "September 22, 2011 5:30 PM", "@Capo you are wrong"),
                ("Capo Grande", "September 22, 2011 5:40 PM", "Hi."),
                ("Lola", "September 22, 2011 5:50 PM", "@Capo Grande hello"),
                ("Lola", "September 22, 2011 5:55 PM", "@Capone nobody"),
            ]
        )
    )
    assert comments[2].reply_to == comments[1].id
    assert comments[4].reply_to == comments[3].id
    assert comments[5].reply_to is None


def test_nesting_wins_over_at_references() -> None:
    html = """<html><body><ol class="commentlist">
      <li class="comment" id="comment-1"><cite class="fn">A</cite>
      <div class="comment-content">x</div>
        <ol class="children"><li class="comment" id="comment-2"><cite class="fn">B</cite>
        <div class="comment-content">@C hi</div></li></ol></li>
      <li class="comment" id="comment-3"><cite class="fn">C</cite>
      <div class="comment-content">y</div></li>
    </ol></body></html>"""
    comments = _extract(html)
    assert comments[1].reply_to == "comment-1"


def test_generated_ids_are_positional_and_avoid_page_id_clashes() -> None:
    raws = [RawComment(text="a"), RawComment(text="b", page_id="c1"), RawComment(text="c")]
    assert assign_ids(raws) == ["c1_", "c1", "c3"]
    duplicated = [RawComment(text="a", page_id="x"), RawComment(text="b", page_id="x")]
    ids = assign_ids(duplicated)
    assert ids[0] == "x" and ids[1] != "x"


def test_out_of_range_parent_index_is_ignored() -> None:
    comments = build_comments([RawComment(text="a", parent=5), RawComment(text="b", parent=0)])
    assert [c.reply_to for c in comments] == [None, "c1"]
    assert build_comments([RawComment(text="a", parent="nowhere")])[0].reply_to is None


def test_at_clock_only_points_to_the_latest_comment_shown_at_that_time() -> None:
    comments = _extract(
        _blogger(
            [
                ("Anonymous", "September 21, 2011 5:16 PM", "Day before."),
                ("Anonymous", "September 22, 2011 5:16 PM", "Same clock, later day."),
                ("Anonymous", "September 22, 2011 6:00 PM", "Other."),
                ("Anonymous", "September 22, 2011 7:00 PM", "@5:16 PM no way"),
                ("Anonymous", "September 22, 2011 7:30 PM", "@ 18:00 ¿en serio?"),
                ("Anonymous", "September 22, 2011 7:45 PM", "@9:99 nothing"),
            ]
        )
    )
    assert comments[3].reply_to == comments[1].id
    assert comments[4].reply_to == comments[2].id
    assert comments[5].reply_to is None


def test_in_reply_to_name_and_en_respuesta_a() -> None:
    comments = _extract(
        _blogger(
            [
                ("Lupita", "September 22, 2011 5:16 PM", "Uno."),
                ("Dan", "September 22, 2011 5:20 PM", "Two."),
                ("Memo", "September 22, 2011 5:30 PM", "En respuesta a Lupita: cierto."),
                ("Kay", "September 22, 2011 5:40 PM", "In reply to Dan. Agreed."),
            ]
        )
    )
    assert comments[2].reply_to == comments[0].id
    assert comments[3].reply_to == comments[1].id


def test_hostile_page_ids_are_replaced() -> None:
    raws = [
        RawComment(text="a", page_id="comment-1"),
        RawComment(text="b", page_id="evil\x1b[2J id"),
        RawComment(text="c", page_id="x" * 500),
    ]
    assert assign_ids(raws) == ["comment-1", "c2", "c3"]
