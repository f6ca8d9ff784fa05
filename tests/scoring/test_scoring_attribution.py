"""Attribution patterns: cues, source spans, appositives, pronouns, carry-over, quotations."""

from __future__ import annotations

import pytest

from scoring import SourceType, score
from tests.scoring._helpers import claim_with, doc

CASES = [
    # (paragraph, fragment of the claim, expected type, expected source fragment or None, cue)
    (
        "According to Luis Carlos Najera Gutierrez, Jalisco secretary of public security, "
        "the alliance is real.",
        "alliance is real",
        SourceType.OFFICIAL,
        "Luis Carlos Najera Gutierrez",
        "According to",
    ),
    (
        "Governor Emilio González said the state would send more police to Juchipila.",
        "send more police",
        SourceType.OFFICIAL,
        "Governor Emilio González",
        "said",
    ),
    (
        "The attack was planned in Michoacán, the army said.",
        "planned in Michoacán",
        SourceType.OFFICIAL,
        "the army",
        "said",
    ),
    (
        "The cartel is recruiting teenagers, said Maria Lopez, a professor at the University "
        "of Guadalajara.",
        "recruiting teenagers",
        SourceType.NAMED_SOURCE,
        "Maria Lopez",
        "said",
    ),
    (
        "A local priest, Father Alejandro Solalinde, told reporters that migrants were kidnapped.",
        "migrants were kidnapped",
        SourceType.NAMED_SOURCE,
        "Father Alejandro Solalinde",
        "told",
    ),
    (
        "The plan was revealed by the Attorney General's Office during a press conference.",
        "The plan was revealed",
        SourceType.OFFICIAL,
        "Attorney General's Office",
        "revealed",
    ),
    (
        "It is believed that the group moved its operations to Colima.",
        "moved its operations",
        SourceType.ANONYMOUS_SOURCE,
        None,
        "it is believed",
    ),
    (
        "Sources close to the investigation said the leader fled to Guatemala.",
        "fled to Guatemala",
        SourceType.ANONYMOUS_SOURCE,
        "Sources close to the investigation",
        "said",
    ),
    (
        "As Reforma reported, the plaza boss was killed in a shootout.",
        "plaza boss was killed",
        SourceType.MEDIA,
        "Reforma",
        "reported",
    ),
    (
        "Milenio reported that three bodies were found in Tlaquepaque.",
        "three bodies were found",
        SourceType.MEDIA,
        "Milenio",
        "reported",
    ),
    (
        "The detained gunman confessed that he was paid 5,000 pesos per month.",
        "paid 5,000 pesos",
        SourceType.CONFESSION,
        "The detained gunman",
        "confessed",
    ),
    (
        "A narcomanta signed by the CJNG warned rivals to leave the city.",
        "warned rivals",
        SourceType.CRIMINAL_GROUP,
        "CJNG",
        None,
    ),
    (
        "The Zetas said in a video that they would punish anyone who collaborated with "
        "the Gulf Cartel.",
        "punish anyone",
        SourceType.CRIMINAL_GROUP,
        "The Zetas",
        "said",
    ),
    (
        "The Milenio Cartel posted banners threatening the CJNG.",
        "posted banners",
        SourceType.CRIMINAL_GROUP,
        "Milenio Cartel",
        None,
    ),
    (
        "The town has not had a mayor since 2010.",
        "has not had a mayor",
        SourceType.AUTHOR,
        None,
        None,
    ),
    # Spanish
    (
        "Según la Fiscalía General del Estado, los cuerpos presentaban huellas de tortura.",
        "huellas de tortura",
        SourceType.OFFICIAL,
        "la Fiscalía General del Estado",
        "Según",
    ),
    (
        "El detenido confesó que trabajaba para el Cártel de Sinaloa desde 2015.",
        "trabajaba para",
        SourceType.CONFESSION,
        "El detenido",
        "confesó",
    ),
    (
        "Los hechos ocurrieron durante la madrugada, informó la Secretaría de Seguridad Pública.",
        "ocurrieron durante",
        SourceType.OFFICIAL,
        "Secretaría de Seguridad Pública",
        "informó",
    ),
    (
        "Se presume que el ataque fue una venganza entre células rivales.",
        "venganza",
        SourceType.ANONYMOUS_SOURCE,
        None,
        "se presume",
    ),
    (
        "Trascendió que el jefe de plaza huyó a Guatemala.",
        "huyó a Guatemala",
        SourceType.ANONYMOUS_SOURCE,
        None,
        "trascendió",
    ),
    (
        "De acuerdo con el diario Reforma, el grupo opera en cinco municipios.",
        "opera en cinco",
        SourceType.MEDIA,
        "Reforma",
        "De acuerdo con",
    ),
    (
        "En una narcomanta, el CJNG amenazó a la policía municipal de Ocotlán.",
        "amenazó",
        SourceType.CRIMINAL_GROUP,
        "CJNG",
        None,
    ),
    (
        "El sacerdote Javier Ramírez afirmó que las familias pagan cuotas cada semana.",
        "pagan cuotas",
        SourceType.NAMED_SOURCE,
        "Javier Ramírez",
        "afirmó",
    ),
]


@pytest.mark.parametrize(("paragraph", "fragment", "kind", "source", "cue"), CASES)
def test_attribution_pattern(
    paragraph: str, fragment: str, kind: SourceType, source: str | None, cue: str | None
) -> None:
    claim = claim_with(score(doc(paragraph)), fragment)
    assert claim.source_type is kind, claim.rationale
    if source is None:
        assert claim.source is None
    else:
        assert claim.source is not None and source.lower() in claim.source.lower()
    if cue is not None:
        assert claim.cue is not None and claim.cue.lower() == cue.lower()


def test_appositive_gives_the_type_and_the_name_the_source() -> None:
    report = score(
        doc("According to Luis Carlos Najera Gutierrez, Jalisco secretary of public security, X.")
    )
    claim = report.claims[0]
    assert claim.source == "Luis Carlos Najera Gutierrez"
    assert "secretary" in claim.rationale


def test_surname_later_refers_to_the_same_official() -> None:
    report = score(
        doc(
            "According to Luis Carlos Najera Gutierrez, Jalisco secretary of public security, "
            "the alliance is real.",
            "After the clash, Najera claimed that authorities found a message announcing "
            "the union.",
        )
    )
    claim = claim_with(report, "announcing the union")
    assert claim.source_type is SourceType.OFFICIAL
    assert claim.source == "Najera"


def test_pronoun_takes_the_last_named_source() -> None:
    report = score(
        doc(
            "Mayor Juan Pérez said the town was calm on Sunday.",
            "Residents fled overnight. He said that soldiers would arrive on Monday.",
        )
    )
    claim = claim_with(report, "soldiers would arrive")
    assert claim.source_type is SourceType.OFFICIAL
    assert claim.source is not None and "Juan Pérez" in claim.source


def test_spanish_dropped_subject_takes_the_last_source() -> None:
    report = score(
        doc(
            "El fiscal Gerardo Solís dijo que hay tres detenidos. "
            "Agregó que el arma fue asegurada en Zapopan."
        )
    )
    claim = claim_with(report, "el arma fue asegurada")
    assert claim.source_type is SourceType.OFFICIAL
    assert claim.source is not None and "Gerardo Solís" in claim.source


def test_quotation_over_two_sentences_belongs_to_the_speaker() -> None:
    report = score(
        doc(
            "When asked why they had arrived, the gunmen simply replied: “Don’t be worried. "
            "We’re only here to do a good cleaning.” The town was quiet afterwards."
        )
    )
    second = claim_with(report, "good cleaning")
    assert second.source_type is SourceType.CRIMINAL_GROUP
    assert second.source == "the gunmen"
    assert second.via == "quotation"
    assert claim_with(report, "The town was quiet").source_type is SourceType.AUTHOR


def test_quotation_credited_at_its_end() -> None:
    report = score(
        doc("“We found three bodies. The scene was secured,” said police chief Raúl Sánchez.")
    )
    first = claim_with(report, "three bodies")
    assert first.source_type is SourceType.OFFICIAL
    assert first.source is not None and "Raúl Sánchez" in first.source


def test_men_become_criminal_after_armed_men_were_mentioned() -> None:
    report = score(
        doc(
            "Seventy armed men arrived in trucks.",
            "The men said they were only there to clean the town.",
        )
    )
    assert claim_with(report, "clean the town").source_type is SourceType.CRIMINAL_GROUP
    assert claim_with(report, "Seventy armed men").source_type is SourceType.AUTHOR


def test_carry_over_to_a_continuing_sentence() -> None:
    report = score(
        doc(
            "The state prosecutor said the victims were kidnapped in Zapopan. "
            "He also said that two suspects were detained. "
            "The region has long been disputed."
        )
    )
    assert claim_with(report, "two suspects").source_type is SourceType.OFFICIAL
    assert claim_with(report, "long been disputed").source_type is SourceType.AUTHOR


def test_carry_over_stops_at_the_paragraph() -> None:
    report = score(
        doc(
            "The state prosecutor said the victims were kidnapped in Zapopan.",
            "He was appointed in 2010. Violence rose that year.",
        )
    )
    assert claim_with(report, "Violence rose").source_type is SourceType.AUTHOR


def test_anaphor_points_back() -> None:
    report = score(
        doc(
            "There is official confirmation of an alliance in Jalisco. "
            "This information was revealed "
            "by the office of the state attorney general."
        )
    )
    first = claim_with(report, "official confirmation")
    assert first.source_type is SourceType.OFFICIAL
    assert first.source is not None and "attorney general" in first.source


def test_cue_inside_a_quotation_is_not_the_authors() -> None:
    report = score(doc("The banner read: “The police said nothing.” Residents fled."))
    assert claim_with(report, "Residents fled").source_type is SourceType.AUTHOR


def test_detainees_confession_beats_official_role_in_the_sentence() -> None:
    report = score(
        doc(
            "Through confessions from sicarios arrested in Jalisco, "
            "they have said the Zetas pay them."
        )
    )
    claim = claim_with(report, "Zetas pay them")
    assert claim.source_type is SourceType.CONFESSION
    assert claim.source == "sicarios"


@pytest.mark.parametrize(
    ("paragraph", "fragment", "kind"),
    [
        ("Se dice que el jefe de plaza huyó a Guatemala.", "huyó", SourceType.ANONYMOUS_SOURCE),
        (
            "Extraoficialmente, se habla de tres desaparecidos.",
            "tres desaparecidos",
            SourceType.ANONYMOUS_SOURCE,
        ),
        ("The cell reportedly moved to Colima.", "moved to Colima", SourceType.ANONYMOUS_SOURCE),
        ("Local media reported that the road was blocked.", "road was blocked", SourceType.MEDIA),
        (
            "Medios locales informaron que la carretera fue bloqueada.",
            "carretera",
            SourceType.MEDIA,
        ),
        (
            "Un testigo que pidió el anonimato dijo que eran diez hombres.",
            "diez hombres",
            SourceType.ANONYMOUS_SOURCE,
        ),
        (
            "Investigator Ana Ruiz, an analyst at Causa en Común, said the data is incomplete.",
            "incomplete",
            SourceType.NAMED_SOURCE,
        ),
        (
            "Milenio Cartel gunmen said they would return.",
            "would return",
            SourceType.CRIMINAL_GROUP,
        ),
    ],
)
def test_more_source_types(paragraph: str, fragment: str, kind: SourceType) -> None:
    claim = claim_with(score(doc(paragraph)), fragment)
    assert claim.source_type is kind, claim.rationale


def test_spanish_carry_over_with_ademas() -> None:
    report = score(
        doc(
            "La fiscal Verónica Hernández indicó que hay doce cuerpos en el predio. "
            "Además, los peritos trabajan en su identificación. "
            "Veracruz suma cientos de fosas."
        )
    )
    assert claim_with(report, "los peritos").source_type is SourceType.OFFICIAL
    assert claim_with(report, "Veracruz suma").source_type is SourceType.AUTHOR


def test_milenio_the_newspaper_is_not_the_cartel() -> None:
    report = score(
        doc(
            "Milenio reported three arrests.",
            "The Milenio Cartel said in a message it would fight.",
        )
    )
    assert claim_with(report, "three arrests").source_type is SourceType.MEDIA
    assert claim_with(report, "would fight").source_type is SourceType.CRIMINAL_GROUP
