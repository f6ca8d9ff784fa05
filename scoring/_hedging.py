"""Hedging: the words in a sentence that weaken what it asserts, English and Spanish."""

from __future__ import annotations

from scoring._lexicon import fold, lexicon

__all__ = ["find_hedges"]


def find_hedges(text: str) -> list[str]:
    """The hedge words of ``text`` as found, lower-cased, in order, without repeats.

    A reported confirmation in the same sentence ("new evidence confirms the theory")
    supersedes suspicion words such as "suspected" and "believed".
    """
    lex = lexicon()
    found = [span.text.lower() for span in lex.hedges.finditer(text)]
    if found and lex.confirmation.search(text) is not None:
        found = [word for word in found if fold(word) not in lex.superseded]
    unique: list[str] = []
    for word in found:
        word = " ".join(word.split())
        if word not in unique:
            unique.append(word)
    return unique
