"""Comment furniture and author cleanup: every English phrase has its Spanish twin."""

from __future__ import annotations

import pytest

from scraper._comments._text import clean_author, is_furniture, norm, strip_furniture

TWINS = [
    ("Reply", "Responder"),
    ("Report", "Denunciar"),
    ("Report abuse", "Denunciar abuso"),
    ("Report this comment", "Denunciar este comentario"),
    ("Like", "Me gusta"),
    ("Like (14)", "Me gusta (14)"),
    ("Share", "Compartir"),
    ("Delete", "Eliminar"),
    ("Edit", "Editar"),
    ("Quote", "Citar"),
    ("Permalink", "Enlace permanente"),
    ("6 comments:", "12 comentarios"),
    ("1 response", "1 respuesta"),
    ("No comments", "Sin comentarios"),
    ("Comments", "Comentarios"),
    ("Post a Comment", "Publicar un comentario"),
    ("Leave a Reply", "Deja una respuesta"),
    ("Leave a comment", "Deja un comentario"),
    ("Add a comment", "Añadir comentario"),
    ("Write a comment", "Escribe un comentario"),
    ("Cancel reply", "Cancelar respuesta"),
    ("Load more", "Cargar más"),
    ("Load more comments", "Cargar más comentarios"),
    ("Show more comments", "Ver más comentarios"),
    ("Newer Post", "Entrada más reciente"),
    ("Older Post", "Entrada antigua"),
    ("Home", "Página principal"),
    ("Subscribe to: Post Comments (Atom)", "Suscribirse a: Enviar comentarios (Atom)"),
    ("Loading...", "Cargando..."),
]


@pytest.mark.parametrize(("english", "spanish"), TWINS)
def test_furniture_in_both_languages(english: str, spanish: str) -> None:
    assert is_furniture(english)
    assert is_furniture(spanish)


@pytest.mark.parametrize(
    "text",
    ["Reply to the minister", "Ya era hora.", "Like a boss, he left.", "Home is where it hurts"],
)
def test_real_sentences_are_not_furniture(text: str) -> None:
    assert not is_furniture(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Great piece. Reply", "Great piece."),
        ("Buen artículo. Responder Denunciar", "Buen artículo."),
        ("Nice. Like (3) Reply", "Nice."),
        ("Sin acciones", "Sin acciones"),
    ],
)
def test_trailing_actions_are_stripped(text: str, expected: str) -> None:
    assert strip_furniture(text) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Capo said...", "Capo"),
        ("Anonymous said...", "Anonymous"),
        ("Anónimo dijo...", "Anónimo"),
        ("Anónimo ha dicho...", "Anónimo"),
        ("Juan escribió:", "Juan"),
        ("Dan Porter says:", "Dan Porter"),
        ("Mary on September 22, 2011 at 5:16 pm said:", "Mary"),
        ("Pedro el 22 de septiembre de 2011 a las 17:16", "Pedro"),
        ("By Pete", "Pete"),
        ("Por Lupita", "Lupita"),
        ("Author: desertrat", "desertrat"),
        ("Autor: chiapaneco »", "chiapaneco"),
        ("Observer (not verified)", "Observer"),
        ("Lena (no verificado)", "Lena"),
        ("Peter Harlander — 18.07, 2011 @ 11:43", "Peter Harlander"),
        ("Reply", None),
        ("", None),
        ("x" * 120, None),
    ],
)
def test_clean_author(raw: str, expected: str | None) -> None:
    assert clean_author(raw) == expected


def test_norm_removes_controls_and_ansi() -> None:
    assert norm("a\x1b[31m b\x07\u200b c\n\t d") == "a b c d"
