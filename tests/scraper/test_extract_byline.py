"""Bylines from microdata, RDFa and byline classes, never from the comment section."""

from __future__ import annotations

import pytest

import scraper

BODY = "<p>Un párrafo largo sobre la fosa clandestina hallada en la brecha del municipio.</p>" * 4
COMMENT = (
    '<div class="comments"><div class="comment" itemprop="comment" itemscope '
    'itemtype="https://schema.org/Comment"><span itemprop="author" itemscope>'
    '<span itemprop="name">Lector Anónimo</span></span><p itemprop="text">Qué horror.</p>'
    "</div></div>"
)


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        (
            '<span itemprop="author" itemscope><a><span itemprop="name">Rocío Huamán</span></a>'
            "</span>",
            "Rocío Huamán",
        ),
        (
            '<div class="node__submitted">Submitted by <span rel="schema:author">Tomás Herrera'
            "</span> on Fri, 04/17/2015 - 13:40</div>",
            "Tomás Herrera",
        ),
        ('<span class="autor-nota">Por Ana Ruiz | 22/09/2011 - 09:30 hrs.</span>', "Ana Ruiz"),
        (
            '<span class="autor-nota">Redacción El Diario de la Sierra</span>',
            "Redacción El Diario de la Sierra",
        ),
        ("", None),
    ],
)
def test_byline(byline: str, expected: str | None) -> None:
    page = f"<html><body><article><h1>Fosa</h1>{byline}{BODY}</article>{COMMENT}</body></html>"
    assert scraper.extract(page).author == expected


def test_a_site_name_h1_gives_way_to_the_topic_in_the_page_title() -> None:
    page = (
        "<html><head><title>Foro Sinaloa &bull; Ver tema - Bloqueos en Imala</title></head>"
        f"<body><h1>Foro Sinaloa</h1><div>{BODY}</div></body></html>"
    )
    assert scraper.extract(page).title == "Bloqueos en Imala"


def test_an_h1_that_is_the_title_stays() -> None:
    page = (
        "<html><head><title>Bloqueos en Imala | Foro Sinaloa</title></head>"
        f"<body><h1>Bloqueos en Imala</h1><div>{BODY}</div></body></html>"
    )
    assert scraper.extract(page).title == "Bloqueos en Imala"
