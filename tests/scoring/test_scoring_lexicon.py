"""The word-list matcher: whole words, accents and case folded, and the anchor-word shortcut
answering exactly as the regexes would."""

from __future__ import annotations

import pytest

from scoring._lexicon import Phrases

ENTRIES = ["the police", "secretar*", "attorney's office", "según", "co-founder", "DEA", "U.S."]
TEXTS = [
    "The Police said nothing.",
    "La secretaría de seguridad informó",
    "the Secretary of State",
    "The district attorney’s office filed charges.",
    "Segun fuentes locales, hubo disparos.",
    "A co-founder of the group spoke.",
    "Agents of the DEA arrived; the dea is not an acronym here.",
    "He flew to the U.S. last week.",
    "Nothing here matches at all.",
    "policeman and secretariat-like words",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_anchor_shortcut_answers_as_the_regexes_do(text: str) -> None:
    gated = Phrases(ENTRIES)
    plain = Phrases(ENTRIES)
    plain._anchors = None  # the regexes alone
    assert gated.search(text) == plain.search(text)
    assert gated.finditer(text) == plain.finditer(text)


def test_matches_are_whole_words_with_case_and_accents_folded() -> None:
    phrases = Phrases(ENTRIES)
    assert [s.text for s in phrases.finditer(TEXTS[0])] == ["The Police"]
    assert phrases.search("La secretaría de seguridad") is not None  # "secretar*", accent folded
    assert phrases.search("policeman") is None  # whole words only
    assert phrases.search("The district attorney’s office") is not None  # curly apostrophe
    assert phrases.search("the dea") is None  # acronyms match as written
    assert not Phrases(ENTRIES)._may_match("nothing here")  # no anchor word: no regex run


def test_three_letter_sentence_ends_split_without_syntok() -> None:
    from scoring._sentences import _easy_split, split_sentences

    paragraph = "My dad crosses every day. Stay safe. The bridge closed at ten."
    easy = _easy_split(paragraph)
    assert easy is not None
    assert [s.text for s in easy] == [
        "My dad crosses every day.",
        "Stay safe.",
        "The bridge closed at ten.",
    ]
    assert [s.text for s in split_sentences(paragraph)] == [s.text for s in easy]


def test_three_letter_abbreviations_are_left_to_syntok() -> None:
    from scoring._sentences import _easy_split

    assert _easy_split("Von Disruption bzw. Digital Darwinismus bedroht. Das ist neu.") is None
    assert _easy_split("The units arrived in Jan. Nobody knew why.") is None


def test_dotted_abbreviations_inside_a_sentence_do_not_need_syntok() -> None:
    from scoring._sentences import _KNOWN_ABBREVIATIONS, _easy_split, _undot, split_sentences

    paragraph = "Agents at the U.S. border stopped him at 9 a.m., police said. He was released."
    assert _easy_split(_KNOWN_ABBREVIATIONS.sub(_undot, paragraph)) is not None
    assert [s.text for s in split_sentences(paragraph)] == [
        "Agents at the U.S. border stopped him at 9 a.m., police said.",
        "He was released.",
    ]
    # before a capital, "U.S." may end a sentence: left to syntok
    assert _KNOWN_ABBREVIATIONS.search("He flew to the U.S. The case") is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "He left at noon. The bus came late. Nobody knew (NYT). The AP said so. It was 1999. Fine.",
        "Lo dijo el CJNG. Todo el día. “Así es”. Ya ven. En 2024. Luego nada.",
        "The U.S. said no. Gen. Ruiz agreed. It was every day. Stay safe.",
    ],
)
def test_fast_plain_cuts_match_the_regex(paragraph: str) -> None:
    from scoring._sentences import _PLAIN_END, _plain_cuts

    start, end = 0, len(paragraph)
    expected = [(m.start(), m.end()) for m in _PLAIN_END.finditer(paragraph, start, end)]
    assert _plain_cuts(paragraph, start, end) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "El mensaje decía: «Esto les pasa por apoyar a los de la letra; atte. CJNG». La Fiscalía "
        "confirmó el hallazgo. No dio más detalles.",
        "O prof. Carlos Nadalim apresenta uma loja; incrível nos EUA. Por que não temos uma assim?",
        "I live in Guadalajara (born and raised), and there has been killing lately in the areas "
        "(None of these crimes appear on TV; hell, i don't see it. Sadly, it goes on. Excuse me.",
        "Police arrived at 9 p.m. on Friday; the men had left. Residents said J. Smith ran. "
        "He was never found. Nobody spoke...",
    ],
)
def test_chunked_split_cuts_where_syntok_on_the_whole_paragraph_does(paragraph: str) -> None:
    from scoring._sentences import _chunked_split, _syntok_split

    assert [(s.start, s.end) for s in _chunked_split(paragraph)] == [
        (s.start, s.end) for s in _syntok_split(paragraph)
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Jalisco Cartel (CJNG) moved in; the Zetas left. Police said nothing. It was late.",
        "Los Zetas (Los Z) llegaron de noche; nadie habló. La policía no vino.",
        "The men (None of them local) arrived; nobody spoke. It was late.",
    ],
)
def test_acronyms_in_brackets_still_split_like_syntok(paragraph: str) -> None:
    from scoring._sentences import _syntok_split, split_sentences

    assert [(s.start, s.end) for s in split_sentences(paragraph)] == [
        (s.start, s.end) for s in _syntok_split(paragraph)
    ]
