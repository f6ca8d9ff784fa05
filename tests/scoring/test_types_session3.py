"""Type decisions of session 3 (2026-11-22) on invented English and Spanish sentences:
spokesperson's offices, official records, documents typed as their owners, court filings,
ranks before a name, outlet introductions, custody places, anonymity asides, inert messages."""

from __future__ import annotations

import pytest

from scoring import SourceType, score
from scoring._source_memory import SourceMemory
from scoring._source_type import classify_source
from scoring._type_forms import (
    aside_after,
    document_owners,
    in_custody_place,
    inert_message,
    sentence_tail,
)
from tests.scoring._helpers import claim_with, doc

CASES = [
    # (paragraph, fragment of the claim, expected type)
    # a spokesperson's office of a state or security body is official
    (
        "La Vocería de Seguridad de Zacatecas informó que los agentes siguen en funciones.",
        "siguen en funciones",
        SourceType.OFFICIAL,
    ),
    (
        "The Chihuahua Spokesperson's Office said the two officers remain on duty.",
        "remain on duty",
        SourceType.OFFICIAL,
    ),
    # a record, figure or report qualified as official
    (
        "De acuerdo con el informe oficial, los cuerpos fueron hallados cerca de un arroyo.",
        "fueron hallados",
        SourceType.OFFICIAL,
    ),
    (
        "There were 31 murders in Colima in October, according to official figures.",
        "31 murders",
        SourceType.OFFICIAL,
    ),
    (
        "Según cifras oficiales, los robos de combustible bajaron a la mitad.",
        "robos de combustible",
        SourceType.OFFICIAL,
    ),
    # a report typed as the owner named after "by" / "de"
    (
        "Cocaine seizures at the port doubled, according to a study released in June by the "
        "Caribbean Harbour Watch, a Miami-based research group.",
        "seizures at the port",
        SourceType.NAMED_SOURCE,
    ),
    (
        "Según un informe publicado en marzo por la Fiscalía de Sonora, la red operaba en tres "
        "municipios.",
        "la red operaba",
        SourceType.OFFICIAL,
    ),
    (
        "Según reportes en la radio, hubo disparos cerca del mercado.",
        "hubo disparos",
        SourceType.MEDIA,
    ),
    # an accusation or complaint before a court is an official document
    (
        "Según una denuncia penal presentada en 2020 ante un juzgado de Escuintla, el alcalde "
        "cobraba cuotas a los transportistas.",
        "cobraba cuotas",
        SourceType.OFFICIAL,
    ),
    (
        "According to a complaint filed last year in a federal court in Houston, the broker "
        "moved money for the group.",
        "moved money",
        SourceType.OFFICIAL,
    ),
    # police and military ranks before a name, and police regions, are official
    (
        "Los detenidos fueron trasladados a Piura, informó el jefe de la Región Policial Norte, "
        "coronel PNP Mario Quispe Salas.",
        "fueron trasladados",
        SourceType.OFFICIAL,
    ),
    (
        "Los retenes se reforzaron en la carretera, dijo el capitán Luis Ferreyra.",
        "retenes se reforzaron",
        SourceType.OFFICIAL,
    ),
    (
        "The checkpoints were moved north, said Capt. Andrea Molina.",
        "checkpoints were moved",
        SourceType.OFFICIAL,
    ),
    # outlet nouns before a capitalised name, a place name first or an adjective between
    (
        "En 2021, el semanario digital Voz del Golfo publicó que el cargamento llegó por mar.",
        "el cargamento llegó",
        SourceType.MEDIA,
    ),
    (
        "The Tegucigalpa daily La Voz Central reported that the bus owners paid weekly.",
        "bus owners paid",
        SourceType.MEDIA,
    ),
    (
        "The Managua weekly El Ojo Norte reported on Friday that one of the guards had been "
        "fired in 2020.",
        "guards had been fired",
        SourceType.MEDIA,
    ),
    # a group member in prison speaks in custody: confession by the convention
    (
        "A gang leader I met in a Salvadoran prison told me the fees were set by the bosses.",
        "fees were set",
        SourceType.CONFESSION,
    ),
    (
        "Un pandillero entrevistado en el penal de Izalco dijo que las cuotas las fijan los jefes.",
        "las cuotas las fijan",
        SourceType.CONFESSION,
    ),
    # an anonymity aside after an unnamed officer wins over the role
    (
        "“They own the roads at night,” said a state police officer in Reynosa, who asked that "
        "his name not be used because he was not authorized to speak.",
        "own the roads",
        SourceType.ANONYMOUS_SOURCE,
    ),
    (
        "“The checkpoint is theirs after dark,” said a customs officer in Tapachula, who "
        "requested that her name be withheld.",
        "checkpoint is theirs",
        SourceType.ANONYMOUS_SOURCE,
    ),
    (
        "“Aquí cobran por cada tráiler”, dijo un agente municipal de Nogales, que pidió reservar "
        "su nombre por temor a represalias.",
        "cobran por cada",
        SourceType.ANONYMOUS_SOURCE,
    ),
    # a message word as the subject of a non-speaking act: the author's description
    (
        "The clip was recorded in 2019 in Sinaloa, and the men in it belong to a militia, not to "
        "the Gulf Cartel.",
        "clip was recorded",
        SourceType.AUTHOR,
    ),
    (
        "La manta fue retirada por la mañana y los hombres que la colgaron no eran del CJNG.",
        "manta fue retirada",
        SourceType.AUTHOR,
    ),
    (
        "Whoever made the clip, its message is aimed at the state police as much as at Los Rojos.",
        "aimed at the state police",
        SourceType.AUTHOR,
    ),
    (
        "A string of videos uploaded by an account tied to the Sinaloa Cartel shows armed men "
        "counting cash.",
        "counting cash",
        SourceType.AUTHOR,
    ),
    # a sentence set in a statement to the authorities is the detainee's
    (
        "Tres hombres fueron capturados en Chimbote. En su declaración, el mayor de ellos habría "
        "dicho que la droga venía de Tumbes.",
        "la droga venía",
        SourceType.CONFESSION,
    ),
    (
        "In his statement to prosecutors, the driver said the load was picked up in Nogales.",
        "load was picked up",
        SourceType.CONFESSION,
    ),
    # a neutral pronoun: the clause after it names the source
    (
        "Van seis ataques a transportistas este año, según lo que ha salido en la prensa.",
        "seis ataques",
        SourceType.MEDIA,
    ),
    # a detainee in a video released by the authorities
    (
        "In a video released by the army, one of the arrested men says he was paid to guard the "
        "lab.",
        "paid to guard",
        SourceType.CONFESSION,
    ),
    # a private body named before and referred to by its kind
    (
        "La naviera Transmar denunció el robo. La empresa, en un comunicado, afirmó que tres de "
        "sus capitanes han sido amenazados.",
        "capitanes han sido amenazados",
        SourceType.NAMED_SOURCE,
    ),
    # a suspect who told agents, reported in a court filing
    (
        "According to a complaint filed in federal court in Laredo, one of the drivers told "
        "agents he was paid $500 per load.",
        "paid $500 per load",
        SourceType.CONFESSION,
    ),
    (
        "Según el comandante, uno de los detenidos, identificado como Raúl M. P. (31), confesó "
        "que el grupo cobraba a los mineros.",
        "cobraba a los mineros",
        SourceType.CONFESSION,
    ),
    # an unnamed former insider: anonymous, a confession when testifying at a trial
    (
        "A former truck driver who worked for a Brazilian smuggling ring said the loads were "
        "weighed twice.",
        "weighed twice",
        SourceType.ANONYMOUS_SOURCE,
    ),
    (
        "A former bookkeeper testified Monday that she paid the mayor every month.",
        "paid the mayor",
        SourceType.CONFESSION,
    ),
    # one unnamed person named by a trade: anonymous; a prison term in a relative clause: custody
    (
        "A mechanic said the trucks were stripped in less than an hour.",
        "trucks were stripped",
        SourceType.ANONYMOUS_SOURCE,
    ),
    (
        "Un albañil dijo que los cobros empezaron en marzo.",
        "cobros empezaron",
        SourceType.ANONYMOUS_SOURCE,
    ),
    (
        "A boatman who served six years in prison described how the loads were moved at night.",
        "loads were moved",
        SourceType.CONFESSION,
    ),
    # acts only the authorities report: identifying, requesting detention, raiding
    (
        "La Fiscalía de Sonora solicitará 18 meses de prisión preventiva para los cuatro "
        "detenidos.",
        "18 meses de prisión",
        SourceType.OFFICIAL,
    ),
    (
        "Police have identified the driver as a 34-year-old man from Tucson.",
        "identified the driver",
        SourceType.OFFICIAL,
    ),
    # the reader of a message after a group's video is the group's spokesman
    (
        "The video was posted on Sunday by an account tied to the Gulf Cartel. A man reading "
        "from a sheet of paper says the group will protect the town.",
        "will protect the town",
        SourceType.CRIMINAL_GROUP,
    ),
    # the defendant speaking to the judge at a hearing
    (
        "Ortega told the judge he had moved the cash in fruit trucks.",
        "fruit trucks",
        SourceType.CONFESSION,
    ),
    (
        "Ramírez le dijo al juez que cobraba las cuotas por órdenes de su primo.",
        "cobraba las cuotas",
        SourceType.CONFESSION,
    ),
]


# Offices, bodies, documents, outlets and custody forms of Mexican, Central and South American
# crime reporting (typed straight from the span).
SPANS = [
    ("el subsecretario de Seguridad", SourceType.OFFICIAL),
    ("el viceministro de Defensa", SourceType.OFFICIAL),
    ("la DIJIN", SourceType.OFFICIAL),
    ("la PDI", SourceType.OFFICIAL),
    ("la Contraloría", SourceType.OFFICIAL),
    ("el alcaide del penal", SourceType.OFFICIAL),
    ("un custodio", SourceType.OFFICIAL),
    ("el comandante de la 12 Zona Militar", SourceType.OFFICIAL),
    ("la sentencia", SourceType.OFFICIAL),
    ("the autopsy", SourceType.OFFICIAL),
    ("la necropsia", SourceType.OFFICIAL),
    ("datos del Secretariado Ejecutivo", SourceType.OFFICIAL),
    ("Lt. Col. Ana Varela", SourceType.OFFICIAL),
    ("el teniente Rubén Mota", SourceType.OFFICIAL),
    ("la prensa", SourceType.MEDIA),
    ("the press", SourceType.MEDIA),
    ("el diario hondureño La Voz", SourceType.MEDIA),
    ("la emisora Radio Sur", SourceType.MEDIA),
    ("Efecto Cocuyo", SourceType.MEDIA),
    ("Ojo Público", SourceType.MEDIA),
    ("a tally by the newspaper El Faro Norte", SourceType.MEDIA),
    ("un interno del Centro Penitenciario de Gualán", SourceType.CONFESSION),
    ("a cartel member serving a 30-year sentence", SourceType.CONFESSION),
    ("un pandillero que cumple una condena de 20 años", SourceType.CONFESSION),
    ("Rolando Garza, extraditado a Estados Unidos en 2019", SourceType.CONFESSION),
    ("an incarcerated gang leader", SourceType.CONFESSION),
    ("the Tijuana WhatsApp groups", SourceType.ANONYMOUS_SOURCE),
    ("Pemex", SourceType.OFFICIAL),
    ("el Departamento de Estado", SourceType.OFFICIAL),
    ("un soldado", SourceType.OFFICIAL),
    ("Honduran media", SourceType.MEDIA),
    ("la Iglesia católica", SourceType.NAMED_SOURCE),
    ("a cartel spokesman", SourceType.CRIMINAL_GROUP),
    ("un vocero del CJNG", SourceType.CRIMINAL_GROUP),
    ("a cartel official", SourceType.CRIMINAL_GROUP),
    ("un vocero de las disidencias de las FARC", SourceType.CRIMINAL_GROUP),
    ("officials investigating the cartel", SourceType.OFFICIAL),
    ("a spokesman for the police unit fighting the gang", SourceType.OFFICIAL),
    ("el abogado del detenido, Luis Peña", SourceType.NAMED_SOURCE),
    ("the lawyer for the arrested men", SourceType.ANONYMOUS_SOURCE),
    ("Lawyers for the defendant", SourceType.ANONYMOUS_SOURCE),
    ("The Spanish news agency EFE", SourceType.MEDIA),
    ("a port official", SourceType.OFFICIAL),
    ("altos mandos militares", SourceType.OFFICIAL),
    ("a former cartel pilot turned government witness", SourceType.CONFESSION),
    ("un exintegrante de la banda que colabora con la Fiscalía", SourceType.CONFESSION),
    ("a lookout in police custody", SourceType.CONFESSION),
    ("un halcón", SourceType.CRIMINAL_GROUP),
    ("a narco-banner", SourceType.CRIMINAL_GROUP),
    ("una persona cercana a la investigación", SourceType.ANONYMOUS_SOURCE),
    ("a businessman in Culiacán", SourceType.ANONYMOUS_SOURCE),
    ("un empresario de Zamora", SourceType.ANONYMOUS_SOURCE),
    ("una defensora de derechos humanos", SourceType.ANONYMOUS_SOURCE),
    ("versiones de prensa", SourceType.MEDIA),
    ("a state police officer quoted by the newspaper El Norte", SourceType.MEDIA),
    ("documentos de la Sedena hackeados por un colectivo", SourceType.OFFICIAL),
    ("un informe de la ONG Ríos Vivos", SourceType.NAMED_SOURCE),
    ("A security analyst in Monterrey", SourceType.ANONYMOUS_SOURCE),
    ("a study by the Tlaloc Institute", SourceType.NAMED_SOURCE),
    ("el Instituto Nacional de Migración", SourceType.OFFICIAL),
    ("the National Statistics Institute", SourceType.OFFICIAL),
    ("la información oficial", SourceType.OFFICIAL),
    ("official information", SourceType.OFFICIAL),
]


@pytest.mark.parametrize(("span", "expected"), SPANS)
def test_span_types(span: str, expected: SourceType) -> None:
    assert _typed(span, f"Según {span}, los pagos siguen.", "Según") is expected


@pytest.mark.parametrize(("paragraph", "fragment", "expected"), CASES)
def test_type_decisions(paragraph: str, fragment: str, expected: SourceType) -> None:
    claim = claim_with(score(doc(paragraph)), fragment)
    assert claim.source_type is expected, (claim.source, claim.evidence)


def _typed(span: str, sentence: str, cue: str) -> SourceType | None:
    typed = classify_source(
        span, sentence=sentence, cue=cue, appositive=None, memory=SourceMemory()
    )
    return typed.source_type if typed is not None else None


@pytest.mark.parametrize(
    ("span", "sentence", "cue", "expected"),
    [
        # not official: the record is unofficial, the accusation is the neighbours'
        ("unofficial figures", "Ten died, according to unofficial figures.", "according to", None),
        (
            "una acusación de los vecinos",
            "Según una acusación de los vecinos, el comandante cobraba.",
            "Según",
            SourceType.ANONYMOUS_SOURCE,
        ),
        # a report dated, not owned: "in May" is not a name
        (
            "a report published in May",
            "Ten died, according to a report published in May.",
            "according to",
            None,
        ),
        # a document read by an outlet keeps the body that wrote it
        (
            "a police report obtained by Canal 8",
            "According to a police report obtained by Canal 8, two guns were found.",
            "According to",
            SourceType.OFFICIAL,
        ),
        # a commander of an armed group is not an official rank
        (
            "el comandante Ramiro Lozada",
            "El comandante Ramiro Lozada, de las disidencias de las FARC, dijo que x.",
            "dijo",
            SourceType.NAMED_SOURCE,
        ),
        # a relative or a witness who speaks to the judge is not the defendant
        (
            "the victim's mother",
            "The victim's mother told the judge she forgave no one.",
            "told",
            SourceType.ANONYMOUS_SOURCE,
        ),
        # a statement to the authorities does not turn an official into a detainee
        (
            "el fiscal",
            "En su declaración, el fiscal dijo que x.",
            "dijo",
            SourceType.OFFICIAL,
        ),
        # an unnamed company is not a named body
        (
            "una empresa de seguridad",
            "Una empresa de seguridad dijo que x.",
            "dijo",
            None,
        ),
        # a relative's statement to prosecutors is not a confession
        (
            "la madre de la víctima",
            "En su declaración, la madre de la víctima dijo que x.",
            "dijo",
            SourceType.ANONYMOUS_SOURCE,
        ),
        # a report about a group or from a place is not theirs
        (
            "a report on the Sinaloa Cartel",
            "According to a report on the Sinaloa Cartel, x.",
            "According to",
            None,
        ),
        ("a report from Culiacán", "According to a report from Culiacán, x.", "According to", None),
        # a prison guard is official, not in custody
        ("a prison guard", "Fees are paid, said a prison guard.", "said", SourceType.OFFICIAL),
    ],
)
def test_type_decisions_negative(
    span: str, sentence: str, cue: str, expected: SourceType | None
) -> None:
    assert _typed(span, sentence, cue) is expected


def test_document_owners_skip_readers_and_stop_at_clauses() -> None:
    owners = document_owners(" by The Harbour Desk based on court files")
    assert owners[0] == ("The Harbour Desk", True)
    assert document_owners(" reviewed by InSight Crime") == []


def test_sentence_tail_stops_at_the_cue_and_punctuation() -> None:
    sentence = "Informes de inteligencia consultados por X señalan que el grupo opera."
    assert "señalan" not in sentence_tail("Informes", sentence, "señalan")
    assert sentence_tail("a report", "Per a report in May, by X, y.") == " in May"
    assert sentence_tail("missing", "Nothing here.") == ""


def test_aside_after_and_custody_place() -> None:
    assert aside_after("an agent", "x, said an agent, who asked not to be named.") is not None
    assert aside_after("an agent", "x, said an agent in Tijuana.") is None
    assert in_custody_place("a cartel member held in a Texas jail") is not None
    assert in_custody_place("a lawyer in a Texas jail") is None


def test_inert_message_needs_an_act_and_no_quote() -> None:
    text = "The video was filmed in 2021 in Michoacán."
    assert inert_message(text, text.index("video") + len("video"))
    quoted = "The video was filmed in 2021: “we are here”."
    assert not inert_message(quoted, quoted.index("video") + len("video"))
    speaking = "The video warns traders to pay."
    assert not inert_message(speaking, speaking.index("video") + len("video"))


def test_a_gang_named_with_a_modifier_is_recalled_by_its_head() -> None:
    memory = SourceMemory()
    memory.learn_criminal_heads("Una banda criminal controla el cruce desde 2020.")
    typed = classify_source(
        "La banda",
        sentence="La banda advirtió que x.",
        cue="advirtió",
        appositive=None,
        memory=memory,
    )
    assert typed is not None and typed.source_type is SourceType.CRIMINAL_GROUP
    fresh = classify_source(
        "La banda",
        sentence="La banda tocó hasta la noche.",
        cue="dijo",
        appositive=None,
        memory=SourceMemory(),
    )
    assert fresh is None or fresh.source_type is not SourceType.CRIMINAL_GROUP


def test_a_demonym_before_a_noun_is_not_a_name() -> None:
    from scoring._source_names import proper_name

    assert proper_name("a Brazilian trafficking group") is None
    assert proper_name("said Morgan") == "Morgan"
    assert proper_name("Colombian prosecutors") is None


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("The agent said the tunnel is almost certainly the work of the Gulf Cartel.", True),
        ("Según el fiscal, muy probablemente el arma vino de Texas.", True),
        # "debería" is an obligation, not a doubt; the reported conditional still hedges
        ("La diputada dijo que el Gobierno debería ampliar el subsidio a los pescadores.", False),
        ("Según la policía, los agresores formarían parte de una célula del CJNG.", True),
        # "could" of a past (in)ability is a fact; of a possibility, a hedge
        ("Residents said nobody could sleep during the shooting.", False),
        ("The driver said he could not pay both gangs.", False),
        ("The boat was boarded before the crew could sink it, the navy said.", False),
        ("The navy said the boat could be carrying more cocaine.", True),
        ("Police said the group, which could number 200 men, controls the port.", True),
    ],
)
def test_hedges_session3(sentence: str, hedged: bool) -> None:
    claim = next(c for c in score(doc(sentence)).claims if c.is_claim)
    assert bool(claim.hedges) is hedged, claim.hedges
