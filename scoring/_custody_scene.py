"""People on camera in custody: once a page describes a video of detained or bound men, the men
who speak in it ("the first", "el joven", "Edwin") confess; they do not speak freely.

The rules type a speaker by the words around the verb. In a paragraph that describes an
interrogation video the detention is told once ("three men sit on a bench, handcuffed") and
the speakers come after, as ordinals, a young man or a name the man gives himself; alone they
look like named or unnamed people, or, near a group's name, like the group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scoring._attribution_model import Attribution
from scoring._models import SourceType

__all__ = ["CustodyScene", "in_custody_speaker"]

_FOOTAGE = (
    r"(?:video|v[ií]deo|grabaci[oó]n|recording|clip|footage|audio|c[aá]mara|camera|"
    r"filmad[oa]s?|filmed|grabad[oa]s?)"
)
_CUSTODY = (
    r"(?:esposad[oa]s?|handcuffed|maniatad[oa]s?|atad[oa]s?|amarrad[oa]s?|hands tied|"
    r"manos atadas|tied up|bound|detenid[oa]s?|detained|arrestad[oa]s?|arrested|capturad[oa]s?|"
    r"captured|tras su (?:arresto|captura|detenci[oó]n)|after (?:his|their) arrest|in custody|"
    r"bajo custodia|interrogad[oa]s?|interrogated|questioned by|chalecos? que dice)"
)
_SCENE = re.compile(
    rf"\b{_FOOTAGE}\b.*?\b{_CUSTODY}|\b{_CUSTODY}\b.*?\b{_FOOTAGE}\b"
    r"|\b(?:aparecen|appear|sit|se ve a|shows?|muestra)\b[^.]{0,80}\b"
    r"(?:esposad[oa]s|handcuffed|maniatad[oa]s|with (?:their|his) hands tied|con las manos atadas)",
    re.IGNORECASE,
)
# Who speaks in such a scene: an ordinal, a young or older man, one of them, a detainee, or a
# name the man gives himself.
_SPEAKER_WORDS = (
    r"(?:(?:el|la|the|un|una|a|an)\s+)?(?:primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|"
    r"first|second|third|fourth|other|otro|otra|joven|young(?:er)? man|older man|man|hombre|"
    r"muchacho|chico|detenid[oa]|detainee|prisoner|preso|reo|uno de ellos|one of them|"
    r"el mayor|el menor|the younger|the older|el brasileñ[oa]|el colombian[oa]|el hondureñ[oa]|"
    r"el venezolan[oa]|el guatemaltec[oa]|el salvadoreñ[oa]|el mexican[oa])\b"
)
_SPEAKER = re.compile(rf"^\W*{_SPEAKER_WORDS}", re.IGNORECASE)
_GIVES_NAME = re.compile(
    r"\b(?:se identifica como|dice llamarse|dijo llamarse|gives his name as|gave his name as|"
    r"identifies himself as|identified himself as|who calls himself|que se hace llamar)\b",
    re.IGNORECASE,
)
_TURNS = {SourceType.NAMED_SOURCE, SourceType.ANONYMOUS_SOURCE, SourceType.CRIMINAL_GROUP}
_HINTS = (
    "vide",
    "víde",
    "graba",
    "record",
    "clip",
    "footage",
    "audio",
    "cámara",
    "camara",
    "camera",
    "film",
    "esposad",
    "handcuff",
    "maniat",
    "tied",
    "atad",
)
_PARAGRAPHS = 3  # a scene lasts its own paragraph and the two after it


@dataclass
class CustodyScene:
    """The last detention video the page described, and how many paragraphs ago."""

    phrase: str | None = None
    age: int = 0

    def next_paragraph(self) -> None:
        """Age the scene by a paragraph; forget it after ``_PARAGRAPHS``."""
        if self.phrase is not None:
            self.age += 1
            if self.age >= _PARAGRAPHS:
                self.phrase = None

    def see(self, sentence: str) -> None:
        """Remember a sentence that shows people in custody on camera."""
        lowered = sentence.lower()
        if not any(hint in lowered for hint in _HINTS):
            return  # the regex below is slow; most sentences hold none of its words
        found = _SCENE.search(sentence)
        if found is not None:
            self.phrase, self.age = found.group(0)[:80], 0


# A man of the scene speaking with no source the rules could read: "El segundo dice que",
# "The first, a young man ..., says", or a dropped subject, "Cuenta que ...".
_SPEAKS = (
    r"(?:dice|dijo|afirma|reconoce|admite|acepta|cuenta|explica|responde|asegura|relata|"
    r"confiesa|agrega|añade|señala|says|said|admits|confesses|explains|answers|replies|adds|"
    r"tells|told)"
)
_SCENE_TURN = re.compile(rf"^\W*({_SPEAKER_WORDS})[^.;:]{{0,140}}?\b{_SPEAKS}\b", re.I)
_DROPPED = re.compile(rf"^\W*(?:Y\s+|Luego\s+|Then\s+)?{_SPEAKS}\s+(?:que|that)\b", re.I)


def in_custody_speaker(
    scene: CustodyScene, sentence: str, att: Attribution | None, last: str | None
) -> Attribution | None:
    """``att`` as a confession when it is a man speaking in the scene just described; with no
    attribution, a sentence whose subject is such a man, or a dropped subject after ``last``,
    the man who confessed last."""
    if scene.phrase is None:
        return att
    evidence = f"on camera in custody '{scene.phrase}'"
    if att is None:
        turn = _SCENE_TURN.match(sentence)
        if turn is not None:
            return Attribution(SourceType.CONFESSION, turn.group(1), None, evidence)
        if last is not None and _DROPPED.match(sentence):
            return Attribution(SourceType.CONFESSION, last, None, evidence)
        return None
    if att.source_type not in _TURNS:
        return att
    if not (_SPEAKER.match(att.source or "") or _GIVES_NAME.search(sentence)):
        return att
    evidence = f"{evidence}; {att.evidence}"
    return Attribution(SourceType.CONFESSION, att.source, att.cue, evidence, via=att.via)
