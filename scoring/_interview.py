"""Q&A interviews: the answers belong to the interviewee named in the title or the lede.

A page is an interview when at least two paragraphs are questions ("Q:", "P:", "Pregunta:",
"—¿...?", or a short paragraph that is a question) and answers follow them ("A:", "R:",
"Respuesta:", "—..."; with no answer marks, the paragraph right after each question). The
interviewee is the person in "interview with X", "Q&A with X", "entrevista con X",
"Entrevista | X, ...", or else the name that opens the lede; the title's or the lede's words
around the name ("el fiscal de Zacatecas", "youth worker") give the type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from scoring._models import SourceType
from scoring._source_memory import SourceMemory, Typed
from scoring._source_type import classify_source

__all__ = ["Interview", "find_interview"]

_QUESTION_MARK = re.compile(
    r"^\s*(?:Q|P|Pregunta|Question|Entrevistador(?:a)?|Interviewer)\s*[:.]\s+|^\s*[—–-]\s*¿"
)
# A transcript's speaker label: "Conductora:", "Ruvalcaba:", "Mario Pérez:".
_SPEAKER = re.compile(r"^\s*([A-ZÁÉÍÓÚÑ][\w.]+(?:\s+[A-ZÁÉÍÓÚÑ][\w.]+){0,2})\s*:\s+")
_ANSWER_MARK = re.compile(r"^\s*(?:A|R|Respuesta|Answer)[:.]\s+|^\s*[—–]\s*(?!¿)\S")
# A headline that is the interviewee's name, a colon and a quotation: "Marta Echeverría: “...”".
_NAME_HEADLINE = re.compile(r"^\s*([^:“\"«]{5,60}?)\s*:\s*[“\"«]")
_WITH = re.compile(
    r"\b(?:interview with|Q&A with|Q\s*&\s*A with|in conversation with|conversation with|"
    r"talks? with|sits? down with|entrevista con|entrevista a|conversaci[oó]n con|charla con|"
    r"di[aá]logo con|platica con|we talk with|we spoke with|hablamos con|conversamos con)\s+"
    r"(.+?)\s*(?:$|[|“\"«(]|:\s)",
    re.I,
)
_LABEL = re.compile(
    r"^\s*(?:entrevista|interview|q\s*&\s*a|the interview|la entrevista|transcripci[oó]n|"
    r"transcript)\s*[|:—–-]\s*(.+?)"
    r"\s*(?:$|[|“\"«]|:\s)",
    re.I,
)
# "“The Extortion Is Now Collected by Teenagers”: A Criminologist on ...": a quotation, then
# who said it; with questions and answers below, the page is an interview of that person
_QUOTED_TITLE = re.compile(
    r"^\s*[“\"«][^”\"»]{8,}[”\"»]\s*[:|—–-]\s*(?:an?|the|el|la|un|una)\s+\w+", re.I
)
# a sentence opening with a name and what the person is: "Fernando Bustamante Ortiz, a sociologist"
_NAME_DESCRIBED = re.compile(
    r"(?:^|(?<=[.!?]\s))([A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+(?:\s+(?:de\s+)?[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+){1,3}),"
    r"\s+((?:an?|the|un|una|el|la)\s+[^,.;]{3,80})"
)
_QUOTATION = re.compile(r"[“\"«][^”\"»]*(?:[”\"»]|$)")
# A person's name: two to five capitalised words, allowing "de", "del", "la" inside.
_NAME = re.compile(
    r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+(?:\s+(?:(?:de|del|de la|y)\s+)?[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+){1,4}"
)


@dataclass(frozen=True, slots=True)
class Interview:
    """The interviewee, how the page types them, and which paragraphs are their answers."""

    name: str
    typed: Typed
    answers: frozenset[int]


def _is_question(text: str) -> bool:
    if _QUESTION_MARK.match(text):
        return True
    stripped = text.strip()
    return stripped.endswith("?") and len(stripped.split()) <= 40 and "\n" not in stripped


def _speaker_turns(paragraphs: list[str]) -> dict[str, list[int]]:
    """Paragraphs opened by a speaker label ("Conductora:", "Ruvalcaba:"), by label."""
    turns: dict[str, list[int]] = {}
    for i, paragraph in enumerate(paragraphs):
        label = _SPEAKER.match(paragraph)
        if label is not None and label.group(1) not in {"Q", "A", "P", "R"}:
            turns.setdefault(label.group(1), []).append(i)
    return turns


def _labelled_answers(paragraphs: list[str], name: str) -> frozenset[int]:
    """In a transcript with speaker labels, the turns of the label that is part of ``name``."""
    turns = _speaker_turns(paragraphs)
    asking = [
        lab for lab, idx in turns.items() if sum(_is_question(paragraphs[i]) for i in idx) >= 2
    ]
    parts = {part.lower() for part in name.split()}
    for label, indices in turns.items():
        if label not in asking and any(part.lower() in parts for part in label.split()):
            return frozenset(indices)  # "WHITLOCK:" for Karen Whitlock Ames
    return frozenset()


def _answers(paragraphs: list[str]) -> frozenset[int]:
    questions = [i for i, p in enumerate(paragraphs) if _is_question(p)]
    if len(questions) < 2:
        return frozenset()
    marked = {i for i, p in enumerate(paragraphs) if i not in questions and _ANSWER_MARK.match(p)}
    if marked:
        return frozenset(i for i in marked if i > questions[0])
    prompts = set(questions)
    for here, there in pairwise(questions):
        # "Q / answer / statement put to the guest / answer / Q": a short prompt between answers
        if there - here == 4 and len(paragraphs[here + 2].split()) <= 25:
            prompts.add(here + 2)
    first = {i + 1 for i in sorted(prompts) if i + 1 < len(paragraphs) and i + 1 not in prompts}
    answers = set(first)
    for i in sorted(first):  # an answer running over several paragraphs, up to the next question
        j = i + 1
        while j < len(paragraphs) and j not in prompts and not _is_question(paragraphs[j]):
            answers.add(j)
            j += 1
    return frozenset(answers)


def _person(phrase: str) -> tuple[str, str] | None:
    """The longest name in ``phrase`` and the words around it (the role)."""
    names = sorted(_NAME.finditer(phrase), key=lambda m: len(m.group(0)), reverse=True)
    if not names:
        return None
    name = names[0].group(0)
    role = (phrase[: names[0].start()] + " " + phrase[names[0].end() :]).strip(" ,;:—–-")
    return name, role


def _first(lede: str) -> str:
    """The lede up to its first comma or stop: "This week we talk with X, who ..." gives X."""
    return re.split(r"[,.;]", lede, maxsplit=1)[0]


def _interviewee(title: str | None, lede: str, *, marked: bool) -> tuple[str, str] | None:
    """The interviewee from the title; from the lede's opening name only when the answers are
    marked ("A:", "R:", "—"), so an explainer's questions answered by the newsroom stay the
    author's."""
    for pattern, text in ((_WITH, title or ""), (_LABEL, title or ""), (_WITH, _first(lede))):
        match = pattern.search(text)  # the title first, then "This week we talk with X" in the lede
        if match is not None:
            found = _person(
                _QUOTATION.sub(" ", match.group(1)) if pattern is _LABEL else match.group(1)
            )
            if found is None and pattern is _LABEL:
                # 'Q&A: "..." — researcher Inés Barraza on ...': the name outside the quotation
                found = _person(_QUOTATION.sub(" ", text))
            if found is not None:
                return found
    if not marked:
        return None
    headline = _NAME_HEADLINE.match(title or "")
    named = _person(headline.group(1)) if headline is not None else None
    if named is not None and named[0] == headline.group(1).strip():  # type: ignore[union-attr]
        return named
    opening = _NAME.search(_first_sentence(lede))  # "La abogada Marta Echeverría Sanz, ..."
    if opening is not None and not _NOT_A_NAME_START.match(opening.group(0)):
        return opening.group(0), _first_sentence(lede)[: opening.start()].strip(" ,")
    return None


# capitalised words that open a sentence or name a month, not a person: "Since March 2022, ..."
_NOT_A_NAME_START = re.compile(
    r"^(?:Since|In|On|After|Before|During|For|From|The|This|Last|Desde|En|El|La|Los|Las|Tras|"
    r"Durante|Hace|Este|Esta)\b|\b(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|"
    r"Septiembre|Octubre|Noviembre|Diciembre)\b"
)


def _first_sentence(lede: str) -> str:
    return re.split(r"(?<=[.!?])\s", lede, maxsplit=1)[0]


def _from_intro(paragraphs: list[str]) -> tuple[str, str] | None:
    """ "We spoke with Ocando about ..." in the paragraphs before the first question, with a
    surname alone resolved to the full name the intro gave first ("Mariela Ocando, a ...")."""
    first_question = next((i for i, p in enumerate(paragraphs) if _is_question(p)), 0)
    intro = paragraphs[:first_question][:4]
    for paragraph in intro:
        for sentence in re.split(r"(?<=[.!?])\s+", paragraph):
            match = _WITH.search(sentence)
            if match is None:
                continue
            found = _person(match.group(1))
            if found is not None:
                return found
            surname = re.match(r"([A-ZÁÉÍÓÚÑ][\w'’-]+)", match.group(1))
            if surname is None:
                continue
            for earlier in intro:
                for name in _NAME.finditer(earlier):
                    if name.group(0).split()[-1] == surname.group(1):
                        after = earlier[name.end() :].lstrip(" ,")
                        return name.group(0), re.split(r"[,.;]", after, maxsplit=1)[0]
    return None


def find_interview(title: str | None, paragraphs: list[str]) -> Interview | None:
    """The interview structure of a page, or None when it is not a Q&A interview."""
    answers = _answers(paragraphs)
    if not answers:
        return None
    lede = next((p for p in paragraphs if not _is_question(p)), "")
    marked = any(_ANSWER_MARK.match(paragraphs[i]) for i in answers)
    quoted_title = _QUOTED_TITLE.match(title or "") is not None
    found = _interviewee(title, lede, marked=marked or quoted_title) or _from_intro(paragraphs)
    if found is None and (quoted_title or _LABEL.search(title or "") is not None):
        intro = paragraphs[: min(answers)]  # "Beatriz Landaverde has been a lawyer ...": 2nd para
        named = next((m for p in intro[1:3] for m in [_NAME.match(p.strip())] if m), None)
        if named is not None and not _NOT_A_NAME_START.match(named.group(0)):
            found = named.group(0), ""
        else:  # "... Fernando Bustamante Ortiz, a sociologist who worked ..., is not convinced."
            introduced = next(
                (m for p in intro for m in _NAME_DESCRIBED.finditer(p)),
                None,
            )
            if introduced is not None and not _NOT_A_NAME_START.match(introduced.group(1)):
                found = introduced.group(1), introduced.group(2)
    if found is None:
        return None
    name, role = found
    labelled = _labelled_answers(paragraphs, name)
    if labelled:  # "Ruvalcaba: ..." turns in a transcript
        answers = labelled
    surname = name.split()[-1]
    answers = frozenset(  # "Ocando's book will be published this year": the page's closing note
        i for i in answers if not (i == len(paragraphs) - 1 and surname in paragraphs[i])
    )
    described = role
    at = lede.find(name)
    if at >= 0:  # "El fiscal general de Zacatecas, Fernando Ibarra Solís, recibió": the lede's role
        before = lede[max(0, at - 80) : at].split(".")[-1].strip(" ,")
        described = ", ".join(x for x in (role, before) if x)
    typed = classify_source(
        name, sentence=lede, cue=None, appositive=described or None, memory=SourceMemory()
    )
    if typed is None or typed.source_type in {SourceType.ANONYMOUS_SOURCE, SourceType.AUTHOR}:
        typed = Typed(SourceType.NAMED_SOURCE, "interviewee, named person")
    return Interview(name, typed, answers)
