"""Rules that must carry over to pages nobody tuned on: gazetteers, unknown groups, NGOs,
opinions, participles, sentence-opening appositives, comments, hedges as found."""

from __future__ import annotations

import pytest

from scoring import SourceType, score
from scoring._hedging import find_hedges
from scoring._source_criminal import find_criminal_actor
from tests.scoring._helpers import claim_with, doc

CASES = [
    # (paragraph, fragment of the claim, expected type, expected source fragment or None)
    (
        "In a statement posted on social media, Los Lobos denied any role in the murder.",
        "denied any role",
        SourceType.CRIMINAL_GROUP,
        "Los Lobos",
    ),
    (
        "Los Pájaros Sierra denied that they had attacked the village.",
        "attacked the village",
        SourceType.CRIMINAL_GROUP,
        "Los Pájaros Sierra",
    ),
    (
        "El Tiempo reported that two soldiers were killed in Tibú.",
        "two soldiers were killed",
        SourceType.MEDIA,
        "El Tiempo",
    ),
    (
        "Tyler Mattiace, a researcher at Human Rights Watch, said the warnings were ignored.",
        "warnings were ignored",
        SourceType.NAMED_SOURCE,
        "Tyler Mattiace",
    ),
    (
        "The Washington Office on Latin America said militarisation had failed.",
        "militarisation had failed",
        SourceType.NAMED_SOURCE,
        "Washington Office on Latin America",
    ),
    (
        "Para el investigador David Saucedo, consultor en seguridad, la infiltración explica "
        "los fracasos.",
        "la infiltración explica",
        SourceType.NAMED_SOURCE,
        "David Saucedo",
    ),
    (
        "A message posted on TikTok by Los Tlacos accused the army of protecting their rivals.",
        "protecting their rivals",
        SourceType.CRIMINAL_GROUP,
        "Los Tlacos",
    ),
    (
        "A cooperating witness, a former accountant who is serving a sentence in Texas, "
        "testified that he delivered cash every month.",
        "delivered cash",
        SourceType.CONFESSION,
        "A cooperating witness",
    ),
    (
        "La columna Dagoberto Ramos, de las disidencias de las Farc, declaró objetivo militar a "
        "cinco líderes.",
        "objetivo militar",
        SourceType.CRIMINAL_GROUP,
        "La columna Dagoberto Ramos",
    ),
    (
        "Analysts say the ELN is trying to take over coca routes.",
        "coca routes",
        SourceType.ANONYMOUS_SOURCE,
        "Analysts",
    ),
    (
        "Governor Evelyn Salgado posted on Facebook that state police had restored order.",
        "restored order",
        SourceType.OFFICIAL,
        "Evelyn Salgado",
    ),
    (
        "The National Liberation Army said in a statement that it was fighting dissidents.",
        "fighting dissidents",
        SourceType.CRIMINAL_GROUP,
        "National Liberation Army",
    ),
    (
        "Prison officials, however, have repeatedly denied that inmates have phones.",
        "inmates have phones",
        SourceType.OFFICIAL,
        "Prison officials",
    ),
    (
        "Un hombre de 60 años, que huyó con su familia, contó a Ríodoce que llegaron doce "
        "camionetas.",
        "doce camionetas",
        SourceType.ANONYMOUS_SOURCE,
        "Un hombre de 60 años",
    ),
    (
        "Madres de jóvenes detenidos denunciaron que sus hijos fueron sacados sin orden judicial.",
        "sin orden judicial",
        SourceType.ANONYMOUS_SOURCE,
        "Madres de jóvenes detenidos",
    ),
    (
        "La Fiscalía abrió una carpeta de investigación, confirmó su titular, Claudia Sánchez.",
        "abrió una carpeta",
        SourceType.OFFICIAL,
        "Claudia Sánchez",
    ),
]


@pytest.mark.parametrize(("paragraph", "fragment", "expected", "source"), CASES)
def test_source_types_on_new_phrasings(
    paragraph: str, fragment: str, expected: SourceType, source: str | None
) -> None:
    claim = claim_with(score(doc(paragraph)), fragment)
    assert claim.source_type is expected, claim.evidence
    assert claim.source is not None and source is not None
    assert source.lower() in claim.source.lower()


@pytest.mark.parametrize(
    "paragraph",
    [
        "Videos from security cameras appear to show the attackers arriving in a pickup.",
        "El silencio de la Fiscalía sobre estos casos dice mucho de la justicia.",
        "The army sent 600 troops to Los Mochis on Tuesday.",
        "Con el tiempo, la violencia se extendió a Tibú y a El Tarra.",
    ],
)
def test_author_statements_stay_the_authors(paragraph: str) -> None:
    claim = score(doc(paragraph)).claims[0]
    assert claim.source_type is SourceType.AUTHOR, claim.evidence


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Los Tiguerones threatened the schools.", "Los Tiguerones"),
        ("La pelea entre Los Linos y Los Rojos sigue.", "Los Linos"),
        ("Members of Barrio 18 collect the money.", "Barrio 18"),
    ],
)
def test_groups_are_found_by_name_or_shape(text: str, group: str) -> None:
    actor = find_criminal_actor(text)
    assert actor is not None and actor.text == group


@pytest.mark.parametrize(
    "text",
    ["They drove to Los Mochis and Las Vegas.", "Vive en Los Reyes.", "Los rojos y los azules."],
)
def test_places_and_lower_case_words_are_not_groups(text: str) -> None:
    assert find_criminal_actor(text) is None


def test_comment_claims_are_always_the_commenters() -> None:
    comments = [
        "Según la Fiscalía, los detenidos confesaron todo.",
        "The CJNG said in a video that they will take the plaza.",
        "Aquí en Culiacán escuchamos balazos toda la noche.",
    ]
    report = score(doc("Gunmen attacked a bar.", comments=comments))
    in_comments = [c for c in report.claims if c.where == "comment"]
    assert len(in_comments) == 3
    assert all(c.source_type is SourceType.COMMENTER for c in in_comments)
    assert [c.first_hand for c in in_comments] == [False, False, True]
    assert [c.source for c in in_comments] == ["user0", "user1", "user2"]


@pytest.mark.parametrize(
    ("comment", "first_hand"),
    [
        ("I grew up in Tijuana and it was never this bad.", True),
        ("We heard shooting all night near Tres Rios.", True),
        ("Trabajo en la central de abastos y ahí cobran piso.", True),
        ("Soy de Toribío y allá la guardia nos protege.", True),
        ("Seguramente no pasará nada, como siempre.", False),
    ],
)
def test_first_hand_in_english_and_spanish(comment: str, first_hand: bool) -> None:
    report = score(doc("Gunmen attacked a bar.", comments=[comment]))
    claim = next(c for c in report.claims if c.where == "comment")
    assert claim.first_hand is first_hand


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Videos appear to show the attackers.", ["appear to"]),
        (
            "La masacre sería una venganza, según versiones extraoficiales.",
            ["sería", "extraoficiales"],
        ),
        ("Investigators believe the bombs were ordered from prison.", ["believe"]),
        ("Es una crisis humanitaria en el sistema penitenciario.", []),
        ("It is the worst humanitarian crisis in decades.", []),
    ],
)
def test_hedges_as_found(text: str, expected: list[str]) -> None:
    assert find_hedges(text) == expected


def _syntok_only(paragraph: str) -> list[str]:
    from syntok import segmenter

    return [
        paragraph[tokens[0].offset : tokens[-1].offset + len(tokens[-1].value)]
        for block in segmenter.analyze(paragraph)
        for tokens in block
        if tokens
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Gunmen attacked a bar in Celaya. Police found nine bodies. The state closed the road.",
        "Las autoridades cerraron la carretera. ¿Quién responde? Nadie lo sabe todavía.",
        "The attack happened in 2019. Since then, nobody has been charged.",
        "He said it wasn't over. They don't believe him anymore.",
        'The banner read "leave the plaza." Police removed it within hours.',
        'He said: "Go home." Then he left.',
        "I live in Guadalajara (born and raised here), and it is terrible. Excuse my english.",
        "El fiscal dijo: no hay detenidos. La investigación sigue abierta.",
    ],
)
def test_plain_paragraphs_split_like_syntok(paragraph: str) -> None:
    from scoring._sentences import _easy_split, split_sentences

    assert _easy_split(paragraph) is not None
    assert [s.text for s in split_sentences(paragraph)] == _syntok_only(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Mr. Smith met Dr. Jones in the U.S. capital. They talked.",
        "1. Ditch the diet. 2. Avoid skipping meals.",
        "It is bad on the city as on the areas (None of it is on TV, hell, no. Sadly it goes on.",
        "They went (armed. Then left.",
    ],
)
def test_hard_paragraphs_are_left_to_syntok(paragraph: str) -> None:
    from scoring._sentences import _easy_split

    assert _easy_split(paragraph) is None
