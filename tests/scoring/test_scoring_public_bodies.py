"""Lower-case public bodies, US federal titles and a sentence-opening title before a name."""

from __future__ import annotations

import pytest

from scoring import SourceType, score
from tests.scoring._helpers import claim_with, doc


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ("The federal prison agency said it moved 40 inmates overnight.", "40 inmates"),
        ("The state security department said it moved 40 inmates.", "40 inmates"),
        ("Forty inmates were moved, according to the Bolivian anti-drug directorate.", "inmates"),
        ("“They will face justice,” said U.S. Attorney Mark Dolan.", "justice"),
        ("DEA special agent Rita Gómez said the lab produced 20 kilos a week.", "20 kilos"),
    ],
)
def test_public_bodies_and_federal_titles_are_official(sentence: str, fragment: str) -> None:
    assert claim_with(score(doc(sentence)), fragment).source_type == SourceType.OFFICIAL


def test_private_department_is_not_a_public_body() -> None:
    claim = claim_with(score(doc("The company's marketing department said sales rose.")), "sales")
    assert claim.source_type != SourceType.OFFICIAL


@pytest.mark.parametrize(
    "sentence",
    [
        "Defense attorney Laura Kemp said her client is innocent.",
        "El abogado defensor Raúl Ibarra dijo que su cliente es inocente.",
    ],
)
def test_sentence_opening_title_names_the_person(sentence: str) -> None:
    claim = claim_with(score(doc(sentence)), "client")
    assert claim.source_type == SourceType.NAMED_SOURCE


@pytest.mark.parametrize(
    "sentence",
    [
        "According to court records, Mario Salas, 41, ran the stash house for two years.",
        "Según documentos de la fiscalía, Mario Salas, de 41 años, manejaba la casa de seguridad.",
    ],
)
def test_papers_then_a_name_credit_the_papers(sentence: str) -> None:
    claim = claim_with(score(doc(sentence)), "Salas")
    assert claim.source_type == SourceType.OFFICIAL
    assert claim.source is not None and "Salas" not in claim.source


@pytest.mark.parametrize(
    "sentence",
    [
        "Four men were arrested near the border crossing.",
        "Cuatro hombres fueron detenidos cerca del cruce fronterizo.",
        "Fue asegurada una camioneta con armas largas.",
        "The driver was later extradited to the United States.",
    ],
)
def test_agentless_act_of_the_authorities_is_official(sentence: str) -> None:
    claim = score(doc(sentence)).claims[0]
    assert claim.source_type == SourceType.OFFICIAL
    assert "authorities' act" in (claim.evidence or "")


@pytest.mark.parametrize(
    "sentence",
    [
        "Two trucks were seized by gunmen on the highway.",
        "Dos camionetas fueron robadas en la carretera.",
        "Four men were seen near the border crossing.",
    ],
)
def test_other_passives_stay_the_authors(sentence: str) -> None:
    assert score(doc(sentence)).claims[0].source_type == SourceType.AUTHOR
