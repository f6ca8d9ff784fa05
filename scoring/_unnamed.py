"""Unnamed people who speak: "a cousin who works on a tuna boat told me", "una vecina contó".

Word lists cannot name every kind of person a reporter quotes (cousins, drivers, a woman of 60).
When the subject of a verb only people use opens with an indefinite determiner and holds no
capitalised name, the speaker is a person left unnamed: an anonymous source.
"""

from __future__ import annotations

import re

from scoring._attribution_forms import _SIGNED
from scoring._lexicon import fold
from scoring._models import SourceType
from scoring._source_memory import Typed

# verbs of saying that only people (not documents, data or events) do
_HUMAN_CUES = frozenset(
    {
        "said", "told", "explained", "explains", "recalled", "recalls",
        "recounted", "added", "insisted", "admitted", "complained", "described", "put it",
        "dijo", "dijeron", "conto", "contaron",
        "relato", "relataron", "relata", "explico", "explicaron", "agrego", "anadio",
        "recordo", "comento", "comentaron", "aseguro", "aseguraron", "afirmo", "afirmaron",
        "narro", "narraron", "lamento", "denuncio", "denunciaron", "coinciden en que",
        "coincidieron en que", "agree that", "agreed that", "conto que", "contaron que",
        "conto a", "contaron a", "describio", "describieron", "resumio", "lo resumio",
    }
)  # fmt: skip
_INDEFINITE = re.compile(
    r"^\W*(?i:a|an|one|another|some|several|two|three|four|many|"
    r"un|una|unos|unas|otro|otra|algunos|algunas|varios|varias|dos|tres|cuatro|muchos|muchas)"
    r"\s+[a-záéíóúñü]",
)
_CAPITAL_INSIDE = re.compile(r"\s[A-ZÁÉÍÓÚÑ]")
# things that "say" in reporting: documents, messages, recordings, studies
_THING = re.compile(
    r"\b(?:letter|note|report|study|survey|audit|document|memo|message|video|audio|recording|"
    r"post|text|sign|banner|statement|record|file|analysis|poll|carta|nota|informe|reporte|"
    r"estudio|encuesta|auditor[ií]a|documento|mensaje|video|audio|grabaci[oó]n|publicaci[oó]n|"
    r"texto|letrero|manta|comunicado|expediente|an[aá]lisis|sondeo)s?\b",
    re.IGNORECASE,
)


def unnamed_speaker(subject: str, cue: str) -> bool:
    """True when ``subject`` is an unnamed person speaking with a verb only people use."""
    if fold(cue).lower() not in _HUMAN_CUES:
        return False
    words = subject.split()
    if not 2 <= len(words) <= 14:
        return False
    if _INDEFINITE.match(subject) is None or _CAPITAL_INSIDE.search(subject) is not None:
        return False
    return _THING.search(" ".join(words[:3])) is None


# "Dockworkers interviewed by Andean Wire", "conductores consultados por este diario": the people
# speak; the outlet only asked them
_INTERVIEWED_BY = re.compile(
    r"\s+(?:(?:who\s+)?(?:were\s+)?(?:interviewed|contacted|consulted|reached|quoted)\s+by|"
    r"(?:who\s+)?spoke\s+(?:to|with)|(?:que\s+)?(?:hablaron|conversaron)\s+con|"
    r"(?:entrevistad|consultad|contactad|citad)[oa]s?\s+(?:por|para)|"
    r"interviewed\s+for)\s+.+$",
    re.IGNORECASE,
)
# "my Spanish teacher", "su mamá", "a friend of mine": someone the writer or a source knows,
# not named
_POSSESSED = re.compile(
    r"^\W*(?i:(?:en|in|on|el|last|this|ayer|hoy)\s+\w+\s+)?"
    r"((?i:my|mi|mis|su|sus|his|her|their|our|nuestro|nuestra|nuestros|nuestras)"
    r"(?:\s+[\wáéíóúñü]+){0,2}\s+[a-záéíóúñü][\wáéíóúñü]*)$"
)


_CIRCULATING_VERSION = re.compile(
    r"^\W*(?:una|uno|otra|otro|one|another)\s+(?:de\s+(?:las|los)|of\s+the)\s+(?:\w+\s+)?"
    r"(?:versiones|publicaciones|cadenas|mensajes|posts|versions|messages|rumou?rs|rumores)\b",
    re.I,
)


_KIN_OPENING = re.compile(
    r"^\W*(?i:my|mi|our|nuestr[oa])\s+(?i:cousin|brother|sister|uncle|aunt|husband|wife|son|"
    r"daughter|neighbou?r|friend|primo|prima|hermano|hermana|t[ií]o|t[ií]a|esposo|esposa|"
    r"marido|hijo|hija|vecino|vecina|amigo|amiga|compadre|comadre|cuñad[oa])\b(?!['’]s)"
    r"(?!\s+[A-ZÁÉÍÓÚÑ])"  # "My neighbor Rodolfo": named
)


def unnamed_subject(subject: str) -> tuple[Typed, str] | None:
    """An unnamed person or group by its form, and the words that name it: people an outlet
    interviewed ("Dockworkers interviewed by Andean Wire"), or someone's kin ("su mamá")."""
    asked = _INTERVIEWED_BY.search(subject)
    if asked is not None:
        people = subject[: asked.start()].strip()
        words = people.split()
        if 1 <= len(words) <= 6 and not _CAPITAL_INSIDE.search(" " + " ".join(words[1:])):
            evidence = f"unnamed '{people}' {asked.group(0).strip()}"
            return Typed(SourceType.ANONYMOUS_SOURCE, evidence), subject.strip()
        return None
    if _CIRCULATING_VERSION.match(subject):
        # "Una de las versiones más compartidas, con 9 mil reacciones, afirma": nobody signs it
        return Typed(
            SourceType.ANONYMOUS_SOURCE, f"circulating '{subject.strip()}'"
        ), subject.strip()
    kin = _KIN_OPENING.match(subject)
    if kin is not None:  # "My cousin just called from the highway and says": a relative
        return Typed(SourceType.ANONYMOUS_SOURCE, f"unnamed '{kin.group(0)}'"), kin.group(0)
    possessed = _POSSESSED.match(subject)
    if possessed is None:
        return None
    span = subject[possessed.start(1) :].strip()
    return Typed(SourceType.ANONYMOUS_SOURCE, f"unnamed '{span}'"), span


# Footage nobody signed, shown on social media: "Images on social media appear to show ...",
# "A video shared on TikTok claims to show ...": unverified, so anonymous, not the author's.
_SOCIAL_FOOTAGE = re.compile(
    r"^\W*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\W*)?(?:images?|videos?|photos?|footage|clips?|"
    r"an? video|an? clip|im[aá]genes|fotos|fotograf[ií]as|un video|videos)\b[^.;]{0,90}?"
    r"\b(?:social media|social networks|redes sociales|tiktok|facebook|whatsapp|telegram|x)\b"
    r"[^.;]{0,40}?\b(?:appears? to show|claims? to show|purports? to show|seems? to show|"
    r"parecen? mostrar|dicen? mostrar|muestran?|show|shows)\b",
    re.IGNORECASE,
)


def unsigned_footage(text: str) -> bool:
    """Footage on social media that "appears to show" something, with nobody named as its
    source ("released by the Gulf Cartel" names one)."""
    return _SOCIAL_FOOTAGE.match(text) is not None and _SIGNED.search(text) is None
