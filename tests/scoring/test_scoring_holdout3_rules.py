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
    # a plea in court is a confession; a plea mentioned in a relative clause is background
    (
        ["A former sergeant in the Honduran army pleaded guilty on Monday to smuggling cocaine."],
        "smuggling cocaine",
        SourceType.CONFESSION,
    ),
    (
        ["En 2016, un primo suyo fue extraditado a Texas, donde se declaró culpable de lavado."],
        "lavado",
        SourceType.CONFESSION,
    ),
    (
        ["A judge heard arguments over the sentence of Ruiz, who pleaded guilty last year."],
        "heard arguments",
        SourceType.AUTHOR,
    ),
    # "says nothing about" is not a report
    (
        ["The clip is real, but it was filmed in 2019, and it says nothing about this week."],
        "filmed in 2019",
        SourceType.AUTHOR,
    ),
    # circulating posts, an outlet that published a video, a statement from a named body
    (
        ["Posts sharing the video since Friday claim it was filmed in Tepito."],
        "filmed in Tepito",
        SourceType.ANONYMOUS_SOURCE,
    ),
    (
        ["The Monterrey daily El Norte published the video in 2020 and reported that it was old."],
        "it was old",
        SourceType.MEDIA,
    ),
    (
        ["A dog alerted agents to the truck, according to a statement from the Nogales Sector."],
        "alerted agents",
        SourceType.OFFICIAL,
    ),
    (
        [
            "A dog alerted agents, according to a statement from the Nogales Sector.",
            "The Nogales Courier reported that it was the third such find.",
        ],
        "third such find",
        SourceType.MEDIA,
    ),
    # word from someone close and unnamed; a dropped subject after "Me"
    (
        ["Just got a text from my neighbor that there are fires near the airport."],
        "fires near",
        SourceType.ANONYMOUS_SOURCE,
    ),
    (
        ["My husband just came back from town and saw two burned cars."],
        "burned cars",
        SourceType.ANONYMOUS_SOURCE,
    ),
    (["My husband and I moved here in 2019."], "moved here", SourceType.AUTHOR),
    (
        ["A un compañero de la ruta lo asaltaron. Me contó que eran cuatro hombres armados."],
        "cuatro hombres",
        SourceType.ANONYMOUS_SOURCE,
    ),
    # public bodies: school districts, consulates, capitalised "Sector"/"Intendencia"
    (
        ["The Ysleta Independent School District said two students overdosed."],
        "overdosed",
        SourceType.OFFICIAL,
    ),
    (
        ["Según un informe de la Intendencia de Verificación Especial, compró 30 fincas."],
        "30 fincas",
        SourceType.OFFICIAL,
    ),
    # suspects held by the police admitting, reported by the prosecutors
    (
        ["Según la Fiscalía de Huánuco, dos hombres detenidos en Tingo María admitieron el robo."],
        "admitieron el robo",
        SourceType.CONFESSION,
    ),
    (
        ["According to prosecutors, Ruiz admitted he had lied."],
        "had lied",
        SourceType.OFFICIAL,
    ),
    # "el oficial" as a noun; unnamed shop owners
    (
        ["«Los obligaron a entrar al socavón», detalló el oficial."],
        "socavón",
        SourceType.OFFICIAL,
    ),
    (
        ["Two shop owners said they had not been told to close."],
        "told to close",
        SourceType.ANONYMOUS_SOURCE,
    ),
    # the wire of the dateline is an outlet; an outlet-shaped name ("Desk"); news that "salió en"
    (
        [
            "MIAMI, Feb 7 (WNS) - A pilot was charged. At least 14 officers have been charged "
            "since 2011, according to a WNS count."
        ],
        "14 officers",
        SourceType.MEDIA,
    ),
    (
        ["The seizure was one of 23, according to a count by The Pacific Desk based on files."],
        "one of 23",
        SourceType.MEDIA,
    ),
    (
        ["También salió en el Diario La Región que detuvieron a cuatro policías."],
        "cuatro policías",
        SourceType.MEDIA,
    ),
    (["Salió en la mañana que cerraron la carretera."], "carretera", SourceType.AUTHOR),
    # a suspect telling agents after his arrest, even with a trailing "according to"
    (
        ["The cousin told DEA agents after his arrest that he was paid $500, according to a file."],
        "paid $500",
        SourceType.CONFESSION,
    ),
    # "one of them" right after a group spoke is one of the group
    (
        ["Los Tlacos said in a video that the town is theirs. One of them said the mayor pays."],
        "mayor pays",
        SourceType.CRIMINAL_GROUP,
    ),
    # a find beside an unquoted message is the author's; a quoted one is the group's
    (
        ["Dos cuerpos fueron dejados en un baldío, junto a una cartulina firmada por un grupo."],
        "baldío",
        SourceType.AUTHOR,
    ),
    (
        ["Two bodies were found next to a banner signed by the CJNG: “This is for thieves”."],
        "for thieves",
        SourceType.CRIMINAL_GROUP,
    ),
    # participle and age asides between a subject and its verb
    (
        ["Two shop owners in the market, interviewed by phone, said they had not been told."],
        "not been told",
        SourceType.ANONYMOUS_SOURCE,
    ),
    (
        [
            "One of the men arrested by the police in Tijuana on Friday, a 19-year-old, said "
            "he was paid to watch the street."
        ],
        "watch the street",
        SourceType.CONFESSION,
    ),
    # a threat received and quoted; "pidió no decir su nombre" is an aside, not a cue
    (
        [
            "Un carnicero, que me pidió no decir su nombre, me enseñó el mensaje que recibió el "
            "lunes: «Cuota semanal o te quemamos el local»."
        ],
        "Cuota semanal",
        SourceType.CRIMINAL_GROUP,
    ),
    (
        ["She showed me the message she got on Monday: “Pay or we burn it.”"],
        "Pay or we burn",
        SourceType.CRIMINAL_GROUP,
    ),
    # a protected witness behind a code-name aside; a speaker after a "which" clause
    (
        [
            "La Fiscalía presentó la declaración de un testigo protegido, identificado con la "
            "clave «Delta», quien aseguró que el jefe ordenó el ataque."
        ],
        "ordenó el ataque",
        SourceType.CONFESSION,
    ),
    (
        [
            "The boats rarely draw attention, which is what makes them useful to smugglers, said "
            "a customs officer who asked not to be identified."
        ],
        "rarely draw attention",
        SourceType.ANONYMOUS_SOURCE,
    ),
    # more reporting verbs; "le apuntó con un arma" is not one
    (["El vocero aclaró que no hubo detenidos."], "no hubo detenidos", SourceType.OFFICIAL),
    (
        ["The sheriff cautioned that more roadblocks are likely."],
        "more roadblocks",
        SourceType.OFFICIAL,
    ),
    (["Ruiz responded that the port is clean."], "port is clean", SourceType.NAMED_SOURCE),
    (["El sicario le apuntó con un arma."], "apuntó", SourceType.AUTHOR),
    # a body's name listed with commas is one name
    (
        [
            "El Cuerpo de Investigaciones Científicas, Penales y Criminalísticas (Cicpc) informó "
            "que desmanteló una banda."
        ],
        "desmanteló una banda",
        SourceType.OFFICIAL,
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
