"""Forum threads: the opening post is the article, the replies are the comments."""

from __future__ import annotations

from lxml.html import document_fromstring

import scraper
from scraper._comments import extract_comments

OPENING = (
    "Police in Culiacán said on Monday that gunmen blocked the highway to Imala for six hours. "
    "According to the state prosecutor, three trucks were burned and two people were detained. "
    "Residents told local radio that the shooting began at dawn and lasted most of the morning, "
    "and schools in the area closed for the rest of the week."
)


def _post(number: int, author: str, when: str, text: str) -> str:
    return (
        f'<div id="p{number}" class="post bg{number % 2 + 1}"><div class="postbody">'
        f'<h3><a href="#p{number}">Re: Bloqueos en Imala</a></h3>'
        f'<p class="author">by <strong><a href="./memberlist.php?u={number}">{author}</a></strong>'
        f" &raquo; {when}</p>"
        f'<div class="content">{text}</div>'
        '<div class="signature">Saludos desde Sinaloa</div></div></div>'
    )


def _thread(first: str) -> str:
    posts = [
        _post(1, "CuliacanWatcher", "Mon Jan 13, 2020 9:12 am", first),
        _post(2, "Norteño77", "Mon Jan 13, 2020 10:03 am", "Same thing happened last year."),
        _post(
            3, "GueraSin", "Mon Jan 13, 2020 11:40 am", "My cousin lives there, all is calm now."
        ),
    ]
    return (
        '<html lang="en"><head><title>Bloqueos en Imala - Foro Sinaloa</title></head><body>'
        '<div id="page-header"><h1>Foro Sinaloa</h1><p>Board index</p></div>'
        '<div id="page-body"><h2>Bloqueos en Imala</h2>' + "".join(posts) + "</div></body></html>"
    )


def test_a_long_opening_post_is_the_article() -> None:
    result = extract_comments(document_fromstring(_thread(OPENING)))
    assert [c.author for c in result.comments] == ["Norteño77", "GueraSin"]
    assert all(c.reply_to is None for c in result.comments)
    doc = scraper.extract(_thread(OPENING))
    assert "three trucks were burned" in doc.text
    assert "Same thing happened last year" not in doc.text
    assert [c.author for c in doc.comments] == ["Norteño77", "GueraSin"]


def test_the_opening_posts_author_and_time_are_the_pages() -> None:
    result = extract_comments(document_fromstring(_thread(OPENING)))
    assert result.starter_author == "CuliacanWatcher"
    assert result.starter_published is not None
    doc = scraper.extract(_thread(OPENING))
    assert doc.author == "CuliacanWatcher"
    assert doc.published is not None and doc.published.date().isoformat() == "2020-01-13"


def test_a_byline_in_the_page_wins_over_the_opening_post() -> None:
    page = _thread(OPENING).replace(
        "</head>", '<meta name="author" content="Redacción Foro"></head>'
    )
    assert scraper.extract(page).author == "Redacción Foro"


def test_a_short_opening_post_stays_a_comment() -> None:
    result = extract_comments(document_fromstring(_thread("Anyone know what happened in Imala?")))
    assert [c.author for c in result.comments] == ["CuliacanWatcher", "Norteño77", "GueraSin"]


def test_an_article_outside_the_posts_keeps_every_post_a_comment() -> None:
    page = _thread(OPENING).replace(
        '<div id="page-body">',
        '<div class="entry-content"><p>' + OPENING + "</p><p>" + OPENING + "</p></div>"
        '<div id="page-body">',
    )
    result = extract_comments(document_fromstring(page))
    assert len(result.comments) == 3


def test_forum_quotes_answer_the_quoted_author() -> None:
    page = _thread("Anyone know what happened in Imala?").replace(
        "My cousin lives there, all is calm now.",
        "Norteño77 escribió: Same thing happened last year. Not like this, it was worse now.",
    )
    comments = extract_comments(document_fromstring(page)).comments
    assert comments[2].reply_to == comments[1].id
    assert comments[1].reply_to is None


def test_data_parent_attributes_name_the_parent() -> None:
    items = "".join(
        f'<div class="comment" data-id="{n}" {parent}><span class="comment-author">U{n}</span>'
        f'<span class="comment-date">22/09/2011 17:1{n}</span>'
        f'<div class="comment-text">Comentario número {n} sobre la balacera.</div></div>'
        for n, parent in [(1, ""), (2, 'data-parent="1"'), (3, 'data-parent="0"')]
    )
    page = (
        "<html><body><article><h1>Balacera</h1><p>" + OPENING + "</p></article>"
        '<section id="comentarios">' + items + "</section></body></html>"
    )
    comments = extract_comments(document_fromstring(page)).comments
    assert [c.id for c in comments] == ["1", "2", "3"]
    assert [c.reply_to for c in comments] == [None, "1", None]


def test_removed_placeholders_and_pingbacks_are_not_comments() -> None:
    items = (
        '<li class="comment" id="comment-1"><cite class="fn">Ana</cite>'
        '<time datetime="2020-01-13T10:00:00Z">Jan 13</time><p>Real comment about Imala.</p></li>'
        '<li class="comment" id="comment-2"><cite class="fn">Anonymous</cite>'
        '<time datetime="2020-01-13T11:00:00Z">Jan 13</time>'
        "<p>This comment has been removed by the author.</p></li>"
        '<li class="pingback" id="comment-3"><p>Otro blog: Bloqueos en Imala hoy</p></li>'
    )
    page = (
        "<html><body><article><h1>Imala</h1><p>" + OPENING + "</p></article>"
        '<ol class="commentlist">' + items + "</ol></body></html>"
    )
    comments = extract_comments(document_fromstring(page)).comments
    assert [c.author for c in comments] == ["Ana"]
