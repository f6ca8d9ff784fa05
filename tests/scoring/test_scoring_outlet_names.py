"""Outlets cited by a name with no media word: name shape and publishing verbs (EN/ES twins)."""

from __future__ import annotations

import pytest

from scoring import SourceType, score
from tests.scoring._helpers import claim_with, doc


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ("According to Metro Laredo, two trucks burned on the highway.", "two trucks"),
        ("Según Metro Laredo, dos camiones ardieron en la carretera.", "dos camiones"),
        ("Two trucks burned on the highway, Noticias Valle Alto reported.", "Two trucks"),
        ("Dos camiones ardieron en la carretera, informó Noticias Valle Alto.", "Dos camiones"),
        ("According to Canal 12 Norte, the school was closed.", "the school"),
        ("Según Estéreo Costa Chica, la escuela fue cerrada.", "la escuela"),
    ],
)
def test_outlet_shaped_name_is_media(sentence: str, fragment: str) -> None:
    claim = claim_with(score(doc(sentence)), fragment)
    assert claim.source_type == SourceType.MEDIA
    assert "outlet-shaped" in (claim.evidence or "")


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ("The Valle Sentinel reported in May that six boats were seized.", "six boats"),
        ("La Voz publicó en mayo que seis lanchas fueron aseguradas.", "seis lanchas"),
        ("El Eco de Tumbes publicó que seis lanchas fueron aseguradas.", "seis lanchas"),
        ("Guatemala Insider reported that six boats were seized.", "six boats"),
        ("O Dia reported that six vans were seized in the West Zone.", "six vans"),
    ],
)
def test_title_that_publishes_is_media(sentence: str, fragment: str) -> None:
    claim = claim_with(score(doc(sentence)), fragment)
    assert claim.source_type == SourceType.MEDIA


@pytest.mark.parametrize(
    ("sentence", "fragment", "expected"),
    [
        # persons, aliases, families and bodies that report or publish are not outlets
        ("According to Marta Quiroga, the road was closed.", "the road", SourceType.NAMED_SOURCE),
        ("Según Marta Quiroga, la carretera fue cerrada.", "la carretera", SourceType.NAMED_SOURCE),
        ("Marta Quiroga reported that the road was closed.", "the road", SourceType.NAMED_SOURCE),
        ("The Smiths reported the theft to police on Monday.", "theft", SourceType.NAMED_SOURCE),
        ("The Red Cross reported that the road was closed.", "the road", SourceType.NAMED_SOURCE),
    ],
)
def test_names_that_are_not_outlets(sentence: str, fragment: str, expected: SourceType) -> None:
    assert claim_with(score(doc(sentence)), fragment).source_type == expected


def test_alias_publishing_is_not_an_outlet() -> None:
    claim = claim_with(
        score(doc("El Zarco publicó un video donde amenaza a sus rivales.")), "video"
    )
    assert claim.source_type != SourceType.MEDIA


def test_public_body_with_metro_stays_official() -> None:
    report = score(doc("According to the Metropolitan Police, the road was closed."))
    assert claim_with(report, "the road").source_type == SourceType.OFFICIAL


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ("Según Radiolandia, cinco hombres fueron detenidos en la frontera.", "cinco hombres"),
        ("According to Telemundial, five men were detained at the border.", "five men"),
    ],
)
def test_one_word_source_ends_at_its_comma(sentence: str, fragment: str) -> None:
    claim = claim_with(score(doc(sentence)), fragment)
    assert claim.source in {"Radiolandia", "Telemundial"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Un ganadero dijo que los hombres armados llegaron de noche.",
        "Un ganadero me dijo que los hombres armados llegaron de noche.",
        "Una vendedora de Apatzingán aseguró que los hombres armados llegaron de noche.",
        "A rancher said the armed men came at night.",
        "A rancher in Apatzingán told me the armed men came at night.",
    ],
)
def test_one_unnamed_person_by_trade_is_anonymous(sentence: str) -> None:
    claim = claim_with(score(doc(sentence)), "arm")
    assert claim.source_type == SourceType.ANONYMOUS_SOURCE


@pytest.mark.parametrize(
    "sentence",
    ["A letter said the armed men came at night.", "Un letrero decía que los armados llegaron."],
)
def test_things_with_person_endings_are_not_people(sentence: str) -> None:
    claim = claim_with(score(doc(sentence)), "arm")
    assert claim.source_type != SourceType.ANONYMOUS_SOURCE or claim.source is None


def test_clitic_before_the_verb_keeps_the_named_subject() -> None:
    claim = claim_with(score(doc("Pedro Páez nos explicó que la ruta cambió.")), "la ruta")
    assert (claim.source_type, claim.source) == (SourceType.NAMED_SOURCE, "Pedro Páez")
