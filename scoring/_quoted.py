"""A paragraph that is one quotation, introduced by the paragraph before it ending in a colon
("Uno de ellos lee un mensaje dirigido a los comerciantes:" then "“El que no se alinee ...”"):
the quotation is whoever the introduction credits, or the group whose message it announces."""

from __future__ import annotations

from dataclasses import replace

from scoring._attribution_model import Attribution
from scoring._lexicon import lexicon
from scoring._models import SourceType
from scoring._source_criminal import find_criminal_actor

__all__ = ["introduced_by", "quoted_after_colon", "spoken"]

_OPENERS = ("“", '"', "«")
_CLOSERS = ("”", '"', "»", "”.", '".', "».", ".”", '."', ".»")


def quoted_after_colon(before: str, paragraph: str) -> bool:
    """True when ``paragraph`` is one quotation and ``before`` ends with a colon."""
    text = paragraph.strip()
    return before.rstrip().endswith(":") and text.startswith(_OPENERS) and text.endswith(_CLOSERS)


def introduced_by(
    paragraphs: list[str], introduction: list[Attribution | None]
) -> Attribution | None:
    """Who the introducing paragraph credits; else, when it announces a message (a message word)
    and a criminal group is named in it or the paragraph before, that group."""
    last = next((a for a in reversed(introduction) if a is not None), None)
    if last is not None and last.source_type is not SourceType.AUTHOR:
        return replace(last, via="quotation")
    lex = lexicon()
    if not paragraphs or lex.messages.search(paragraphs[-1]) is None:
        return None
    for text in reversed(paragraphs):
        actors = lex.criminal_actors.finditer(text)
        named = [a for a in actors if a.text[:1].isupper()]  # "Cártel ..." before "hombres armados"
        actor = named[0] if named else find_criminal_actor(text)
        if actor is not None:
            source = _whole_name(text, actor.start, actor.end)
            evidence = f"message announced before the quotation; group '{source}'"
            return Attribution(SourceType.CRIMINAL_GROUP, source, None, evidence, via="quotation")
    return None


def _whole_name(text: str, start: int, end: int) -> str:
    """Grow a group match over the capitalised words around it ("Cártel Santa Rosa de Lima")."""
    words = text[end:].split()
    tail = []
    for word in words:
        bare = word.strip(".,;:")
        if bare[:1].isupper() or bare in {"de", "del", "la", "los"}:
            tail.append(bare)
            if bare != word:
                break
        else:
            break
    while tail and tail[-1] in {"de", "del", "la", "los"}:
        tail.pop()
    return " ".join([text[start:end], *tail]).strip()


def spoken(paragraph: str, start: int, end: int) -> bool:
    """A quotation of speech, not a nickname or a title: more than three words, or a short one
    that opens a sentence and ends with its own punctuation ("“It was terrifying,” she said")."""
    if len(paragraph[start:end].split()) > 3:
        return True
    before = paragraph[:start].rstrip()
    opens = not before or before[-1] in '.!?:”"»'
    inner = paragraph[start:end].rstrip('”"»')[-1:]  # "“It hurt,” she said"
    after = paragraph[end : end + 1]  # "«Nos amenazaron», contó"
    return opens and (inner in {",", ".", "!", "?"} or after == ",")
