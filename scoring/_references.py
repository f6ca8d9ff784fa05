"""References back: "the young man", "la defensora", "the 84-page report" after the source the
page named before, and the word forms that tell a person's role from a noun."""

from __future__ import annotations

import functools
import re

from scoring._attribution_forms import (
    _DEFINITE_ROLE,
    _GENERIC_PERSON,
    _NAMED_KINDS,
    _PERSON_ROLES,
)
from scoring._lexicon import fold, lexicon
from scoring._models import SourceType
from scoring._source_memory import SourceMemory
from scoring._source_names import proper_name
from scoring._spans import is_bare_name

__all__ = ["_accented_acts", "_definite_back", "_role_back", "appositive_is_name"]


def _definite_back(subject: str, memory: SourceMemory) -> tuple[SourceType, str, str] | None:
    """ "The young man" after "a young man arrested in Cajeme": the source named just before."""
    match = re.match(r"^\s*(?:the|el|la|los|las)\s+(.{3,40})$", fold(subject), re.I)
    if match is None or memory.last_span is None:
        return None
    head = match.group(1).lower().strip()
    last = fold(memory.last_span[1]).lower()
    modifiers = r"(?:[a-z]+\s+){0,2}"  # "a former pilot who flew ..." then "the pilot"
    if re.match(r"^(?:an?|one|un|una|uno)\s+" + modifiers + re.escape(head) + r"\b", last):
        return memory.last_span
    if memory.last_span[0] is SourceType.CONFESSION and head.split()[-1] in _GENERIC_PERSON:
        return memory.last_span  # "uno de los capturados confesó ... el joven habría señalado"
    return None


@functools.cache
def _accented_acts() -> frozenset[str]:
    """Official acts written with a final accent ("registró"): the unaccented word is a noun."""
    return frozenset(e.lower() for e in lexicon().official_actions.entries if e.endswith("ó"))


def appositive_is_name(appositive: str | None) -> bool:
    """True when the words beside a subject are a bare name ("One of them, Jesús Almeida,")."""
    return bool(appositive) and is_bare_name(appositive or "")


def _role_back(span: str, memory: SourceMemory) -> tuple[SourceType, str, str] | None:
    """ "Según la defensora", "the activist added": a definite, unnamed role right after a named
    person was quoted is that person (a new, unknown speaker would come with "a"/"un")."""
    if _DEFINITE_ROLE.match(span) is None or memory.last_span is None:
        return None
    if span.rstrip().endswith("s"):
        return None  # "the doctors said": a group, not the one person named before
    words = fold(span).lower().split()
    lex = lexicon()
    if (
        not _PERSON_ROLES.intersection(words[1:])
        and lex.named_roles.search(span) is None
        and lex.official.search(span) is None
    ):
        return None  # "The family claimed ...", "The utility said": not a person's role
    kind, name, evidence = memory.last_span
    if kind not in _NAMED_KINDS or proper_name(name) is None:
        return None
    return kind, name, evidence
