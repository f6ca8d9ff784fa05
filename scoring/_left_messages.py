"""Messages left at a scene and then quoted: "dejaron una cartulina con un mensaje." then
"“Esto les pasa ...”", or "En la manta se leía: “...”": the quoted words are the group's."""

from __future__ import annotations

import re

from scoring._attribution_forms import _IT_READ, _LEFT_MESSAGE, _OPENS_QUOTED, _SHOUTED
from scoring._attribution_model import Attribution
from scoring._models import SourceType
from scoring._sentences import Sentence

__all__ = ["message_read_inline", "quoted_after_message"]

# "En la manta, escrita con pintura negra, se leía: “...", "On the sign, which read: '...'":
# the words of a left message quoted in the sentence that describes it.
_READ_INLINE = re.compile(
    r"\b(?:narcomantas?|mantas?|cartulinas?|pancartas?|letreros?|mensajes?|notas?|pintas?|"
    r"banners?|signs?|notes?|messages?|placards?|graffiti)\b[^:“\"«]{0,80}?\b"
    r"(?:se le[ií]a|se lee|dec[ií]a|dice|rezaba|reads?|said|says)(?:\s+lo siguiente)?\s*:\s*[“\"«]",
    re.IGNORECASE,
)


def message_read_inline(sentences: list[Sentence], found: list[Attribution | None]) -> None:
    """A left message quoted in the sentence that describes it is the group's, and so are the
    unattributed sentences that finish its quotation."""
    for i, sentence in enumerate(sentences):
        text = sentence.text
        read = _READ_INLINE.search(text) if found[i] is None and ":" in text else None
        if read is None:
            continue
        evidence = "the message quoted after its description"
        found[i] = Attribution(SourceType.CRIMINAL_GROUP, None, None, evidence)
        closer = {"“": "”", "«": "»"}.get(read.group(0)[-1], '"')
        said = sentence.text[read.end() :]
        j = i + 1
        while closer not in said and j < len(sentences) and found[j] is None:
            found[j] = Attribution(SourceType.CRIMINAL_GROUP, None, None, evidence, via="quotation")
            said = sentences[j].text
            j += 1


def quoted_after_message(sentences: list[Sentence], found: list[Attribution | None]) -> None:
    """ "Sobre uno de los cuerpos dejaron una cartulina con un mensaje." then "“Esto les pasa
    ...”" or "It read, in part: ...": the words of the message just described."""
    for i in range(1, len(sentences)):
        before, text = sentences[i - 1].text, sentences[i].text
        if found[i] is not None and found[i].source_type is not SourceType.AUTHOR:  # type: ignore[union-attr]
            continue
        noun = _LEFT_MESSAGE.search(before)
        before_att = found[i - 1]
        group_before = (
            before_att is not None and before_att.source_type is SourceType.CRIMINAL_GROUP
        )
        if noun is None or (before_att is not None and not group_before):
            continue  # a press statement or a video before a quotation is not a left message
        if _OPENS_QUOTED.match(text) or _IT_READ.match(text) or _SHOUTED.match(text):
            evidence = f"the {noun.group(0)} described before"
            found[i] = Attribution(SourceType.CRIMINAL_GROUP, None, None, evidence)
