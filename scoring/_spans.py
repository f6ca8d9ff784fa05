"""Source spans: where a speaker's words start and end around a cue, appositives and asides.

The subject before a cue ("Luis Najera, police chief, said"), the phrase after it ("..., said the
army"), sentence-opening subjects with long asides, candidates inside long subjects.
"""

from __future__ import annotations

import re

from scoring._lexicon import fold, lexicon
from scoring._source_names import proper_name, titled_name

__all__ = [
    "appositive_after",
    "describing_after",
    "is_bare_name",
    "phrase_after",
    "strip_fillers",
    "subject_before",
    "subject_candidates",
]

_TRAILING_FILLERS = frozenset(
    [
        "has",
        "have",
        "had",
        "also",
        "later",
        "then",
        "simply",
        "reportedly",
        "allegedly",
        "previously",
        "further",
        "only",
        "repeatedly",
        "again",
        "publicly",
        "recently",
        "initially",
        "not",
        "never",
        "had",
        "once",
        "ha",
        "han",
        "habia",
        "habian",
        "habria",
        "habrian",
        "hubiera",
        "tambien",
        "posteriormente",
        "luego",
        "ya",
        "incluso",
        "who",
        "quien",
        "quienes",
    ]
)
_TRAILING_FILLERS = _TRAILING_FILLERS | {"and", "y", "e"}
_LEADING_FILLERS = frozenset(
    ["as", "and", "but", "while", "so", "y", "pero", "como", "mientras", "asi"]
)
_CLAUSE_WORDS = re.compile(
    r"\b(?:that|which|whom|when|because|after|before|while|but|although|since|where|que|cuando|porque|"
    r"despues de|pero|aunque|donde)\b",
    re.IGNORECASE,
)
_SKIP_SEGMENT = re.compile(
    r"^\s*(?:(?:and|y)\s+)?(?:among|including|entre ellos|entre ellas|incluid\w*|who|which|"
    r"alias|aka|a\.k\.a\.|known as|conocid[oa] como|apodad[oa]|identificad[oa] como|"
    r"identificad[oa] con (?:la clave|el (?:nombre|seud[oó]nimo|alias))|"
    r"identified as|de \d+ a[nñ]os|aged \d+|\d+ years old|an? \d+-year-old|"
    r"(?:interviewed|contacted|reached) by|"
    r"quien\w*|que|bajo condici[oó]n|\w+ing|\w+ando|\w+iendo)\b",
    re.I,
)
# The end of a capitalised name listed with commas: "Penales y Criminalísticas (Cicpc)".
_NAME_TAIL = re.compile(
    r"^[A-ZÁÉÍÓÚÑ][\w-]+(?:\s+(?:y|e|and|&)\s+[A-ZÁÉÍÓÚÑ][\w-]+)+\s*\([A-Z][\w-]{1,9}\)$"
)
_CAPITAL_END = re.compile(r"\s[A-ZÁÉÍÓÚÑ][\w-]+$")
_NICKNAME_END = re.compile(r"[\"“«'‘]\s*\S+(?:\s+\S+){0,2}\s*[\"”»'’]$")


def strip_fillers(text: str) -> str:
    words = text.split()
    while words and _filler(words[-1], _TRAILING_FILLERS):
        words.pop()
    while words and _filler(words[0], _LEADING_FILLERS):
        words.pop(0)
    return " ".join(words)


def _filler(word: str, fillers: frozenset[str] | set[str]) -> bool:
    """A filler word, but not an acronym spelled like one ("WHO" is the health organisation)."""
    bare = word.strip(",")
    return not (len(bare) > 1 and bare.isupper()) and fold(bare).lower() in fillers


def is_bare_name(segment: str) -> bool:
    """True for "Luis Najera" or "Father Solalinde", not for a clause that holds a name."""
    name = proper_name(segment)
    return name is not None and len(segment.split()) <= len(name.split()) + 1


def _describes(segment: str) -> bool:
    """A short lower-case description: "especialista en seguridad", "a local activist"."""
    return segment[:1].islower() and len(segment.split()) <= 9


def _ends_with_name(segment: str) -> bool:
    name = proper_name(segment)
    return name is not None and segment.rstrip().endswith(name)


def subject_before(pre: str, *, expect_subject: bool = False) -> tuple[str, str | None] | None:
    """The source before a cue, with an appositive if one follows the name; None if inverted."""
    pre = re.sub(r",\s*(?:who|quien|quienes)\s*$", " ", pre.rstrip())  # "survivors, who said"
    stripped = strip_fillers(pre.rstrip())
    if not stripped or stripped[-1] in ":" or stripped.endswith("_"):
        return None
    if stripped[-1] in "\"”»'’" and not _NICKNAME_END.search(stripped):
        return None
    lex = lexicon()
    stripped = _DISCOURSE.sub(" ", stripped).strip()
    stripped = _LEADING_DISCOURSE.sub("", stripped).strip()  # "Sin embargo, un informe de"
    segments = [s.strip() for s in re.split(r"[,;:]|_+", stripped)]
    segments = [s for s in segments if s]
    if not segments:
        return None
    if len(segments) >= 2 and _NAME_TAIL.match(segments[-1]) and _CAPITAL_END.search(segments[-2]):
        # "El Cuerpo de Investigaciones Científicas, Penales y Criminalísticas (Cicpc)": one name
        segments[-2:] = [f"{segments[-2]}, {segments[-1]}"]
    appositive: str | None = None
    coordinated = _coordinated_subject(pre, segments)
    if coordinated is not None:
        return coordinated
    if stripped.endswith(",") and len(segments) >= 2 and _crowd_with_asides(segments):
        # "Habitantes de tres comunidades, en el municipio de Jerez, denunciaron": the group
        return segments[0], None
    if (
        stripped.endswith(",")
        and len(segments) == 3
        and _PREPOSITION_START.match(segments[0])
        and _opens_with_subject(segments[1:])
    ):
        # "In a video released by the navy, one of the detained men, his face blurred, says"
        return segments[1], segments[2]
    if (
        stripped.endswith(",")
        and len(segments) == 3
        and _DETERMINER_START.match(segments[0])
        and len(segments[0].split()) <= 4
        and is_bare_name(segments[1])
        and not _PREPOSITION_START.match(segments[2])
    ):
        # "The exporter, Frutícola Chulucanas, a company based in Piura, said": the name, with
        # what the sentence says it is on both sides
        return segments[1], f"{segments[0]}, {segments[2]}"
    if stripped.endswith(",") and len(segments) == 2 and _opens_with_subject(segments):
        # "A cooperating witness, a former accountant ... serving a sentence in Texas, testified"
        # and "La columna Dagoberto Ramos, de las disidencias de las Farc, declaró"
        return segments[0], segments[1]
    if stripped.endswith(","):
        # "X, among them Y, said", "X, a police chief, said" and "The spokesman, Jorge Ramírez,
        # said" credit X or the name; otherwise it is "..., said X".
        tail = segments[-1]
        if len(segments) >= 2 and is_bare_name(tail):
            return tail, segments[-2] if len(segments[-2].split()) <= 9 else None
        if (
            expect_subject
            and len(segments) >= 2
            and _describes(tail)
            and not _SKIP_SEGMENT.match(tail)
            and not _SKIP_SEGMENT.match(segments[-2])
            and _ends_with_name(segments[-2])
        ):
            # "El investigador Eduardo Guerrero, especialista en seguridad, sostuvo que ..."
            return strip_fillers(_CLAUSE_WORDS.split(segments[-2])[-1]), tail
        is_aside = (
            _SKIP_SEGMENT.match(tail) or lex.official.search(tail) or lex.named_roles.search(tail)
        )
        too_long = len(tail.split()) > 9 and not _SKIP_SEGMENT.match(tail)
        if len(segments) < 2 or not is_aside or too_long:
            return None
    while len(segments) > 1 and _SKIP_SEGMENT.match(segments[-1]):
        appositive = segments.pop()
    last = segments[-1]
    if (
        len(segments) > 1
        and len(last.split()) <= 9
        and (lex.official.search(last) or lex.named_roles.search(last))
        and is_bare_name(segments[-2])
    ):
        appositive, last = last, segments[-2]
    subject = strip_fillers(last)
    return (subject, appositive) if subject else None


def _coordinated_subject(pre: str, segments: list[str]) -> tuple[str, str | None] | None:
    """ "El ministro, Raúl Benavides, viajó a Pichari y declaró": the opening subject of the
    first verb is also the second's."""
    if not re.search(r"\s(?:y|and)\s*$", pre) or len(segments) < 3:
        return None
    head, second = segments[0], segments[1]
    if not _DETERMINER_START.match(head) or len(head.split()) > 6:
        return None
    lex = lexicon()
    if is_bare_name(second) and (lex.official.search(head) or lex.named_roles.search(head)):
        return second, head
    return None


def _crowd_with_asides(segments: list[str]) -> bool:
    """An unnamed group opening the sentence, then places or asides before the verb."""
    head = segments[0]
    if len(head.split()) > 8 or lexicon().speech.search(head) is not None:
        return False
    people = lexicon().people.starts(re.sub(r"^(?:the|los|las)\s+", "", head, flags=re.I))
    if people is None:
        return False
    return all(_PLACE_ASIDE.match(s) or proper_name(s) for s in segments[1:])


_PLACE_ASIDE = re.compile(r"^(?:en|in|near|cerca de|de|del|of|from)\b", re.I)


_DISCOURSE = re.compile(
    r",\s*(?:however|though|meanwhile|in turn|instead|for (?:his|her|their|its) part|"
    r"in a statement|in a (?:video|message|post)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"sin embargo|por su parte|a su vez|en tanto|mientras tanto|en cambio|en un comunicado|"
    r"el (?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)(?: pasado)?)\s*,",
    re.I,
)
_LEADING_DISCOURSE = re.compile(
    r"^\W*(?:however|meanwhile|in turn|instead|moreover|in addition|on the other hand|"
    r"sin embargo|por su parte|a su vez|en tanto|mientras tanto|en cambio|adem[aá]s|asimismo|"
    r"por otro lado|no obstante)\s*,\s*(?=\S)",
    re.I,
)
_PREPOSITION_START = re.compile(
    r"^(?:in|on|at|after|before|during|for|from|with|under|since|en|durante|tras|desde|"
    r"con|para|por|ante|sobre)\b",
    re.I,
)


def _opens_with_subject(segments: list[str]) -> bool:
    """ "Subject, appositive," at the start of a sentence: a short noun phrase, then anything."""
    head, tail = segments
    capitalised = sum(w[:1].isupper() for w in head.split()) >= len(head.split()) - 2
    new_referent = re.match(r"(?i:un|una|a|an)\s", head) is not None  # "Un detenido por X, ..."
    limit = 9 if capitalised else 11 if new_referent else 6  # "The Sierra y Costa ... Center,"
    if _PREPOSITION_START.match(head) or len(head.split()) > limit or len(tail.split()) > 25:
        return False
    if _CLAUSE_WORDS.search(head) or _SKIP_SEGMENT.match(tail) or is_bare_name(tail):
        return False
    name = proper_name(tail)
    if name is not None and titled_name(tail) and len(tail.split()) <= len(name.split()) + 2:
        return False  # "El párroco de la localidad, el padre Juan Manuel Treviño,"
    return bool(_DETERMINER_START.match(head) or proper_name(head.split()[0]))


_DETERMINER_START = re.compile(
    r"^(?:a|an|the|one|another|el|la|los|las|un|una|uno|otro|otra)\b", re.I
)


_CANDIDATE_SPLIT = re.compile(
    _CLAUSE_WORDS.pattern[:-3] + r"|shows|showed|show|muestra|muestran|mostr[oó]|in which|"
    r"en (?:el|la) que)\b",
    re.I,
)


def subject_candidates(subject: str, *, opening: bool = False) -> list[str]:
    """The subject's last clause first ("..., when the mayor"), then the whole phrase; a subject
    opening the sentence with a relative clause ("Un amigo que estaba en el bar me") is its head."""
    clauses = [c for c in _CANDIDATE_SPLIT.split(subject) if c.strip()]
    candidates = [strip_fillers(clauses[-1]) if clauses else subject]
    relative = _RELATIVE_HEAD.match(subject) if opening else None
    if relative is not None:
        candidates.insert(0, relative.group(1))
    by = re.split(r"\b(?:from|by|por)\s+", subject)
    if len(by) > 1 and len(by[-1].split()) <= 5:
        candidates.append(strip_fillers(by[-1]))  # "testimony from eight survivors"
    words = subject.split()
    if len(words) > 12:
        candidates.append(" ".join(words[-6:]))
    candidates.append(subject)
    return [c for i, c in enumerate(candidates) if c and c not in candidates[:i]]


# "A friend who works at the port", "Una vecina que vio el ataque": an indefinite head, then a
# relative clause (possibly after "I know" / "que conozco") describing it.
_RELATIVE_HEAD = re.compile(
    r"^\s*((?:a|an|one|un|una|uno)\s+[\w'’-]+(?:\s+[a-záéíóúñ][\w'’-]*(?<!que))?"
    r"(?:\s+(?:de|del|of)\s+[\w'’-]+)?)\s+"
    r"(?:(?:I|we)\s+know\s+)?(?:who|that|que|quien)\b",
    re.I,
)


def phrase_after(post: str, ender: re.Pattern[str]) -> str:
    """The phrase at the start of ``post`` up to the first boundary after its first word."""
    post = post.lstrip()
    first_word = re.match(r"\S+?(?=[,;:]*(?:\s|$))", post)  # "Runrunes," ends at its comma
    match = ender.search(post, first_word.end() if first_word else 0)
    while match is not None and _inside_name(post, match):
        match = ender.search(post, match.end() - 1)
    return strip_fillers(post[: match.start()] if match else post).strip().rstrip(".,;:!?")


def _inside_name(text: str, match: re.Match[str]) -> bool:
    """A small word inside a capitalised name ("Comisión de Atención a Víctimas")."""
    word = match.group(0).strip()
    if not word.isalpha() or len(word) > 3:
        return False
    before = text[: match.start()].split()
    after = text[match.end() :].split()
    return bool(before and after) and before[-1][:1].isupper() and after[0][:1].isupper()


def appositive_after(text: str) -> str | None:
    """The ", Jalisco secretary of public security," that follows a name after a cue."""
    if not text.startswith(","):
        return None
    segment = text[1:].split(",", 1)
    if len(segment) < 2:
        return None
    candidate = segment[0].strip()
    lex = lexicon()
    if len(candidate.split()) <= 9 and (
        lex.official.search(candidate) or lex.named_roles.search(candidate)
    ):
        return candidate
    return None


def describing_after(text: str) -> str | None:
    """A short lower-case description after a name: ", consultor en seguridad,"."""
    match = re.match(r"^\s*,\s*([^,;:]{3,80}?)\s*,", text)
    if match is None or not match.group(1)[:1].islower() or len(match.group(1).split()) > 9:
        return None
    return match.group(1)
