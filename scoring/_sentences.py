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
    masked = _KNOWN_ABBREVIATIONS.sub(_undot, paragraph) if "." in paragraph else paragraph
    easy = _easy_split(masked)
    if easy is not None:
        if masked is paragraph:
            return easy
        return [Sentence(paragraph[s.start : s.end], s.start, s.end) for s in easy]
    if _GLUED.search(paragraph) is None:
        return _chunked_split(paragraph)
    return [part for s in _chunked_split(paragraph) for part in _unglue(paragraph, s)]


def _chunked_split(paragraph: str) -> list[Sentence]:
    """syntok only where it is needed: the paragraph is cut at its plain sentence ends first and
    each piece is split alone (syntok was most of the cost of scoring). On 9,519 labelled and
    benchmark paragraphs this cuts exactly where syntok on the whole paragraph does."""
    stripped = paragraph.strip()
    start = paragraph.index(stripped[0])
    cuts = [c for c in _plain_cuts(paragraph, start, start + len(stripped)) if _sure(paragraph, c)]
    if not cuts or _PAREN_SENTENCE.search(paragraph, start + 1):  # "(None of ...": in context
        return _syntok_split(paragraph)
    sentences: list[Sentence] = []
    bounds = [start, *(c for cut in cuts for c in cut), start + len(stripped)]
    for begin, end in zip(bounds[::2], bounds[1::2], strict=True):
        piece = paragraph[begin:end]
        if _INNER_END.search(piece.rstrip(_CLOSERS)):
            found = _syntok_split(piece)
        else:
            found = [Sentence(piece, 0, len(piece))]
        sentences += [Sentence(s.text, s.start + begin, s.end + begin) for s in found]
    return sentences


def _sure(paragraph: str, cut: tuple[int, int]) -> bool:
    """A plain cut syntok makes too: after a word of four or more letters that is no abbreviation
    ("atte.", "prof.") and not right after a parenthesis it would read as a new sentence."""
    word = paragraph[max(0, cut[0] - 12) : cut[0]].rstrip('.!?"”’»').split()[-1:]
    return bool(word) and len(word[0]) >= 4 and word[0].isalpha() and word[0].lower() not in _ABBR4


_ABBR4 = frozenset({"atte", "prof", "dept", "corp", "govt", "gral", "arch", "ltda", "avda", "pres"})


# Dotted abbreviations inside a sentence ("the U.S. border", "at 9 a.m., police"): followed by a
# lower-case word, a comma or a number they end nothing, so the plain splitter may go on (61 more
# of 7,606 paragraphs, 0 differences from syntok). Before a capital they are left to syntok.
_KNOWN_ABBREVIATIONS = re.compile(
    r"\b(?:U\.S\.|U\.N\.|a\.m\.|p\.m\.|EE\.UU\.|E\.U\.|U\.K\.)(?=\s*[a-z,;:)”\"'’]|\s+\d)"
)


def _undot(match: re.Match[str]) -> str:
    return match.group(0).replace(".", "_")


def _syntok_split(paragraph: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    for block in segmenter.analyze(paragraph):
        for tokens in block:
            if not tokens:
                continue
            start = tokens[0].offset
            end = tokens[-1].offset + len(tokens[-1].value)
            text = paragraph[start:end]
            if sentences and _TITLE_END.search(sentences[-1].text):
                last = sentences[-1]  # "Sgt. Ray Ortega", "Cnel. Héctor Saldaña": one sentence
                sentences[-1] = Sentence(paragraph[last.start : end], last.start, end)
                continue
            if sentences and _ONLY_PUNCT.match(text):
                last = sentences[-1]
                sentences[-1] = Sentence(paragraph[last.start : end], last.start, end)
                continue
            if text.strip():
                sentences.append(Sentence(text, start, end))
    return sentences


# Two sentences glued by a scraper or a CMS with no space between them: "en 2012.En su
# declaración", "hondureño”.Desde hace años". A word of three lower-case letters, two digits or a
# closing quote, a stop, then a capitalised word; not "U.S.", "a.m." or a web address.
_GLUED = re.compile(
    r"(?:(?<=[a-záéíóúñü]{3})|(?<=\d\d)|(?<=[”\"»]))[.!?](?=[A-ZÁÉÍÓÚÑ¿¡][a-záéíóúñü])"
)


# Titles before a name that syntok takes for sentence ends.
_TITLE_END = re.compile(
    r"(?:^|\s)(?:Sgt|Lt|Capt|Cpl|Col|Gen|Gov|Sen|Rep|Det|Ofc|Cmdr|Supt|Insp|Atty|Gral|Cap|Tte|"
    r"Cnel|Sgto|Mtro|Mtra|Lic|Ing|Cmte|Cmdte|Subcmdte)\.$"
)


def _unglue(paragraph: str, sentence: Sentence) -> list[Sentence]:
    """Cut ``sentence`` after each glued stop that is not inside a web address."""
    parts: list[Sentence] = []
    start = sentence.start
    for match in _GLUED.finditer(paragraph, sentence.start, sentence.end):
        token = paragraph[paragraph.rfind(" ", 0, match.start()) + 1 : match.start()]
        if "www" in token or "/" in token or "@" in token:
            continue
        parts.append(Sentence(paragraph[start : match.end()], start, match.end()))
        start = match.end()
    parts.append(Sentence(paragraph[start : sentence.end], start, sentence.end))
    return [p for p in parts if p.text.strip()]


# A plain sentence end: a lower-case word of four letters or more, a number, or an acronym of three
# or four capitals ("CJNG.", "(CJNG).") and a full stop,
# question or exclamation mark, then space and a capital. Abbreviations ("Mr.", "U.S.", "No. 5")
# and initials never look like this, so syntok would split at the same places.
_PLAIN_END = re.compile(
    r"(?:(?<=[a-záéíóúñü]{4}[.!?])|(?<=[a-záéíóúñü]{4}[.!?][\"”’»])|(?<=\d\d[.!?])"
    r"|(?<=[\s(][A-Z]{3}[.!?])|(?<=[\s(][A-Z]{4}[.!?])|(?<=[\s(][A-Z]{3}\)[.!?])"
    r"|(?<=[\s(][A-Z]{4}\)[.!?])"
    # a lower-case word of three letters ("every day. Stay safe."), unless an abbreviation
    r"|(?<=\s[a-záéíóúñü]{3}[.!?])|(?<=\s[a-záéíóúñü]{3}[.!?][\"”’»]))"
    r"\s+(?=[\"“«(]?[A-ZÁÉÍÓÚÑ¿¡])"
)
_STOP_THEN_CAPITAL = re.compile(r"[.!?][\"”’»]?\s+(?=[\"“«(]?[A-ZÁÉÍÓÚÑ¿¡])")
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyzáéíóúñü")
_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _plain_cuts(paragraph: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where ``_PLAIN_END`` matches, found faster: a stop before space and a capital, then a
    check of the word before it in Python (the regex's lookbehind alternation is slow)."""
    cuts: list[tuple[int, int]] = []
    for match in _STOP_THEN_CAPITAL.finditer(paragraph, start, end):
        stop = match.start()
        quoted = paragraph[stop + 1] in '"”’»'
        before = paragraph[max(0, stop - 5) : stop]
        word = before[-4:]
        ok = len(word) == 4 and all(c in _LOWER for c in word)
        if (
            not ok
            and len(before) == 5
            and before[1] in " \t\n"
            and all(c in _LOWER for c in before[2:])
        ):
            ok = True  # " day." a three-letter word
        if not ok and not quoted:
            ok = (
                len(word) >= 2 and word[-2:].isdigit() and word[-2:].isascii()
            ) or _ACRONYM_BEFORE.search(paragraph, max(0, stop - 7), stop) is not None
        if ok:
            cuts.append((match.start() + 1 + quoted, match.end()))
    return cuts


_ACRONYM_BEFORE = re.compile(r"[\s(][A-Z]{3,4}\)?$")
# three-letter abbreviations that end with a stop but not a sentence (English, Spanish, German)
_SHORT_ABBREVIATIONS = frozenset(
    re.findall(
        r"\w+",
        """etc vol est viz fig apr aug dec feb jan jul jun mar nov oct sep gen col sgt lic ing
    sra pag
    num tel ext inc ltd jnr mrs rev hon esq exp min max mts kms lbs pts art cap sec dpt bzw usw
    ggf vgl inkl evtl aprox depto fracc""",
    )
)
# syntok decides where these are: brackets, ellipses, semicolons, line breaks, "..", initials and
# abbreviations ("U.S.", "J. Smith"); a parenthesis opening on a capital inside a sentence
# ("areas (None of these ...", checked after the cuts), which syntok may take for a new sentence,
# is left to it too. Colons, square brackets and parentheses around lower-case
# asides ("Guadalajara (born and raised ...)") never end a sentence for syntok: checked on 6,936
# benchmark and labelled paragraphs, 479 more of them split here, 0 differences. Semicolons do
# (syntok cut 7 of 47 such paragraphs there).
_HARD = re.compile(r"[…;\n]|\.\.|\b[A-Za-z]\.")
_CAPITAL_PAREN = re.compile(r"\(\s*[A-ZÁÉÍÓÚÑ¿¡\"“«]")
# A parenthesis that opens like a sentence ("(None of these ...") rather than an acronym or a
# name ("(CJNG)", "(Los Zetas)"): syntok reads it in context, so the paragraph goes whole.
_PAREN_SENTENCE = re.compile(r"\(\s*[¿¡\"“«]?[A-ZÁÉÍÓÚÑ][a-záéíóúñ]*\s+[a-záéíóúñ]")
_EASY_STOP = re.compile(r"[.!?…;\n]")  # a stop left inside a plain sentence: leave it to syntok


def _easy_split(paragraph: str) -> list[Sentence] | None:
    """Split a paragraph with only plain sentence ends by itself; None leaves it to syntok."""
    if _HARD.search(paragraph) or paragraph.count("(") != paragraph.count(")"):
        return None
    stripped = paragraph.strip()
    start = paragraph.index(stripped[0])
    end_all = start + len(stripped)
    sentences: list[Sentence] = []
    cuts = _plain_cuts(paragraph, start, end_all)
    for cut_start, cut_end in cuts:
        if not re.search(r"[^\W\d]{2}", paragraph[start:cut_start]):
            return None  # "10. Ditch the diet": a numbered item, not a sentence
        word = paragraph[max(0, cut_start - 6) : cut_start].rstrip('.!?"”’»').split()[-1:]
        if word and word[0].lower() in _SHORT_ABBREVIATIONS:
            return None  # "Disruption bzw. Digital": an abbreviation, left to syntok
        sentences.append(Sentence(paragraph[start:cut_start], start, cut_start))
        start = cut_end
    inner = paragraph[start:end_all].rstrip(_CLOSERS)
    stops_inside = any(_EASY_STOP.search(s.text.rstrip(_CLOSERS)) for s in sentences)
    if _EASY_STOP.search(inner) or stops_inside:
        return None  # a stop somewhere else: leave it to syntok
    sentences.append(Sentence(paragraph[start:end_all], start, end_all))
    if any(_CAPITAL_PAREN.search(s.text, 1) for s in sentences):
        return None  # "(None of ..." inside a sentence: syntok may start a sentence there
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
