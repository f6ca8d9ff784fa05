"""General rules added while tuning on bench/holdout (2026-11-22), each on invented sentences."""

from __future__ import annotations

import pytest

from scoring import SourceType, score
from scoring._sentences import split_sentences
from tests.scoring._helpers import claim_with, doc

CASES = [
    # (paragraphs, fragment of the claim, expected type)
    # public bodies the lexicon did not know: state companies, services, registries, UN offices
    (
        ["The state oil company Petrolia said a pipeline near Bahía was tapped twice."],
        "tapped twice",
        SourceType.OFFICIAL,
    ),
    (
        ["Honduras' prison service, INPEX, said two inmates escaped on Monday."],
        "two inmates escaped",
        SourceType.OFFICIAL,
    ),
    (
        ["Según el Servicio Forestal Nacional, el incendio consumió 300 hectáreas."],
        "300 hectáreas",
        SourceType.OFFICIAL,
    ),
    (
        ["De acuerdo con el Registro Estatal de Víctimas, hay 420 casos abiertos."],
        "420 casos",
        SourceType.OFFICIAL,
    ),
    (
        ["Según la Oficina de las Naciones Unidas para Refugiados, cruzaron 9.000 personas."],
        "9.000 personas",
        SourceType.OFFICIAL,
    ),
    (
        ["The Comando Conjunto said the patrol was ambushed near the river."],
        "patrol was ambushed",
        SourceType.OFFICIAL,
    ),
    (
        ["Morales's office said the mayor had no contact with the contractor."],
        "no contact",
        SourceType.OFFICIAL,
    ),
    # anonymity asides beat a capitalised place in the source phrase
    (
        ["Un campesino de San Rafael, que prefirió no dar su nombre, contó que hay retenes."],
        "hay retenes",
        SourceType.ANONYMOUS_SOURCE,
    ),
    (
        ["Una enfermera de Tepic, quien pidió omitir su nombre, dijo que faltan medicinas."],
        "faltan medicinas",
        SourceType.ANONYMOUS_SOURCE,
    ),
    # unnamed groups of experts, leaders, colleagues
    (
        ["Especialistas consultados por este medio advirtieron que el puerto es vulnerable."],
        "puerto es vulnerable",
        SourceType.ANONYMOUS_SOURCE,
    ),
    (
        ["Sin embargo, líderes comunitarios aseguraron que nadie ha vuelto al pueblo."],
        "nadie ha vuelto",
        SourceType.ANONYMOUS_SOURCE,
    ),
    (
        ["Compañeros del reportero recordaron que había recibido amenazas."],
        "recibido amenazas",
        SourceType.ANONYMOUS_SOURCE,
    ),
    # rumours and impersonal plurals
    (
        ["Rumors on social media claim the bridge was closed by gunmen."],
        "bridge was closed",
        SourceType.ANONYMOUS_SOURCE,
    ),
    (
        ["El alcalde Pedro Ruiz habló el lunes.", "Dicen que la presa se desbordó de noche."],
        "presa se desbordó",
        SourceType.ANONYMOUS_SOURCE,
    ),
    # a leak is anonymous whoever leaked it
    (
        ["Funcionarios de la fiscalía filtraron a la prensa que el arma era robada."],
        "arma era robada",
        SourceType.ANONYMOUS_SOURCE,
    ),
    (
        ["Prosecutors leaked to reporters that the truck was stolen."],
        "truck was stolen",
        SourceType.ANONYMOUS_SOURCE,
    ),
    # "in what X called ...": X's account of the event
    (
        ["Three guards died on Sunday in what the Interior Ministry called a planned escape."],
        "Three guards died",
        SourceType.OFFICIAL,
    ),
    (
        ["Dos agentes murieron en lo que la Secretaría de Seguridad calificó como una emboscada."],
        "Dos agentes murieron",
        SourceType.OFFICIAL,
    ),
    # suspects' words reported by someone else are confessions
    (
        ["According to the police chief, the two men confessed that they burned the car."],
        "burned the car",
        SourceType.CONFESSION,
    ),
    (
        ["According to Colonel Ruiz, the suspects told investigators that they were paid."],
        "they were paid",
        SourceType.CONFESSION,
    ),
    (
        ["Según la dependencia, ambos confesaron que vendían combustible robado."],
        "combustible robado",
        SourceType.CONFESSION,
    ),
    # a document named earlier speaks for its publisher
    (
        [
            "La Fiscalía estatal informó el martes que hubo desplazamientos en la sierra.",
            "Según el documento, 80 familias dejaron sus casas.",
        ],
        "80 familias",
        SourceType.OFFICIAL,
    ),
    # a former fighter is no longer speaking for the group
    (
        ["Juan Pérez Lara, a former guerrilla commander who now farms, said the talks failed."],
        "talks failed",
        SourceType.NAMED_SOURCE,
    ),
    # a first name spelled like a public body after a lower-case title
    (
        ["Para la antropóloga Marina Ortega, la violencia cambió de forma."],
        "cambió de forma",
        SourceType.NAMED_SOURCE,
    ),
    (
        ["Según la acusación, el grupo cobraba cuotas a los comerciantes."],
        "cobraba cuotas",
        SourceType.OFFICIAL,
    ),
    (["Según el rotativo, el alcalde recibió pagos."], "recibió pagos", SourceType.MEDIA),
    # an indefinite head with a relative clause is the speaker, not the clause's last noun
    (
        ["A woman who sells tamales near Plaza Juárez told me that the shooting lasted an hour."],
        "lasted an hour",
        SourceType.ANONYMOUS_SOURCE,
    ),
    (
        ["Una amiga que trabaja en el Hospital Civil me dijo que llegaron seis heridos."],
        "seis heridos",
        SourceType.ANONYMOUS_SOURCE,
    ),
    # an unnamed group opening the sentence keeps the verb across place asides
    (
        ["Vecinos de San Isidro, en el municipio de Tala, denunciaron que no hay patrullas."],
        "no hay patrullas",
        SourceType.ANONYMOUS_SOURCE,
    ),
    # "Role, Name, did X and declared that": the opening subject declares
    (
        ["La gobernadora, Ana Torres Vela, visitó el penal y afirmó que el motín terminó."],
        "motín terminó",
        SourceType.OFFICIAL,
    ),
    # an outlet introduced as one is media when cited later
    (
        [
            "The story was first published by the weekly El Vigía on Monday.",
            "According to El Vigía, the judge met the suspect twice.",
        ],
        "met the suspect",
        SourceType.MEDIA,
    ),
    # a role, then the name in commas, after "according to": the name speaks
    (
        ["De acuerdo con la vocera de la asociación, Rosa Elena Paz, faltan 40 pescadores."],
        "faltan 40 pescadores",
        SourceType.NAMED_SOURCE,
    ),
    (
        ["According to the state prosecutor, Daniel Ibarra, the car was stolen in Texas."],
        "stolen in Texas",
        SourceType.OFFICIAL,
    ),
    # a lower-case "frente" before a name or number is an armed unit; a pamphlet is a message
    (
        ["En un comunicado, el frente Jaime Martínez dijo que no atacará a civiles."],
        "no atacará a civiles",
        SourceType.CRIMINAL_GROUP,
    ),
    (
        ["Un panfleto de las disidencias apareció en la plaza de Suárez."],
        "apareció en la plaza",
        SourceType.CRIMINAL_GROUP,
    ),
    # "contó" alone is a reporting verb, also inverted after a quotation
    (
        ["“Ya nadie sale de noche”, contó por teléfono Ramiro Díaz, tendero de El Salto."],
        "Ya nadie sale",
        SourceType.NAMED_SOURCE,
    ),
    (
        ["La brigada contó con el apoyo de voluntarios de Teocaltiche durante tres días."],
        "contó con el apoyo",
        SourceType.AUTHOR,
    ),
    # a suspect who told police
    (
        [
            "Two men were arrested near the port.",
            "One of the men told police that he was paid to drive the truck.",
        ],
        "paid to drive",
        SourceType.CONFESSION,
    ),
    # "según X" in the sentence beats an agentless "se informó"
    (
        ["Se informó que el cuerpo será trasladado, algo que, según la Fiscalía, tarda días."],
        "tarda días",
        SourceType.OFFICIAL,
    ),
]


@pytest.mark.parametrize(("paragraphs", "fragment", "kind"), CASES)
def test_holdout_rule(paragraphs: list[str], fragment: str, kind: SourceType) -> None:
    claim = claim_with(score(doc(*paragraphs)), fragment)
    assert claim.source_type is kind, (claim.source_type, claim.source, claim.evidence)


def test_a_friend_stays_the_source_of_the_next_dropped_subject_sentence() -> None:
    report = score(
        doc(
            "Un amigo que vive en la colonia Centro me dijo que hubo disparos. "
            "Dice que fueron muchos."
        )
    )
    claim = claim_with(report, "fueron muchos")
    assert claim.source_type is SourceType.ANONYMOUS_SOURCE


def test_a_crowd_rule_leaves_an_inverted_official_alone() -> None:
    text = (
        "Vecinos de San Isidro, molestos por la falta de agua, cerraron la carretera, "
        "informó la policía."
    )
    claim = claim_with(score(doc(text)), "cerraron la carretera")
    assert claim.source_type is SourceType.OFFICIAL


def test_officials_named_in_the_sentence_stay_official_when_they_speak_openly() -> None:
    claim = claim_with(score(doc("Prosecutors said the truck was stolen.")), "truck was stolen")
    assert claim.source_type is SourceType.OFFICIAL


def test_an_official_admitting_something_is_not_a_confession() -> None:
    text = "According to the mayor, the police chief admitted that patrols were cut."
    claim = claim_with(score(doc(text)), "patrols were cut")
    assert claim.source_type is SourceType.OFFICIAL


def test_dicen_with_a_subject_is_that_subject() -> None:
    claim = claim_with(score(doc("Los vecinos dicen que la presa se desbordó.")), "presa")
    assert claim.source_type is SourceType.ANONYMOUS_SOURCE
    assert claim.source is not None and "vecinos" in claim.source


def test_a_party_called_frente_is_not_an_armed_group() -> None:
    claim = claim_with(score(doc("El Frente Amplio dijo que votará en contra.")), "votará")
    assert claim.source_type is not SourceType.CRIMINAL_GROUP


def test_a_man_who_said_police_beat_him_is_not_confessing() -> None:
    claim = claim_with(score(doc("The driver told reporters that police beat him.")), "beat him")
    assert claim.source_type is not SourceType.CONFESSION


def test_glued_sentences_are_split_but_not_web_addresses() -> None:
    texts = [
        s.text for s in split_sentences("Llegó en 2019.Desde entonces calla. Ver www.Sitio.mx hoy.")
    ]
    assert texts == ["Llegó en 2019.", "Desde entonces calla.", "Ver www.Sitio.mx hoy."]
    quoted = [s.text for s in split_sentences("Dijo “basta”.Luego se fue a casa. Nada más.")]
    assert quoted == ["Dijo “basta”.", "Luego se fue a casa.", "Nada más."]


def test_a_rumour_glued_to_an_official_statement_is_its_own_claim() -> None:
    text = "El fiscal Juan Ruiz informó que habrá cargos.Se especula que el alcalde huyó."
    claim = claim_with(score(doc(text)), "alcalde huyó")
    assert claim.source_type is SourceType.ANONYMOUS_SOURCE


def test_a_named_witness_telling_investigators_is_not_confessing() -> None:
    text = "Former deputy minister Ana Ruiz told investigators that she saw the transfer."
    claim = claim_with(score(doc(text)), "saw the transfer")
    assert claim.source_type is not SourceType.CONFESSION


def test_state_run_media_stay_media() -> None:
    text = "Four miners died, according to the state-run Andina News Agency."
    claim = claim_with(score(doc(text)), "Four miners died")
    assert claim.source_type is SourceType.MEDIA


def test_the_head_noun_refers_back_to_a_modified_earlier_mention() -> None:
    report = score(
        doc(
            "A detained former accountant of the cartel testified that the money went north.",
            "The accountant said the payments stopped in 2019.",
        )
    )
    claim = claim_with(report, "payments stopped")
    assert claim.source_type is SourceType.CONFESSION
    assert claim.source is not None and "former accountant" in claim.source


def test_a_secretariat_named_after_the_navy_stays_official() -> None:
    text = "La Secretaría de Marina informó que aseguró 2 toneladas de cocaína."
    claim = claim_with(score(doc(text)), "2 toneladas")
    assert claim.source_type is SourceType.OFFICIAL
