"""How a span names someone: proper names, a title before a name, capitals that only open a
sentence."""

from __future__ import annotations

import re

from scoring._lexicon import Span, fold, lexicon
from scoring._type_forms import _DEMONYM

__all__ = ["proper_name", "titled_name"]


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

_DETERMINER = re.compile(
    r"^\s*(?:the|a|an|some|several|two|three|four|five|six|seven|eight|nine|ten|many|el|la|los|"
    r"las|un|una|unos|unas|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\d+)\s+",
    re.I,
)


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


def _people_after_modifier(span: str) -> Span | None:
    """ "Dock workers interviewed by Wire", "Transportadores de Tibú": people after one word."""
    words = _drop_determiner(span).split()
    if len(words) < 2:
        return None
    found = lexicon().people.starts(" ".join(words[1:]))
    return found if found is not None and not words[1][:1].isupper() else None


def _drop_determiner(span: str) -> str:
    return _DETERMINER.sub("", span, count=1)
