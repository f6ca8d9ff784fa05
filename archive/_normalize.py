"""Normalise article text so trivial changes (whitespace, dates, counters, "3 hours ago") vanish.

Two versions whose normalised paragraphs are equal are the same version for history and for the
re-check schedule; real edits (a changed figure in a sentence, a new paragraph) still show.
"""

from __future__ import annotations

import hashlib
import re

from scraper import Document

__all__ = ["document_key", "document_text", "normalize_paragraph", "paragraphs", "text_key"]

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|ene(?:ro)?|febrero|marzo|abr(?:il)?|mayo|junio|julio|ago(?:sto)?|sept?iembre|set"
    r"|octubre|noviembre|dic(?:iembre)?|janeiro|fevereiro|março|maio|junho|julho|setembro"
    r"|outubro|novembro|dezembro)\b\.?"
)
_UNITS = (
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?"
    r"|segundos?|minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?|años?|anos?)"
)
_COUNTED = (
    r"(?:comments?|comentarios?|coment[aá]rios?|views?|vistas?|visitas?|visits?|visualizaciones"
    r"|shares?|compartidos?|likes?|me gusta|reads?|lecturas?|leituras?|replies|reply"
    r"|respuestas?|votes?|votos?|reactions?|reacciones?|followers?|seguidores?)"
)
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # relative times: "hace 3 horas", "há 2 dias", "3 hours ago", "an hour ago"
    (re.compile(rf"\b(?:hace|há|ha)\s+(?:\d+|un|una|uma|um)\s+{_UNITS}\b", re.I), "#time"),
    (re.compile(rf"\b(?:\d+|an?|one)\s+{_UNITS}\s+ago\b", re.I), "#time"),
    (re.compile(r"\b(?:just now|yesterday|today|ayer|hoy|ontem|hoje)\b", re.I), "#time"),
    # counters: "6 comments", "1.234 visitas", "Comments (6)"
    (re.compile(rf"\b\d[\d.,\s]*\s*[kKmM]?\s+{_COUNTED}\b", re.I), "#count"),
    (re.compile(rf"\b{_COUNTED}\s*[:(]?\s*\d[\d.,]*\)?", re.I), "#count"),
    # dates: ISO, numeric, with month names, and clock times
    (
        re.compile(
            r"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b"
        ),
        "#date",
    ),
    (re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b"), "#date"),
    (re.compile(rf"\b\d{{1,2}}\s+(?:de\s+)?{_MONTHS}(?:,?\s+(?:de\s+)?\d{{4}})?", re.I), "#date"),
    (re.compile(rf"\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?", re.I), "#date"),
    (re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|h(?:rs)?\b)?", re.I), "#clock"),
]
_SPACE = re.compile(r"\s+")


def normalize_paragraph(text: str) -> str:
    """``text`` with dates, counters and relative times replaced and whitespace collapsed."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return _SPACE.sub(" ", text).strip()


def paragraphs(text: str) -> list[str]:
    """The non-empty paragraphs of ``text`` (split on blank lines), whitespace-trimmed."""
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def text_key(text: str) -> str:
    """A digest of the normalised paragraphs: equal keys mean no real change."""
    normalised = "\n\n".join(normalize_paragraph(p) for p in paragraphs(text))
    return "sha1:" + hashlib.sha1(normalised.encode("utf-8")).hexdigest()


def document_text(doc: Document) -> str:
    """A Document as compared across versions: the body's paragraphs, then one paragraph per
    reader comment, so a new or deleted comment is a change too."""
    comments = [
        f"[comment] {comment.author}: {comment.text}"
        if comment.author
        else f"[comment] {comment.text}"
        for comment in doc.comments
    ]
    return "\n\n".join([doc.text, *comments]) if comments else doc.text


def document_key(doc: Document) -> str:
    """The text key of a capture with a Document (``page:`` keys count comments; the older
    ``doc:`` keys held the body alone, so the two kinds are never compared)."""
    return "page:" + text_key(document_text(doc))
