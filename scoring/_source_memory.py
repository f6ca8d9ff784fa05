"""What a document has said about its sources so far, so a surname, a pronoun or "the men"
finds them later."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from scoring._custody_scene import CustodyScene
from scoring._lexicon import fold, lexicon
from scoring._models import SourceType
from scoring._source_media import _OUTLET_INTRO
from scoring._source_names import _CAP, _COMMON_CAPS, _NAME_PARTICLES, _WORD, proper_name

__all__ = ["SourceMemory", "Typed"]


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
    scene: CustodyScene = field(default_factory=CustodyScene)  # men on camera in custody

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
