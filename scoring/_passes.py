"""Paragraph passes after each sentence has its own attribution: quotations over several
sentences, "This information was revealed by X" pointing back, carry-over of continuing
sentences, "According to X," frames and their stopping rules, signatures in the next sentence,
and quoted messages with a sign-off."""

from __future__ import annotations

import re
from dataclasses import replace

from scoring._attribution_model import Attribution
from scoring._claims import claim_kind
from scoring._framing import frames_paragraph, stops_frame
from scoring._lexicon import lexicon
from scoring._models import SourceType
from scoring._sentences import Sentence
from scoring._source_criminal import find_criminal_actor
from scoring._source_memory import SourceMemory, Typed
from scoring._source_type import classify_source

__all__ = [
    "TIMESTAMP",
    "carry_frame",
    "carry_over",
    "link_back",
    "signed_next",
    "signed_quotation",
    "spread_quotations",
]


_ANAPHOR = re.compile(
    r"^\W*(?:this|these|that|such|the information|esta|este|esto|estas|estos|dicha|dicho|"
    r"lo anterior|la informaci[oó]n)\b",
    re.IGNORECASE,
)


_CONTINUATION = re.compile(
    r"^\W*(?:also|in addition|additionally|furthermore|moreover|he also|she also|they also|"
    r"asimismo|adem[aá]s|adicionalmente|tambi[eé]n|agreg[oó]|a[nñ]adi[oó]|al parecer|"
    r"aparentemente|supuestamente|presuntamente|reportedly|apparently|allegedly)\b",
    re.IGNORECASE,
)


_PRONOUN_START = re.compile(r"^\W*(?:he|she|they|él|ella|ellos|ellas)\b", re.IGNORECASE)


# A live-blog entry's time: "08:10 —", "7:30 a. m. |", "14.05 h:", "Update 10:20 -".
TIMESTAMP = re.compile(
    r"^\s*(?:(?:update|updated|actualizaci[oó]n)\s*)?\d{1,2}[:.]\d{2}\s*"
    r"(?:(?:[ap]\.?\s?m\.?|hrs?\.?|h|GMT|UTC|ET|CT|PT)\s*)?[-–—|:]+\s*|"
    r"^\s*\d{1,2}:\d{2}\s*[ap]\.\s?m\.\s+(?=[A-ZÁÉÍÓÚÑ])",
    re.I,
)


def spread_quotations(
    sentences: list[Sentence], quotes: list[tuple[int, int]], found: list[Attribution | None]
) -> None:
    """A quotation running over several sentences belongs to whoever is credited with it."""
    for start, end in quotes:
        inside = [i for i, s in enumerate(sentences) if s.start < end and s.end > start]
        if len(inside) < 2:
            continue
        speaker = next((found[i] for i in inside if found[i] is not None), None)
        if speaker is None:
            continue
        for i in inside:
            if found[i] is None:
                found[i] = replace(speaker, via="quotation")


def link_back(sentences: list[Sentence], found: list[Attribution | None]) -> None:
    """ "This information was revealed by X" credits X with the sentence before too."""
    for i in range(1, len(sentences)):
        att, prev = found[i], found[i - 1]
        if att is None or att.source is None or not _ANAPHOR.match(sentences[i].text):
            continue
        if prev is None or (prev.source is None and prev.source_type is att.source_type):
            found[i - 1] = replace(att, via="next sentence")


def carry_over(
    sentences: list[Sentence], quotes: list[tuple[int, int]], found: list[Attribution | None]
) -> None:
    """A sentence continuing an attributed one ("He also", "Además", a bare quote) keeps it."""
    for i in range(1, len(sentences)):
        prev = found[i - 1]
        if found[i] is not None or prev is None or prev.source_type is SourceType.AUTHOR:
            continue
        text = sentences[i].text
        whole_quote = any(s <= sentences[i].start and e >= sentences[i].end - 1 for s, e in quotes)
        if _CONTINUATION.match(text) or _PRONOUN_START.match(text) or whole_quote:
            found[i] = replace(prev, via="carried over")


def carry_frame(sentences: list[Sentence], found: list[Attribution | None]) -> None:
    """ "According to the prosecutor's office, X. Y." : the factual sentences after an opening
    "according to" continue its account, until one has its own source or the author's voice
    (first person, evaluation, contrast, a demonstrative opener, a question)."""
    frame: Attribution | None = None
    according = lexicon().according_to
    for i, sentence in enumerate(sentences):
        att = found[i]
        if att is not None:
            opens = att.source is not None and according.starts(att.cue or "") is not None
            text = TIMESTAMP.sub("", sentence.text) if opens else ""
            frame = att if opens and frames_paragraph(text) else None
            continue
        if frame is None:
            continue
        if stops_frame(sentence.text) or claim_kind(sentence.text) != "claim":
            frame = None
            continue
        found[i] = replace(frame, via="carried over")


def signed_next(sentences: list[Sentence], found: list[Attribution | None]) -> None:
    """ "A banner ... accuses a rival faction. It is signed “Los Chapitos”.": the signature in
    the next sentence names the message's group."""
    for i in range(len(sentences) - 1):
        att = found[i]
        if att is None or att.source_type is not SourceType.CRIMINAL_GROUP:
            continue
        match = _SIGNED_NEXT.match(sentences[i + 1].text)
        if match is None:
            continue
        name = match.group(1).strip()
        signed = replace(att, source=name, evidence=f"{att.evidence}; signed '{name}'")
        found[i] = signed
        if found[i + 1] is None:
            found[i + 1] = replace(signed, via="carried over")


_SIGNED_NEXT = re.compile(
    r"^\W*(?i:it|the (?:banner|message|note|sign|notice|video|statement)|este|esta|"
    r"el (?:mensaje|texto|video|comunicado)|la (?:manta|cartulina|narcomanta|nota))\s+"
    r"(?i:is|was|est[aá]|estaba|iba|ven[ií]a|viene|aparece|aparec[ií]a)\s+(?i:signed|firmad[oa])"
    r"\s+(?i:(?:by|por|with|con)\s+)?(?i:the\s+)?[“\"«]?([A-ZÁÉÍÓÚÑ][^”\"».]{1,60})"
)


def signed_quotation(paragraph: str, found: list[Attribution | None], memory: SourceMemory) -> None:
    """A paragraph that is one quoted message ending in a sign-off ("... Sincerely, the
    Escorpiones.”") belongs to its signer; after a banner or video is mentioned, a signer who
    is not an official or an outlet is taken for the group that left the message."""
    if not paragraph.lstrip().startswith(("“", '"', "«")):
        return
    match = _SIGNOFF.search(paragraph)
    if match is None:
        return
    name = match.group(1).strip().rstrip('.,”"»')
    typed = classify_source(name, sentence=paragraph, cue=None, appositive=None, memory=memory)
    keep = {SourceType.OFFICIAL, SourceType.MEDIA, SourceType.CRIMINAL_GROUP}
    if typed is None or typed.source_type not in keep:
        if not memory.message_seen and find_criminal_actor(name) is None:
            return
        typed = Typed(SourceType.CRIMINAL_GROUP, f"signed message '{match.group(0).strip()}'")
    att = Attribution(typed.source_type, name, match.group(0).split()[0], typed.evidence)
    for i, item in enumerate(found):
        if item is None:
            found[i] = replace(att, via="quotation")


_SIGNOFF = re.compile(
    r"\b(?i:sincerely|atentamente|atte\.?|att\.?|signed|firma|firman)[,:]?\s+"
    r"((?i:the\s+|los\s+|las\s+|el\s+|la\s+)?[A-ZÁÉÍÓÚÑ][\w.'’-]*"
    r"(?:\s+(?:(?:de|del|of)\s+)?[A-ZÁÉÍÓÚÑ][\w.'’-]*)*)"
)
