"""General rules added while tuning on bench/holdout3 (2026-11-22, session 2), on invented
sentences: former officials, a defence's lawyer, courts' and prosecutors' acts, rumour forms."""

from __future__ import annotations

import pytest

from scoring import SourceType, score
from tests.scoring._helpers import claim_with, doc

CASES = [
    # (paragraphs, fragment of the claim, expected type)
    # a former official speaks for himself: named when named, anonymous when not
    (
        ["Carla Ibáñez, a former DEA analyst, said the brokers are paid in cash."],
        "brokers are paid",
        SourceType.NAMED_SOURCE,
    ),
    (
        ["A former police chief, who worked for the state police, said guards are paid."],
        "guards are paid",
        SourceType.ANONYMOUS_SOURCE,
    ),
    (
        ["Un exagente de la Policía Federal dijo que los retenes se venden por semana."],
        "retenes se venden",
        SourceType.ANONYMOUS_SOURCE,
    ),
    # a serving official is still official
    (
        ["A police chief in Tepic said guards are paid by the gang."],
        "guards are paid",
        SourceType.OFFICIAL,
    ),
    # a defence led by a named lawyer is that lawyer's (the accused's body is not the speaker)
    (
        ["La defensa de los agentes, a cargo de la abogada Marta Ruiz, sostuvo que son inocentes."],
        "son inocentes",
        SourceType.NAMED_SOURCE,
    ),
    (
        ["The defense, led by attorney Mark Doyle, said the footage was blurred."],
        "footage was blurred",
        SourceType.NAMED_SOURCE,
    ),
    (["La defensa dijo que apelará la sentencia."], "apelará", SourceType.ANONYMOUS_SOURCE),
    # prosecutors and courts acting: opening proceedings, suspending, setting terms
    (
        ["La Fiscalía abrió en 2021 un proceso de extinción de dominio contra tres ranchos."],
        "extinción de dominio",
        SourceType.OFFICIAL,
    ),
    (
        ["Un juez de Cobán lo suspendió por falta de pruebas."],
        "falta de pruebas",
        SourceType.OFFICIAL,
    ),
    (
        ["La jueza fijó un plazo de dos meses para cerrar la investigación."],
        "dos meses",
        SourceType.OFFICIAL,
    ),
    (
        ["Two days later, the coast guard intercepted the boat with 900 kilos aboard."],
        "900 kilos",
        SourceType.OFFICIAL,
    ),
    (
        ["The US Embassy in Lima sent a security alert warning of blockades on the highway."],
        "blockades",
        SourceType.OFFICIAL,
    ),
    # a report laid out before a hearing
    (
        ["En la audiencia, la fiscal expuso que los detenidos llevaban dos armas."],
        "dos armas",
        SourceType.OFFICIAL,
    ),
    # rumour and agentless forms
    (
        ["Word in the neighborhood is that the shop paid the gang for years."],
        "paid the gang",
        SourceType.ANONYMOUS_SOURCE,
    ),
    (
        ["Se reportan al menos cuatro bloqueos en Salamanca."],
        "cuatro bloqueos",
        SourceType.ANONYMOUS_SOURCE,
    ),
    (
        ["Medios locales reportan que el enfrentamiento duró dos horas."],
        "dos horas",
        SourceType.MEDIA,
    ),
    # a name sharing a generic word with a body named before is not that body
    (
        [
            "La Guardia Nacional dice que hay más patrullas en el tramo.",
            "Según la Cámara Nacional de Transportistas, hubo 800 robos en el semestre.",
        ],
        "800 robos",
        SourceType.NAMED_SOURCE,
    ),
]


@pytest.mark.parametrize(("paragraphs", "fragment", "expected"), CASES)
def test_holdout3_rule(paragraphs: list[str], fragment: str, expected: SourceType) -> None:
    claim = claim_with(score(doc(*paragraphs)), fragment)
    assert claim.source_type is expected, (claim.source, claim.cue, claim.evidence)


def test_former_official_keeps_the_name_as_source() -> None:
    claim = claim_with(score(doc("Carla Ibáñez, a former DEA analyst, said ports leak.")), "ports")
    assert claim.source == "Carla Ibáñez"


def test_generic_word_alone_still_finds_a_one_word_name() -> None:
    """ "Nacional" is skipped only inside longer names; a one-word source is still remembered."""
    report = score(doc("Reforma said the road was closed. Later, Reforma said it reopened."))
    assert claim_with(report, "reopened").source_type is SourceType.MEDIA
