"""Hedges in English and Spanish, non-claims kept with a flag, first-hand commenters."""

from __future__ import annotations

import pytest

from scoring import SourceType, score
from scoring._hedging import find_hedges
from tests.scoring._helpers import claim_with, doc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The message was allegedly found in a vehicle.", ["allegedly"]),
        ("The alliance could be an ominous sign.", ["could"]),
        ("They may be gearing up for a fight.", ["may"]),
        ("If true, the Gulf Cartel might pull out.", ["if true", "might"]),
        ("Reportedly, the boss was apparently wounded.", ["reportedly", "apparently"]),
        ("El detenido presuntamente trabajaba para el CJNG.", ["presuntamente"]),
        ("Al parecer, el ataque habría sido una venganza.", ["al parecer", "habría"]),
        (
            "Supuestamente, se presume que el jefe podría estar en Colima.",
            ["supuestamente", "se presume", "podría"],
        ),
        ("Posiblemente la célula opera desde Tonalá.", ["posiblemente"]),
    ],
)
def test_hedges_are_listed_as_found(text: str, expected: list[str]) -> None:
    assert find_hedges(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The shooting happened in May near Ocotlán.",
        "BLs have agreed to share Acapulco, that is not a rumor anymore.",
        "Police found three bodies on Tuesday.",
        "La policía halló tres cuerpos el martes.",
    ],
)
def test_unhedged_sentences_have_no_hedges(text: str) -> None:
    assert find_hedges(text) == []


def test_confirmation_supersedes_suspicion() -> None:
    text = "An alliance has been suspected for months, and new evidence confirms the theory."
    assert find_hedges(text) == []
    assert find_hedges("An alliance has been suspected for months.") == ["suspected"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Who is behind the attack?", "question"),
        ("¿Quién está detrás del ataque?", "question"),
        ("Share this article with your friends.", "call_to_action"),
        ("Comparte esta nota en tus redes.", "call_to_action"),
        ("Thanks for the update, Buggs.", "greeting"),
        ("Saludos desde Culiacán.", "greeting"),
        ("Old news.", "fragment"),
        ("Gunmen killed five people in Tlaquepaque.", "claim"),
    ],
)
def test_non_claims_are_kept_with_a_flag(text: str, kind: str) -> None:
    report = score(doc(text))
    claim = report.claims[0]
    assert claim.kind == kind
    assert claim.is_claim is (kind == "claim")
    if kind != "claim":
        assert claim.score == 0.0 and claim.grade == "F6"
        assert claim not in report.graded


@pytest.mark.parametrize(
    ("comment", "first_hand"),
    [
        ("I live in Guadalajara and there has been a lot of killing lately.", True),
        ("Vivo en Culiacán y anoche se escucharon balazos.", True),
        ("I saw the trucks pass by my house at 3 am.", True),
        ("Yo vi cuando se llevaron al muchacho.", True),
        ("The Zetas are done in this state.", False),
    ],
)
def test_first_hand_commenters(comment: str, first_hand: bool) -> None:
    report = score(doc("Gunmen attacked a bar.", comments=[comment]))
    claim = next(c for c in report.claims if c.where == "comment")
    assert claim.source_type is SourceType.COMMENTER
    assert claim.source == "user0"
    assert claim.comment_id == "c0"
    assert claim.first_hand is first_hand


def test_first_hand_raises_the_commenters_score() -> None:
    report = score(
        doc("x y z.", comments=["I live in Tonalá. Gunmen burned a bus.", "Gunmen burned a bus."])
    )
    there = claim_with(report, "Gunmen burned a bus")
    elsewhere = next(c for c in report.claims if c.comment_id == "c1")
    assert there.first_hand and not elsewhere.first_hand
    assert there.score > elsewhere.score
    assert "first-hand" in there.rationale


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Los agresores formarían parte de una célula de Los Chapitos.", ["formarían"]),
        ("El grupo controlaría la plaza desde 2020.", ["controlaría"]),
        ("Según la fiscalía, tendría más de un año en el lugar.", ["tendría"]),
        ("La Secretaría de Seguridad informó que hay dos detenidos.", []),
        ("Fue visto en la librería de la esquina.", []),
    ],
)
def test_spanish_conditional_of_report_is_a_hedge(text: str, expected: list[str]) -> None:
    assert find_hedges(text) == expected
