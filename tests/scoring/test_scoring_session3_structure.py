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


def test_a_fronted_phrase_before_the_speaker_and_an_aside() -> None:
    kind, source = _last(
        "En un video difundido por la Fiscalía, uno de los detenidos, con el rostro cubierto, "
        "dice que le pagaron 500 pesos por vigilar la carretera.",
        lang="es",
    )
    assert kind is SourceType.CONFESSION
    assert source == "uno de los detenidos"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "Según el comandante, uno de los capturados, identificado como Julio R. M., "
            "confesó que el grupo cobraba 200 dólares por camión.",
            "es",
        ),
        (
            "According to prosecutors, one of the arrested men admitted that he drove the truck.",
            "en",
        ),
    ],
)
def test_a_detainees_confession_reported_by_an_official_is_a_confession(
    sentence: str, lang: str
) -> None:
    assert _last(sentence, lang=lang)[0] is SourceType.CONFESSION


def test_the_young_man_after_a_confession_is_the_same_detainee() -> None:
    report = score(
        doc(
            "Según la policía, uno de los detenidos confesó que vendía la droga en la feria. "
            "En su declaración, el joven habría añadido que el jefe vive en Quito."
        )
    )
    claim = claim_with(report, "el jefe vive en Quito")
    assert claim.source_type is SourceType.CONFESSION
    assert claim.source == "uno de los detenidos"


def test_what_the_press_said_is_media() -> None:
    kind, source = _last(
        "Van seis ataques a tiendas en el puerto, según lo que ha publicado la prensa local.",
        lang="es",
    )
    assert kind is SourceType.MEDIA
    assert source is not None and source.startswith("lo que")


def test_a_second_verb_shares_the_first_subject_not_the_object_between() -> None:
    report = score(
        doc(
            "La cooperativa, en un comunicado, exigió al Gobierno enviar al Ejército y afirmó "
            "que 12 de sus choferes han sido asesinados."
        )
    )
    claim = claim_with(report, "12 de sus choferes")
    assert claim.source_type is not SourceType.OFFICIAL  # the Gobierno is the object


def test_interview_named_in_the_intro_with_statement_prompts() -> None:
    paragraphs = [
        "Lucía Berrios, a Peruvian economist, has followed illegal gold for a decade.",
        "Gold now moves more money than cocaine in the Amazon. We spoke with Berrios about it.",
        "How does the gold leave the country?",
        "Through shell exporters. The buyers in Lima ask no questions at all.",
        "The ministry says the registry has closed that door.",
        "That is a slogan. The registry checks paperwork, not mines.",
        "Who profits the most?",
        "The refiners abroad. They buy at a discount and sell at market prices.",
    ]
    report = score(
        Document(title="Gold and the Amazon", lang="en", body=[Block(text=p) for p in paragraphs])
    )
    for fragment in ("shell exporters", "checks paperwork", "buy at a discount"):
        claim = claim_with(report, fragment)
        assert claim.source_type is SourceType.NAMED_SOURCE
        assert claim.source == "Lucía Berrios"
    assert claim_with(report, "moves more money").source_type is SourceType.AUTHOR


def test_interview_under_a_quoted_headline_with_unmarked_answers() -> None:
    paragraphs = [
        "Tomás Ilabaca Rey teaches law in Valparaíso and has studied port crime for a decade.",
        "How does the cocaine get into the containers?",
        "Through the night shifts. The seals are cheap to copy and nobody checks them twice.",
        "Who pays the workers?",
        "Brokers from Santiago. They pay in cash and never come to the port themselves.",
    ]
    report = score(
        Document(
            title="“The Seals Are Cheap to Copy”: A Lawyer on Chile's Port Cocaine",
            lang="en",
            body=[Block(text=p) for p in paragraphs],
        )
    )
    for fragment in ("seals are cheap", "pay in cash"):
        assert claim_with(report, fragment).source == "Tomás Ilabaca Rey"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Word around the market is that the new boss came from Sinaloa.", "en"),
        ("It is widely believed in town that the mayor pays the gang.", "en"),
        ("There are reports that the group buys weapons in Texas.", "en"),
        ("Hay versiones de que el jefe de plaza huyó a Guatemala.", "es"),
    ],
)
def test_rumour_and_report_openers_are_anonymous(sentence: str, lang: str) -> None:
    assert _last(sentence, lang=lang)[0] is SourceType.ANONYMOUS_SOURCE


@pytest.mark.parametrize(
    ("sentence", "lang", "source"),
    [
        ("Fishermen interviewed by Radio Costa said the boats leave at night.", "en", "Fishermen"),
        (
            "Comerciantes consultados por este diario aseguraron que pagan cuota.",
            "es",
            "Comerciantes",
        ),
        ("My neighbour's nephew told me the checkpoint is gone.", "en", "My neighbour's nephew"),
        ("El lunes su hermana me contó que lo habían amenazado.", "es", "su hermana"),
    ],
)
def test_people_an_outlet_asked_and_kin_are_anonymous(
    sentence: str, lang: str, source: str
) -> None:
    kind, found = _last(sentence, lang=lang)
    assert kind is SourceType.ANONYMOUS_SOURCE
    assert found is not None and found.startswith(source)


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        (
            "The tattoo has been linked by federal police to the Tren de Aragua.",
            "en",
            SourceType.OFFICIAL,
        ),
        (
            "El ataque fue atribuido por la Fiscalía a una célula del grupo.",
            "es",
            SourceType.OFFICIAL,
        ),
    ],
)
def test_findings_in_the_passive_take_their_agent(
    sentence: str, lang: str, expected: SourceType
) -> None:
    assert _last(sentence, lang=lang)[0] is expected


def test_kin_naming_a_body_are_not_the_authorities_finding() -> None:
    report = score(doc("Dos de las víctimas fueron identificadas por sus familiares."))
    claim = claim_with(report, "identificadas")
    assert claim.cue != "identificadas"  # relatives identify; they are not the agent of a report


def test_pronoun_after_according_to_is_the_person_just_quoted() -> None:
    report = score(
        doc(
            "“No tenemos agua”, dijo Elvira Ponce Ruiz, vecina del barrio. "
            "Según ella, la pipa no llega desde marzo."
        )
    )
    claim = claim_with(report, "la pipa no llega")
    assert claim.source_type is SourceType.NAMED_SOURCE
    assert claim.source == "Elvira Ponce Ruiz"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("La familia recibió por WhatsApp una amenaza: “Se van del pueblo o se mueren”.", "es"),
        ("Next to the car police found a handwritten sign: “This is for the snitches.”", "en"),
    ],
)
def test_threats_and_handmade_signs_quoted_after_a_colon(sentence: str, lang: str) -> None:
    assert _last(sentence, lang=lang)[0] is SourceType.CRIMINAL_GROUP


def test_the_authorities_own_warning_is_not_a_threat() -> None:
    assert _last("The governor issued a warning: “Stay home tonight.”")[0] is not (
        SourceType.CRIMINAL_GROUP
    )


def test_one_banner_of_several_and_another() -> None:
    report = score(
        doc(
            "Four banners were hung from bridges on Sunday. “We do not kill children,” read one "
            "of them, according to photographs posted online. Another warned that thieves would "
            "be hanged."
        )
    )
    assert claim_with(report, "We do not kill").source_type is SourceType.CRIMINAL_GROUP
    assert claim_with(report, "thieves would").source_type is SourceType.CRIMINAL_GROUP


@pytest.mark.parametrize(
    ("paragraph", "fragment", "source"),
    [
        (
            "Irma Salas Pinto, madre de un minero, contó que no sabe nada de él. "
            "“Nadie nos dice nada”, relató entre lágrimas.",
            "Nadie nos dice",
            "Irma Salas Pinto",
        ),
        (
            "“No hay patrullas”, dijo en la reunión la coordinadora del colectivo, "
            "Dora Villca Mamani.",
            "No hay patrullas",
            "Dora Villca Mamani",
        ),
        (
            "It is likely that the drought pushed farmers to coca, said Ana Lucía Borda, an "
            "agronomist.",
            "drought pushed",
            "Ana Lucía Borda",
        ),
    ],
)
def test_inverted_speakers_after_a_phrase_or_with_no_new_subject(
    paragraph: str, fragment: str, source: str
) -> None:
    claim = claim_with(score(doc(paragraph)), fragment)
    assert claim.source_type is SourceType.NAMED_SOURCE
    assert claim.source == source


def test_one_of_them_with_no_group_before_is_unnamed() -> None:
    claim = claim_with(score(doc("“Aquí nadie denuncia”, dijo uno de ellos.")), "nadie denuncia")
    assert claim.source_type is SourceType.ANONYMOUS_SOURCE


@pytest.mark.parametrize(
    ("paragraph", "fragment", "source"),
    [
        (
            "Ramiro Cuéllar Soto, dirigente de la Unión de Lancheros, afirmó que pagan cuota. "
            "Según el dirigente, la cuota sube cada mes.",
            "la cuota sube",
            "Ramiro Cuéllar Soto",
        ),
        (
            "Ana Pires, a researcher at a Recife NGO, said the gang recruits boys. "
            "The researcher added that girls are recruited too.",
            "girls are recruited",
            "Ana Pires",
        ),
    ],
)
def test_a_definite_role_right_after_a_named_person_is_that_person(
    paragraph: str, fragment: str, source: str
) -> None:
    claim = claim_with(score(doc(paragraph)), fragment)
    assert claim.source == source


@pytest.mark.parametrize(
    "sentence",
    [
        "El comunicado no lo dice, pero todos saben quién manda.",
        "The statement does not say who fired first.",
    ],
)
def test_what_a_source_does_not_say_is_not_attributed_to_it(sentence: str) -> None:
    kind, _ = _last(sentence, lang="es" if "El " in sentence else "en")
    assert kind is SourceType.AUTHOR


def test_according_to_what_people_told_me_names_the_people() -> None:
    kind, source = _last(
        "La disputa, según me explican comerciantes del mercado, es por el cobro de piso.",
        lang="es",
    )
    assert kind is SourceType.ANONYMOUS_SOURCE
    assert source == "comerciantes del mercado"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("A man in San Pedro Sula told me the buses stopped running.", "en"),
        ("Una mujer de Chicomuselo relató que su esposo fue llevado por hombres armados.", "es"),
    ],
)
def test_a_place_after_an_unnamed_person_is_not_a_name(sentence: str, lang: str) -> None:
    assert _last(sentence, lang=lang)[0] is SourceType.ANONYMOUS_SOURCE


def test_a_message_quoted_after_it_read() -> None:
    kind, _ = _last(
        "El mensaje, escrito con pintura roja, decía: “Esto les pasa a los soplones”.", lang="es"
    )
    assert kind is SourceType.CRIMINAL_GROUP


def test_an_official_saying_on_television() -> None:
    kind, _ = _last("El gobernador salió en televisión diciendo que el estado está en paz.", "es")
    assert kind is SourceType.OFFICIAL


def test_a_pronoun_after_a_person_opening_an_unattributed_sentence() -> None:
    report = score(
        doc(
            "Nora Quispe, fundadora del colectivo Madres de Juliaca, perdió a su hijo en 2019. "
            "Ella asegura que los reclutan desde los trece años."
        )
    )
    claim = claim_with(report, "los reclutan")
    assert claim.source == "Nora Quispe"
    assert claim.source_type is SourceType.NAMED_SOURCE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Leí en El Diario del Istmo que la policía cerró el paso.", "es"),
        ("I read in Proceso that the plaza boss was moved to Colima.", "en"),
    ],
)
def test_what_the_writer_read_in_an_outlet_is_the_outlets(sentence: str, lang: str) -> None:
    assert _last(sentence, lang=lang)[0] is SourceType.MEDIA


@pytest.mark.parametrize(
    "paragraph",
    [
        "La Policía informó que detuvo a tres jóvenes. Según el parte, uno de ellos dijo a los "
        "agentes que le pagaban por vigilar.",
        "Según el semanario Voz Norte, el capturado le dijo a los investigadores que cobraba "
        "por cada entrega.",
    ],
)
def test_what_one_of_those_held_told_agents_is_a_confession(paragraph: str) -> None:
    report = score(doc(paragraph))
    claim = [c for c in report.claims if c.is_claim][-1]
    assert claim.source_type is SourceType.CONFESSION


def test_a_member_serving_a_sentence_is_in_custody() -> None:
    kind, _ = _last(
        "Un exintegrante de la banda, que cumple condena en Támara, dijo ante la fiscal que "
        "cada envío dejaba 50.000 dólares.",
        lang="es",
    )
    assert kind is SourceType.CONFESSION


def test_the_report_again_with_a_page_count_is_the_same_report() -> None:
    report = score(
        doc(
            "Ports are infiltrated by the gangs, according to a report released on Monday by "
            "Crisis Group. The 60-page report, based on court records and interviews, says the "
            "customs scanners are bypassed."
        )
    )
    claim = claim_with(report, "scanners are bypassed")
    assert claim.source_type is SourceType.NAMED_SOURCE  # the NGO, not the court records


def test_in_it_they_warn_continues_the_message() -> None:
    report = score(
        doc(
            "Un video difundido en TikTok muestra a hombres encapuchados del Cártel del Golfo que "
            "leen un mensaje. En él advierten que no permitirán más retenes."
        )
    )
    assert claim_with(report, "no permitirán").source_type is SourceType.CRIMINAL_GROUP


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Al parecer, el jefe de la célula huyó a Guatemala.", "es"),
        ("Apparently the same gang now charges the bakeries.", "en"),
    ],
)
def test_a_hearsay_opening_is_anonymous(sentence: str, lang: str) -> None:
    assert _last(sentence, lang=lang)[0] is SourceType.ANONYMOUS_SOURCE


def test_apparently_inside_the_authors_analysis_stays_the_authors() -> None:
    kind, _ = _last("The cartel has now apparently paired up with its old rival.")
    assert kind is SourceType.AUTHOR


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "A banner appeared on Monday on the bridge over the river: “We are coming for you.”",
            "en",
        ),
        ("La policía retiró una manta colgada en el puente: “Aquí mandamos nosotros”.", "es"),
    ],
)
def test_a_banner_quoted_after_a_colon(sentence: str, lang: str) -> None:
    assert _last(sentence, lang=lang)[0] is SourceType.CRIMINAL_GROUP


def test_a_named_company_between_its_description_and_an_aside() -> None:
    report = score(
        doc(
            "Two workers were charged, the prosecutor's office said. The exporter, Frutas del "
            "Norte, a company based in Piura, said in a statement that its containers were sealed."
        )
    )
    claim = claim_with(report, "containers were sealed")
    assert claim.source == "Frutas del Norte"
    assert claim.source_type is SourceType.NAMED_SOURCE  # not the prosecutor's office again


def test_a_role_then_the_name_between_commas_is_the_name_not_the_last_source() -> None:
    report = score(
        doc(
            "Assistant U.S. Attorney Ray Colón said the ledgers were real. The defense lawyer, "
            "Marta Ibáñez, told me that her client was coerced. She said he had been threatened."
        )
    )
    for fragment in ("was coerced", "been threatened"):
        claim = claim_with(report, fragment)
        assert claim.source == "Marta Ibáñez"
        assert claim.source_type is SourceType.NAMED_SOURCE


def test_an_infinitive_say_is_not_a_report() -> None:
    kind, _ = _last("When the judge asked him to say what he did, he read from a sheet.")
    assert kind is SourceType.AUTHOR


def test_a_trailing_cue_with_no_subject_after_a_long_clause() -> None:
    report = score(
        doc(
            "El jefe de la zona, coronel Iván Soria, informó que hubo dos heridos. Los dos "
            "policías fueron trasladados a un hospital de Guayaquil y están fuera de peligro, "
            "agregó."
        )
    )
    assert claim_with(report, "fuera de peligro").source == "Iván Soria"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Un agente que habló con este diario sin autorización afirmó que hubo tortura.", "es"),
        ("Tres mujeres entrevistadas para este reportaje aseguraron que pagan cuota.", "es"),
        ("A former guard at the Litoral, who left in 2022, told us inmates keep the keys.", "en"),
        ("Según moradores de El Recreo, los disparos se han vuelto frecuentes.", "es"),
        ("Dicen los que saben de estas cosas que ya circula una lista.", "es"),
        ("Lo que dicen en el barrio es que el jefe huyó.", "es"),
        ("En redes sociales circula la versión de que cuatro reos se fugaron.", "es"),
        ("Several local groups are now believed to be paid in cocaine.", "en"),
    ],
)
def test_more_unnamed_and_rumour_forms(sentence: str, lang: str) -> None:
    assert _last(sentence, lang=lang)[0] is SourceType.ANONYMOUS_SOURCE


def test_the_witness_named_by_kind_then_este() -> None:
    report = score(
        doc(
            "La fiscalía presentó la declaración de un testigo protegido. Este relató que el "
            "arma fue entregada la noche anterior."
        )
    )
    assert claim_with(report, "arma fue entregada").source_type is SourceType.CONFESSION


def test_the_group_after_its_video() -> None:
    report = score(
        doc(
            "In a video posted on Monday, masked men of the Gulf Cartel demanded a truce. The "
            "group said in a statement that it would not attack civilians."
        )
    )
    assert claim_with(report, "not attack civilians").source_type is SourceType.CRIMINAL_GROUP


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Ninguno de ellos había sido condenado.", "es"),
        ("El detenido no fue vinculado a proceso.", "es"),
        ("La municipalidad no lleva registro.", "es"),
        ("Aquí en el pueblo nadie ha dicho nada.", "es"),
    ],
)
def test_acts_not_done_and_nobody_saying_are_the_authors(sentence: str, lang: str) -> None:
    assert _last(sentence, lang=lang)[0] is SourceType.AUTHOR


def test_an_official_post_with_a_perfect_tense() -> None:
    kind, _ = _last("El gobernador ha sostenido en su cuenta de X que el estado está en paz.", "es")
    assert kind is SourceType.OFFICIAL


@pytest.mark.parametrize(
    ("paragraph", "fragment", "expected"),
    [
        (
            "En un video, uno de los detenidos dice que le pagaban 4 mil. En la misma grabación "
            "asegura que lo reclutaron en un taller.",
            "lo reclutaron",
            SourceType.CONFESSION,
        ),
        (
            "Uno de los detenidos confesó que vigilaba la carretera. Según la misma versión, el "
            "ataque se ordenó desde el penal.",
            "se ordenó desde el penal",
            SourceType.CONFESSION,
        ),
        (
            "En un video, uno de los detenidos, un joven de 19 años, dice que lo obligaron. "
            "“Nos pagaban por avisar”, se escucha decir al joven.",
            "Nos pagaban",
            SourceType.CONFESSION,
        ),
        (
            "“Aquí andamos, limpiando la zona”, dice uno de ellos, que presume trabajar para "
            "Los Salazar.",
            "limpiando la zona",
            SourceType.CRIMINAL_GROUP,
        ),
        (
            "Este diario pudo saber, por comerciantes del mercado, que muchos locales no abrieron.",
            "locales no abrieron",
            SourceType.ANONYMOUS_SOURCE,
        ),
        (
            "By mid-morning, residents posted videos of burning cars and reported gunfire in the "
            "north of the city.",
            "reported gunfire",
            SourceType.ANONYMOUS_SOURCE,
        ),
        (
            "As Frontera Viva has reported since May, the gangs recruit teenagers online.",
            "recruit teenagers",
            SourceType.MEDIA,
        ),
        (
            "Como informó Noticias del Bajío en junio, otras tres gasolineras fueron atacadas.",
            "gasolineras",
            SourceType.MEDIA,
        ),
        (
            "“No estaba de servicio”, dijo a la salida el abogado Ramón Ortiz Vela.",
            "No estaba",
            SourceType.NAMED_SOURCE,
        ),
        (
            "“They know the river better than we do,” said a federal police agent in Tabatinga.",
            "know the river",
            SourceType.OFFICIAL,
        ),
    ],
)
def test_session3_third_batch(paragraph: str, fragment: str, expected: SourceType) -> None:
    assert claim_with(score(doc(paragraph)), fragment).source_type is expected


def test_a_likely_guess_ends_an_according_to_frame() -> None:
    report = score(
        doc(
            "Según datos del Inegi, siete de cada diez habitantes se sienten inseguros. Es "
            "probable que la cifra real sea mayor."
        )
    )
    assert claim_with(report, "cifra real").source_type is SourceType.AUTHOR


@pytest.mark.parametrize(
    "sentence",
    [
        "A port official who was not authorised to speak publicly said the yard was closed.",
        "According to a security official who asked not to be identified, the man led a cell.",
    ],
)
def test_anonymity_wins_over_an_unnamed_officials_role(sentence: str) -> None:
    assert _last(sentence)[0] is SourceType.ANONYMOUS_SOURCE


def test_what_the_writer_found_is_not_an_official_find() -> None:
    kind, _ = _last("The only official breakdown we found puts the share at four in ten.")
    assert kind is SourceType.AUTHOR


def test_an_official_named_with_a_title_earlier_is_official_by_surname() -> None:
    report = score(
        doc(
            "The defendant showed no reaction as U.S. District Judge Rosa Whitfield read the "
            "sentence. “You sold poison,” Whitfield told him from the bench."
        )
    )
    assert claim_with(report, "sold poison").source_type is SourceType.OFFICIAL


def test_one_of_them_named_is_one_of_the_group_before() -> None:
    report = score(
        doc(
            "Two former members of the cell who pleaded guilty told jurors that he ordered the "
            "killings. One of them, Jesús Almeida, testified that he watched an execution."
        )
    )
    claim = claim_with(report, "watched an execution")
    assert claim.source_type is SourceType.CONFESSION
    assert claim.source == "Jesús Almeida"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Una de las versiones más compartidas afirma que el convoy pertenece a La Línea.", "es"),
        ("Usuarios de redes sociales reportan detonaciones en cinco puntos de la ciudad.", "es"),
    ],
)
def test_circulating_versions_and_users_reports(sentence: str, lang: str) -> None:
    assert _last(sentence, lang=lang)[0] is SourceType.ANONYMOUS_SOURCE


@pytest.mark.parametrize(
    ("paragraph", "fragment", "expected"),
    [
        (
            "9:40 p.m. Attorney General Tomás Reyes said on television that 700 people were held.",
            "700 people",
            SourceType.OFFICIAL,
        ),
        ("Neither group has commented on the killings.", "commented", SourceType.AUTHOR),
        (
            "Hasta el momento ninguna autoridad ha informado de detenidos.",
            "detenidos",
            SourceType.AUTHOR,
        ),
        (
            "Según informó la Policía Metropolitana en un comunicado, hombres armados llegaron "
            "por el estero.",
            "llegaron",
            SourceType.OFFICIAL,
        ),
        (
            "Three drivers told us they pay every week. Another, with twenty years on the route, "
            "said the boss changed twice.",
            "boss changed",
            SourceType.ANONYMOUS_SOURCE,
        ),
        (
            "Police released a video in which two men arrested near Caborca say they ran a fake "
            "checkpoint. “They told us to stop every truck,” the younger man says.",
            "stop every truck",
            SourceType.CONFESSION,
        ),
        (
            "También leí en un grupo de Facebook que en la trocha apareció un cuerpo.",
            "apareció un cuerpo",
            SourceType.ANONYMOUS_SOURCE,
        ),
        (
            "The newspaper El Pitazo is reporting that troops stood by during the attack.",
            "troops stood by",
            SourceType.MEDIA,
        ),
        (
            "A senior security official, speaking privately, admitted to me that arrests are "
            "timed for the calendar.",
            "timed for",
            SourceType.ANONYMOUS_SOURCE,
        ),
        (
            "My cousin just called from the highway and says two cars are burning.",
            "cars are burning",
            SourceType.ANONYMOUS_SOURCE,
        ),
        ("Dockworkers say the real number is higher.", "real number", SourceType.ANONYMOUS_SOURCE),
    ],
)
def test_session3_fourth_batch(paragraph: str, fragment: str, expected: SourceType) -> None:
    assert claim_with(score(doc(paragraph)), fragment).source_type is expected


def test_transcript_turns_belong_to_their_speaker_and_the_host_is_the_programme() -> None:
    paragraphs = [
        "Publicamos la transcripción del programa del sábado, conducido por Marta Ruiz.",
        "MARTA RUIZ: Tenemos en la línea al personero municipal, Julio César Ardila. "
        "¿Cuántas familias siguen en los albergues?",
        "JULIO CÉSAR ARDILA: Según nuestro registro, hay 900 personas en los albergues. Además, "
        "hemos recibido 12 denuncias de menores reclutados.",
        "MARTA RUIZ: Gracias, personero. Seguimos con la música.",
    ]
    report = score(Document(lang="es", body=[Block(text=p) for p in paragraphs]))
    for fragment in ("900 personas", "12 denuncias"):
        claim = claim_with(report, fragment)
        assert claim.source == "Julio César Ardila"
        assert claim.source_type is SourceType.OFFICIAL


def test_a_labelled_interview_whose_title_is_all_quotation() -> None:
    paragraphs = [
        "Durán recorded one of the highest murder rates in the world in 2023.",
        "Carla Mendoza Ríos, a sociologist, has interviewed shopkeepers in Durán for years.",
        "Who controls Durán today?",
        "Mostly one gang, which began as a faction of a larger group.",
        "How does the extortion work?",
        "A shop pays between 5 and 30 dollars a week.",
    ]
    report = score(
        Document(
            title='Q&A: "In Durán, the Gangs Collect Taxes Before the City Does"',
            lang="en",
            body=[Block(text=p) for p in paragraphs],
        )
    )
    assert claim_with(report, "5 and 30 dollars").source == "Carla Mendoza Ríos"


@pytest.mark.parametrize(
    ("paragraph", "fragment", "expected"),
    [
        (
            "Ramón Ibarra Soto, líder de los taxistas, habló con este diario. Aseguró que han "
            "presentado seis denuncias ante la Fiscalía.",
            "seis denuncias",
            SourceType.NAMED_SOURCE,
        ),
        (
            "“La extorsión no es un delito, es un impuesto”, escribió Molina en el informe.",
            "es un impuesto",
            SourceType.NAMED_SOURCE,
        ),
        (
            "La comunidad denunció además que la Policía tardó una hora en llegar.",
            "tardó una hora",
            SourceType.ANONYMOUS_SOURCE,
        ),
        (
            "“Nos cobran 100 pesos diarios”, dijo a este medio un chofer de la ruta 5, que pidió "
            "el anonimato.",
            "100 pesos",
            SourceType.ANONYMOUS_SOURCE,
        ),
        (
            "El portal Runrunes había publicado en 2021 que los sindicatos financiaban obras, algo "
            "que el entonces alcalde negó.",
            "financiaban obras",
            SourceType.MEDIA,
        ),
        (
            "En las noticias de La Opinión salió que la Guardia detuvo a tres trocheros.",
            "tres trocheros",
            SourceType.MEDIA,
        ),
        (
            "Un detenido por el asesinato de un minero en marzo, recluido en el penal de "
            "Socabaya, declaró ante la fiscalía que el grupo cobraba a las plantas.",
            "cobraba a las plantas",
            SourceType.CONFESSION,
        ),
    ],
)
def test_session3_fifth_batch(paragraph: str, fragment: str, expected: SourceType) -> None:
    assert claim_with(score(doc(paragraph)), fragment).source_type is expected


def test_an_advice_columns_salutations_are_not_transcript_speakers() -> None:
    from scoring._transcript import transcript_speakers

    column = ["DEAR WORRIED: You should call the police.", "DEAR TIRED: Take a holiday."]
    assert transcript_speakers(column) == {}
    dialogue = ["ANA RUIZ: Buenos días.", "LUIS PÉREZ: Hola.", "ANA RUIZ: Seguimos."]
    assert transcript_speakers(dialogue) == {0: "Ana Ruiz", 1: "Luis Pérez", 2: "Ana Ruiz"}


def test_a_note_that_read_is_the_groups_even_with_a_trailing_according_to() -> None:
    kind, _ = _last(
        "A handwritten note left beside the door read, “Pay or the next bus burns,” according "
        "to a photo shared by the company's manager."
    )
    assert kind is SourceType.CRIMINAL_GROUP


def test_surname_labelled_transcript_turns() -> None:
    paragraphs = [
        "Publicamos la transcripción del programa Buenos Días, conducido por Óscar Ruiz Mora.",
        "Ruiz: Nos acompaña el portavoz de la policía, el subcomisionado Elmer Pineda. ¿Qué pasa?",
        "Pineda: Tenemos identificada una estructura que cobra a 300 locatarios.",
        "Ruiz: Y los comerciantes dicen que pagan cada semana.",
        "Pineda: Así es, y ya capturamos a dos cobradores.",
    ]
    report = score(Document(lang="es", body=[Block(text=p) for p in paragraphs]))
    claim = claim_with(report, "300 locatarios")
    assert claim.source == "Elmer Pineda"
    assert claim.source_type is SourceType.OFFICIAL


@pytest.mark.parametrize(
    ("paragraph", "fragment", "expected"),
    [
        (
            "My neighbor Rodolfo, who drives a taxi, says he was stopped at a checkpoint.",
            "stopped at a checkpoint",
            SourceType.NAMED_SOURCE,
        ),
        (
            "People in my building are saying the school will close next week.",
            "school will close",
            SourceType.ANONYMOUS_SOURCE,
        ),
        (
            "The story going around on Twitter was that a convoy tried to free a prisoner.",
            "free a prisoner",
            SourceType.ANONYMOUS_SOURCE,
        ),
        (
            "Hay quien dice en el mercado que los cobradores avisan antes de cada operativo.",
            "avisan antes",
            SourceType.ANONYMOUS_SOURCE,
        ),
        (
            "Un agente aduanal, que me pidió no publicar su nombre, me lo resumió en una cena: "
            "“Se revisa lo que ya se sabe”.",
            "Se revisa",
            SourceType.ANONYMOUS_SOURCE,
        ),
        (
            "En enero, La Voz del Oriente documentó que 14 hectáreas habían sido taladas.",
            "hectáreas",
            SourceType.MEDIA,
        ),
    ],
)
def test_session3_sixth_batch(paragraph: str, fragment: str, expected: SourceType) -> None:
    assert claim_with(score(doc(paragraph)), fragment).source_type is expected


def test_shopping_labels_are_not_transcript_speakers() -> None:
    from scoring._transcript import transcript_speakers

    deals = [
        "New Price Drop: a watch for $169.",
        "Deal: headphones for $99.",
        "New Price Drop: a tablet for $249.",
    ]
    assert transcript_speakers(deals) == {}


@pytest.mark.parametrize(
    ("paragraph", "fragment", "expected"),
    [
        (
            "In a video released by the police, Amaya, handcuffed and seated against a wall, says "
            "he received the order from a gang leader.",
            "received the order",
            SourceType.CONFESSION,
        ),
        (
            "A former accountant for a Gulf Cartel faction told a federal jury that he paid the "
            "police every month.",
            "paid the police",
            SourceType.CONFESSION,
        ),
        (
            "Es el cuarto desplazamiento del año, según el conteo que lleva este diario.",
            "cuarto desplazamiento",
            SourceType.MEDIA,
        ),
        (
            "En julio, como conté en este espacio, los Ardillos bloquearon la autopista.",
            "bloquearon la autopista",
            SourceType.MEDIA,
        ),
        (
            "La cartulina decía, según las fotos que circularon: “Esto les pasa por soplones”.",
            "Esto les pasa",
            SourceType.CRIMINAL_GROUP,
        ),
        (
            "Junto a la puerta, los atacantes dejaron un papel escrito a mano: “Esto es por no "
            "pagar”.",
            "por no pagar",
            SourceType.CRIMINAL_GROUP,
        ),
        (
            "Sobre el cuerpo dejaron una manta. ESTO LES PASA A LOS QUE NO SE ALINEAN.",
            "ESTO LES PASA",
            SourceType.CRIMINAL_GROUP,
        ),
    ],
)
def test_session3_closing_batch(paragraph: str, fragment: str, expected: SourceType) -> None:
    assert claim_with(score(doc(paragraph)), fragment).source_type is expected


def test_plural_people_of_a_place_are_unnamed_but_a_named_person_there_is_not() -> None:
    assert _last("Security analysts in Quito say the gangs bought shrimp farms.")[0] is (
        SourceType.ANONYMOUS_SOURCE
    )
    assert _last("Juan Pérez in Quito said the road is open.")[0] is SourceType.NAMED_SOURCE
