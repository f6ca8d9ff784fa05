"""Official roles: public bodies, ranks before names, unnamed officers, and roles that no longer
speak for a body (former, private, a defence's clients)."""

from __future__ import annotations

import re

from scoring._lexicon import Span, fold, lexicon
from scoring._source_criminal import find_criminal_actor
from scoring._source_names import _COMMON_CAPS, proper_name, titled_name
from scoring._source_people import _RELATION
from scoring._type_forms import RANK_BEFORE_NAME, RANK_HINTS, _official_role

__all__ = ["PUBLIC_BODY"]


# One or a few unnamed officers ("an officer at the scene", "a state trooper"): by the
# convention an unnamed official is still official (anonymity asides are typed first).
_UNNAMED_OFFICER = re.compile(
    r"^\W*(?:an?|one|the|two|three|several|some|un|una|el|la|los|las|dos|tres|varios|"
    r"algunos)\s+(?:(?:police|army|navy|military|federal|state|"
    r"local|municipal|border|customs|prison|correctional|senior|uniformed|off-duty|veteran|"
    r"patrol)\s+)?(?:officers?|troopers?|deputies|deputy|soldiers?|agents?|commanders?|guards?|"
    r"wardens?|custodios?|custodias?|celador(?:es|as?)?|guardias? penitenciari[oa]s?)\b"
    r"(?!\s+(?:of|for|at)\s+(?:the\s+|a\s+)?(?:company|firm|bank|group|club))",
    re.I,
)

_SPOKES = re.compile(
    r"(?i:spokes(?:man|woman|person)|vocer[oa]|portavoz|president[ea]?|director[a]?)"
)

_PRIVATE_BODY = re.compile(
    r"\b(?:association|asociaci[oó]n|company|empresa|chamber|c[aá]mara|union|sindicato|"
    r"federation|federaci[oó]n|church|iglesia|diocese|di[oó]cesis|cooperative|cooperativa|"
    r"collective|colectivo|gremio|exporters|growers|business|businesses|firm)\b",
    re.I,
)

# A lower-case public body: a public modifier (or a nationality) before an institution noun.
_PUBLIC_BODY = re.compile(
    r"\b(?:state|federal|national|municipal|provincial|regional|city|county|government|"
    r"anti-?drug|anti-?narcotics|penitentiary|prison|immigration|customs|tax|health|security|"
    r"interior|justice|public|[A-Z][a-z]+(?:an|ian|ese|ish))\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:department|secretariat|ministry|agency|directorate|bureau|commission|authority|"
    r"revenue service|tax service|customs service|prison service|police service)\b"
)

PUBLIC_BODY = _PUBLIC_BODY

_POSSESSIVE_OFFICE = re.compile(r"\b[A-ZÁÉÍÓÚÑ][\w-]*['’]s\s+office\b")

# Someone who held a public post and no longer speaks for it: "a former port captain, who worked
# for the navy until 2020", "A Former DEA Analyst", "un exagente de la Policía".
_FORMER_ANY = re.compile(
    r"\b(?:former|ex-|onetime|retired|ex\s+(?:agente|funcionari\w*|comandante|polic[ií]a|"
    r"militar|jefe|fiscal|director\w*)|exagente|exfuncionari\w*|excomandante|expolic[ií]a|"
    r"exmilitar|exjefe|exfiscal|exdirector\w*|retirad[oa])\b|"
    r"\b(?:who|que)\s+(?:worked|served|trabaj[oó]|sirvi[oó])\s+(?:for|in|with|en|para|con)\b",
    re.I,
)

# A defence speaks for the accused, not for the body they belong to: "La defensa de los policías".
_DEFENCE_OF = re.compile(
    r"\b(?:defensa|defense|defence|lawyers?|attorneys?|abogad[oa]s?)\s+(?:de|del|of|for)\s+"
    r"(?:(?:the|los|las|el|la|a|an|uno de los|one of the)\s+)?$",
    re.I,
)


def _no_longer_official(span: str, appositive: str | None, role: Span) -> bool:
    """True when the role was held before ("former", "ex-", "who worked for") or belongs to the
    people a defence speaks for ("la defensa de los policías")."""
    in_span = span[role.start : role.end] == role.text
    before = span[: role.start] if in_span else (appositive or "")[: role.start]
    if _DEFENCE_OF.search(before) or (in_span and _DEFENCE_OF.search(before)):
        return True
    return _FORMER_ANY.search(before) is not None or (
        not in_span and _FORMER_ANY.search(span) is not None
    )


def _role_in_titled_name(span: str, role: Span) -> bool:
    """True when the role word is part of a name after a lower-case title: "la socióloga Marina
    Ferrante" names a sociologist, not the navy."""
    name = proper_name(span)
    if name is None or not titled_name(span):
        return False
    start = span.rfind(name)
    before = [w for w in span[:start].split() if fold(w).lower() not in _COMMON_CAPS]
    return bool(before) and role.start >= start and lexicon().official.search(span[:start]) is None


def _rank(span: str, described: str, sentence: str) -> Span | None:
    """A police or military rank before a name ("el coronel Juan Pérez", "general PNP X"), unless
    the person commands an armed group ("el comandante X, jefe de las disidencias")."""
    rank = RANK_BEFORE_NAME.search(span) if RANK_HINTS.search(span.lower()) else None
    if rank is None or "alias" in span.lower() or find_criminal_actor(described) is not None:
        return None
    if fold(rank.group(0)).lower().startswith("comandante") and find_criminal_actor(sentence):
        return None
    title = rank.group(0).rsplit(None, 1)[0]  # the rank without the name's first word
    return Span(rank.start(), rank.start() + len(title), title)


def _speaking_role(
    span: str, *, described: str, sentence: str, appositive: str | None
) -> tuple[Span | None, bool, bool]:
    """The public role or body that speaks (in the span or its appositive), with whether a role
    was dropped as a former one and as a private body's spokesperson."""
    lex = lexicon()
    role = _official_role(span)
    if role is None and appositive and not _RELATION.match(appositive):
        role = lex.official.search(appositive)  # not "defensor de uno de los policías"
    private_spokes = False
    if role is not None and _PRIVATE_BODY.search(described) and _SPOKES.fullmatch(role.text):
        role = None  # "a spokesman for the banana exporters' association": not a public body
        private_spokes = True
    if role is not None and _role_in_titled_name(span, role):
        role = None  # "la socióloga Marina Ferrante": a first name spelled like a body
    former = False
    if role is not None and _no_longer_official(span, appositive, role):
        role, former = None, True  # "a former port captain": speaks for himself
    if role is None:
        body = _PUBLIC_BODY.search(span)  # "the state penitentiary department"
        if body is not None and "news" in body.group(0).lower():
            body = None  # "The Spanish news agency EFE": an outlet
        role = Span(body.start(), body.end(), body.group(0)) if body is not None else None
    if role is None:
        role = _rank(span, described, sentence)  # "general PNP Augusto Ramírez", "Capt. Ana Ruiz"
    if role is None and _POSSESSIVE_OFFICE.search(span):
        role = Span(0, len(span), span.strip())  # "the governor's office", "Aldana's office"
    return role, former, private_spokes
