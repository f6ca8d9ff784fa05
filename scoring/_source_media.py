"""Media: outlets by name, by what introduces them ("the daily La Voz"), by a name's shape, by
publishing."""

from __future__ import annotations

import re

from scoring._lexicon import Span, fold, lexicon

__all__ = ["is_outlet", "is_outlet_name"]


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


def is_outlet_name(text: str) -> bool:
    """True when ``text`` is an outlet's name ("Los Angeles Times")."""
    span = lexicon().outlets.search(text)
    return span is not None and span.start == 0


def _outlet_intro(span: str) -> Span | None:
    """ "the Culiacán daily La Voz de Culiacán": an outlet introduced by its kind."""
    found = _OUTLET_INTRO.search(span)
    return Span(found.start(), found.end(), found.group(0)) if found is not None else None


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
