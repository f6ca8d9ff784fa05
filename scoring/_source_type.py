"""The source-type decision: roles, detention, outlets, messages and names weighed in order."""

from __future__ import annotations

import re

from scoring._lexicon import Span, fold, lexicon
from scoring._models import SourceType
from scoring._source_criminal import (
    _FORMER,
    _MASKED,
    _STATEMENT_FROM,
    _criminal_head,
    _group_voice,
    find_criminal_actor,
)
from scoring._source_media import _ORGANISATION, _outlet, _outlet_intro, _outlet_shaped, _publisher
from scoring._source_memory import SourceMemory, Typed
from scoring._source_names import (
    _common_noun,
    _drop_determiner,
    _opening_capital,
    _people_after_modifier,
    proper_name,
    titled_name,
)
from scoring._source_official import (
    _UNNAMED_OFFICER,
    _speaking_role,
)
from scoring._source_people import (
    _ASIDE,
    _AT_INSTITUTION,
    _DEFENCE_LED_BY,
    _DEFENCE_WORD,
    _NOT_PERSONS,
    _POSTS,
    _SOMEONE,
    _detained,
)
from scoring._type_forms import (
    _ABOUT,
    _DEFINITE_PRIVATE,
    _FORMER_SOMEONE,
    _FROM_PLACE,
    _MONTHS,
    _PUBLIC_INSTITUTE,
    _QUOTED_BY,
    _READING,
    _SOMEONE_IN_PLACE,
    _TESTIFIED,
    DOCUMENT_HEAD,
    NEUTRAL_PRONOUN,
    OFFICIAL_RECORD,
    RECORD_HINTS,
    _national_media,
    aside_after,
    court_document,
    document_owners,
    sentence_tail,
    told_the_court,
)

__all__ = ["classify_source"]


_DOCUMENT_OPENING = re.compile(
    r"^\W*(?:un|una|el|la|the|an?)\s+(?:informe|reporte|documento|expediente|oficio|report|"
    r"document|memo|filing|indictment|affidavit)\b",
    re.I,
)


# How this outlet reached the speaker, inside the speaker's phrase: "Habitantes que hablaron con
# este blog", "Docentes consultados por este medio". The people speak; the page only passes
# their words on. (Another outlet's go-between, "quoted by the newspaper X", stays media.)
_VIA_THIS_OUTLET = re.compile(
    r"\s+(?:(?:que|who)\s+(?:habl[oó]|hablaron|spoke|talked)\s+(?:con|to|with)|"
    r"(?:consultad|entrevistad|citad)[oa]s?\s+por|(?:interviewed|consulted|cited|quoted)\s+by)"
    r"\s+(?:este|esta|this)\s+(?:medio|blog|diario|peri[oó]dico|newspaper|paper|outlet|"
    r"site|sitio|reporter|reportera?|redacci[oó]n|publication|portal)\b.*$",
    re.IGNORECASE,
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
    if " est" in span or " this " in span:  # "Docentes consultados por este medio"
        span = _VIA_THIS_OUTLET.sub("", span) or span
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
    lowered = span.lower()
    circulated = _record_or_message(span, sentence=sentence, cue=cue, memory=memory)
    if circulated is not None:
        return circulated
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
    held = _detained(span, sentence=sentence, appositive=appositive)
    if held is not None:
        return held
    second_hand = _confessed_or_quoted(
        span, cue=cue, described=described, lowered=lowered, memory=memory
    )
    if second_hand is not None:
        return second_hand
    actor = find_criminal_actor(span)
    role, former, private_spokes = _speaking_role(
        span, described=described, sentence=sentence, appositive=appositive
    )
    if role is not None and actor is not None and _group_voice(span, role, actor):
        # "a cartel spokesman", "un vocero del CJNG", "a gang official": speaks for the group
        return Typed(SourceType.CRIMINAL_GROUP, f"'{role.text}' of '{actor.text}'")
    if (
        role is not None
        and role.text.lower().startswith("comandant")
        and lex.official.search(span[: role.start] + span[role.end :]) is None
        and find_criminal_actor(sentence) is not None
    ):
        role = None  # "el comandante X, de las disidencias de las FARC": not a police commander
    if role is not None and not _inside(role, actor):
        where = f" in '{appositive}'" if appositive and lex.official.search(appositive) else ""
        return Typed(SourceType.OFFICIAL, f"role '{role.text}'{where}")
    officer = _UNNAMED_OFFICER.match(span)
    if officer is not None:  # "An officer at the scene on Obregón Avenue": unnamed, still official
        return Typed(SourceType.OFFICIAL, f"unnamed officer '{officer.group(0).strip()}'")
    grouped = _people_outlet_or_group(
        span, sentence=sentence, appositive=appositive, actor=actor, memory=memory
    )
    if grouped is not None:
        return grouped
    named = _named(span, appositive=appositive, described=described, cue=cue)
    if named is not None:
        return named
    return _unnamed(
        span,
        sentence=sentence,
        cue=cue,
        described=described,
        former=former,
        private_spokes=private_spokes,
        memory=memory,
    )


def _record_or_message(
    span: str, *, sentence: str, cue: str | None, memory: SourceMemory
) -> Typed | None:
    """Circulating posts, an official record, or a message (a video, a banner, a statement):
    typed by who reports, issues or speaks in it, else the group's."""
    lex = lexicon()
    posts = _POSTS.match(span)
    if posts is not None:  # "Posts sharing the clip since Monday claim": nobody stands behind it
        return Typed(SourceType.ANONYMOUS_SOURCE, f"circulating '{posts.group(0).strip()}'")
    lowered = span.lower()
    record = OFFICIAL_RECORD.search(span) if RECORD_HINTS.search(lowered) else None
    if record is not None and lex.strong_anonymous.search(span) is None:
        # "el reporte oficial", "official figures": a record of a public body
        return Typed(SourceType.OFFICIAL, f"official record '{record.group(0)}'")
    message = lex.messages.search(span)
    if message is None:
        return None
    outlet_first = _outlet(span) or _outlet_intro(span)
    if outlet_first is not None and outlet_first.start < message.start:
        # "The daily La Voz published the original video and reported": the outlet reports
        return Typed(SourceType.MEDIA, f"outlet '{outlet_first.text}'")
    issuer = _STATEMENT_FROM.match(span)
    if issuer is not None and find_criminal_actor(sentence) is None:
        # "a statement from the Laredo Sector": the issuer's statement, typed as the issuer
        typed = classify_source(
            issuer.group(1), sentence=sentence, cue=cue, appositive=None, memory=memory
        )
        if typed is not None and typed.source_type is not SourceType.CRIMINAL_GROUP:
            return typed
        if proper_name(issuer.group(1)) is not None:
            return Typed(SourceType.NAMED_SOURCE, f"statement from '{issuer.group(1).strip()}'")
    if lex.message_idioms.search(span) is None:
        official = lex.official.search(span)
        leads = official is not None and official.start < message.start
        if official is not None and leads and find_criminal_actor(sentence) is None:
            return Typed(SourceType.OFFICIAL, f"role '{official.text}'")
        held = lex.detainee.search(span[message.end :])
        if held is not None and find_criminal_actor(span[message.end : held.start]) is None:
            # "In a video released by the navy, one of the detained men says": a detainee
            return Typed(SourceType.CONFESSION, f"detainee '{held.text}' in a {message.text}")
        return Typed(SourceType.CRIMINAL_GROUP, f"message '{message.text}'")
    return None


def _confessed_or_quoted(
    span: str, *, cue: str | None, described: str, lowered: str, memory: SourceMemory
) -> Typed | None:
    """A suspect's confession by its verb, an NGO, or someone quoted second-hand by an outlet
    (``lowered`` is the span as first written, before a document's tail was cut)."""
    lex = lexicon()
    cue_folded = fold(cue or "").lower()
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
    return None


def _people_outlet_or_group(
    span: str, *, sentence: str, appositive: str | None, actor: Span | None, memory: SourceMemory
) -> Typed | None:
    """Unnamed people ("Researchers at X", "residents"), an outlet, a criminal group, a
    defendant at a hearing, or a source the document named before."""
    lex = lexicon()
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
    return None


def _name_and_opening(span: str) -> tuple[str | None, bool]:
    """The span's proper name, unless it is a common noun or a capital that only opens the
    sentence ("Analysts say"), and whether the capital opens it."""
    name = proper_name(span)
    opening = name is not None and _opening_capital(span, name)
    if name is not None and (_common_noun(name) or opening):
        name = None  # "Analysts say", "Locals report": a capital only because it opens the sentence
    return name, opening


def _named(span: str, *, appositive: str | None, described: str, cue: str | None) -> Typed | None:
    """A named source: a public institution, an outlet by its name's shape or by publishing, a
    named person; or one person by a trade word or in a place, whose capital is a place."""
    lex = lexicon()
    name, _ = _name_and_opening(span)
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
    if name is not None and _publisher(span, name, fold(cue or "").lower()):
        return Typed(SourceType.MEDIA, f"'{name}' {cue}: a title that publishes")
    if name is not None:
        role_word = lex.named_roles.search(described)
        label = f"named, '{role_word.text}'" if role_word is not None else "named person"
        return Typed(SourceType.NAMED_SOURCE, label)
    return None


def _unnamed(
    span: str,
    *,
    sentence: str,
    cue: str | None,
    described: str,
    former: bool,
    private_spokes: bool,
    memory: SourceMemory,
) -> Typed | None:
    """No name: a masked or reading speaker of a message, a former insider, an unnamed person or
    official, a private body; None when the speaker is inside a group's message."""
    lex = lexicon()
    cue_folded = fold(cue or "").lower()
    _, opening = _name_and_opening(span)
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


def _inside(inner: Span, outer: Span | None) -> bool:
    return outer is not None and outer.start <= inner.start and inner.end <= outer.end
