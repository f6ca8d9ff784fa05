"""People who speak from custody (detainees, statements to the authorities) or for themselves:
relatives and defences, asides, circulating posts, one person named by a trade word,
an institution's researchers."""

from __future__ import annotations

import re

from scoring._lexicon import lexicon
from scoring._models import SourceType
from scoring._source_criminal import find_criminal_actor
from scoring._source_media import _outlet
from scoring._source_memory import Typed
from scoring._source_names import _drop_determiner
from scoring._type_forms import IN_STATEMENT, _official_role, in_custody_place, relative_after

# A relative's detention describes the speaker's family, not the speaker.
_KIN = re.compile(
    r"\b(?:lawyer|attorney|counsel|abogad[oa]s?|defensor[a]?|representing|represents|"
    r"whose|cuy[oa]s?|son|daughter|husband|wife|brother|sister|father|mother|hij[oa]s?|"
    r"espos[oa]|herman[oa]|padre|madre|familiar)\b",
    re.I,
)

# A role tied to someone else: "defensor de", "lawyer for", "madre de" (not the speaker's role).
_RELATION = re.compile(
    r"^\s*(?:(?:the|a|an|el|la|un|una|los|las|his|her|their|su|sus)\s+)?(?:defensor\w*|abogad\w*|"
    r"lawyers?|attorneys?|mothers?|fathers?|brothers?|sisters?|sons?|daughters?|wife|wives|"
    r"husbands?|relatives?|madres?|padres?|herman\w+|hij\w+|espos\w+|familiar\w*|vecin\w+|"
    r"neighbou?rs?)\s+(?:de|del|of|for)\b",
    re.I,
)

_DEFENCE_WORD = re.compile(
    r"\s*(?:(?:la|the|su|his|her|their)\s+)?(?:defensa|defense|defence)\b", re.I
)

_DEFENCE_LED_BY = re.compile(
    r"\b(?:a cargo de(?:l| la)?|encabezada por(?: el| la)?|led by|represented by)\s+"
    r"(?:(?:the|el|la)\s+)?(?:abogad[oa]|attorney|lawyer|defensor[a]?)\s+"
    r"([A-ZÁÉÍÓÚÑ][\w-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w-]+)+)"
)

_ASIDE = re.compile(
    r"^\s*(?:(?:and|y)\s+)?(?:who|which|que|quien\w*|among|including|\w+ing|\w+ando|\w+iendo)\b",
    re.I,
)

# Circulating posts and their sharers: "Posts sharing the clip", "Publicaciones en redes".
_POSTS = re.compile(
    r"^\s*(?:(?:the|some|many|several|las|los|algunas|algunos|varias|varios)\s+)?"
    r"(?:(?:social media|viral)\s+)?(?:posts|publicaciones|usuarios|users|internautas)\b",
    re.I,
)

# One person named by a trade word only: "un empacador", "una comerciante", "a packer"
# (an indefinite article, a lower-case noun with a person's ending, an optional place phrase).
_SOMEONE = re.compile(
    r"(?:[Uu]n|[Uu]na|[Aa]n?|[Oo]ne)\s+([a-záéíóúñ]+(?:dor|dora|ero|era|ista|ante|ente|er|or|"
    r"ist|ian|ant))(?:\s+(?:de|del|of|from|in|en)\s+[\w\s]{1,30})?"
)

_NOT_PERSONS = frozenset(
    [
        "letter",
        "poster",
        "flyer",
        "paper",
        "banner",
        "ledger",
        "folder",
        "order",
        "computer",
        "trailer",
        "container",
        "tanker",
        "number",
        "chapter",
        "corner",
        "register",
        "letrero",
        "tablero",
        "sombrero",
        "agujero",
        "paradero",
        "basurero",
        "documento",
        "comunicado",
        "statement",
        "document",
        "report",
        "informe",
        "error",
        "sector",
        "factor",
        "motor",
        "monitor",
        "mirror",
        "calendar",
        "anchor",
        "border",
        "marker",
        "charter",
        "sticker",
    ]
)

_AT_INSTITUTION = re.compile(
    r"\b(?:at|of|from|de la|del|de)\s+(?:the\s+)?(?:University|Universidad|Institute|Instituto|"
    r"College|Colegio|Center|Centro|Observatory|Observatorio)\b"
)


def _detained(span: str, *, sentence: str, appositive: str | None) -> Typed | None:
    """A detainee or someone in custody (in the span, its appositive or a relative clause), or a
    statement to the authorities; relatives and defences speak for themselves."""
    lex = lexicon()
    detainee = lex.detainee.search(span)
    people_first = lex.people.starts(_drop_determiner(span))
    if detainee is not None and (people_first is not None or _RELATION.match(span)):
        # "Madres de jóvenes detenidos", "the defense of the accused": they speak, not detainees
        detainee = None
    if (
        detainee is None
        and appositive
        and lex.official.search(appositive) is None
        and _KIN.search(appositive) is None
    ):
        detainee = lex.detainee.search(appositive)  # "X, who is serving a sentence in Texas,"
    if detainee is None and appositive is None and lex.official.search(span) is None:
        clause = relative_after(span, sentence)  # "A fisherman who served four years in prison"
        if clause is not None and _KIN.search(clause) is None:
            detainee = lex.detainee.search(clause)
    if detainee is None and lex.official.search(span) is None:
        place = in_custody_place(span)  # "a gang member I interviewed in a Peruvian prison"
        if place is not None:
            return Typed(SourceType.CONFESSION, f"in custody '{place}'")
    if detainee is not None:
        return Typed(SourceType.CONFESSION, f"detainee '{detainee.text}'")
    statement = IN_STATEMENT.match(sentence)
    if (
        statement is not None
        and _official_role(span) is None
        and lex.named_roles.search(span) is None  # "la madre de la víctima", "el testigo"
        and _KIN.search(span) is None
        and _outlet(span) is None
        and find_criminal_actor(span) is None
    ):  # "En su declaración, el joven habría señalado": a statement to the authorities
        return Typed(SourceType.CONFESSION, f"statement '{statement.group(0).strip(' ,')}'")
    return None
