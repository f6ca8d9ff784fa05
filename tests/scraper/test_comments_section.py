"""What is (and is not) a comment section: nodes never hold the article, look-alikes are ignored."""

from __future__ import annotations

import lxml.html

from scraper._comments import CommentsResult, extract_comments


def run(html: str) -> CommentsResult:
    """Extract comments from an inline page."""
    return extract_comments(lxml.html.document_fromstring(html))


def _node_text(result: CommentsResult) -> str:
    return " ".join(node.text_content() for node in result.nodes)


def test_typo3_content_ids_are_not_comments() -> None:
    result = run(
        """<html><body><div id="c101" class="frame frame-default"><p>First section of the
        article, long enough to look like text.</p></div><div id="c102" class="frame"><p>Second
        section of the article.</p></div></body></html>"""
    )
    assert result.comments == []
    assert result.nodes == []


def test_recent_comments_widget_is_not_this_pages_comments() -> None:
    result = run(
        """<html><body><article><h1>T</h1><div class="entry-content"><p>Body.</p></div></article>
        <div class="widget widget_recent_comments"><ul class="recentcomments">
        <li class="recent-comment comment"><span class="comment-author">Bob</span> on Other</li>
        <li class="recent-comment comment"><span class="comment-author">Ann</span> on Another</li>
        </ul></div></body></html>"""
    )
    assert result.comments == []


def test_login_prompt_alone_is_not_a_comment() -> None:
    result = run(
        """<html><body><p>Body</p><div class="comment">Bitte melden Sie sich an, um diesen
        Artikel zu kommentieren.</div></body></html>"""
    )
    assert result.comments == []


def test_article_bylines_are_not_forum_posts() -> None:
    result = run(
        """<html><body><div class="page"><div class="head"><p>Posted: Nov 8, 2023 / 04:43 PM</p>
        <h2>Voters pass increase</h2></div><div class="main"><p>Posted: Nov 8, 2023 / 04:43 PM</p>
        <p>AUSTIN — Texas voters approved an amendment on Tuesday.</p></div></div></body></html>"""
    )
    assert result.comments == []


def test_comment_box_wrapper_yields_to_the_comment_inside() -> None:
    result = run(
        """<html><body><div class="comment-box"><h3>One Comment</h3><ul>
        <li id="comment-1446"><span class="fn">Marius</span><p>Ich bin gespannt.</p></li>
        </ul></div></body></html>"""
    )
    assert [(c.id, c.author, c.text) for c in result.comments] == [
        ("comment-1446", "Marius", "Ich bin gespannt.")
    ]


def test_nodes_never_hold_the_article_body() -> None:
    result = run(
        """<html><body><div class="wrap"><h1>Title</h1>
        <div class="entry-content"><p>The article body that must stay.</p>
        <div class="comment" id="comment-1"><b class="fn">In body?</b><p>Editor note.</p></div>
        </div>
        <div class="comment" id="comment-2"><b class="fn">Ana</b><p>Outside comment one.</p></div>
        <p>More article text between the comments.</p>
        <div class="comment" id="comment-3"><b class="fn">Beto</b><p>Outside comment two.</p></div>
        </div></body></html>"""
    )
    assert [c.author for c in result.comments] == ["Ana", "Beto"]
    assert "The article body that must stay." not in _node_text(result)
    assert "Outside comment one." in _node_text(result)


def test_sibling_heading_and_form_join_the_section() -> None:
    result = run(
        """<html><body><article><h1>T</h1><div class="entry-content"><p>Body.</p></div></article>
        <h3>2 Comments</h3>
        <ol class="commentlist"><li class="comment" id="comment-1"><cite class="fn">A</cite>
        <p>One.</p></li><li class="comment" id="comment-2"><cite class="fn">B</cite><p>Two.</p>
        </li></ol><div id="respond"><h3>Deja un comentario</h3><form></form></div></body></html>"""
    )
    texts = _node_text(result)
    assert "2 Comments" in texts and "Deja un comentario" in texts
    assert "Body." not in texts
    reasons = {block.text: block.reason for block in result.furniture}
    assert reasons["2 Comments"] == "comment count"


def test_sidebar_layout_class_on_the_content_wrapper_does_not_hide_comments() -> None:
    result = run(
        """<html><body><div class="content-wrapper right-sidebar"><ol class="comment-list">
        <li class="comment" id="comment-219"><div class="comment-body"><cite class="fn">Ina</cite>
        <div class="comment-content"><p>Danke für die schöne Zusammenfassung!</p></div></div>
        </li></ol></div></body></html>"""
    )
    assert [(c.author, c.text) for c in result.comments] == [
        ("Ina", "Danke für die schöne Zusammenfassung!")
    ]


def test_live_ticker_entries_are_not_comments() -> None:
    result = run(
        """<html><body><div class="live-match"><div class="live-match-comments">
        <div class="live-match-comment"><span class="minute">90'</span>
        <b class="author">Rédaction</b>
        <p>C'est terminé au Moustoir !</p></div>
        <div class="live-match-comment"><span class="minute">89'</span>
        <b class="author">Rédaction</b>
        <p>Le coup de pied de coin ne donne rien.</p></div></div></div></body></html>"""
    )
    assert result.comments == []


def test_short_article_without_body_classes_stays_out_of_nodes() -> None:
    result = run(
        """<html><body><div id="page"><h2>Narcomantas en Morelia</h2>
        <p>Aparecieron cinco mantas en puentes.</p>
        <ol class="commentlist"><li id="comment-1"><cite>Jorge</cite> Dice:
        <small class="commentmetadata">septiembre 22nd, 2011 en 5:16 pm</small>
        <p>Las quitaron pronto.</p></li><li id="comment-2"><cite>Maru</cite> Dice:
        <small class="commentmetadata">septiembre 23rd, 2011 en 9:02 am</small>
        <p>@Jorge sí.</p></li></ol></div></body></html>"""
    )
    assert [(c.author, c.text) for c in result.comments] == [
        ("Jorge", "Las quitaron pronto."),
        ("Maru", "@Jorge sí."),
    ]
    assert "Aparecieron cinco mantas" not in _node_text(result)
    assert "Las quitaron pronto." in _node_text(result)
