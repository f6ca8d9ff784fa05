"""Session 3 attribution forms: unnamed speakers, agreement cues, documents that find or
describe, what only the authorities know, and factions speaking."""

from __future__ import annotations

import pytest

from scoring import SourceType, score
from scraper import Block, Document

from ._helpers import claim_with, doc


def _last(*paragraphs: str, lang: str = "en") -> tuple[SourceType, str | None]:
    report = score(Document(body=[Block(text=p) for p in paragraphs], lang=lang))
    claim = [c for c in report.claims if c.is_claim][-1]
    return claim.source_type, claim.source


@pytest.mark.parametrize(
    ("sentence", "lang", "source"),
    [
        (
            "Una tía que vende tamales en el mercado me contó que cobran cuota desde marzo.",
            "es",
            "Una tía que vende tamales en el mercado",
        ),
        (
            "Un chofer de la ruta 12 dijo que los camiones dejaron de pasar.",
            "es",
            "Un chofer de la ruta 12",
        ),
        (
            "A nurse who works night shifts told me the clinic closed after the threats.",
            "en",
            "A nurse",
        ),
        ("Two fishermen said the boats leave at night without lights.", "en", "Two fishermen"),
        (
            "Los comerciantes, sin embargo, coinciden en que la extorsión no ha bajado.",
            "es",
            "Los comerciantes",
        ),
    ],
)
def test_unnamed_people_who_speak_are_anonymous(sentence: str, lang: str, source: str) -> None:
    kind, found = _last(sentence, lang=lang)
    assert kind is SourceType.ANONYMOUS_SOURCE
    assert found is not None and found.startswith(source)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("A report published this year says that crime fell.", "en"),  # a document, not a person
        ("Un informe del año pasado dice que la violencia bajó.", "es"),
    ],
)
def test_documents_and_relative_clauses_are_not_unnamed_speakers(sentence: str, lang: str) -> None:
    report = score(Document(body=[Block(text=sentence)], lang=lang))
    (claim,) = [c for c in report.claims if c.is_claim]
    assert not (claim.evidence or "").startswith("unnamed '")


def test_one_of_them_put_it_takes_the_sources_before() -> None:
    kind, source = _last(
        "Three guards I spoke to said the inmates run the wing. "
        "One of them put it this way: “We only hold the keys.”"
    )
    assert kind is SourceType.ANONYMOUS_SOURCE
    assert source == "One of them"


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        (
            "Word on the neighbourhood WhatsApp groups is that the boss fled to Guatemala.",
            "en",
            SourceType.ANONYMOUS_SOURCE,
        ),
        (
            "A 2019 audit by the customs agency found that half of the scanners were broken.",
            "en",
            SourceType.OFFICIAL,
        ),
        (
            "An army intelligence report from 2020, seen by this newspaper, "
            "describes six airstrips in the valley.",
            "en",
            SourceType.OFFICIAL,
        ),
        (
            "Investigators determined that the fire was set with gasoline.",
            "en",
            SourceType.OFFICIAL,
        ),
        (
            "La fiscalía estatal solicitará prisión preventiva para los tres detenidos.",
            "es",
            SourceType.OFFICIAL,
        ),
        (
            "Federal prosecutors have identified 40 shell companies used to move the money.",
            "en",
            SourceType.OFFICIAL,
        ),
        (
            "La policía investiga si el ataque está ligado al cobro de piso.",
            "es",
            SourceType.OFFICIAL,
        ),
    ],
)
def test_findings_and_acts_only_the_authorities_know(
    sentence: str, lang: str, expected: SourceType
) -> None:
    assert _last(sentence, lang=lang)[0] is expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Agentes de la policía acordonaron la calle mientras llegaban los peritos.", "es"),
        ("Soldiers were deployed to the market on Sunday.", "en"),
    ],
)
def test_what_anyone_at_the_scene_can_see_stays_the_authors(sentence: str, lang: str) -> None:
    assert _last(sentence, lang=lang)[0] is SourceType.AUTHOR


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "The faction, which calls itself Frente Sur, "
            "denied any role in the attack in a statement.",
            "en",
        ),
        (
            "In a voice note shared on Telegram, "
            "the faction warned drivers that “nobody crosses after dark.”",
            "en",
        ),
        ("La facción advirtió a los comerciantes que no abrieran el domingo.", "es"),
        (
            "La banda dejó clara su postura en un audio difundido por WhatsApp: "
            "“Aquí mandamos nosotros”.",
            "es",
        ),
    ],
)
def test_factions_and_gangs_speaking_are_criminal_groups(sentence: str, lang: str) -> None:
    assert _last(sentence, lang=lang)[0] is SourceType.CRIMINAL_GROUP


def test_a_mediator_between_gangs_is_not_a_gang() -> None:
    report = score(
        doc(
            "El párroco de Tumaco, padre Julián Ortega, quien ha mediado entre las bandas, "
            "confirmó que hubo conversaciones."
        )
    )
    assert claim_with(report, "confirmó").source_type is SourceType.NAMED_SOURCE
