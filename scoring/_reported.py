"""Reported-speech patterns added with the hold-out pages (2026-11-22): nested confessions, a
role then a name, "in what X called", leaks, impersonal "dicen que", "told police that"."""

from __future__ import annotations

import re

from scoring._lexicon import lexicon
from scoring._models import SourceType
from scoring._source_memory import Typed
from scoring._source_names import proper_name
from scoring._spans import is_bare_name

__all__ = [
    "IMPERSONAL",
    "IMPERSONAL_START",
    "IN_WHAT_CALLED",
    "LEAKS",
    "ROLE_THEN_NAME",
    "TOLD_INVESTIGATORS",
    "nested_confession",
    "role_then_name",
]

# "in what X called ...", "en lo que X calificó como ...": X names (and so vouches for) the event.
IN_WHAT_CALLED = re.compile(
    r"\b(?:in what|en lo que)\s+([^,;:.\"“”]{3,80}?)\s+(called|described as|termed|labell?ed|"
    r"dubbed|calific[oó]|llam[oó]|describi[oó]|denomin[oó])\b",
    re.I,
)
TOLD_INVESTIGATORS = re.compile(
    r"\s*(?:the\s+)?(?-i:[A-Z]{2,5}\s+)?(?:police|investigators|detectives|prosecutors|"
    r"interrogators|agents|federal agents|officers)\s+"
    r"(?:(?:after|during|following)\s+(?:his|her|their)\s+(?:arrest|detention|questioning)\s+)?"
    r"(?:that|he|she|they)\b",
    re.I,
)
# Leaking is telling without being named: the claim is anonymous whoever leaked it.
LEAKS = frozenset(["leaked", "filtro", "filtraron"])
# Third-person plural with no subject ("Dicen que...", "Cuentan que..."): people say.
IMPERSONAL = frozenset(["dicen", "cuentan que", "comentan", "aseguran que", "dicen que"])
IMPERSONAL_START = re.compile(r"^[\W]*(?:(?:y|pero|ya|también|tambien|aquí|aqui|ahora)\W+)?$", re.I)
# "According to X, the men confessed / told investigators that ...": the suspects speak.
_NESTED_CONFESSION = re.compile(
    r"^[^,;:.]{2,80},\s*((?:[^,;:.]{2,60}?)(?:,\s*(?:identificad[oa]s?\s+como|identified\s+as|"
    r"alias)\s+[^,;:]{2,50},|,\s*(?:an?|un|una)\s+[^,;:.]{2,60}?\b(?:arrested|detained|captured|"
    r"detenid[oa]|capturad[oa])\b[^,;:.]{0,40},)?)\s+(?:(?:also|both|ambos|tambi[eé]n)\s+)?"
    r"(confessed|admitted|confes[oó]|confesaron|admiti[oó]|admitieron|"
    r"reconoci[oó] ante (?:los|las|el|la) (?:agentes|polic[ií]as|investigadores|fiscal\w*|juez)|"
    r"told (?:investigators|prosecutors|police|interrogators|agents|federal agents|detectives)|"
    r"(?:declar[oó]|declararon|dijo|dijeron) ante (?:el|la|los) "
    r"(?:ministerio p[uú]blico|mp|fiscal\w*|juez))\b",
    re.I,
)


# ", Mario Vergara," but not ", Rafael Ochoa, 34," (an age: the name opens the reported clause)
ROLE_THEN_NAME = re.compile(r"^\s*,\s*([^,;:.]{3,50}),(?!\s*\d)")
_PAPERS = re.compile(
    r"\b(?:documents?|records?|filings?|papers|files|documentos?|expedientes?|registros?|"
    r"archivos?|carpetas?)\b",
    re.I,
)


def role_then_name(span: str, name: str) -> bool:
    """ "el vocero del colectivo" then ", Mario Vergara,": a role without a name, then a name."""
    lex = lexicon()
    has_role = lex.official.search(span) is not None or lex.named_roles.search(span) is not None
    papers = _PAPERS.search(span) is not None  # "court documents" speak for no one person
    return has_role and not papers and proper_name(span) is None and is_bare_name(name)


def nested_confession(after_span: str) -> tuple[Typed, str] | None:
    """The suspects' words reported by someone else: "Según la fiscalía, ambos confesaron que"."""
    match = _NESTED_CONFESSION.match(after_span)
    if match is None:
        return None
    subject = match.group(1).strip().rstrip(",").strip()
    lex = lexicon()
    held = lex.detainee.search(subject) is not None  # "dos hombres detenidos el lunes en Tayabamba"
    if lex.official.search(subject) is not None or (proper_name(subject) is not None and not held):
        return None  # "According to X, the prosecutor admitted ...": an official, not a suspect
    return Typed(SourceType.CONFESSION, f"'{match.group(2)}' reported"), subject
