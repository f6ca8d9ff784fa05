"""The scorer's word lists (package data ``data/lexicon.toml``) compiled into matchers."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from scoring._errors import ScoringError

__all__ = ["Lexicon", "Phrases", "Span", "fold", "hints", "lexicon"]

_FOLD = str.maketrans(
    "áéíóúüñàèìòùâêîôûäëïöÁÉÍÓÚÜÑÀÈÌÒÙÂÊÎÔÛÄËÏÖ’‘`´“”«»„",
    'aeiouunaeiouaeiouaeioAEIOUUNAEIOUAEIOUAEIO\'\'\'\'"""""',
)


def hints(*words: str) -> re.Pattern[str]:
    """Literal words as one pattern: a cheap test before a costly one (search lower-cased text)."""
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Fold accents and typographic quotes one character for one, so offsets stay valid."""
    return text.translate(_FOLD)


@dataclass(frozen=True, slots=True)
class Span:
    """A match: offsets into the original text and the words as found."""

    start: int
    end: int
    text: str


_END = ""
_SPECIAL = (r"\s+", r"\w*")


def _entry_units(entry: str, *, fold_case: bool) -> list[str]:
    """An entry as regex units: one escaped character each, ``\\s+`` between words, ``\\w*``
    for a trailing ``*``."""
    units: list[str] = []
    for i, word in enumerate(fold(entry).split()):
        if i:
            units.append(r"\s+")
        star = word.endswith("*")
        word = word[:-1] if star else word
        units.extend(re.escape(c.lower() if fold_case else c) for c in word)
        if star:
            units.append(r"\w*")
    return units


def _trie_pattern(node: dict[str, Any]) -> str:
    """One regex for a trie of entries: shared prefixes matched once, longer entries first (a
    large alternation of literals is several times slower to search)."""
    alternatives = [
        unit + _trie_pattern(child)
        for unit, child in sorted(node.items(), key=lambda kv: kv[0] in _SPECIAL)
        if unit != _END
    ]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return f"(?:{body})?" if _END in node else body


def _is_acronym(entry: str) -> bool:
    letters = [c for c in entry if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in entry


_WORD = re.compile(r"[\w-]+")
_NOT_WORD = re.compile(r"[^\w-]")


@functools.lru_cache(maxsize=8)  # the sentence in hand: every word list asks for its words
def _words(folded: str) -> frozenset[str]:
    """The distinct lower-cased words of a folded text (the tokens a match can start at)."""
    return frozenset(_WORD.findall(folded.lower()))


def _anchors(entries: list[str]) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """One word each entry cannot match without (its longest whole word, else the prefix of a
    ``word*``), so a text holding none of them is answered without running the regexes; None
    when some entry has no word at all."""
    whole: set[str] = set()
    prefixes: set[str] = set()
    for entry in entries:
        full: list[str] = []
        partial: list[str] = []
        for word in fold(entry).lower().split():
            star = word.endswith("*")
            parts = [part for part in _NOT_WORD.split(word.rstrip("*")) if part]
            if star and parts:
                partial.append(parts.pop())
            full.extend(parts)
        if full:
            whole.add(max(full, key=len))
        elif partial:
            prefixes.add(max(partial, key=len))
        else:
            return None
    return frozenset(whole), tuple(sorted(prefixes))


class Phrases:
    """Case- and accent-insensitive whole-word matcher for phrases; acronyms match as written."""

    def __init__(self, entries: list[str], *, case_sensitive: list[str] | None = None) -> None:
        self.entries = list(entries)
        exact = [e for e in entries if _is_acronym(e)] + list(case_sensitive or [])
        loose = [e for e in entries if not _is_acronym(e)]
        self._loose = self._compile(loose, re.IGNORECASE)
        self._exact = self._compile(exact, 0)
        self._anchors = _anchors(loose + exact)

    def _may_match(self, folded: str) -> bool:
        """False when ``folded`` lacks every entry's anchor word: the regexes need not run."""
        if self._anchors is None:
            return True
        whole, prefixes = self._anchors
        words = _words(folded)
        if not words.isdisjoint(whole):
            return True
        return bool(prefixes) and any(word.startswith(prefixes) for word in words)

    @staticmethod
    def _compile(entries: list[str], flags: int) -> re.Pattern[str] | None:
        if not entries:
            return None
        trie: dict[str, Any] = {}
        for entry in entries:
            node = trie
            for unit in _entry_units(entry, fold_case=bool(flags & re.IGNORECASE)):
                node = node.setdefault(unit, {})
            node[_END] = {}
        return re.compile(r"(?<![\w-])" + _trie_pattern(trie) + r"(?![\w-])", flags)

    def finditer(self, text: str, folded: str | None = None) -> list[Span]:
        """Every non-overlapping match in ``text``, in order."""
        folded = fold(text) if folded is None else folded
        found: list[Span] = []
        if not self._may_match(folded):
            return found
        for pattern in (self._loose, self._exact):
            if pattern is None:
                continue
            found.extend(
                Span(m.start(), m.end(), text[m.start() : m.end()])
                for m in pattern.finditer(folded)
            )
        found.sort(key=lambda s: (s.start, -s.end))
        kept: list[Span] = []
        for span in found:
            if kept and span.start < kept[-1].end:
                continue
            kept.append(span)
        return kept

    def search(self, text: str) -> Span | None:
        """The first (and at one place the longest) match in ``text``, or None."""
        folded = fold(text)
        best: Span | None = None
        if not self._may_match(folded):
            return best
        for pattern in (self._loose, self._exact):
            if pattern is None:
                continue
            m = pattern.search(folded)
            if m is not None and (best is None or (m.start(), -m.end()) < (best.start, -best.end)):
                best = Span(m.start(), m.end(), text[m.start() : m.end()])
        return best

    def starts(self, text: str) -> Span | None:
        """A match at the very start of ``text`` (after spaces and punctuation) or None."""
        stripped = len(text) - len(text.lstrip(" \t\n\"'“‘«¿¡(-—–"))
        span = self.search(text)
        return span if span is not None and span.start == stripped else None


@dataclass(frozen=True)
class Lexicon:
    """Every compiled word list the scorer uses."""

    speech: Phrases
    according_to: Phrases
    agentless: Phrases
    pronouns: frozenset[str]
    not_inverted: frozenset[str]
    hedges: Phrases
    superseded: frozenset[str]
    confirmation: Phrases
    official: Phrases
    official_evidence: Phrases
    official_actions: Phrases
    detainee: Phrases
    confession_cues: frozenset[str]
    outlets: Phrases
    criminal_actors: Phrases
    criminal_heads: frozenset[str]
    criminal_modifiers: Phrases
    messages: Phrases
    message_idioms: Phrases
    named_roles: Phrases
    ngos: Phrases
    anonymous: Phrases
    strong_anonymous: Phrases
    people: Phrases
    persons: Phrases
    belief: frozenset[str]
    institutions: Phrases
    first_hand: Phrases
    calls_to_action: Phrases
    greetings: Phrases
    lang_words: dict[str, frozenset[str]]
    stopwords: frozenset[str]


_STRONG_ANONYMOUS = [
    "sources",
    "a source",
    "source close",
    "fuentes",
    "una fuente",
    "informant",
    "informants",
    "informante",
    "informantes",
    "who asked not to be named",
    "on condition of anonymity",
    "who requested anonymity",
    "who declined to be named",
    "que pidio el anonimato",
    "que pidio no ser identificado",
    "que pidio omitir su nombre",
    "anonymous",
    "anonimo",
    "anonima",
    "unnamed",
    "unidentified",
    "insiders",
    "on condition that",
    "not be named",
    "not be identified",
    "not to be identified",
    "not to be named",
    "reserva de su nombre",
    "omitir su nombre",
    "no dar su nombre",
    "no revelar su nombre",
    "no ser nombrado",
    "no ser nombrada",
    "no ser identificada",
    "el anonimato",
    "give his name",
    "give her name",
    "give their names",
    "reservo su nombre",
    "reserva de identidad",
    "not authorized to speak",
    "not authorised to speak",
    "no autorizado para hablar",
    "no está autorizado",
    "no quiso dar su nombre",
    "did not want to give",
    "declined to give",
    "declined to be identified",
    "no quiso identificarse",
    "prefirió no identificarse",
    "rights groups",
    "human rights groups",
    "organizaciones de derechos humanos",
    "no ser identificad",
    "anonimato",
    "intelligence reports",
    "intelligence documents",
    "informes de inteligencia",
    "reportes de inteligencia",
    "leaked documents",
    "documentos filtrados",
    "source",
    "police source",
    "security source",
    "use his name",
    "use her name",
    "use their names",
    "usar su nombre",
    "publicar su nombre",
    "se publicara su nombre",
    "se publique su nombre",
    "se revelara su nombre",
    "se mencionara su nombre",
    "se usara su nombre",
    "no fuera identificad",
    "no ser citado",
    "no ser citada",
    # 2026-11-22 session 3: more anonymity asides
    "name not be used",
    "names not be used",
    "name be withheld",
    "name withheld",
    "not to be quoted",
    "not authorized to discuss",
    "not authorised to discuss",
    "not authorized to comment",
    "on background",
    "for fear of reprisals",
    "fearing reprisals",
    "reservar su nombre",
    "reservar su identidad",
    "no ser citados",
    "no está facultado",
    "no está facultada",
    "no estar facultado",
    "no estar autorizado",
    "no autorizada para hablar",
    "sin autorización para hablar",
    "por temor a represalias",
    "persona cercana",
    "personas cercanas",
    "familiar with the",
    "facebook groups",
    "grupos de facebook",
    "whatsapp groups",
    "grupos de whatsapp",
    "telegram groups",
    "grupos de telegram",
    "social media users",
    "usuarios de redes",
    "por miedo a represalias",
    "no ser mencionado",
    "no ser mencionada",
    "not be mentioned",
    "not to be mentioned",
    "name not be published",
    "names not be published",
    "nombre fue cambiado",
    "nombre ha sido cambiado",
    "name has been changed",
    "name was changed",
    "not her real name",
    "not his real name",
    "no es su nombre real",
    "nombre ficticio",
    "pseudonym",
    "seudónimo",
]


def _lower_set(entries: list[str]) -> frozenset[str]:
    return frozenset(fold(e).lower() for e in entries)


@functools.cache
def lexicon() -> Lexicon:
    """Load and compile ``scoring/data/lexicon.toml`` once per process."""
    try:
        raw = resources.files("scoring").joinpath("data/lexicon.toml").read_text(encoding="utf-8")
        data = tomllib.loads(raw)
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise ScoringError(f"cannot load the scoring lexicon: {err}") from err
    cues, hedges, sources, non_claims = (
        data["cues"],
        data["hedges"],
        data["sources"],
        data["non_claims"],
    )
    return Lexicon(
        speech=Phrases(cues["speech"]),
        according_to=Phrases(cues["according_to"]),
        agentless=Phrases(cues["agentless"]),
        pronouns=_lower_set(cues["pronouns"]),
        not_inverted=_lower_set(cues["not_inverted"]),
        hedges=Phrases(hedges["words"], case_sensitive=hedges["case_sensitive"]),
        superseded=_lower_set(hedges["superseded_by_confirmation"]),
        confirmation=Phrases(hedges["confirmation"]),
        official=Phrases(sources["official"], case_sensitive=sources["official_names"]),
        official_evidence=Phrases(sources["official_evidence"]),
        official_actions=Phrases(sources["official_actions"]),
        detainee=Phrases(sources["detainee"]),
        confession_cues=_lower_set(sources["confession_cues"]),
        outlets=Phrases(sources["outlets"], case_sensitive=sources["outlet_names"]),
        criminal_actors=Phrases(
            sources["criminal_actors"], case_sensitive=sources["criminal_names"]
        ),
        ngos=Phrases([], case_sensitive=sources["ngos"]),
        criminal_heads=_lower_set(sources["criminal_heads"]),
        criminal_modifiers=Phrases(sources["criminal_modifiers"]),
        messages=Phrases(sources["messages"]),
        message_idioms=Phrases(sources["message_idioms"]),
        named_roles=Phrases(sources["named_roles"]),
        anonymous=Phrases(sources["anonymous"]),
        strong_anonymous=Phrases(_STRONG_ANONYMOUS),
        people=Phrases(sources["people"]),
        persons=Phrases(sources["persons"]),
        belief=_lower_set(sources["belief"]),
        institutions=Phrases(sources["institutions"]),
        first_hand=Phrases(sources["first_hand"]),
        calls_to_action=Phrases(non_claims["calls_to_action"]),
        greetings=Phrases(non_claims["greetings"]),
        lang_words={k: _lower_set(v) for k, v in data["lang"].items()},
        stopwords=_lower_set(data["corroboration"]["stopwords"]),
    )
