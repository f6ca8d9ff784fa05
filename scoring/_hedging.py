"""Hedging: the words in a sentence that weaken what it asserts, English and Spanish."""

from __future__ import annotations

import re

from scoring._lexicon import fold, lexicon

__all__ = ["find_hedges"]

# The Spanish conditional of report ("los agresores formarían parte de ...") is a hedge:
# an infinitive plus -ía(n). Nouns that look the same ("la secretaría", "una librería") are
# told apart by a preceding determiner, a capital letter or the list below.
_CONDITIONAL = re.compile(r"(?<![\w-])(\w{2,}(?:ar|er|ir)ian?)(?![\w-])")
_IRREGULAR = re.compile(
    r"(?<![\w-])((?:tendr|pondr|saldr|vendr|dir|har|sabr|querr|cabr|valdr)ian?)(?![\w-])"
)
_DETERMINERS = frozenset(
    [
        "la",
        "las",
        "una",
        "unas",
        "esta",
        "estas",
        "esa",
        "esas",
        "su",
        "sus",
        "cada",
        "del",
        "al",
        "de",
        "toda",
    ]
)
_NOUNS = frozenset(
    [
        "secretaria",
        "libreria",
        "tesoreria",
        "ingenieria",
        "consejeria",
        "porteria",
        "loteria",
        "galeria",
        "panaderia",
        "carniceria",
        "cerveceria",
        "lavanderia",
        "papeleria",
        "ferreteria",
        "joyeria",
        "mensajeria",
        "pizzeria",
        "refresqueria",
        "tortilleria",
        "veterinaria",
        # session 4: shops and trades, and imperfects of querer, preferir, requerir, adquirir
        "taqueria",
        "cafeteria",
        "zapateria",
        "peluqueria",
        "carpinteria",
        "pasteleria",
        "heladeria",
        "fruteria",
        "polleria",
        "muebleria",
        "tlapaleria",
        "relojeria",
        "queria",
        "querian",
        "preferia",
        "preferian",
        "requeria",
        "requerian",
        "adquiria",
        "adquirian",
    ]
)


_DEONTIC = frozenset(["deberia", "deberian"])


def _spanish_conditionals(text: str, folded: str) -> list[tuple[int, str]]:
    found = []
    for pattern in (_CONDITIONAL, _IRREGULAR):
        for match in pattern.finditer(folded):
            word = match.group(1)
            before = folded[: match.start()].split()
            if word in _NOUNS or word in _DEONTIC or text[match.start()].isupper():
                continue  # a noun, or "debería" (should): an obligation, not a doubt
            written = text[match.start() : match.end()].lower()
            if re.search(r"arian?s?$", written):
                continue  # "humanitaria", "penitenciaria", "humanitarian": adjectives, no accent
            if before and before[-1] in _DETERMINERS:
                continue
            found.append((match.start(), text[match.start() : match.end()].lower()))
    return found


def find_hedges(text: str) -> list[str]:
    """The hedge words of ``text`` as found, lower-cased, in order, without repeats.

    A reported confirmation in the same sentence ("new evidence confirms the theory")
    supersedes suspicion words such as "suspected" and "believed".
    """
    lex = lexicon()
    spans = [
        (span.start, span.text.lower())
        for span in lex.hedges.finditer(text)
        if not _past_ability(text, span.start, span.text)
    ]
    folded = fold(text).lower()
    taken = {start for start, _ in spans}
    spans += [(s, w) for s, w in _spanish_conditionals(text, folded) if s not in taken]
    found = [word for _, word in sorted(spans)]
    if found and lex.confirmation.search(text) is not None:
        found = [word for word in found if fold(word) not in lex.superseded]
    unique: list[str] = []
    for word in found:
        word = " ".join(word.split())
        if word not in unique:
            unique.append(word)
    return unique


# "could" of a past ability or inability states a fact: "nobody could sleep", "he could not
# pay", "before the crew could scuttle it" (a possibility, "it could be", still hedges).
_COULD_NOT = re.compile(r"^\s*(?:not|n['’]t)\s+(?!have\b|be\b)", re.I)
_COULD_AFTER_FACT = re.compile(
    r"\b(?:nobody|no one|nadie|never|before|until|so that)\s+(?:\w+\s+){0,3}$",
    re.I,
)


def _past_ability(text: str, start: int, word: str) -> bool:
    """True for a "could" that tells what someone was (un)able to do, not what may be."""
    if word.lower() != "could":
        return False
    after = text[start + len(word) :]
    return bool(_COULD_NOT.match(after)) or bool(_COULD_AFTER_FACT.search(text[:start]))
