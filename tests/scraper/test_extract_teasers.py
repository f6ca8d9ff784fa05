"""Inline "Lee también" teasers and poll boxes: the teaser goes, the article after it stays."""

from __future__ import annotations

import scraper

PARAS = [
    "El presidente municipal fue privado de la libertad la tarde del miércoles por un grupo de "
    "hombres armados en la carretera que conduce a Baborigame, confirmó la Fiscalía del Estado.",
    "De acuerdo con el reporte oficial, el edil viajaba en una camioneta acompañado de dos "
    "escoltas, quienes también fueron sometidos por los agresores.",
    "Trascendió que el alcalde habría recibido amenazas desde julio, luego de negarse a nombrar "
    "como director de Seguridad Pública a una persona propuesta por un grupo delictivo.",
    "Pobladores de la cabecera municipal aseguraron que la zona es disputada por dos grupos "
    "criminales desde hace meses y que las clases fueron suspendidas.",
]


def _page(teaser: str, extra: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS[:2]) + teaser
    body += "".join(f"<p>{p}</p>" for p in PARAS[2:])
    return (
        '<html lang="es"><head><title>Privan de la libertad a alcalde</title></head><body>'
        '<div id="contenido"><h1>Privan de la libertad a alcalde</h1>'
        f'<div class="cuerpo-nota">{body}</div></div>{extra}</body></html>'
    )


def test_an_inline_teaser_does_not_end_the_article() -> None:
    teaser = (
        '<p><strong>LEA TAMBIÉN:</strong> <a href="/x">Suman 14 ejecutados en la sierra</a></p>'
    )
    doc = scraper.extract(_page(teaser))
    assert "Trascendió que el alcalde" in doc.text
    assert "Pobladores de la cabecera" in doc.text
    assert "Suman 14 ejecutados" not in doc.text
    assert any("Suman 14" in block.text for block in doc.furniture)


def test_a_poll_box_is_furniture() -> None:
    poll = (
        '<div class="caja encuesta"><h3>Encuesta</h3><p>¿Se siente seguro al viajar por la '
        'carretera a Guadalupe y Calvo?</p><form><input type="radio"> Sí</form></div>'
    )
    doc = scraper.extract(_page("", extra=poll))
    assert "Se siente seguro" not in doc.text
