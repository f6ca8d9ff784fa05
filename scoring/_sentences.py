"""Sentence splitting with syntok: spans into the original paragraph, quotes kept intact.

syntok rather than pysbd: on the seed articles it is about four times faster (bench/bench_score.py)
and it splits a quotation of several sentences at its sentence ends, which attribution needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from syntok import segmenter

__all__ = ["Sentence", "quote_spans", "split_sentences"]

_OPENERS = {"“": "”", "«": "»", "„": "“", '"': '"'}
_OPENER = re.compile('[“«„"]')
_INNER_END = re.compile(r"[.!?…;:\n]")  # any of these inside a paragraph may end a sentence
_CLOSERS = ".!?…\"'”’»)] \t"
_ONLY_PUNCT = re.compile(r"^[\s\"'”’»)\].,;:!?…-]*$")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its text and where it sits in its paragraph."""

    text: str
    start: int
    end: int


def split_sentences(paragraph: str) -> list[Sentence]:
    """Split one paragraph into sentences, keeping each sentence's exact characters."""
    stripped = paragraph.strip()
    if not stripped:
        return []
    if not _INNER_END.search(stripped.rstrip(_CLOSERS)):
        start = paragraph.index(stripped[0])
        return [Sentence(stripped, start, start + len(stripped))]  # one sentence: skip syntok
    sentences: list[Sentence] = []
    for block in segmenter.analyze(paragraph):
        for tokens in block:
            if not tokens:
                continue
            start = tokens[0].offset
            end = tokens[-1].offset + len(tokens[-1].value)
            text = paragraph[start:end]
            if sentences and _ONLY_PUNCT.match(text):
                last = sentences[-1]
                sentences[-1] = Sentence(paragraph[last.start : end], last.start, end)
                continue
            if text.strip():
                sentences.append(Sentence(text, start, end))
    return sentences


def quote_spans(paragraph: str) -> list[tuple[int, int]]:
    """Offsets of quoted passages (“…”, «…», "…") in ``paragraph``, outer marks included."""
    spans: list[tuple[int, int]] = []
    n = len(paragraph)
    i = 0
    while True:
        opener = _OPENER.search(paragraph, i)
        if opener is None:
            break
        i = opener.start()
        closer = _OPENERS[paragraph[i]]
        j = paragraph.find(closer, i + 1)
        if j == -1:
            spans.append((i, n))
            break
        spans.append((i, j + 1))
        i = j + 1
    return spans
