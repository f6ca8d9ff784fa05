"""Unnamed people who speak: "a cousin who works on a tuna boat told me", "una vecina contó".

Word lists cannot name every kind of person a reporter quotes (cousins, drivers, a woman of 60).
When the subject of a verb only people use opens with an indefinite determiner and holds no
capitalised name, the speaker is a person left unnamed: an anonymous source.
"""

from __future__ import annotations

import re

from scoring._lexicon import fold

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
        "conto a", "contaron a",
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
