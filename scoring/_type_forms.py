"""Type evidence from the forms crime reporting uses for its sources: official records, documents
and their owners, ranks before a name, custody places, asides after the span, inert messages
(docs/scoring.md, "2026-11-22, session 3: type decisions")."""

from __future__ import annotations

import re

from scoring._lexicon import Span, fold, lexicon

__all__ = [
    "COURT_WORDS",
    "DOCUMENT_HEAD",
    "IN_STATEMENT",
    "NEUTRAL_PRONOUN",
    "OFFICIAL_RECORD",
    "RANK_BEFORE_NAME",
    "RANK_HINTS",
    "RECORD_HINTS",
    "aside_after",
    "court_document",
    "document_owners",
    "in_custody_place",
    "inert_message",
    "relative_after",
    "sentence_tail",
    "told_the_court",
]

# A document, figure or record qualified as official: "el reporte oficial", "official figures",
# "cifras oficiales", "the official death toll" ("unofficial", "no oficiales" do not match).
OFFICIAL_RECORD = re.compile(
    r"\b(?:(?:report|reporte|reportes|informe|informes|figures?|cifras?|data|datos|statistics|"
    r"estad[ií]sticas?|records?|registros?|count|conteo|recuento|tally|balance|documents?|"
    r"documentos?|numbers|n[uú]meros|version|versi[oó]n|parte|account|results|resultados|"
    r"estimates?|estimaciones|statement|comunicado|bolet[ií]n|informaci[oó]n)\s+oficial(?:es)?|"
    r"official\s+(?:[a-z]+\s+)?(?:reports?|figures|data|statistics|records|count|tally|"
    r"documents?|numbers|version|account|results|estimates?|statement|toll|counts|"
    r"information))\b",
    re.I,
)

# A span headed by a document noun: "a report published", "una acusación presentada", "A 2021
# audit", "reportes" (up to three lower-case words or years before the noun).
DOCUMENT_HEAD = re.compile(
    r"^\W*(?:[a-záéíóúñ0-9-]+\s+){0,3}?"
    r"(?P<noun>reports?|reportes?|informes?|study|studies|estudios?|survey|encuesta|analysis|"
    r"an[aá]lisis|audit|auditor[ií]a|count|conteo|recuento|tally|review|investigation|"
    r"investigaci[oó]n|database|base de datos|[ií]ndice|index|ranking|census|censo|"
    r"indictment|complaint|filing|lawsuit|documents?|documentos?|acusaci[oó]n|denuncia(?: penal)?|"
    r"demanda|expediente|registros?|records|figures|cifras|datos|data|statistics|"
    r"estad[ií]sticas|diagn[oó]stico|monitoreo|balance|oficio|memo|memorando|memorandum|"
    r"acta|cable)\b",
    re.I,
)

# Court words: a complaint or an accusation "before a federal court" is an official document.
COURT_WORDS = re.compile(
    r"\b(?:court|courts|tribunal|tribunales|juzgado|corte|cortes|judge|juez|jueza|prosecutors?|"
    r"fiscal[ií]a|fiscales|ministerio p[uú]blico|grand jury|gran jurado)\b",
    re.I,
)
_COURT_DOCUMENT = re.compile(
    r"^(?:indictment|complaint|filing|lawsuit|acusaci[oó]n|denuncia(?: penal)?|demanda|"
    r"expediente)$",
    re.I,
)

# Who owns a document: "by X", "por X", "ante X" (strong); "de X", "in X", "from X" (weak:
# accepted only when X is a public body, an outlet or an organisation, never a month, a year, a
# place or a group the document is about).
_STRONG_OWNER = re.compile(
    r"\b(?:by|por|issued by|filed by|ante|before|filed in|filed with|presentad[oa]s? ante)\s+",
    re.I,
)
_WEAK_OWNER = re.compile(r"\b(?:de|del|of|in|en|from)\s+", re.I)


def document_owners(text: str) -> list[tuple[str, bool]]:
    """The owner phrases after a document noun in ``text``: (phrase, strong), strong first."""
    owners: list[tuple[str, bool]] = []
    for pattern, strong in ((_STRONG_OWNER, True), (_WEAK_OWNER, False)):
        for m in pattern.finditer(text):
            if _OBTAINED.search(text[: m.start()]):
                continue  # "Court documents reviewed by InSight Crime": read, not written, by it
            phrase = _OWNER_END.split(text[m.end() :])[0].strip()
            if phrase:
                owners.append((phrase, strong))
    return owners


# Who read or obtained a document is not its owner.
_OBTAINED = re.compile(
    r"\b(?:obtained|reviewed|seen|accessed|analy[sz]ed|examined|cited|quoted|leaked|consulted|"
    r"hacked|stolen|(?:obtenid|revisad|consultad|vist|analizad|examinad|citad|filtrad|conocid|"
    r"hackead|robad)[oa]s?)\s*$",
    re.I,
)


# Where an owner's name ends: "a count by The Equator Desk based on court files".
_OWNER_END = re.compile(
    r"\s+(?:based on|basad[oa]s? en|con base en|using|with|que|which|that|who|about|sobre|"
    r"according|seg[uú]n|on the basis|obtained|reviewed|seen|leaked|"
    r"hacked|(?:obtenid|revisad|consultad|vist|filtrad|conocid|hackead)[oa]s?)\b",
    re.I,
)


def court_document(noun: str, text: str) -> bool:
    """True for an accusation, complaint or expediente before a court or prosecutors."""
    return _COURT_DOCUMENT.match(noun) is not None and COURT_WORDS.search(text) is not None


# A police or military rank before a name or a force acronym: "general PNP Augusto Ramírez",
# "el coronel Juan Pérez", "Capt. Ana Ruiz", "Lt. Col. Marco Díaz" (not the adjective "general").
# Literal words a rank or an official record needs (tested on the lower-cased span first).
RANK_HINTS = re.compile(
    r"general|coronel|teniente|capit|comandante|mayor|sargento|cabo|oficial|alf[eé]rez|"
    r"almirante|brigadier|comisario|inspector|intendente|\.|captain|lieutenant|commander|major"
)
RECORD_HINTS = re.compile(r"ofici|official")
RANK_BEFORE_NAME = re.compile(
    r"(?:\b(?:general|coronel|teniente(?:\s+coronel)?|subteniente|capit[aá]n(?:\s+de\s+"
    r"(?:nav[ií]o|fragata|corbeta))?|comandante|mayor|sargento(?:\s+(?:primero|segundo))?|cabo|"
    r"suboficial|alf[eé]rez|almirante|vicealmirante|contralmirante|brigadier|comisario|"
    r"subcomisario|inspector|subinspector|intendente)"
    r"|\b(?:Gen|Brig|Col|Lt|Capt|Maj|Sgt|Cmdr|Cmdt|Adm|Cpl|Insp|Supt)\.(?:\s+(?:Gen|Col)\.)?"
    r"|\b(?:Captain|Lieutenant(?:\s+Colonel)?|Sergeant|Commander|Major|Coronel|Capit[aá]n|"
    r"Comandante|Teniente|Sargento|Almirante)(?=\s+(?:[A-Z]{2,5}\s+)?[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\s+"
    r"[A-ZÁÉÍÓÚÑ]))"
    r"\s+(?:(?:[A-Z]{2,5}|FF\.\s?AA\.)\s+)?(?!League|Crimes)[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+"
)

# Custody places: "a gang member I interviewed in a Peruvian prison", "un pandillero en el penal
# de Ilopango".
_CUSTODY_PLACE = re.compile(
    r"\b(?:in|inside|from|at|en|desde|dentro de|de|del)\s+(?:(?:a|an|the|un|una|el|la|los|las)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:prison|prisons|jail|penitentiary|c[aá]rcel|penal|penales|"
    r"prisi[oó]n|reclusorio|penitenciar[ií]a|centro penitenciario|centro de reclusi[oó]n|"
    r"centro de readaptaci[oó]n|cereso)\b",
    re.I,
)
_MEMBER = re.compile(
    r"\b(?:members?|miembros?|integrantes?|leaders?|boss|cabecillas?|l[ií]der(?:es)?|"
    r"operators?|operador(?:es)?|hitman|sicarios?|pandiller[oa]s?|marer[oa]s?|gang\w*|"
    r"intern[oa]s?)\b",
    re.I,
)


# Serving a sentence: "a cartel member serving a 20-year sentence", "que cumple una condena".
_SERVING = re.compile(
    r"\b(?:serving\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:sentence|term|years)|"
    r"(?:cumple|cumpl[ií]a|purga|purgaba)\s+(?:una\s+)?(?:[\w-]+\s+){0,2}?(?:condena|pena|"
    r"sentencia))\b",
    re.I,
)


_CUSTODY_HINTS = re.compile(
    r"prison|jail|penal|c[aá]rcel|reclus|penitenc|cereso|readaptaci|serving|cumpl|purga"
)


def in_custody_place(span: str) -> str | None:
    """Where a group member written in ``span`` is held ("in a Peruvian prison"), or the sentence
    they serve ("serving a 20-year sentence")."""
    lowered = span.lower()
    if _CUSTODY_HINTS.search(lowered) is None:
        return None  # none of the words a custody form needs
    serving = _SERVING.search(span)
    if serving is not None:
        return serving.group(0)
    place = _CUSTODY_PLACE.search(span)
    if place is None or _MEMBER.search(span[: place.start()]) is None:
        return None
    return place.group(0)


def sentence_tail(span: str, sentence: str, cue: str | None = None) -> str:
    """The words after ``span`` in ``sentence`` up to the next comma, semicolon or quote (where a
    document's owner or a court stands: "... en 2021 ante una corte federal")."""
    start = sentence.find(span) if span else -1
    if start < 0:
        return ""
    rest = sentence[start + len(span) :]
    at = rest.lower().find(cue.lower()) if cue else -1
    rest = rest[:at] if at >= 0 else rest  # "Informes de X señalan que ...": not past the verb
    return _TAIL_END.split(rest, maxsplit=1)[0][:160]


_TAIL_END = re.compile(r"[,;:“”«»\"()]|\.\s|\.$|\s(?:que|that|which|who)\b", re.I)


_ASIDE_AFTER = re.compile(r"^\s*,\s*((?:who|que|quien|quienes)\b[^“”«»\"]{3,200})", re.I)


def aside_after(span: str, sentence: str) -> str | None:
    """A relative clause right after ``span`` (", who asked that his name not be used ...")."""
    start = sentence.find(span) if span else -1
    if start < 0:
        return None
    found = _ASIDE_AFTER.match(sentence[start + len(span) :])
    return found.group(1).strip() if found is not None else None


# A message word as the subject of an act that is not speech: "The video was filmed in 2021",
# "la manta fue retirada": the sentence describes the message; it does not quote it.
_INERT_AFTER_MESSAGE = re.compile(
    r"^\W*(?:[\w-]+\s+){0,4}?(?:was|were|has been|have been|had been|is|are|fue|fueron|ha sido|"
    r"han sido|hab[ií]a sido|hab[ií]an sido)\s+(?:\w+\s+)?"
    r"(?:filmed|recorded|shot|taken down|removed|deleted|edited|made|produced|dated|aimed|"
    r"directed|(?:grabad|filmad|retirad|eliminad|borrad|editad|realizad|descolgad|dirigid)"
    r"[oa]s?)\b",
    re.I,
)
# Footage whose verb is "shows" however long its subject: "A series of videos posted by an
# account that identifies itself with X shows young men ..." (the author describes it).
_SHOWS_AFTER = re.compile(
    r"^[^,;:.“”«»\"]{0,140}?\b(?:shows?|showed|muestra|muestran|mostr[oó]|mostraron)\b", re.I
)
_QUOTE_OR_COLON = re.compile(r"[:“”«»\"]")


def inert_message(text: str, message_end: int) -> bool:
    """True when the message word ending at ``message_end`` is the subject of a non-speaking act
    and the sentence quotes nothing."""
    if _QUOTE_OR_COLON.search(text):
        return False
    rest = text[message_end:]
    return _INERT_AFTER_MESSAGE.match(rest) is not None or _SHOWS_AFTER.match(rest) is not None


# A speaker who addresses the judge or the court at a hearing is the defendant: "X told the
# judge he had kept ledgers", "X le dijo al juez que".
_TOLD_COURT = re.compile(
    r"^\s*(?:told|tells|(?:le\s+)?dijo\s+al?|(?:le\s+)?explic[oó]\s+al?|(?:le\s+)?asegur[oó]\s+al?)"
    r"\s+(?:the\s+|la\s+|el\s+)?(?:federal\s+)?(?:judge|court|juez|jueza|tribunal|corte|"
    r"magistrad[oa])\b",
    re.I,
)


def told_the_court(span: str, sentence: str) -> bool:
    """True when ``span`` is followed in ``sentence`` by "told the judge" or its forms."""
    start = sentence.find(span) if span else -1
    return start >= 0 and _TOLD_COURT.match(sentence[start + len(span) :]) is not None


# A sentence set in someone's formal statement to the authorities: "En su declaración
# ministerial, el joven habría señalado", "In his statement to prosecutors, the driver said".
IN_STATEMENT = re.compile(
    r"^\W*(?:en\s+su\s+(?:declaraci[oó]n|confesi[oó]n)(?:\s+ministerial|\s+ante\s+[^,]{3,40})?|"
    r"in\s+(?:his|her|their)\s+(?:statement|testimony|confession)\s+to\s+(?:the\s+)?"
    r"(?:prosecutors?|investigators|police|agents|the court))\s*,",
    re.I,
)
# A neutral pronoun as the span: "según lo que ha salido en la prensa", "according to what
# police said": the relative clause says whose it is.
NEUTRAL_PRONOUN = re.compile(r"^\s*(?:lo|lo que|what|eso|esto|that)\s*$", re.I)


_RELATIVE_AFTER = re.compile(r"^\s*,?\s*((?:who|que|quien|quienes)\b[^,;:“”«»\"]{3,120})", re.I)


def relative_after(span: str, sentence: str) -> str | None:
    """The relative clause right after ``span`` ("who served four years in prison")."""
    start = sentence.find(span) if span else -1
    if start < 0:
        return None
    found = _RELATIVE_AFTER.match(sentence[start + len(span) :])
    return found.group(1).strip() if found is not None else None


# Moved from _source_type.py (session 3): forms used by classify_source.
_MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "setiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ]
)


# Spanish "el mayor de ellos", "la mayor parte": the eldest, the largest, not an English mayor.
_SPANISH_MAYOR = re.compile(r"\b(?:el|la|los|las|un|una|su|sus|lo|m[aá]s)\s+$", re.I)


def _official_role(span: str) -> Span | None:
    """The first official role word in ``span``, leaving out Spanish "mayor" (older, larger)."""
    official = lexicon().official
    role = official.search(span)
    if role is None or fold(role.text).lower() != "mayor":
        return role
    for role in official.finditer(span):
        if fold(role.text).lower() == "mayor" and _SPANISH_MAYOR.search(span[: role.start]):
            continue
        return role
    return None


# A definite private body, named before and now referred to by its kind: "La empresa minera",
# "the company", "el sindicato" (an indefinite "una empresa" stays unnamed).
_DEFINITE_PRIVATE = re.compile(
    r"^\W*(?:the|la|el|this|esta|este|dicha|dicho)\s+(?:[a-z]+\s+)?(?:company|firm|mining company|"
    r"shipping company|empresa|compa[nñ][ií]a|minera|naviera|association|asociaci[oó]n|union|"
    r"sindicato|chamber|c[aá]mara|cooperative|cooperativa|bank|banco|airline|aerol[ií]nea|"
    r"exporter|exportadora|transportista|l[ií]nea de autobuses|bus company)"
    r"(?:\s+[a-záéíóúñ]+)?\s*$",
    re.I,
)


# Media of a country: "Mexican media", "Colombian press reports", "Honduran newspapers".
_NATIONAL_MEDIA = re.compile(
    r"\b[A-Z][a-z]+(?:an|ian|ese|ish|ic|i)\s+(?:news\s+)?(?:media|press|newspapers|outlets|"
    r"television|TV|broadcasters)\b"
)


def _national_media(span: str) -> Span | None:
    found = _NATIONAL_MEDIA.search(span)
    return Span(found.start(), found.end(), found.group(0)) if found is not None else None


# One unnamed person and a place: "a businessman in Culiacán", "un empresario de Zamora".
_SOMEONE_IN_PLACE = re.compile(
    r"^\W*(?:[Aa]n?|[Oo]ne|[Uu]n|[Uu]na)\s+((?:[a-záéíóúñ-]+\s+){0,2}?[a-záéíóúñ-]+)\s+"
    r"(?:in|from|of|near|de|del|en|cerca de)\s+((?:la\s+|el\s+|the\s+)?"
    r"[A-ZÁÉÍÓÚÑ][\w-]+(?:\s+(?:de\s+|del\s+)?[A-ZÁÉÍÓÚÑ][\w-]+){0,3})\s*$"
)

_QUOTED_BY = re.compile(
    r"\b(?:quoted|cited|citad[oa]s?|mencionad[oa]s?)\s+(?:by|por|en)\s+(.+)$", re.I
)

# What makes an institute public: "Instituto Nacional de Migración", "National Migration
# Institute", "Instituto Mexicano del Seguro Social", "Instituto Electoral del Estado".
_PUBLIC_INSTITUTE = re.compile(
    r"\b(?:Nacional|National|Estatal|State|Federal|Municipal|P[uú]blic[oa]?|Public|Mexican[oa]?|"
    r"Colombian[oa]|Peruan[oa]|Salvadoreñ[oa]|Hondureñ[oa]|Guatemaltec[oa]|Ecuatorian[oa]|"
    r"Venezolan[oa]|Chilen[oa]|Argentin[oa]|Brasileñ[oa]|Costarricense|Panameñ[oa]|"
    r"Nicaragüense|Dominican[oa]|Bolivian[oa]|Paraguay[oa]|Uruguay[oa]|del Estado|"
    r"Penitenciari[oa]|Electoral|Forense|Medicina Legal|Migraci[oó]n|Migration|Seguro Social|"
    r"Estad[ií]stica|Statistics|Geograf[ií]a|Judicial|Police|Polic[ií]a|Penitentiary)\b"
)

# A nationality adjective before a lower-case noun is not a name: "a Brazilian trafficking
# group", "Colombian prosecutors" ("Morgan said" has no noun after it).
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|ean|can|ese|ish|ino|ina|ano|ana)$")

# An unnamed person described by what they were: "A former pilot who flew for ...", "un ex
# chofer de la línea".
_FORMER_SOMEONE = re.compile(
    r"^\W*(?:[Aa]n?|[Oo]ne|[Uu]n|[Uu]na)\s+(?:former|ex|retired|onetime|antigu[oa])[\s-]+"
    r"[a-záéíóúñ]+\b"
)
_TESTIFIED = re.compile(r"^(?:testif\w+|testific\w+|atestigu\w+)$")
_READING = re.compile(
    r"\b(?:reading\s+(?:from|out|aloud|a)|reads\s+(?:from|out|aloud)|leyendo|que\s+lee|"
    r"lee\s+(?:un|una)\s+(?:mensaje|comunicado|texto|hoja))\b",
    re.I,
)

# What a document is about, or where it comes from, is not who wrote it.
_ABOUT = re.compile(r"^\s+(?:on|about|into|regarding|sobre|acerca de|en torno a)\b", re.I)
_FROM_PLACE = re.compile(
    r"^\s+(?:from|in|en|desde)\s+[A-ZÁÉÍÓÚÑ][\w-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w-]+)?\s*$"
)
