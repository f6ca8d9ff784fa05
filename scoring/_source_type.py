"""Source types from evidence that can be shown: roles, detention, outlets, messages, names."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from scoring._lexicon import Span, fold, lexicon
from scoring._models import SourceType
from scoring._type_forms import (
    _ABOUT,
    _DEFINITE_PRIVATE,
    _DEMONYM,
    _FORMER_SOMEONE,
    _FROM_PLACE,
    _MONTHS,
    _PUBLIC_INSTITUTE,
    _QUOTED_BY,
    _READING,
    _SOMEONE_IN_PLACE,
    _TESTIFIED,
    DOCUMENT_HEAD,
    IN_STATEMENT,
    NEUTRAL_PRONOUN,
    OFFICIAL_RECORD,
    RANK_BEFORE_NAME,
    RANK_HINTS,
    RECORD_HINTS,
    _national_media,
    _official_role,
    aside_after,
    court_document,
    document_owners,
    in_custody_place,
    relative_after,
    sentence_tail,
    told_the_court,
)

__all__ = [
    "PUBLIC_BODY",
    "SourceMemory",
    "Typed",
    "classify_source",
    "find_criminal_actor",
    "is_outlet",
    "proper_name",
    "titled_name",
]

_WORD = re.compile(r"[\w'’.-]+")
_CAP = re.compile(r"^[A-ZÁÉÍÓÚÑÜ][\w'’.-]*$")
# Capitalised words that start sentences or clauses without naming anyone.
_COMMON_CAPS = frozenset(
    fold(w).lower()
    for w in [
        "the",
        "a",
        "an",
        "se",
        "uno",
        "una",
        "lo",
        "le",
        "les",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "its",
        "our",
        "el",
        "la",
        "los",
        "las",
        "un",
        "una",
        "unos",
        "unas",
        "este",
        "esta",
        "estos",
        "estas",
        "ese",
        "esa",
        "él",
        "ella",
        "ellos",
        "ellas",
        "su",
        "sus",
        "nuestro",
        "mr",
        "mrs",
        "ms",
        "sr",
        "sra",
        "dr",
        "lic",
        "as",
        "and",
        "but",
        "when",
        "while",
        "after",
        "before",
        "although",
        "además",
        "también",
        "asimismo",
        "officials",
        "authorities",
        "police",
        "some",
        "many",
        "other",
        "others",
        "one",
        "two",
        "three",
        "several",
        "both",
        "all",
        "each",
        "local",
        "state",
        "federal",
        "municipal",
        "nobody",
        "another",
        "nadie",
        "everyone",
        "todos",
        "in",
        "on",
        "at",
        "for",
        "from",
        "with",
        "under",
        "during",
        "en",
        "durante",
        "tras",
        "con",
        "para",
        "por",
    ]
)
_NAME_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "van", "von", "da", "di", "bin"})


# An outlet introduced by what it is: "the online newspaper La Brújula", "el diario El Norte".
_OUTLET_INTRO = re.compile(
    r"\b(?:newspaper|daily|weekly|news site|news website|news outlet|outlet|broadcaster|"
    r"radio station|TV station|magazine|news agency|diario|peri[oó]dico|semanario|rotativo|"
    r"portal(?: de noticias)?|noticiero|televisora|radiodifusora|revista|agencia de noticias|"
    r"emisora|medio digital|sitio(?: web| de noticias)?|website|blog|podcast|tabloid|network)"
    r"(?:\s+(?:digital|online|local|regional|nacional|national|independiente|independent|"
    r"investigativ[oa]|de investigaci[oó]n|electr[oó]nic[oa]|semanal|estatal|capitalin[oa]|"
    r"news|investigative|de noticias|informativo|(?!(?:que|de|del|en|y|con|por|para|the|of|"
    r"in|that|which|and|who)\b)[a-záéíóúñ]{4,}))?"
    r"\s+((?:(?:El|La|Los|Las|The)\s+)?[A-ZÁÉÍÓÚÑ][\w’'-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w’'-]*){0,3})"
)


@dataclass(frozen=True, slots=True)
class Typed:
    """A source type with the words that showed it."""

    source_type: SourceType
    evidence: str


@dataclass
class SourceMemory:
    """What the document has said about its sources so far: names, their types, criminal groups."""

    names: dict[str, tuple[SourceType, str, str]] = field(default_factory=dict)
    last_span: tuple[SourceType, str, str] | None = None
    criminal_heads: dict[str, str] = field(default_factory=dict)
    last: tuple[SourceType, str, str] | None = None
    last_message: str | None = None  # the last group named as a message's signer
    message_seen: bool = False  # a banner, video or message has been mentioned

    def learn(self, source: str, typed: Typed) -> None:
        """Remember a named source so a later surname or pronoun finds it."""
        name = proper_name(source)
        if name is None:
            return
        self.last = (typed.source_type, name, typed.evidence)
        for token in name.split():
            key = fold(token).lower().strip(".,")
            if len(key) >= 3 and key not in _NAME_PARTICLES and key not in _COMMON_CAPS:
                if key in _GENERIC_NAME_WORDS and " " in name:
                    continue  # "Guardia Nacional": "Nacional" alone names no one
                self.names[key] = (typed.source_type, name, typed.evidence)

    def remember_last(self, source: str, typed: Typed) -> None:
        """Remember the most recent explicit source (named or not) for pronouns."""
        self.last = (typed.source_type, source, typed.evidence)

    def lookup(self, span: str) -> tuple[SourceType, str, str] | None:
        """The remembered source a capitalised word of ``span`` refers to, if any."""
        for token in _WORD.findall(span):
            if _CAP.match(token):
                hit = self.names.get(fold(token).lower().strip(".,"))
                if hit is not None:
                    return hit
        definite = re.match(r"^\s*(?:the|el|la|los|las)\s+(\w+)\s*$", fold(span), re.I)
        if definite is not None:
            return self.names.get(definite.group(1).lower())
        return None

    def learn_outlets(self, sentence: str) -> None:
        """Note "the online newspaper La Brújula" so "According to La Brújula" is media later."""
        for match in _OUTLET_INTRO.finditer(sentence):
            name = match.group(1)
            typed = (SourceType.MEDIA, name, f"outlet '{match.group(0).strip()}'")
            for token in name.split():
                key = fold(token).lower().strip(".,")
                if len(key) >= 3 and key not in _NAME_PARTICLES and key not in _COMMON_CAPS:
                    self.names.setdefault(key, typed)

    def learn_criminal_heads(self, sentence: str) -> None:
        """Note phrases such as "armed men" so "the men" later refers to the same group."""
        lex = lexicon()
        folded = fold(sentence).lower()
        for mod in lex.criminal_modifiers.finditer(sentence):
            after = folded[mod.end :].split()
            before = folded[: mod.start].split()
            for word in after[:1] + before[-1:]:
                word = word.strip(".,;:")
                if word in lex.criminal_heads:
                    self.criminal_heads[word] = sentence[mod.start : mod.end] + " " + word


def proper_name(span: str) -> str | None:
    """The longest run of capitalised words in ``span`` (a person's or body's name), if any."""
    tokens = _WORD.findall(span)
    best: list[str] = []
    run: list[str] = []
    for i, token in enumerate(tokens):
        is_cap = bool(_CAP.match(token)) and fold(token).lower() not in _COMMON_CAPS
        if is_cap and not run and _DEMONYM.match(token) and i + 1 < len(tokens):
            is_cap = not tokens[i + 1][:1].islower()  # "a Brazilian trafficking group"
        if is_cap or (run and token.lower() in _NAME_PARTICLES and i + 1 < len(tokens)):
            run.append(token)
        else:
            run = []
        while run and run[-1].lower() in _NAME_PARTICLES and not is_cap:
            run = run[:-1]
        if len(run) > len(best):
            best = list(run)
    while best and best[-1].lower() in _NAME_PARTICLES:
        best.pop()
    return " ".join(best) if best else None


def is_outlet(span: Span, text: str) -> bool:
    """True unless the match is "Milenio" as part of the Milenio Cartel's name."""
    if fold(span.text).lower() != "milenio":
        return True
    after = fold(text[span.end : span.end + 8]).lower()
    before = fold(text[max(0, span.start - 12) : span.start]).lower()
    return not (
        after.lstrip().startswith("cartel") or before.rstrip().endswith(("cartel del", "cartel de"))
    )


def _outlet(text: str) -> Span | None:
    for span in lexicon().outlets.finditer(text):
        if is_outlet(span, text):
            return span
    return None


def find_criminal_actor(text: str) -> Span | None:
    """The first criminal group or member named in ``text`` (the Milenio Cartel, sicarios...),
    or an unknown group's name shaped like one ("Los Lobos", "the Tlacos gang")."""
    for span in lexicon().criminal_actors.finditer(text):
        return span
    front = _ARMED_FRONT.search(text)
    if front is not None:  # "el frente Carlos Patiño", "el frente 33": a guerrilla unit
        return Span(front.start(1), front.end(1), front.group(1))
    for match in _GROUP_NAME.finditer(text):
        words = match.group(0).split()
        if fold(words[1]).lower() in _PLACE_WORDS:
            continue
        before = text[max(0, match.start() - 12) : match.start()].lower().split()
        if before and before[-1] in {"en", "in", "near", "hacia", "to", "from", "at"}:
            continue  # "en Los Mochis": a place
        if is_outlet_name(match.group(0)) or _PLACE_AFTER.match(text[match.end() :]):
            continue  # "Los Angeles Times", "the Las Fuentes neighborhood"
        return Span(match.start(), match.end(), match.group(0))
    return None


def is_outlet_name(text: str) -> bool:
    """True when ``text`` is an outlet's name ("Los Angeles Times")."""
    span = lexicon().outlets.search(text)
    return span is not None and span.start == 0


def _inside(inner: Span, outer: Span | None) -> bool:
    return outer is not None and outer.start <= inner.start and inner.end <= outer.end


# A guerrilla or dissident unit: lower-case "frente" before a number or a name (a party is
# "el Frente Amplio", capitalised).
_ARMED_FRONT = re.compile(
    r"\b(?:el|del|al|un|the)\s+(frente\s+(?:\d+|[A-ZÁÉÍÓÚÑ][\w-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w-]+)*))"
)
# An unknown group: "Los Lobos", "Las Flacas" (a capitalised plural after Los/Las).
_GROUP_NAME = re.compile(r"\b(?:Los|Las)\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+s\b")
_PLACE_AFTER = re.compile(
    r"\s+(?:neighbou?rhood|district|area|colonia|barrio|municipality|township|street|avenue|"
    r"highway|region|valley|mountains|hills|prison|penitentiary|ranch|rancho|ejido|border|"
    r"crossing|bridge|market|mercado|sector)\b",
    re.I,
)
# Places that look like group names: "Los Mochis", "Las Vegas".
_PLACE_WORDS = frozenset(
    fold(w).lower()
    for w in [
        "Angeles",
        "Ángeles",
        "Cabos",
        "Mochis",
        "Reyes",
        "Vegas",
        "Cruces",
        "Alamos",
        "Álamos",
        "Altos",
        "Tuxtlas",
        "Ríos",
        "Pinos",
        "Lagos",
        "Mártires",
        "Choapas",
        "Ramones",
        "Andes",
        "Américas",
        "Herreras",
        "Palmas",
        "Lomas",
        "Torres",
        "Heras",
        "Islas",
        "Minas",
        "Nubes",
        "Flores",
        "Santos",
        "Barrios",
        "Llanos",
        "Olivos",
        "Robles",
        "Pozos",
        "Remedios",
        "Mercedes",
        "Delicias",
        "Margaritas",
        "Rosas",
        "Pinares",
        "Naciones",
        "Estados",
        "Unidos",
        "Muertos",
        "Autoridades",
        "Fiscalías",
    ]
)


_DOCUMENT_OPENING = re.compile(
    r"^\W*(?:un|una|el|la|the|an?)\s+(?:informe|reporte|documento|expediente|oficio|report|"
    r"document|memo|filing|indictment|affidavit)\b",
    re.I,
)


def classify_source(
    span: str,
    *,
    sentence: str,
    cue: str | None,
    appositive: str | None,
    memory: SourceMemory,
) -> Typed | None:
    """Type the source written as ``span`` from evidence in it, its appositive, earlier mentions."""
    lex = lexicon()
    described = f"{span}, {appositive}" if appositive else span
    if appositive is None:
        aside = aside_after(span, sentence)  # "said an agent in X, who asked that his name ..."
        if aside is not None and lex.strong_anonymous.search(aside) is not None:
            return Typed(SourceType.ANONYMOUS_SOURCE, f"aside '{aside}'")
    if appositive and _ASIDE.match(appositive):
        # "testifying in a New York court" speaks to anonymity, not to an official role
        if lex.strong_anonymous.search(appositive) is not None:
            return Typed(SourceType.ANONYMOUS_SOURCE, f"aside '{appositive}'")
        described = span
    if appositive and NEUTRAL_PRONOUN.match(span):
        # "según lo que ha salido en la prensa": the clause names the source
        told = classify_source(
            appositive, sentence=sentence, cue=cue, appositive=None, memory=memory
        )
        if told is not None:
            return Typed(told.source_type, f"'{span.strip()} {appositive}': {told.evidence}")
    posts = _POSTS.match(span)
    if posts is not None:  # "Posts sharing the clip since Monday claim": nobody stands behind it
        return Typed(SourceType.ANONYMOUS_SOURCE, f"circulating '{posts.group(0).strip()}'")
    lowered = span.lower()
    record = OFFICIAL_RECORD.search(span) if RECORD_HINTS.search(lowered) else None
    if record is not None and lex.strong_anonymous.search(span) is None:
        # "el reporte oficial", "official figures": a record of a public body
        return Typed(SourceType.OFFICIAL, f"official record '{record.group(0)}'")
    message = lex.messages.search(span)
    outlet_first = (_outlet(span) or _outlet_intro(span)) if message is not None else None
    if outlet_first is not None and outlet_first.start < message.start:  # type: ignore[union-attr]
        # "The daily La Voz published the original video and reported": the outlet reports
        return Typed(SourceType.MEDIA, f"outlet '{outlet_first.text}'")
    issuer = _STATEMENT_FROM.match(span) if message is not None else None
    if issuer is not None and find_criminal_actor(sentence) is None:
        # "a statement from the Laredo Sector": the issuer's statement, typed as the issuer
        typed = classify_source(
            issuer.group(1), sentence=sentence, cue=cue, appositive=None, memory=memory
        )
        if typed is not None and typed.source_type is not SourceType.CRIMINAL_GROUP:
            return typed
        if proper_name(issuer.group(1)) is not None:
            return Typed(SourceType.NAMED_SOURCE, f"statement from '{issuer.group(1).strip()}'")
    if message is not None and lex.message_idioms.search(span) is None:
        official = lex.official.search(span)
        leads = official is not None and official.start < message.start
        if official is not None and leads and find_criminal_actor(sentence) is None:
            return Typed(SourceType.OFFICIAL, f"role '{official.text}'")
        held = lex.detainee.search(span[message.end :])
        if held is not None and find_criminal_actor(span[message.end : held.start]) is None:
            # "In a video released by the navy, one of the detained men says": a detainee
            return Typed(SourceType.CONFESSION, f"detainee '{held.text}' in a {message.text}")
        return Typed(SourceType.CRIMINAL_GROUP, f"message '{message.text}'")
    document = DOCUMENT_HEAD.match(span)
    if document is not None:  # "a report published in May by X": the owner's type
        owned = _document_type(span, document, sentence=sentence, cue=cue, memory=memory)
        if owned is not None:
            return owned
        name = proper_name(span)
        if name is not None and fold(name).lower() in _MONTHS:
            return None  # "a report published in May": a date, not an owner
        rest = span[document.end() :]
        if _ABOUT.match(rest) or _FROM_PLACE.match(rest):
            # "a report on the Sinaloa Cartel", "a report from Culiacán": not theirs
            span = span[: document.end()]
            described = f"{span}, {appositive}" if appositive else span
    anonymous = lex.strong_anonymous.search(described)
    if _DEFENCE_WORD.match(span):
        lawyer = _DEFENCE_LED_BY.search(sentence)  # "La defensa, a cargo del abogado X Y,"
        if lawyer is not None:
            return Typed(SourceType.NAMED_SOURCE, f"defence led by '{lawyer.group(1)}'")
    if anonymous is not None:
        return Typed(SourceType.ANONYMOUS_SOURCE, f"unnamed '{anonymous.text}'")
    detainee = lex.detainee.search(span)
    people_first = lex.people.starts(_drop_determiner(span))
    if detainee is not None and (people_first is not None or _RELATION.match(span)):
        # "Madres de jóvenes detenidos", "the defense of the accused": they speak, not detainees
        detainee = None
    if (
        detainee is None
        and appositive
        and lex.official.search(appositive) is None
        and _KIN.search(appositive) is None
    ):
        detainee = lex.detainee.search(appositive)  # "X, who is serving a sentence in Texas,"
    if detainee is None and appositive is None and lex.official.search(span) is None:
        clause = relative_after(span, sentence)  # "A fisherman who served four years in prison"
        if clause is not None and _KIN.search(clause) is None:
            detainee = lex.detainee.search(clause)
    if detainee is None and lex.official.search(span) is None:
        place = in_custody_place(span)  # "a gang member I interviewed in a Peruvian prison"
        if place is not None:
            return Typed(SourceType.CONFESSION, f"in custody '{place}'")
    if detainee is not None:
        return Typed(SourceType.CONFESSION, f"detainee '{detainee.text}'")
    statement = IN_STATEMENT.match(sentence)
    if (
        statement is not None
        and _official_role(span) is None
        and lex.named_roles.search(span) is None  # "la madre de la víctima", "el testigo"
        and _KIN.search(span) is None
        and _outlet(span) is None
        and find_criminal_actor(span) is None
    ):  # "En su declaración, el joven habría señalado": a statement to the authorities
        return Typed(SourceType.CONFESSION, f"statement '{statement.group(0).strip(' ,')}'")
    cue_folded = fold(cue or "").lower()
    actor = find_criminal_actor(span)
    confessing = cue_folded in lex.confession_cues and lex.official.search(described) is None
    known_as = memory.lookup(span)
    suspect = known_as is None or known_as[0] in {SourceType.CONFESSION, SourceType.CRIMINAL_GROUP}
    if confessing and suspect and _outlet(span) is None:
        return Typed(SourceType.CONFESSION, f"'{cue}' by '{span.strip()}'")
    ngo = lex.ngos.search(span)
    if ngo is not None:
        return Typed(SourceType.NAMED_SOURCE, f"organisation '{ngo.text}'")
    gate = "quot" in lowered or "cit" in lowered or "mencion" in lowered
    quoted = _QUOTED_BY.search(span) if gate else None
    if (
        quoted is not None
        and (_outlet(quoted.group(1)) or _outlet_intro(quoted.group(1)))
        and _DOCUMENT_OPENING.match(span) is None  # "un informe de la fiscalía citado por X"
    ):
        # "a federal security official quoted by the newspaper X": second-hand, via the outlet
        return Typed(SourceType.MEDIA, f"quoted by '{quoted.group(1).strip()}'")
    role = _official_role(span)
    if role is None and appositive and not _RELATION.match(appositive):
        role = lex.official.search(appositive)  # not "defensor de uno de los policías"
    private_spokes = False
    if role is not None and _PRIVATE_BODY.search(described) and _SPOKES.fullmatch(role.text):
        role = None  # "a spokesman for the banana exporters' association": not a public body
        private_spokes = True
    if role is not None and _role_in_titled_name(span, role):
        role = None  # "la socióloga Marina Ferrante": a first name spelled like a body
    former = False
    if role is not None and _no_longer_official(span, appositive, role):
        role, former = None, True  # "a former port captain": speaks for himself
    if role is None:
        body = _PUBLIC_BODY.search(span)  # "the state penitentiary department"
        if body is not None and "news" in body.group(0).lower():
            body = None  # "The Spanish news agency EFE": an outlet
        role = Span(body.start(), body.end(), body.group(0)) if body is not None else None
    if role is None:
        role = _rank(span, described, sentence)  # "general PNP Augusto Ramírez", "Capt. Ana Ruiz"
    if role is None and _POSSESSIVE_OFFICE.search(span):
        role = Span(0, len(span), span.strip())  # "the governor's office", "Aldana's office"
    if role is not None and actor is not None and _group_voice(span, role, actor):
        # "a cartel spokesman", "un vocero del CJNG", "a gang official": speaks for the group
        return Typed(SourceType.CRIMINAL_GROUP, f"'{role.text}' of '{actor.text}'")
    if role is not None and not _inside(role, actor):
        where = f" in '{appositive}'" if appositive and lex.official.search(appositive) else ""
        return Typed(SourceType.OFFICIAL, f"role '{role.text}'{where}")
    officer = _UNNAMED_OFFICER.match(span)
    if officer is not None:  # "An officer at the scene on Obregón Avenue": unnamed, still official
        return Typed(SourceType.OFFICIAL, f"unnamed officer '{officer.group(0).strip()}'")
    people = lex.people.starts(_drop_determiner(span)) or _people_after_modifier(span)
    if people is not None and titled_name(span):
        people = None  # "defense attorney Laura Kemp": a title before a name
    group = people or lex.named_roles.starts(_drop_determiner(span))
    institution_of = _AT_INSTITUTION.search(span) if group is not None else None
    if group is not None and institution_of is not None:
        # "Researchers at the University of Texas at El Paso": a named institution's people
        return Typed(SourceType.NAMED_SOURCE, f"'{group.text}' {institution_of.group(0)}")
    if people is not None and proper_name(span[: people.start]) is None:
        return Typed(SourceType.ANONYMOUS_SOURCE, f"unnamed '{people.text}'")
    outlet = _outlet(span) or _outlet_intro(span) or _national_media(span)
    if outlet is not None:
        return Typed(SourceType.MEDIA, f"outlet '{outlet.text}'")
    if actor is None and appositive and lex.named_roles.search(appositive) is None:
        actor = find_criminal_actor(appositive)  # "La columna X, de las disidencias de las Farc,"
        if actor is not None and _FORMER.search(appositive[: actor.start]):
            actor = None  # "a former guerrilla commander": what they were, not who they speak for
    if actor is not None:
        return Typed(SourceType.CRIMINAL_GROUP, f"criminal actor '{actor.text}'")
    if (
        told_the_court(span, sentence)
        and lex.named_roles.search(span) is None
        and proper_name(span) is not None
    ):  # "Cantú told the judge he had kept ledgers": the defendant at a hearing
        return Typed(SourceType.CONFESSION, f"'{span.strip()}' told the court")
    head = _criminal_head(span, memory)
    if head is not None:
        return Typed(SourceType.CRIMINAL_GROUP, f"'{span.strip()}' = '{head}' earlier")
    known = memory.lookup(span)
    if known is not None and known[0] is not SourceType.MEDIA:
        shaped = proper_name(span)  # "The Laredo Sun-Dispatch" after "the Laredo Sector"
        if shaped is not None and _outlet_shaped(shaped):
            return Typed(SourceType.MEDIA, f"outlet-shaped name '{shaped}'")
    if known is not None:
        kind, known_name, evidence = known
        return Typed(kind, f"{known_name}: {evidence}" if known_name != span.strip() else evidence)
    name = proper_name(span)
    opening = name is not None and _opening_capital(span, name)
    if name is not None and (_common_noun(name) or opening):
        name = None  # "Analysts say", "Locals report": a capital only because it opens the sentence
    institution = lex.institutions.search(name) if name is not None else None
    if institution is None and appositive and name is not None and name.isupper():
        institution = lex.institutions.search(appositive)  # "Ecuador's prison agency, SNAI,"
    if (
        institution is not None
        and name is not None
        and fold(institution.text).lower() in {"institute", "instituto"}
        and _PUBLIC_INSTITUTE.search(name) is None
    ):
        institution = None  # "the Igarapé Institute": a research institute, not a public body
    if institution is not None:
        return Typed(SourceType.OFFICIAL, f"institution '{institution.text}'")
    someone = _SOMEONE.fullmatch(span.strip())
    if someone is not None and someone.group(1).lower() not in _NOT_PERSONS:
        # "Un empacador", "una comerciante de Apatzingán": the capital is a place
        return Typed(SourceType.ANONYMOUS_SOURCE, f"unnamed '{span.strip()}'")
    if name is not None and _outlet_shaped(name):
        return Typed(SourceType.MEDIA, f"outlet-shaped name '{name}'")
    someone_in = _SOMEONE_IN_PLACE.match(span) if name is not None else None
    if (
        someone_in is not None
        and name is not None
        and not _ORGANISATION.search(someone_in.group(2))
        and not any(word.isupper() for word in someone_in.group(2).split())
        and (lex.named_roles.search(someone_in.group(1)) or lex.persons.search(someone_in.group(1)))
    ):
        # "a businessman in Culiacán", "un empresario de Zamora": the capital is a place
        return Typed(SourceType.ANONYMOUS_SOURCE, f"unnamed '{someone_in.group(1)}' in a place")
    if name is not None and _publisher(span, name, cue_folded):
        return Typed(SourceType.MEDIA, f"'{name}' {cue}: a title that publishes")
    if name is not None:
        role_word = lex.named_roles.search(described)
        label = f"named, '{role_word.text}'" if role_word is not None else "named person"
        return Typed(SourceType.NAMED_SOURCE, label)
    person = lex.persons.search(span)
    if person is not None and lex.messages.search(sentence) and find_criminal_actor(sentence):
        return None  # "En una grabación del CJNG, un hombre encapuchado advierte": the message
    if person is not None and lex.messages.search(sentence) and _MASKED.search(span):
        # "In a video ..., a man with his face covered warned": the masked speaker of a message
        return Typed(SourceType.CRIMINAL_GROUP, f"masked speaker '{span.strip()}' in a message")
    reading = person is not None and _READING.search(span) is not None
    last = memory.last_span
    after_group = bool(memory.criminal_heads) or memory.message_seen
    after_group = after_group or (last is not None and last[0] is SourceType.CRIMINAL_GROUP)
    if reading and (after_group or lex.messages.search(sentence) is not None):
        # "A man reading from a sheet of paper says" after the group's video: its spokesman
        return Typed(SourceType.CRIMINAL_GROUP, f"reader '{span.strip()}' of a message")
    if not former and _FORMER_SOMEONE.match(span):  # "A former pilot who flew for a gang"
        if _TESTIFIED.match(cue_folded):  # an insider testifying at a trial
            return Typed(SourceType.CONFESSION, f"former insider '{span.strip()}' {cue}")
        return Typed(SourceType.ANONYMOUS_SOURCE, f"unnamed former '{span.strip()}'")
    weak = lex.anonymous.search(span) or lex.named_roles.search(span) or person
    if weak is not None:
        return Typed(SourceType.ANONYMOUS_SOURCE, f"unnamed '{weak.text}'")
    if opening and len(span.split()) <= 6:
        return Typed(SourceType.ANONYMOUS_SOURCE, f"unnamed '{span.strip()}'")  # "Pescadores de"
    if former and len(span.split()) <= 8:  # "a former port captain, who worked for the navy"
        return Typed(SourceType.ANONYMOUS_SOURCE, f"unnamed former official '{span.strip()}'")
    private = _DEFINITE_PRIVATE.match(span)
    if private is not None:  # "La empresa minera", "the company": a private body named before
        return Typed(SourceType.NAMED_SOURCE, f"private body '{private.group(0).strip()}'")
    if private_spokes:  # "a company spokesperson": speaks for a named private body
        return Typed(SourceType.NAMED_SOURCE, f"spokesperson of a private body in '{described}'")
    return None


# One person named by a trade word only: "un empacador", "una comerciante", "a packer"
# (an indefinite article, a lower-case noun with a person's ending, an optional place phrase).
_SOMEONE = re.compile(
    r"(?:[Uu]n|[Uu]na|[Aa]n?|[Oo]ne)\s+([a-záéíóúñ]+(?:dor|dora|ero|era|ista|ante|ente|er|or|"
    r"ist|ian|ant))(?:\s+(?:de|del|of|from|in|en)\s+[\w\s]{1,30})?"
)
_NOT_PERSONS = frozenset(
    [
        "letter",
        "poster",
        "flyer",
        "paper",
        "banner",
        "ledger",
        "folder",
        "order",
        "computer",
        "trailer",
        "container",
        "tanker",
        "number",
        "chapter",
        "corner",
        "register",
        "letrero",
        "tablero",
        "sombrero",
        "agujero",
        "paradero",
        "basurero",
        "documento",
        "comunicado",
        "statement",
        "document",
        "report",
        "informe",
        "error",
        "sector",
        "factor",
        "motor",
        "monitor",
        "mirror",
        "calendar",
        "anchor",
        "border",
        "marker",
        "charter",
        "sticker",
    ]
)


# One or a few unnamed officers ("an officer at the scene", "a state trooper"): by the
# convention an unnamed official is still official (anonymity asides are typed first).
_UNNAMED_OFFICER = re.compile(
    r"^\W*(?:an?|one|the|two|three|several|some|un|una|el|la|los|las|dos|tres|varios|"
    r"algunos)\s+(?:(?:police|army|navy|military|federal|state|"
    r"local|municipal|border|customs|prison|correctional|senior|uniformed|off-duty|veteran|"
    r"patrol)\s+)?(?:officers?|troopers?|deputies|deputy|soldiers?|agents?|commanders?|guards?|"
    r"wardens?|custodios?|custodias?|celador(?:es|as?)?|guardias? penitenciari[oa]s?)\b"
    r"(?!\s+(?:of|for|at)\s+(?:the\s+|a\s+)?(?:company|firm|bank|group|club))",
    re.I,
)


# A relative's detention describes the speaker's family, not the speaker.
_KIN = re.compile(
    r"\b(?:lawyer|attorney|counsel|abogad[oa]s?|defensor[a]?|representing|represents|"
    r"whose|cuy[oa]s?|son|daughter|husband|wife|brother|sister|father|mother|hij[oa]s?|"
    r"espos[oa]|herman[oa]|padre|madre|familiar)\b",
    re.I,
)
_ASIDE = re.compile(
    r"^\s*(?:(?:and|y)\s+)?(?:who|which|que|quien\w*|among|including|\w+ing|\w+ando|\w+iendo)\b",
    re.I,
)
_DETERMINER = re.compile(
    r"^\s*(?:the|a|an|some|several|two|three|four|five|six|seven|eight|nine|ten|many|el|la|los|"
    r"las|un|una|unos|unas|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\d+)\s+",
    re.I,
)


# A role tied to someone else: "defensor de", "lawyer for", "madre de" (not the speaker's role).
_RELATION = re.compile(
    r"^\s*(?:(?:the|a|an|el|la|un|una|los|las|his|her|their|su|sus)\s+)?(?:defensor\w*|abogad\w*|"
    r"lawyers?|attorneys?|mothers?|fathers?|brothers?|sisters?|sons?|daughters?|wife|wives|"
    r"husbands?|relatives?|madres?|padres?|herman\w+|hij\w+|espos\w+|familiar\w*|vecin\w+|"
    r"neighbou?rs?)\s+(?:de|del|of|for)\b",
    re.I,
)
_SPOKES = re.compile(
    r"(?i:spokes(?:man|woman|person)|vocer[oa]|portavoz|president[ea]?|director[a]?)"
)
_PRIVATE_BODY = re.compile(
    r"\b(?:association|asociaci[oó]n|company|empresa|chamber|c[aá]mara|union|sindicato|"
    r"federation|federaci[oó]n|church|iglesia|diocese|di[oó]cesis|cooperative|cooperativa|"
    r"collective|colectivo|gremio|exporters|growers|business|businesses|firm)\b",
    re.I,
)


# A lower-case public body: a public modifier (or a nationality) before an institution noun.
_PUBLIC_BODY = re.compile(
    r"\b(?:state|federal|national|municipal|provincial|regional|city|county|government|"
    r"anti-?drug|anti-?narcotics|penitentiary|prison|immigration|customs|tax|health|security|"
    r"interior|justice|public|[A-Z][a-z]+(?:an|ian|ese|ish))\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:department|secretariat|ministry|agency|directorate|bureau|commission|authority|"
    r"revenue service|tax service|customs service|prison service|police service)\b"
)
PUBLIC_BODY = _PUBLIC_BODY
_AT_INSTITUTION = re.compile(
    r"\b(?:at|of|from|de la|del|de)\s+(?:the\s+)?(?:University|Universidad|Institute|Instituto|"
    r"College|Colegio|Center|Centro|Observatory|Observatorio)\b"
)
_MASKED = re.compile(
    r"\b(?:masked|hooded|balaclavas?|with (?:his|her|their) faces? (?:covered|hidden)|"
    r"encapuchad[oa]s?|enmascarad[oa]s?|con el rostro cubierto|con (?:la )?cara cubierta|"
    r"pasamontañas)\b",
    re.I,
)
_POSSESSIVE_OFFICE = re.compile(r"\b[A-ZÁÉÍÓÚÑ][\w-]*['’]s\s+office\b")
_FORMER = re.compile(r"\b(?:former|ex|ex-|onetime|antigu[oa]|exintegrante|otrora)\s+$", re.I)
# Someone who held a public post and no longer speaks for it: "a former port captain, who worked
# for the navy until 2020", "A Former DEA Analyst", "un exagente de la Policía".
_FORMER_ANY = re.compile(
    r"\b(?:former|ex-|onetime|retired|ex\s+(?:agente|funcionari\w*|comandante|polic[ií]a|"
    r"militar|jefe|fiscal|director\w*)|exagente|exfuncionari\w*|excomandante|expolic[ií]a|"
    r"exmilitar|exjefe|exfiscal|exdirector\w*|retirad[oa])\b|"
    r"\b(?:who|que)\s+(?:worked|served|trabaj[oó]|sirvi[oó])\s+(?:for|in|with|en|para|con)\b",
    re.I,
)
# A defence speaks for the accused, not for the body they belong to: "La defensa de los policías".
_DEFENCE_OF = re.compile(
    r"\b(?:defensa|defense|defence|lawyers?|attorneys?|abogad[oa]s?)\s+(?:de|del|of|for)\s+"
    r"(?:(?:the|los|las|el|la|a|an|uno de los|one of the)\s+)?$",
    re.I,
)
_DEFENCE_WORD = re.compile(
    r"\s*(?:(?:la|the|su|his|her|their)\s+)?(?:defensa|defense|defence)\b", re.I
)
_DEFENCE_LED_BY = re.compile(
    r"\b(?:a cargo de(?:l| la)?|encabezada por(?: el| la)?|led by|represented by)\s+"
    r"(?:(?:the|el|la)\s+)?(?:abogad[oa]|attorney|lawyer|defensor[a]?)\s+"
    r"([A-ZÁÉÍÓÚÑ][\w-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w-]+)+)"
)
# Circulating posts and their sharers: "Posts sharing the clip", "Publicaciones en redes".
_POSTS = re.compile(
    r"^\s*(?:(?:the|some|many|several|las|los|algunas|algunos|varias|varios)\s+)?"
    r"(?:(?:social media|viral)\s+)?(?:posts|publicaciones|usuarios|users|internautas)\b",
    re.I,
)
# "a statement from the Laredo Sector", "un comunicado de la Cámara de Comercio".
_STATEMENT_FROM = re.compile(
    r"^\s*(?:an?|the|un|el)\s+(?:written\s+)?(?:statement|press release|comunicado|"
    r"bolet[ií]n)\s+(?:from|by|of|issued by|de|del|emitido por)\s+(.+)$",
    re.I,
)
_GENERIC_NAME_WORDS = frozenset(
    [
        "nacional",
        "national",
        "general",
        "federal",
        "estatal",
        "municipal",
        "central",
        "publica",
        "publico",
        "public",
        "state",
        "republica",
        "estado",
        "estados",
        "unidos",
        "united",
    ]
)


def _no_longer_official(span: str, appositive: str | None, role: Span) -> bool:
    """True when the role was held before ("former", "ex-", "who worked for") or belongs to the
    people a defence speaks for ("la defensa de los policías")."""
    in_span = span[role.start : role.end] == role.text
    before = span[: role.start] if in_span else (appositive or "")[: role.start]
    if _DEFENCE_OF.search(before) or (in_span and _DEFENCE_OF.search(before)):
        return True
    return _FORMER_ANY.search(before) is not None or (
        not in_span and _FORMER_ANY.search(span) is not None
    )


def _outlet_intro(span: str) -> Span | None:
    """ "the Culiacán daily La Voz de Culiacán": an outlet introduced by its kind."""
    found = _OUTLET_INTRO.search(span)
    return Span(found.start(), found.end(), found.group(0)) if found is not None else None


def _role_in_titled_name(span: str, role: Span) -> bool:
    """True when the role word is part of a name after a lower-case title: "la socióloga Marina
    Ferrante" names a sociologist, not the navy."""
    name = proper_name(span)
    if name is None or not titled_name(span):
        return False
    start = span.rfind(name)
    before = [w for w in span[:start].split() if fold(w).lower() not in _COMMON_CAPS]
    return bool(before) and role.start >= start and lexicon().official.search(span[:start]) is None


def _people_after_modifier(span: str) -> Span | None:
    """ "Dock workers interviewed by Wire", "Transportadores de Tibú": people after one word."""
    words = _drop_determiner(span).split()
    if len(words) < 2:
        return None
    found = lexicon().people.starts(" ".join(words[1:]))
    return found if found is not None and not words[1][:1].isupper() else None


def titled_name(span: str) -> bool:
    """True for "defense attorney Laura Kemp": lower-case words, then a name ending the span."""
    name = proper_name(span)
    if name is None or not span.rstrip().endswith(name):
        return False
    before = span[: span.rfind(name)].split()
    return (
        bool(before)
        and all(
            w[:1].islower() or fold(w).lower() in _COMMON_CAPS or (i == 0 and len(before) > 1)
            for i, w in enumerate(before)
        )  # "Defense attorney Laura Kemp": the title's capital only opens the sentence
        and not any(fold(w).lower() in _NOT_TITLES for w in before)
    )


_NOT_TITLES = frozenset(["of", "de", "del", "from", "in", "en", "by", "por", "a", "to", "para"])


def _opening_capital(span: str, name: str) -> bool:
    """ "Pescadores de la zona", "Rights groups": one capitalised word opening a lower-case
    phrase is a sentence's first word, not a name."""
    if " " in name:
        return False
    words = _drop_determiner(span).split()
    if len(words) < 2 or words[0] != name:
        return False
    rest = [w for w in words[1:] if w.lower() not in _NAME_PARTICLES]
    return bool(rest) and all(w[:1].islower() for w in rest)


def _common_noun(name: str) -> bool:
    """A one-word "name" that is a role or a word for people ("Analysts", "Vecinos")."""
    if " " in name:
        return False
    lex = lexicon()
    for phrases in (lex.named_roles, lex.people, lex.anonymous, lex.persons):
        found = phrases.search(name)
        if found is not None and found.start == 0 and found.end == len(name):
            return True
    return False


def _drop_determiner(span: str) -> str:
    return _DETERMINER.sub("", span, count=1)


def _criminal_head(span: str, memory: SourceMemory) -> str | None:
    words = fold(span).lower().split()
    if not words:
        return None
    return memory.criminal_heads.get(words[-1].strip(".,;:"))


def _outlet_shaped(name: str) -> bool:
    """A name built like an outlet's ("Metro Reynosa", "Noticias Tierra Caliente", "Canal 44
    Digital"): one of its words is a word no person or public body is named with."""
    return any(fold(word).lower() in _OUTLET_NAME_WORDS for word in re.split(r"[\s-]+", name))


# Words that make a capitalised name an outlet's, whatever outlet it is; public bodies
# ("Metropolitan Police") are typed before this, and persons are not named with these words.
_OUTLET_NAME_WORDS = frozenset(
    [
        "metro",
        "noticias",
        "noticiero",
        "news",
        "diario",
        "periodico",
        "semanario",
        "revista",
        "prensa",
        "press",
        "radio",
        "tv",
        "television",
        "televisora",
        "canal",
        "times",
        "herald",
        "heraldo",
        "tribune",
        "tribuna",
        "journal",
        "gazette",
        "informador",
        "magazine",
        "expreso",
        "cronica",
        "channel",
        "daily",
        "chronicle",
        "dispatch",
        "desk",
        "courier",
        "sentinel",
        "multimedios",
        "estereo",
        "stereo",
        "noticia",
        "voz",
        "informa",
        "vanguardia",
        "imparcial",
        "observador",
        "mercurio",
        "digital",
    ]
)


def _publisher(span: str, name: str, cue: str) -> bool:
    """ "La Opinión publicó", "The Nogales International reported", "Honduras Briefing reported":
    a name no person carries (a title's article, a country first) that publishes is an outlet."""
    if not _PUBLISHING.search(cue) or _ORGANISATION.search(name):
        return False
    article = _TITLE_ARTICLE.match(span)
    rest = span[article.end() :].split() if article is not None else []
    if article is not None and rest and name.split()[0] in {article.group(1), rest[0]}:
        # "El Zarco" could be an alias: "El" needs a longer title ("El Sol de Acapulco")
        if article.group(1) == "The" and len(rest) == 1 and rest[0].endswith("s"):
            return False  # "The Smiths reported the theft": a family
        return article.group(1) != "El" or len(name.split()) >= 2
    first = fold(name.split()[0]).lower()
    return len(name.split()) >= 2 and first in _COUNTRIES


_TITLE_ARTICLE = re.compile(r"\s*(The|La|El|O|Le|Il)\s+")
_PUBLISHING = re.compile(r"report|publi", re.I)
_ORGANISATION = re.compile(
    r"\b(?:Cross|Cruz|Foundation|Fundaci[oó]n|Committee|Comit[eé]|Institute|Instituto|Center|"
    r"Centre|Centro|Observatory|Observatorio|Association|Asociaci[oó]n|Council|Consejo|"
    r"Commission|Comisi[oó]n|Watch|Network|Red|Church|Iglesia|University|Universidad|Group|"
    r"Grupo|Coalition|Coalici[oó]n|Movement|Movimiento|Cartel|C[aá]rtel|Clan|Organi[sz]ation|"
    r"Organizaci[oó]n|Agency|Agencia|Office|Oficina|Ministry|Bank|Banco|Fund|Fondo|Nations|"
    r"Naciones|Union|Uni[oó]n|Department|Departamento|Party|Partido|Court|Corte|Tribunal)\b"
)
_COUNTRIES = frozenset(
    fold(w).lower()
    for w in [
        "Mexico",
        "México",
        "Honduras",
        "Guatemala",
        "Salvador",
        "Nicaragua",
        "Panama",
        "Panamá",
        "Colombia",
        "Venezuela",
        "Ecuador",
        "Peru",
        "Perú",
        "Bolivia",
        "Brazil",
        "Brasil",
        "Chile",
        "Argentina",
        "Paraguay",
        "Uruguay",
        "Cuba",
        "Dominicana",
        "Haiti",
        "Costa",
        "Puerto",
        "Jamaica",
        "Spain",
        "España",
        "America",
        "América",
    ]
)


def _rank(span: str, described: str, sentence: str) -> Span | None:
    """A police or military rank before a name ("el coronel Juan Pérez", "general PNP X"), unless
    the person commands an armed group ("el comandante X, jefe de las disidencias")."""
    rank = RANK_BEFORE_NAME.search(span) if RANK_HINTS.search(span.lower()) else None
    if rank is None or "alias" in span.lower() or find_criminal_actor(described) is not None:
        return None
    if fold(rank.group(0)).lower().startswith("comandante") and find_criminal_actor(sentence):
        return None
    title = rank.group(0).rsplit(None, 1)[0]  # the rank without the name's first word
    return Span(rank.start(), rank.start() + len(title), title)


def _document_type(
    span: str, document: re.Match[str], *, sentence: str, cue: str | None, memory: SourceMemory
) -> Typed | None:
    """A report, study or filing typed as its owner ("by the Global Initiative", "de la
    Fiscalía", "en la radio"), or official when it is an accusation before a court."""
    rest = (span + sentence_tail(span, sentence, cue))[document.end() :]
    noun = document.group("noun")
    if court_document(noun, rest):
        return Typed(SourceType.OFFICIAL, f"court document '{noun}{rest.rstrip()}'")
    for phrase, strong in document_owners(rest):
        owner = classify_source(phrase, sentence=sentence, cue=cue, appositive=None, memory=memory)
        if owner is None:
            continue
        first = _drop_determiner(phrase).split()[:1]
        dated = not first or fold(first[0]).lower().strip(".,") in _MONTHS or first[0].isdigit()
        weak_ok = owner.source_type in _BODY_TYPES or owner.evidence.startswith("organisation")
        if (strong and not dated) or (not strong and weak_ok):
            return Typed(owner.source_type, f"{noun} of '{phrase}': {owner.evidence}")
    return None


_BODY_TYPES = frozenset({SourceType.OFFICIAL, SourceType.MEDIA})


_GROUP_VOICES = re.compile(
    r"(?i:spokes(?:man|woman|person)|vocer[oa]s?|portavoz|officials?|funcionari[oa]s?)"
)
_OF_THE = re.compile(
    r"^\s+(?:of|for|with|from|de|del)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$", re.I
)


def _group_voice(span: str, role: Span, actor: Span) -> bool:
    """True when the role speaks for the group: "a cartel spokesman", "un vocero del CJNG" (the
    group right before the role or right after "of"), not "officials investigating the cartel"."""
    if not _GROUP_VOICES.fullmatch(role.text):
        return False
    if actor.end <= role.start:
        return not span[actor.end : role.start].strip()
    return _OF_THE.match(span[role.end : actor.start]) is not None
