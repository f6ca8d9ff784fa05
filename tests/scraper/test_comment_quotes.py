"""Quoted posts inside replies leave the reply's text and point ``reply_to`` at the quoted post."""

from __future__ import annotations

import lxml.html
import pytest

from scraper._comments import extract_comments
from scraper._comments._quotes import find_quote_boxes
from scraper._models import Comment

ARTICLE = (
    "<article><h1>Motín en el penal</h1><div class='entry-content'><p>"
    + "Los internos tomaron el pabellón B durante la madrugada del lunes. " * 6
    + "</p></div></article>"
)


def _wordpress(posts: list[tuple[str, str, str]]) -> str:
    """A WordPress comment list from (author, minute, body html) triples; ids comment-1..."""
    items = "".join(
        f'<li class="comment" id="comment-{n}"><article class="comment-body">'
        f'<footer class="comment-meta"><cite class="fn">{author}</cite>'
        f'<time datetime="2024-09-02T19:{minute}:00Z">2 sep 2024</time></footer>'
        f'<div class="comment-content">{body}</div></article></li>'
        for n, (author, minute, body) in enumerate(posts, start=1)
    )
    return (
        f"<html lang='es'><body>{ARTICLE}<div id='comments'><h2>Comentarios</h2>"
        f"<ol class='comment-list'>{items}</ol></div></body></html>"
    )


def _phpbb(posts: list[tuple[str, str, str]]) -> str:
    """A phpBB 3 topic page (prosilver) from (author, shown time, content html) triples."""
    blocks = "".join(
        f'<div id="p{1000 + n}" class="post bg{n % 2 + 1}"><div class="inner">'
        f'<div class="postbody"><h3><a href="#p{1000 + n}">Re: Motín</a></h3>'
        f'<p class="author">por <strong><a href="./memberlist.php?u={n}">{author}</a></strong>'
        f" &raquo; {shown}</p>"
        f'<div class="content">{content}</div></div>'
        f'<dl class="postprofile"><dt>{author}</dt><dd>Mensajes: 8</dd></dl></div></div>'
        for n, (author, shown, content) in enumerate(posts)
    )
    return f"<html lang='es'><body>{ARTICLE}<div id='page-body'>{blocks}</div></body></html>"


def _comments(html: str) -> list[Comment]:
    return extract_comments(lxml.html.document_fromstring(html)).comments


def _texts(comments: list[Comment]) -> list[str]:
    return [c.text for c in comments]


FIRST = "En un audio que está rodando un preso asegura que la Guardia entró disparando."
SECOND = "Mi primo es custodio ahí y dice que se encerraron en la dirección."


@pytest.mark.parametrize("verb", ["escribió", "wrote"])
def test_phpbb_cite_quote_leaves_the_text_and_answers_the_quoted_author(verb: str) -> None:
    quote = f"<blockquote><div><cite>Vlc_Informa {verb}:</cite>{FIRST}</div></blockquote>"
    comments = _comments(
        _phpbb(
            [
                ("Vlc_Informa", "Lun Sep 02, 2024 7:41 pm", FIRST),
                ("ValenciaCiudadana", "Lun Sep 02, 2024 7:50 pm", SECOND),
                ("Gocho_en_Vlc", "Lun Sep 02, 2024 7:58 pm", quote + "Ese audio es viejo."),
            ]
        )
    )
    assert _texts(comments) == [FIRST, SECOND, "Ese audio es viejo."]
    assert [c.reply_to for c in comments] == [None, None, comments[0].id]


def test_phpbb_33_cite_links_to_the_quoted_post_id() -> None:
    quote = (
        '<blockquote cite="./viewtopic.php?p=1000#p1000"><div><cite>'
        '<a href="./memberlist.php?u=1">Vlc_Informa</a> wrote: '
        '<a href="./viewtopic.php?p=1000#p1000" data-post-id="1000">↑</a>'
        f"<span>Mon Sep 02, 2024 7:41 pm</span></cite>{FIRST}</div></blockquote>"
    )
    comments = _comments(
        _phpbb(
            [
                ("Vlc_Informa", "Mon Sep 02, 2024 7:41 pm", FIRST),
                ("Vlc_Informa", "Mon Sep 02, 2024 7:50 pm", SECOND),
                ("Gocho", "Mon Sep 02, 2024 7:58 pm", quote + "That audio is old."),
            ]
        )
    )
    assert comments[2].text == "That audio is old."
    assert comments[2].reply_to == comments[0].id  # the linked post, not the author's latest


def test_quote_naming_an_author_with_two_earlier_posts_answers_the_latest() -> None:
    quote = f"<blockquote><div><cite>Vlc_Informa escribió:</cite>{FIRST}</div></blockquote>"
    comments = _comments(
        _phpbb(
            [
                ("Vlc_Informa", "Lun Sep 02, 2024 7:41 pm", FIRST),
                ("Otro", "Lun Sep 02, 2024 7:45 pm", SECOND),
                ("Vlc_Informa", "Lun Sep 02, 2024 7:50 pm", "Y ahora dicen que hay heridos."),
                ("Gocho_en_Vlc", "Lun Sep 02, 2024 7:58 pm", quote + "Ese audio es viejo."),
                ("Vlc_Informa", "Lun Sep 02, 2024 8:10 pm", "Más tarde confirmo."),
            ]
        )
    )
    assert comments[3].text == "Ese audio es viejo."
    assert comments[3].reply_to == comments[2].id


@pytest.mark.parametrize(
    ("label", "posted", "view"),
    [
        ("Quote:", "Originally Posted by", "View Post"),
        ("Cita:", "Originalmente Escrito por", "Ver mensaje"),
    ],
)
def test_vbulletin_quote_box(label: str, posted: str, view: str) -> None:
    quote = (
        f'<div class="bbcode_container"><div class="bbcode_description">{label}</div>'
        '<div class="bbcode_quote"><div class="quote_container">'
        '<div class="bbcode_quote_container"></div>'
        f'<div class="bbcode_postedby">{posted} <strong>Capo</strong> '
        f'<a href="showthread.php?p=77#post77" rel="nofollow">{view}</a></div>'
        f'<div class="message">{FIRST}</div></div></div></div>'
    )
    comments = _comments(
        _wordpress(
            [
                ("Capo", "10", FIRST),
                ("Chivo", "20", SECOND),
                ("Lola", "30", quote + "Nobody believes that audio."),
            ]
        )
    )
    assert _texts(comments)[2] == "Nobody believes that audio."
    assert comments[2].reply_to == comments[0].id


@pytest.mark.parametrize(
    "header",
    ["Cita de: Chivo en 02 Septiembre 2024, 19:20", "Quote from: Chivo on September 02, 2024"],
)
def test_smf_quote_header_and_blockquote(header: str) -> None:
    quote = (
        '<div class="quoteheader"><div class="topslice_quote">'
        f'<a href="index.php?topic=5.msg1#msg1">{header}</a>'
        f'</div></div><blockquote class="bbc_standard_quote">{SECOND}</blockquote>'
        '<div class="quotefooter"><div class="botslice_quote"></div></div>'
    )
    comments = _comments(
        _wordpress(
            [
                ("Capo", "10", FIRST),
                ("Chivo", "20", SECOND),
                ("Lola", "30", quote + "Eso no es cierto, la dirección estaba vacía."),
            ]
        )
    )
    assert comments[2].text == "Eso no es cierto, la dirección estaba vacía."
    assert comments[2].reply_to == comments[1].id


@pytest.mark.parametrize(
    ("attribute", "said", "expand"),
    [
        ("data-author", "said:", "Click to expand..."),
        ("data-quote", "dijo:", "Clic para expandir..."),
    ],
)
def test_xenforo_quote_block(attribute: str, said: str, expand: str) -> None:
    quote = (
        '<blockquote class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote" '
        f'{attribute}="Capo" data-source="post: 4411">'
        '<div class="bbCodeBlock-title"><a class="bbCodeBlock-sourceJump" '
        f'href="/goto/post?id=4411">Capo {said}</a></div>'
        f'<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent">{FIRST}</div>'
        f'<div class="bbCodeBlock-expandLink"><a>{expand}</a></div></div></blockquote>'
    )
    comments = _comments(
        _wordpress(
            [
                ("Capo", "10", FIRST),
                ("Capo", "15", "Another thing entirely."),
                ("Lola", "30", quote + "Source?"),
            ]
        )
    )
    assert comments[2].text == "Source?"
    assert comments[2].reply_to == comments[1].id  # post 4411 is not on the page: the author


def test_discourse_aside_quote() -> None:
    quote = (
        '<aside class="quote no-group" data-username="chivo" data-post="2" data-topic="9">'
        '<div class="title"><div class="quote-controls"></div>chivo:</div>'
        f"<blockquote><p>{SECOND}</p></blockquote></aside>"
    )
    comments = _comments(
        _wordpress(
            [
                ("capo", "10", FIRST),
                ("chivo", "20", SECOND),
                ("lola", "30", quote + "<p>Which cousin? Names please.</p>"),
            ]
        )
    )
    assert comments[2].text == "Which cousin? Names please."
    assert comments[2].reply_to == comments[1].id


def test_wordpress_blockquote_of_an_earlier_comment() -> None:
    comments = _comments(
        _wordpress(
            [
                ("Ana", "10", f"<p>{FIRST}</p>"),
                ("Beto", "20", f"<p>{SECOND}</p>"),
                ("Caro", "30", f"<blockquote>{FIRST}</blockquote><p>Ese audio es de 2023.</p>"),
            ]
        )
    )
    assert comments[2].text == "Ese audio es de 2023."
    assert comments[2].reply_to == comments[0].id


def test_a_blockquote_of_an_article_or_law_stays_in_the_text() -> None:
    law = "Artículo 44: nadie podrá ser arrestado o detenido sino en virtud de una orden judicial."
    comments = _comments(
        _wordpress(
            [
                ("Ana", "10", f"<p>{FIRST}</p>"),
                ("Caro", "30", f"<blockquote>{law}</blockquote><p>Eso dice la Constitución.</p>"),
            ]
        )
    )
    assert comments[1].text == f"{law} Eso dice la Constitución."
    assert comments[1].reply_to is None


@pytest.mark.parametrize(
    "quote",
    [
        "<blockquote><p>{cited}</p><cite>El Universal</cite></blockquote>",
        "<blockquote><p>El fiscal dijo: {cited}</p></blockquote>",
        "<blockquote><p>The prosecutor said: {cited}</p></blockquote>",
    ],
)
def test_a_news_quote_with_a_source_or_said_line_stays_in_the_text(quote: str) -> None:
    cited = "Las autoridades confirmaron tres heridos durante el operativo del lunes."
    body = quote.format(cited=cited) + "<p>Nadie lo cree.</p>"
    comments = _comments(_wordpress([("Ana", "10", f"<p>{FIRST}</p>"), ("Caro", "30", body)]))
    assert cited in comments[1].text
    assert comments[1].text.endswith("Nadie lo cree.")
    assert comments[1].reply_to is None


def test_a_bare_cite_naming_an_earlier_commenter_is_a_quoted_post() -> None:
    body = "<blockquote><cite>Beto</cite><p>No entiendo nada de esto.</p></blockquote><p>Yo sí.</p>"
    comments = _comments(
        _wordpress([("Ana", "10", f"<p>{FIRST}</p>"), ("Beto", "20", SECOND), ("Caro", "30", body)])
    )
    assert comments[2].text == "Yo sí."
    assert comments[2].reply_to == comments[1].id


def test_a_blockquote_citing_an_article_link_stays_in_the_text() -> None:
    cited = "Las autoridades confirmaron tres heridos durante el operativo del lunes."
    body = (
        f'<blockquote cite="https://diario.example/?p=1">{cited}</blockquote>'
        "<p>Eso publicó el diario, pero nadie lo cree.</p>"
    )
    comments = _comments(_wordpress([("Ana", "10", f"<p>{FIRST}</p>"), ("Caro", "30", body)]))
    assert comments[1].text == f"{cited} Eso publicó el diario, pero nadie lo cree."
    assert comments[1].reply_to is None


def test_a_blockquote_linking_to_an_earlier_comment_answers_it() -> None:
    body = (
        f'<blockquote cite="#comment-1"><p>{FIRST[:40]}</p></blockquote>'
        "<p>Falso, es un audio de 2023.</p>"
    )
    comments = _comments(
        _wordpress([("Ana", "10", f"<p>{FIRST}</p>"), ("Beto", "20", SECOND), ("Caro", "30", body)])
    )
    assert comments[2].text == "Falso, es un audio de 2023."
    assert comments[2].reply_to == comments[0].id


def test_plain_wrote_line_quoting_an_earlier_post_in_english() -> None:
    comments = _comments(
        _wordpress(
            [
                ("Capo", "10", f"<p>{FIRST}</p>"),
                ("Chivo", "20", f"<p>{SECOND}</p>"),
                ("Lola", "30", f"<p>Capo wrote:</p><p>{FIRST}</p><p>Fake, it is from 2023.</p>"),
            ]
        )
    )
    assert comments[2].text == "Fake, it is from 2023."
    assert comments[2].reply_to == comments[0].id


@pytest.mark.parametrize("header", ["Cita de Chivo:", "Chivo escribió:"])
def test_plain_spanish_quote_lines(header: str) -> None:
    comments = _comments(
        _wordpress(
            [
                ("Capo", "10", f"<p>{FIRST}</p>"),
                ("Chivo", "20", f"<p>{SECOND}</p>"),
                ("Lola", "30", f"<p>{header} «{SECOND}»</p><p>¿Cuál primo?</p>"),
            ]
        )
    )
    assert comments[2].text == "¿Cuál primo?"
    assert comments[2].reply_to == comments[1].id


def test_a_wrote_line_without_the_quoted_words_keeps_its_text() -> None:
    body = "<p>Chivo escribió: que no pasó nada, pero yo vi el humo desde mi casa.</p>"
    comments = _comments(
        _wordpress([("Capo", "10", f"<p>{FIRST}</p>"), ("Chivo", "20", f"<p>{SECOND}</p>"),
                    ("Lola", "30", body)])
    )  # fmt: skip
    assert comments[2].text.startswith("Chivo escribió: que no pasó nada")
    assert comments[2].reply_to == comments[1].id


def test_markup_parent_wins_over_the_quote() -> None:
    quote = f"<blockquote><cite>Capo escribió:</cite>{FIRST}</blockquote>"
    page = _wordpress([("Capo", "10", FIRST), ("Chivo", "20", SECOND)]).replace(
        "</article></li></ol>",
        '</article><ol class="children"><li class="comment" id="comment-3">'
        '<article class="comment-body"><footer class="comment-meta"><cite class="fn">Lola</cite>'
        '<time datetime="2024-09-02T19:30:00Z">2 sep</time></footer>'
        f'<div class="comment-content">{quote}<p>No es cierto.</p></div></article></li></ol>'
        "</li></ol>",
    )
    comments = _comments(page)
    assert [c.author for c in comments] == ["Capo", "Chivo", "Lola"]
    assert comments[2].text == "No es cierto."
    assert comments[2].reply_to == comments[1].id  # nested under Chivo's comment


def test_quote_of_an_unknown_author_leaves_the_text_but_no_reply() -> None:
    quote = f"<blockquote><div><cite>Fantasma escribió:</cite>{FIRST}</div></blockquote>"
    comments = _comments(_wordpress([("Capo", "10", SECOND), ("Lola", "30", quote + "Falso.")]))
    assert comments[1].text == "Falso."
    assert comments[1].reply_to is None


def test_find_quote_boxes_ignores_plain_markup() -> None:
    element = lxml.html.fragment_fromstring(
        "<div><p>Hola</p><aside class='quote' data-username='x'><blockquote>y</blockquote>"
        "</aside><blockquote>z</blockquote></div>"
    )
    boxes = list(find_quote_boxes(element))
    assert [(box.author, box.marked) for box in boxes] == [("x", True), (None, False)]


def test_a_nested_quote_goes_with_the_outer_one() -> None:
    quote = (
        "<blockquote><div><cite>Ana escribió:</cite>"
        f"<blockquote><div><cite>Beto escribió:</cite>{SECOND}</div></blockquote>"
        "No le creo a Beto.</div></blockquote>"
    )
    comments = _comments(
        _phpbb(
            [
                ("Beto", "Lun Sep 02, 2024 7:41 pm", SECOND),
                ("Ana", "Lun Sep 02, 2024 7:50 pm", "No le creo a Beto."),
                ("Caro", "Lun Sep 02, 2024 7:58 pm", quote + "Yo tampoco."),
            ]
        )
    )
    assert comments[2].text == "Yo tampoco."
    assert comments[2].reply_to == comments[1].id


def test_two_quotes_in_one_reply_keep_both_answers() -> None:
    body = (
        f"<blockquote><cite>Ana wrote:</cite>{FIRST}</blockquote><p>Old audio.</p>"
        f"<blockquote><cite>Beto wrote:</cite>{SECOND}</blockquote><p>Your cousin is right.</p>"
    )
    comments = _comments(
        _wordpress([("Ana", "10", FIRST), ("Beto", "20", SECOND), ("Caro", "30", body)])
    )
    assert comments[2].text == "Old audio. Your cousin is right."
    assert comments[2].reply_to == comments[0].id  # the first quoted post


def test_a_quote_that_is_the_whole_comment_is_kept() -> None:
    body = f"<blockquote><cite>Ana escribió:</cite>{FIRST}</blockquote>"
    comments = _comments(_wordpress([("Ana", "10", FIRST), ("Caro", "30", body)]))
    assert comments[1].text.endswith(FIRST)


def test_hostile_quote_markup_is_safe() -> None:
    body = (
        "<blockquote data-author='\x1b[31mEvil\x1b[0m' class='bbCodeBlock--quote'>"
        f"{'<div>' * 60}{FIRST}{'</div>' * 60}</blockquote><p>Mi respuesta.</p>"
    )
    comments = _comments(_wordpress([("Ana", "10", FIRST), ("Caro", "30", body)]))
    assert comments[1].text == "Mi respuesta."
    assert comments[1].reply_to is None
    assert all("\x1b" not in c.text for c in comments)


def test_a_quote_of_the_opening_post_leaves_the_text_but_no_reply() -> None:
    opening = FIRST + " " + "El penal sigue cerrado y nadie informa a las familias. " * 6
    page = _phpbb(
        [
            ("Vlc_Informa", "Lun Sep 02, 2024 7:41 pm", opening),
            ("Otro", "Lun Sep 02, 2024 7:45 pm", SECOND),
            ("Gocho", "Lun Sep 02, 2024 7:58 pm", f"<p>Vlc_Informa escribió: {FIRST}</p>Viejo."),
        ]
    ).replace(ARTICLE, "")
    result = extract_comments(lxml.html.document_fromstring(page))
    assert result.starter_author == "Vlc_Informa"
    assert [c.text for c in result.comments] == [SECOND, "Viejo."]
    assert result.comments[1].reply_to is None


@pytest.mark.parametrize(
    ("label", "posted"),
    [("Quote:", "Originally Posted by"), ("Cita:", "Originalmente Escrito por")],
)
def test_vbulletin3_quote_table(label: str, posted: str) -> None:
    quote = (
        '<div style="margin:20px; margin-top:5px; ">'
        f'<div class="smallfont" style="margin-bottom:2px">{label}</div>'
        '<table cellpadding="6" width="100%"><tr><td class="alt2" style="border:1px inset">'
        f"<div>{posted} <strong>Capo</strong> "
        '<a href="showthread.php?p=55#post55" rel="nofollow"><img alt="View Post"></a></div>'
        f'<div style="font-style:italic">{FIRST}</div></td></tr></table></div>'
    )
    comments = _comments(
        _wordpress(
            [("Capo", "10", FIRST), ("Chivo", "20", SECOND), ("Lola", "30", quote + "Falso.")]
        )
    )
    assert comments[2].text == "Falso."
    assert comments[2].reply_to == comments[0].id
