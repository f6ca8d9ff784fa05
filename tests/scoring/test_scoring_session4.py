"""Rules added in session 4, each from a kind of miss on blind sets 17-19, on invented text."""

from __future__ import annotations

import pytest

from scoring import Claim, ScoreOptions, SourceType, score
from scraper import Block, Document

RULES = ScoreOptions(type_model=False)  # these tests pin the rules, not the learned model


def _claims(paragraphs: list[str], lang: str = "en") -> list[Claim]:
    body = [Block(text=p) for p in paragraphs]
    doc = Document(url="https://news.example/a", lang=lang, body=body)
    return score(doc, options=RULES).claims


def _type_of(paragraphs: list[str], fragment: str, lang: str = "en") -> SourceType:
    claim = next(c for c in _claims(paragraphs, lang) if fragment in c.text)
    return claim.source_type


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Federal prosecutors charged four men with running a stash house in Laredo.", "en"),
        ("Bolivian prosecutors on Friday charged three people with laundering money.", "en"),
        ("U.S. District Judge Ana Ruiz set sentencing for March 3.", "en"),
        ('The Interior Ministry called the video "a fabrication meant to spread fear."', "en"),
        ("La Defensoría del Pueblo había emitido en mayo una alerta para tres municipios.", "es"),
    ],
)
def test_charges_court_dates_and_official_alerts_are_official(sentence: str, lang: str) -> None:
    assert _type_of([sentence], sentence[:20], lang) is SourceType.OFFICIAL


def test_a_plain_act_of_a_person_stays_the_authors() -> None:
    assert _type_of(["The farmer charged his phone at the church."], "farmer") is SourceType.AUTHOR


@pytest.mark.parametrize(
    ("paragraphs", "fragment", "source"),
    [
        (["Maria Lopez sells bread.", "“It was terrifying,” said Lopez."], "terrifying", "Lopez"),
        (["Maria Lopez said the men left.", "“They took him,” she said."], "took", "Maria Lopez"),
        (["Rosa Pérez vende pan.", "«Nos amenazaron», contó Rosa Pérez."], "amenazaron", "Rosa"),
    ],
)
def test_a_short_quotation_opening_a_sentence_is_speech(
    paragraphs: list[str], fragment: str, source: str
) -> None:
    claim = next(c for c in _claims(paragraphs) if fragment in c.text)
    assert claim.source_type is SourceType.NAMED_SOURCE
    assert claim.source is not None and source in claim.source


def test_a_short_nickname_in_quotes_is_still_a_name() -> None:
    claim = _claims(["José Pérez, alias “El Flaco,” was arrested on Monday."])[0]
    assert claim.source_type is SourceType.OFFICIAL  # the arrest, not a quotation


def test_aseguro_after_a_quotation_is_a_report_and_before_an_object_a_seizure() -> None:
    claims = _claims(
        [
            "El comisionado Dagoberto Wood dijo que el hombre no era de la isla.",
            '"No vamos a permitir que traigan su guerra a las islas", aseguró.',
            "Un vecino llamado Pedro Ruiz aseguró 20 metros de cerca con alambre.",
        ],
        lang="es",
    )
    assert claims[1].source_type is SourceType.OFFICIAL and claims[1].cue == "aseguró"
    assert claims[2].cue != "aseguró"  # fenced in, not a report


def test_the_institution_in_a_communique_is_the_official_body_just_named() -> None:
    claims = _claims(
        [
            "Según el Ejército de Guatemala, una patrulla llegó a la pista. "
            "La patrulla no halló nada, informó la institución en un comunicado."
        ],
        lang="es",
    )
    assert claims[1].source_type is SourceType.OFFICIAL
    assert claims[1].source == "la institución"


def test_a_group_speaking_in_a_communique_stays_the_group() -> None:
    claims = _claims(["The attack was aimed at the army, the ELN said in a statement."])
    assert claims[0].source_type is SourceType.CRIMINAL_GROUP


def test_men_speaking_in_a_custody_video_confess() -> None:
    claims = _claims(
        [
            "Aparecen dos hombres sentados en el suelo, esposados. El primero, que se identifica "
            "como Mario, dice que cobraba la cuota en el mercado.",
            "Cuenta que le pagaban 2 mil pesos por semana.",
            "El segundo dice que solo vigilaba la calle.",
        ],
        lang="es",
    )
    assert [c.source_type for c in claims[1:]] == [SourceType.CONFESSION] * 3
    assert "custody" in (claims[1].evidence or "")


def test_the_same_words_without_a_custody_video_stay_as_they_were() -> None:
    claims = _claims(
        [
            "Aparecen dos hombres sentados en una banca del parque. El primero, que se identifica "
            "como Mario, dice que vende elotes en el mercado.",
        ],
        lang="es",
    )
    assert claims[1].source_type is not SourceType.CONFESSION


def test_a_custody_scene_fades_after_three_paragraphs() -> None:
    claims = _claims(
        [
            "A video shows three men sitting on the floor, handcuffed.",
            "Police did not say where it was filmed.",
            "The town has had four killings this month.",
            "The market reopened on Monday.",
            "The first vendor who came back, a young man named Luis Ortega, says business is slow.",
        ]
    )
    assert claims[-1].source_type is not SourceType.CONFESSION


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("El comandante dijo a este diario que no había detenidos.", SourceType.OFFICIAL),
        ("El comandante del Frente 33 del ELN dijo que no dejarán las armas.", "criminal_group"),
        ("El comandante Cero de Los Tlacos dijo que defenderán la sierra.", "criminal_group"),
        ("El comandante de la policía dijo que Los Tlacos atacaron.", SourceType.OFFICIAL),
        ('"Aquí nadie baja sin permiso", cuenta Segundo Pineda, minero.', "named_source"),
        ("El municipio cuenta con 40 patrullas nuevas.", SourceType.AUTHOR),
        ('El vocero, coronel Ramón Báez, se limitó a decir que "todo sigue abierto".', "official"),
        ('Ledezma, esposado, tomó la palabra ante el juez: "Yo nunca trabajé para nadie".', "x"),
    ],
)
def test_session4_cues_and_commanders(sentence: str, expected: str) -> None:
    want = SourceType.CONFESSION if expected == "x" else SourceType(expected)
    assert _type_of([sentence], sentence[:15], lang="es") is want


def test_a_message_quoted_in_its_own_description_is_the_groups_to_its_closing_mark() -> None:
    claims = _claims(
        [
            "En la cartulina, escrita a mano, se leía: “Esto les pasa a los soplones. "
            "Sigue la familia”. La víctima no ha sido identificada."
        ],
        lang="es",
    )
    kinds = [c.source_type for c in claims]
    assert kinds[:2] == [SourceType.CRIMINAL_GROUP, SourceType.CRIMINAL_GROUP]
    assert kinds[2] is not SourceType.CRIMINAL_GROUP


def test_it_read_after_a_signed_banner_is_the_banner() -> None:
    claims = _claims(
        [
            'A banner signed by the "Tropa Norte," a little-known group, appeared on the school '
            'fence. It read: "This is what happens to those who talk too much."'
        ]
    )
    assert claims[1].source_type is SourceType.CRIMINAL_GROUP


def test_the_report_after_a_report_by_an_official_body_is_that_body() -> None:
    claims = _claims(
        [
            "That is the finding of a 40-page report by the National Police Inspectorate, the "
            "body that investigates officers.",
            "The report recommends the dismissal of six officers.",
        ]
    )
    assert claims[1].source_type is SourceType.OFFICIAL
    assert claims[1].source is not None and "Inspectorate" in claims[1].source


def test_a_view_credited_by_a_pronoun_is_the_last_speakers() -> None:
    claims = _claims(
        [
            "El padre Julio Coc, párroco del pueblo, dijo que los jóvenes trabajan en las pistas. "
            "Para él, la pobreza los empuja a ese trabajo."
        ],
        lang="es",
    )
    assert claims[1].source_type is SourceType.NAMED_SOURCE
    assert claims[1].source is not None and "Coc" in claims[1].source


def test_people_this_outlet_consulted_speak_for_themselves() -> None:
    claims = _claims(
        ["Vecinos de la colonia consultados por este medio aseguraron que cobran 50 pesos."],
        lang="es",
    )
    assert claims[0].source_type is not SourceType.MEDIA


def test_an_official_who_spoke_on_condition_his_name_not_be_published_is_anonymous() -> None:
    claims = _claims(
        [
            "Un agente aduanal, que habló con este diario a condición de que no se publicara su "
            "nombre, estima que pasan diez cajas por cada una decomisada."
        ],
        lang="es",
    )
    assert claims[0].source_type is SourceType.ANONYMOUS_SOURCE


def test_a_town_disputed_by_a_cartel_is_fought_over_not_a_denial() -> None:
    claims = _claims(["Zamora has been disputed for three years by the Jalisco cartel."])
    assert claims[0].source_type is SourceType.AUTHOR


@pytest.mark.parametrize(
    ("sentence", "expected", "lang"),
    [
        ("“Solo trabajaba para sus hijos”, lloró Eloy Sánchez, quien viajó desde Trujillo.",
         SourceType.NAMED_SOURCE, "es"),
        ("El portal Zulia Hoy reseñó que en mayo la misma banda quemó un autobús.",
         SourceType.MEDIA, "es"),
        ("Officials have attributed the drop to lower production in Mexico.",
         SourceType.OFFICIAL, "en"),
        ("The Treasury Department sanctioned six members of the cell.",
         SourceType.OFFICIAL, "en"),
    ],
)  # fmt: skip
def test_more_reporting_verbs_and_official_acts(
    sentence: str, expected: SourceType, lang: str
) -> None:
    assert _type_of([sentence], sentence[:12], lang) is expected


def test_the_communique_warned_that_is_the_group_that_issued_it() -> None:
    claims = _claims(
        [
            "The ELN published a communiqué on Monday.",
            "The communiqué warned that the curfew starts at nine.",
        ]
    )
    assert claims[1].source_type is SourceType.CRIMINAL_GROUP


def test_unsigned_footage_on_social_media_is_anonymous_and_a_groups_video_is_not() -> None:
    claims = _claims(
        [
            "Images on social media appear to show a bus burning on the highway.",
            "A video released by the Gulf Cartel on Facebook shows four armed men.",
        ]
    )
    assert claims[0].source_type is SourceType.ANONYMOUS_SOURCE
    assert claims[1].source_type is not SourceType.ANONYMOUS_SOURCE


def test_a_detainee_in_an_appositive_told_investigators_inside_a_report() -> None:
    claims = _claims(
        [
            "According to the report, one of the sailors, a petty officer arrested on May 2, told "
            "investigators that the orders came from a lieutenant."
        ]
    )
    assert claims[0].source_type is SourceType.CONFESSION
    assert claims[0].source == "one of the sailors, a petty officer arrested on May 2"


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("A video claims to show armed men on the highway.", "claims to"),
        ("Ella cree que los custodios se quedan con una parte.", "cree que"),
        ("Se especula en el valle que el grupo financió la feria.", "se especula"),
    ],
)
def test_more_hedges(sentence: str, hedge: str) -> None:
    assert hedge in _claims([sentence])[0].hedges


@pytest.mark.parametrize(
    "sentence",
    [
        "Raúl abrió una taquería en la avenida principal.",
        "Mi hermano no quería meterse en eso.",
        "A study by the think tank CIAPA counted 40 airstrips.",
    ],
)
def test_shops_imperfects_and_think_tanks_do_not_hedge(sentence: str) -> None:
    assert _claims([sentence])[0].hedges == []


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            "El Ministerio Público confirmó el hallazgo. La institución aclaró que no hay "
            "detenidos.",
            SourceType.OFFICIAL,
        ),
        (
            "Según el fiscal, uno de los detenidos reconoció ante los agentes que cobraba la "
            "cuota.",
            SourceType.CONFESSION,
        ),
        ("Pobladores de San Mateo refirieron que hombres armados vigilan.", "anonymous_source"),
        ("La Guardia Nacional contabiliza más de 200 pasos ilegales.", SourceType.OFFICIAL),
    ],
)
def test_institution_back_confession_before_agents_and_counts(
    sentences: str, expected: str
) -> None:
    assert _claims([sentences], lang="es")[-1].source_type is SourceType(expected)
