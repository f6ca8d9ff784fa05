"""Criminal groups: named actors, unknown groups shaped like one ("Los Lobos"), their spokesmen,
the issuers of messages, heads named earlier ("armed men")."""

from __future__ import annotations

import re

from scoring._attribution_forms import _SIGNED
from scoring._lexicon import Span, fold, lexicon
from scoring._patterns import _GENERIC_GROUP
from scoring._source_media import is_outlet_name
from scoring._source_memory import SourceMemory
from scoring._source_names import proper_name

__all__ = ["find_criminal_actor"]


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


def _criminal_head(span: str, memory: SourceMemory) -> str | None:
    words = fold(span).lower().split()
    if not words:
        return None
    return memory.criminal_heads.get(words[-1].strip(".,;:"))


_GROUP_VOICES = re.compile(
    r"(?i:spokes(?:man|woman|person)|vocer[oa]s?|portavoz|officials?|funcionari[oa]s?)"
)

_COMMANDER = re.compile(r"(?i:comandantes?|comandanta|commanders?|police commander)")

_OF_THE = re.compile(
    r"^\s+(?:of|for|with|from|de|del)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$", re.I
)


def _group_voice(span: str, role: Span, actor: Span) -> bool:
    """True when the role speaks for the group: "a cartel spokesman", "un vocero del CJNG" (the
    group right before the role or right after "of"), not "officials investigating the cartel"."""
    if _COMMANDER.fullmatch(role.text) and role.end <= actor.start <= role.end + 40:
        return True  # "el comandante del Frente 33 del ELN", "comandante Cero de Los Tlacos"
    if not _GROUP_VOICES.fullmatch(role.text):
        return False
    if actor.end <= role.start:
        return not span[actor.end : role.start].strip()
    return _OF_THE.match(span[role.end : actor.start]) is not None


_MASKED = re.compile(
    r"\b(?:masked|hooded|balaclavas?|with (?:his|her|their) faces? (?:covered|hidden)|"
    r"encapuchad[oa]s?|enmascarad[oa]s?|con el rostro cubierto|con (?:la )?cara cubierta|"
    r"pasamontañas)\b",
    re.I,
)

_FORMER = re.compile(r"\b(?:former|ex|ex-|onetime|antigu[oa]|exintegrante|otrora)\s+$", re.I)

# "a statement from the Laredo Sector", "un comunicado de la Cámara de Comercio".
_STATEMENT_FROM = re.compile(
    r"^\s*(?:an?|the|un|el)\s+(?:written\s+)?(?:statement|press release|comunicado|"
    r"bolet[ií]n)\s+(?:from|by|of|issued by|de|del|emitido por)\s+(.+)$",
    re.I,
)


def _message_author(span: str) -> str | None:
    """Who signed or sent the message described in ``span``, if it says."""
    signer = _signer_name(span, 0)
    if signer is not None:
        return signer.text
    actor = find_criminal_actor(span)
    return _actor_phrase(span, actor) if actor is not None else None


def _signer_name(text: str, after: int) -> Span | None:
    """The proper name in "a banner signed by Los Metros" / "firmada por La Nueva Familia"."""
    signer = _SIGNED.search(text, after)
    if signer is None:
        return None
    window = text[signer.end() : signer.end() + 60]
    official = lexicon().official.search(window)
    if official is not None and official.start <= 12:
        return None  # "videos ... difundidos por autoridades": released by officials
    generic = _GENERIC_GROUP.match(window)
    if generic is not None:  # "atribuido a la banda", "attributed to the gang"
        return Span(signer.end(), signer.end() + generic.end(), generic.group(0))
    actor = find_criminal_actor(window)
    if actor is not None and actor.start == 0:  # "posted by Los Tlacos"
        return Span(signer.end(), signer.end() + actor.end, actor.text)
    name = proper_name(window)
    if name is None:
        return None
    start = text.find(name, signer.end())
    return Span(start, start + len(name), name)


def _actor_phrase(text: str, actor: Span) -> str:
    """Grow a criminal-actor match to its whole name: "the Milenio Cartel", "Los Zetas"."""
    start, end = actor.start, actor.end
    words_before = re.finditer(r"([\w'’.-]+)\s*$", text[:start])
    for match in words_before:
        word = match.group(1)
        if word[:1].isupper() or fold(word).lower() in {"the", "el", "la", "los", "las"}:
            start = match.start(1)
    after = re.match(
        r"\s+((?:(?:de|del|la|los)\s+)?[A-ZÁÉÍÓÚÑ][\w'’.-]*(?:\s+(?:(?:de|del|la|los)\s+)?[A-ZÁÉÍÓÚÑ][\w'’.-]*)*)",
        text[end:],
    )
    if after and fold(actor.text).lower() in {"cartel", "cartel del", "cartel de"}:
        end += after.end(1)
    return text[start:end].strip()
