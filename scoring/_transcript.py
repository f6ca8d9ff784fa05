"""Transcripts with speaker labels: "HERNÁN DARÍO PEÑARANDA: Según nuestro registro, ...".

A radio or court transcript names its speaker at the start of each turn. Each turn's
sentences are that speaker's, unless a sentence credits someone else. The host named in the
introduction ("conducido por Deyanira Ortega") speaks for the programme itself: the page's
own voice, like an author.
"""

from __future__ import annotations

import re

__all__ = ["hosts", "transcript_speakers"]

_CAPS_SPEAKER = re.compile(
    r"^\s*([A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ'’.-]+(?:\s+[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ'’.-]+){1,3})\s*:\s+\S"
)
# "Portillo: Tenemos identificada ...": a surname or a short name, then a colon
_NAME_SPEAKER = re.compile(
    r"^\s*([A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+(?:\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+){0,2})\s*:\s+\S"
)
# capitals before a colon that are not a speaker: an advice column's "DEAR READER:", labels
_NOT_SPEAKERS = re.compile(
    r"^(?:DEAR|QUERID[OA]|ESTIMAD[OA]|NOTE|NOTA|UPDATE|ACTUALIZACI[OÓ]N|EDITOR|CLAIM|VERDICT|"
    r"VEREDICTO|RELATED|WATCH|READ|MORE|PHOTO|FOTO|VIDEO|BREAKING|[ÚU]LTIMA HORA|AP|EFE|AFP|"
    r"Q|A|P|R|PREGUNTA|RESPUESTA|QUESTION|ANSWER|FUENTE|SOURCE|LEE|LEA|TAGS?|ETIQUETAS)\b"
)
_HOSTED_BY = re.compile(
    r"\b(?:conducid[oa] por|conduce|presentad[oa] por|hosted by|host|presented by|anchored by)"
    r"\s+([A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'’-]+){1,3})",
    re.I,
)


def _title(name: str) -> str:
    return " ".join(word.capitalize() for word in name.split())


def transcript_speakers(paragraphs: list[str]) -> dict[int, str]:
    """Paragraph index to speaker name, for a dialogue: labels in capitals from two turns by two
    speakers (not an advice column's salutations), "Portillo:" labels from three turns by two
    speakers, one of them speaking twice."""
    caps = {
        i: _title(match.group(1))
        for i, text in enumerate(paragraphs)
        if (match := _CAPS_SPEAKER.match(text)) is not None
        and not _NOT_SPEAKERS.match(match.group(1))
    }
    if len(caps) >= 2 and len(set(caps.values())) >= 2:
        return caps
    named = {
        i: match.group(1)
        for i, text in enumerate(paragraphs)
        if (match := _NAME_SPEAKER.match(text)) is not None
        and not _NOT_SPEAKERS.match(match.group(1).upper())
    }
    labels = list(named.values())
    if len(named) < 3 or len(set(labels)) < 2 or not any(labels.count(x) >= 2 for x in labels):
        return {}
    # each label must be a person the page introduced before ("... conducido por Óscar
    # Matamoros", "el subcomisionado Elvin Portillo"), not "New Price Drop:" or "Deal:"
    text = " ".join(paragraphs)
    introduced = {
        label
        for label in set(labels)
        if re.search(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+\s+" + re.escape(label) + r"\b", text)
    }
    return (
        {i: name for i, name in named.items() if name in introduced} if len(introduced) >= 2 else {}
    )


def hosts(paragraphs: list[str]) -> set[str]:
    """Names the introduction gives as the programme's host ("conducido por X"), with their
    surnames (a transcript may label the host "Matamoros")."""
    names = {_title(m.group(1)) for text in paragraphs[:3] for m in _HOSTED_BY.finditer(text)}
    return names | {name.split()[-1] for name in names}
