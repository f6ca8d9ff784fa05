"""Each comment family on small inline pages: records, nesting, ids, authors, furniture."""

from __future__ import annotations

from datetime import UTC, datetime

import lxml.html

from scraper._comments import CommentsResult, extract_comments


def run(html: str, **options: object) -> CommentsResult:
    """Extract comments from an inline page."""
    return extract_comments(lxml.html.document_fromstring(html), **options)  # type: ignore[arg-type]


def test_blogger_old_layout_reads_author_epoch_and_page_ids() -> None:
    result = run(
        """<html><body><div class="post-body entry-content">Post body.</div>
        <div id="comments"><h4>2 comments:</h4><dl id="comments-block">
        <dt class="comment-author" id="c10"><a name="c10"></a>
        <a href="/profile/1">Capo</a> said...</dt>
        <dd class="comment-body"><p>First.</p></dd>
        <dd class="comment-footer"><span class="comment-timestamp">
        <a href="/p.html?showComment=1316736960000#c10">September 22, 2011 5:16 PM</a></span></dd>
        <dt class="comment-author" id="c11">Anónimo dijo...</dt>
        <dd class="comment-body"><p>Segundo.</p></dd>
        <dd class="comment-footer"><a href="/p.html?showComment=1316740000000#c11">x</a></dd>
        </dl><p class="comment-footer"><a href="#">Post a Comment</a></p></div></body></html>"""
    )
    assert [(c.id, c.author, c.text) for c in result.comments] == [
        ("c10", "Capo", "First."),
        ("c11", "Anónimo", "Segundo."),
    ]
    assert result.comments[0].published == datetime(2011, 9, 23, 0, 16, tzinfo=UTC)
    assert [node.get("id") for node in result.nodes] == ["comments"]
    reasons = {block.text: block.reason for block in result.furniture}
    assert reasons["2 comments:"] == "comment count"
    assert reasons["Post a Comment"] == "comment form"


def test_blogger_dt_without_body_is_skipped() -> None:
    result = run(
        """<html><body><dl><dt class="comment-author">Ghost said...</dt><dt class="comment-author">
        Real said...</dt><dd class="comment-body">Text</dd></dl></body></html>"""
    )
    assert [(c.author, c.text) for c in result.comments] == [("Real", "Text")]


def test_wordpress_nested_children_give_reply_to() -> None:
    result = run(
        """<html><body><ol class="commentlist">
        <li class="comment" id="li-comment-1"><div id="comment-1">
          <div class="comment-author vcard">
          <cite class="fn">Ana</cite> <span class="says">says:</span></div>
          <div class="comment-meta"><a href="#comment-1">May 3, 2020 at 9:00 am</a></div>
          <p>Top level.</p><div class="reply"><a class="comment-reply-link">Reply</a></div></div>
          <ul class="children"><li class="comment" id="li-comment-2"><div id="comment-2">
            <div class="comment-author vcard"><cite class="fn">Beto</cite> says:</div>
            <p>Answer.</p><div class="reply"><a>Reply</a></div></div></li></ul>
        </li></ol></body></html>"""
    )
    assert [(c.id, c.author, c.text, c.reply_to) for c in result.comments] == [
        ("comment-1", "Ana", "Top level.", None),
        ("comment-2", "Beto", "Answer.", "comment-1"),
    ]
    assert result.comments[0].published == datetime(2020, 5, 3, 9, 0)


def test_time_datetime_attribute_beats_the_shown_text() -> None:
    result = run(
        """<html><body><ol class="comment-list"><li class="comment" id="comment-9">
        <b class="fn">X</b><time datetime="2020-05-03T09:00:00+02:00">3 May</time>
        <div class="comment-content"><p>Body.</p></div></li></ol></body></html>"""
    )
    assert result.comments[0].published == datetime(2020, 5, 3, 7, 0, tzinfo=UTC)


def test_disqus_server_rendered_posts() -> None:
    result = run(
        """<html><body><div id="disqus_thread"><ul class="post-list">
        <li class="post" id="post-1"><span class="author"><a>Lalo</a></span>
        <a class="time-ago" title="Tuesday, March 10, 2020 8:15 PM">2 years ago</a>
        <div class="post-message"><p>Hola.</p></div>
        <ul class="children"><li class="post" id="post-2"><span class="author">Pita</span>
        <div class="post-message"><p>Adiós.</p></div></li></ul></li></ul></div></body></html>""",
        reference=datetime(2022, 1, 1),
    )
    assert [(c.author, c.text, c.reply_to) for c in result.comments] == [
        ("Lalo", "Hola.", None),
        ("Pita", "Adiós.", "post-1"),
    ]
    assert result.comments[0].published == datetime(2020, 3, 10, 20, 15)


def test_microdata_comments() -> None:
    result = run(
        """<html><body><div itemscope itemtype="https://schema.org/Comment">
        <span itemprop="author" itemscope><meta itemprop="name" content="Reportero X"></span>
        <meta itemprop="dateCreated" content="2021-01-02T03:04:05Z">
        <div itemprop="text">Confirmado por dos fuentes.</div></div></body></html>"""
    )
    (comment,) = result.comments
    assert comment.author == "Reportero X"
    assert comment.published == datetime(2021, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert comment.text == "Confirmado por dos fuentes."
    assert comment.id == "c1"


def test_json_ld_article_comments_and_replies() -> None:
    result = run(
        """<html><head><script type="application/ld+json">
        {"@graph": [{"@type": "NewsArticle", "comment": [
          {"@type": "Comment", "author": {"name": "A"}, "text": "One", "dateCreated": "2020-01-01",
           "comment": {"@type": "Comment", "author": "B", "text": "Two"}},
          {"@type": "Comment", "author": "C", "text": ""}]}]}
        </script></head><body><p>Article</p></body></html>"""
    )
    assert [(c.id, c.author, c.text, c.reply_to) for c in result.comments] == [
        ("c1", "A", "One", None),
        ("c2", "B", "Two", "c1"),
    ]
    assert result.nodes == []


def test_drupal_indented_replies_belong_to_the_comment_before() -> None:
    result = run(
        """<html><body><section class="comments"><a id="comment-1"></a>
        <article class="comment"><span class="username">uno</span>
        <div class="content">Primero</div></article>
        <div class="indented"><a id="comment-2"></a><article class="comment">
        <span class="username">dos (no verificado)</span>
        <div class="content">Le respondo.</div></article></div>
        <a id="comment-3"></a><article class="comment"><span class="username">tres</span>
        <div class="content">Otro</div></article></section></body></html>"""
    )
    assert [(c.id, c.author, c.reply_to) for c in result.comments] == [
        ("comment-1", "uno", None),
        ("comment-2", "dos", "comment-1"),
        ("comment-3", "tres", None),
    ]


def test_spanish_comentarios_section_with_respuestas() -> None:
    result = run(
        """<html lang="es"><body><div id="comentarios"><h3>2 comentarios</h3>
        <div class="comentario">
        <span class="autor">Lupe</span> <span class="fecha">hace 2 horas</span>
        <div class="texto">Ya era hora.</div><a class="responder">Responder</a>
        <div class="respuestas"><div class="comentario"><span class="autor">Memo</span>
        <span class="fecha">05/03/2021 10:00</span><div class="texto">Cierto.</div></div></div>
        </div>
        </div></body></html>""",
        reference=datetime(2021, 3, 6, 12, 0),
    )
    assert [(c.author, c.text, c.published) for c in result.comments] == [
        ("Lupe", "Ya era hora.", datetime(2021, 3, 6, 10, 0)),
        ("Memo", "Cierto.", datetime(2021, 3, 5, 10, 0)),
    ]
    assert result.comments[1].reply_to == result.comments[0].id
    assert "Responder" in {block.text for block in result.furniture}


def test_forum_posts_drop_signatures() -> None:
    result = run(
        """<html><body><div class="posts">
        <div class="p"><div>Author: alpha</div><div>Posted: 1/2/2010 10:00 AM</div>
        <div>Text one.<br>--<br>alpha's signature</div></div>
        <div class="p"><div>Author: beta</div><div>Posted: 1/3/2010 11:00 AM</div>
        <div>Text two.</div><div class="signature">beta sig</div></div></div></body></html>"""
    )
    assert [(c.author, c.text) for c in result.comments] == [
        ("alpha", "Text one."),
        ("beta", "Text two."),
    ]
    signatures = {block.text for block in result.furniture if block.reason == "forum signature"}
    assert any("alpha's signature" in text for text in signatures)
    assert any("beta sig" in text for text in signatures)


def test_generic_repeated_blocks_under_a_discussion_heading() -> None:
    result = run(
        """<html><body><div><h2>Discussion</h2>
        <div class="x"><p><b>Kim</b> 2/3/2019 4:05 PM</p><p>I was there.</p></div>
        <div class="x"><p><b>Lee</b> 2/3/2019 5:05 PM</p><p>Me too.</p></div>
        </div></body></html>"""
    )
    assert [(c.author, c.text, c.published) for c in result.comments] == [
        ("Kim", "I was there.", datetime(2019, 2, 3, 16, 5)),
        ("Lee", "Me too.", datetime(2019, 2, 3, 17, 5)),
    ]


def test_generic_needs_a_comment_named_container() -> None:
    result = run(
        """<html><body><div class="list">
        <div class="x"><p><b>Kim</b> 2/3/2019 4:05 PM</p><p>A news teaser.</p></div>
        <div class="x"><p><b>Lee</b> 2/3/2019 5:05 PM</p><p>Another teaser.</p></div>
        </div></body></html>"""
    )
    assert result.comments == []


def test_plugin_prefixed_classes_wpdiscuz() -> None:
    result = run(
        """<html lang="es"><body><div id="wpd-threads" class="wpd-thread-list">
        <div id="wpd-comm-501_0" class="wpd-comment wpd_comment_level-1">
         <div class="wpd-comment-wrap"><div class="wpd-comment-header">
          <div class="wpd-comment-author">Guillermo</div>
          <div class="wpd-comment-date" title="22 septiembre, 2021 5:16 pm">hace 2 años</div></div>
          <div class="wpd-comment-text"><p>La nota se queda corta.</p></div>
          <div class="wpd-reply-button"><span>Responder</span></div></div>
         <div id="wpd-comm-502_501" class="wpd-comment wpd-reply wpd_comment_level-2">
          <div class="wpd-comment-wrap"><div class="wpd-comment-header">
          <div class="wpd-comment-author">Rosa</div>
          <div class="wpd-comment-date" title="23 septiembre, 2021 9:00 am">hace 2 años</div></div>
          <div class="wpd-comment-text"><p>De acuerdo.</p></div></div></div>
        </div></div></body></html>"""
    )
    assert [(c.author, c.text, c.published, c.reply_to) for c in result.comments] == [
        ("Guillermo", "La nota se queda corta.", datetime(2021, 9, 22, 17, 16), None),
        ("Rosa", "De acuerdo.", datetime(2021, 9, 23, 9, 0), "wpd-comm-501_0"),
    ]


def test_part_marked_comment_is_not_a_second_comment() -> None:
    result = run(
        """<html><body><ul class="comment-list"><li id="li-comment-7" class="comment">
        <article id="comment-7" class="comment"><header><span class="fn">Herbert</span></header>
        <section class="comment-content comment"><p>Wenns nur das wäre.</p></section></article>
        </li></ul></body></html>"""
    )
    assert [(c.id, c.author, c.text) for c in result.comments] == [
        ("comment-7", "Herbert", "Wenns nur das wäre.")
    ]


def test_name_on_date_said_header() -> None:
    result = run(
        """<html><body><ul class="comment-list"><li class="comment" id="comment-949868">
        <div id="div-comment-949868" class="comment-body"><div class="comment-author">
        <strong>Milan Griffes</strong> on
        <a href="#comment-949868">September 12, 2018 at 4:47 pm</a> said:</div>
        <p>Any update on the follow-up paper?</p><div class="reply"></div></div></li>
        <li class="comment" id="comment-949890"><div class="comment-body">
        <div class="comment-author">
        <strong>Catherine</strong> el <a href="#c">13 de septiembre de 2018 a las 17:23</a> dijo:
        </div><p>Todavía no.</p></div></li></ul></body></html>"""
    )
    assert [(c.author, c.published, c.text) for c in result.comments] == [
        ("Milan Griffes", datetime(2018, 9, 12, 16, 47), "Any update on the follow-up paper?"),
        ("Catherine", datetime(2018, 9, 13, 17, 23), "Todavía no."),
    ]


def test_thesis_dt_dd_pairs_make_one_comment() -> None:
    result = run(
        """<html><body><dl id="comment_list">
        <dt class="comment even depth-1" id="comment-1769281">
        <span class="comment_author">Armanox</span> <span class="comment_time">
        <a href="#comment-1769281">June 28, 2015 at 10:25 pm</a></span></dt>
        <dd class="comment even depth-1"><div class="format_text"><p>Really, no Shagrath?</p>
        </div></dd>
        <dt class="comment odd depth-1" id="comment-1779168">
        <span class="comment_author">FLOUNDER</span> <span class="comment_time">
        <a href="#comment-1779168">July 6, 2015 at 6:57 pm</a></span></dt>
        <dd class="comment odd depth-1"><div class="format_text"><p>Bogus list.</p></div></dd>
        </dl></body></html>"""
    )
    assert [(c.id, c.author, c.published, c.text) for c in result.comments] == [
        ("comment-1769281", "Armanox", datetime(2015, 6, 28, 22, 25), "Really, no Shagrath?"),
        ("comment-1779168", "FLOUNDER", datetime(2015, 7, 6, 18, 57), "Bogus list."),
    ]


def test_bem_class_names() -> None:
    result = run(
        """<html><body><ol class="comment-list"><li class="comment depth-1">
        <article id="comment-83694" class="comment-article media"><div class="media__body">
        <header class="comment__meta comment-author"><span class="comment__author-name">Julia</span>
        <time class="comment__time" datetime="2020-08-11T09:52:00+02:00">on 11/08/2020</time>
        <a class="comment-reply-link">Antworten</a></header>
        <section class="comment__content comment"><p>So schön geschrieben.</p></section>
        </div></article></li></ol></body></html>"""
    )
    assert [(c.id, c.author, c.text) for c in result.comments] == [
        ("comment-83694", "Julia", "So schön geschrieben.")
    ]
    assert result.comments[0].published == datetime(2020, 8, 11, 7, 52, tzinfo=UTC)
