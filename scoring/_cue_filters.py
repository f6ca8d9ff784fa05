"""When a reporting verb is not a report: nouns spelled like verbs, participles, idioms,
impersonal "se", adjectives ("an estimated $60 million"), "tell" in other senses, a cue inside
an opening whenever-clause, "said Mass"."""

from __future__ import annotations

import re

from scoring._lexicon import fold, lexicon
from scoring._spans import strip_fillers

__all__ = ["PASSIVE", "not_a_cue"]

# A clause's subject after a subordinator, just before the cue: "after reporters asked".
_SUBORDINATE_SUBJECT = re.compile(
    r"\b(?:after|before|when|once|because|despu[eé]s de que|antes de que|cuando|porque)\s+"
    r"(?:[\w'’-]+\s+){1,3}$",
    re.I,
)
_DETERMINERS = frozenset(["a", "an", "the", "un", "una", "its", "their", "his", "her"])


PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|fue|fueron|sido|es|son)\s*$", re.IGNORECASE)


# Nouns spelled like a reporting verb without its accent ("el anuncio", "el público").
_ACCENTED_VERBS = {"anuncio": "anunció", "publico": "publicó", "critico": "criticó"}


# "a video posted on TikTok by ...", "the men accused of ...": a participle, not a report.
_PARTICIPLE_AFTER = re.compile(
    # "reported on Monday that one of ..." is a report: "that" ends the participle's phrase
    r"^\s*(?:(?:(?:on|in|to|at)\s+(?:(?!(?:that|que)\b)\S+\s+){0,3}?)?(?:by|of)\b|"
    r"(?:on|in|to|at)\s+[^,.;]{1,40},)",
    re.I,
)


# Posting verbs report a statement only when it follows ("posted on X that", "publicó: ...").
_POSTING = frozenset(["posted", "tweeted", "publico", "publicaron", "tuiteo"])


_POSTED_WHAT = re.compile(
    r"^\s*(?:[:,\"“]|(?:that|que)\b|(?:on|in|en)\s+(?:\S+\s+){0,4}?(?:that|que)\b)", re.I
)


_IDIOM_AFTER = re.compile(
    r"^\s*(?:mucho|poco|m[aá]s de lo|a lot|much about|little about|volumes|no ser|not to be|"
    r"nothing|anything about|nada de|nada sobre|no decir|no dar a conocer|"
    r"el anonimato|anonymity|omitir|reserva|que se reserve|no publicar|no revelar|no usar|no dar|"
    r"no mencionar|not to use|not to publish|not to name|not to give|not to mention|"
    r"that (?:his|her|their) names? not)\b",
    re.I,
)


_CLITICS = frozenset(["le", "les", "lo", "la", "los", "las"])


_MASS = re.compile(r"\s*(?:Mass|misa)\b")


_TELL_NOT_PRE = re.compile(
    r"\b(?:to|will|would|can|could|should|must|always|never|often|I|we|you|ll|cannot|can't|"
    r"let|don't|didn't)\s*$",
    re.I,
)


_TELL_NOT_POST = re.compile(
    r"\s*(?:yourself|himself|herself|themselves|ourselves|myself|you|them|him|her|"
    r"the difference|a story|stories|the truth|lies|time)\b|"
    # "tell me about it", "tell us what": a request; "residents tell me the soldiers ...": a report
    r"\s*(?:me|us)\b(?!\s+(?:that|the|a|an|they|he|she|it|there|this|these|those|police|"
    r"soldiers|no|nobody|nothing)\b)",
    re.I,
)


# A subordinate clause opening the sentence and not yet closed by a comma.
_OPENING_CLAUSE = re.compile(
    r"^\W*(?:cada vez que|siempre que|whenever|every time|each time)\b[^,;:]*$", re.I
)


_NEGATED = re.compile(
    r"\b(?:no|nunca|jam[aá]s)\s+(?:(?:lo|la|los|las|le|les|se|me|nos)\s+)?$|"
    r"\b(?:does|do|did|has|have|had|would|will)\s*(?:not|n['’]t)\s+$|\bnever\s+$",
    re.I,
)


def not_a_cue(cue: str, pre: str, post: str) -> bool:
    """True when a cue's words are a noun ("el anuncio") or a participle ("posted by")."""
    folded = fold(cue).lower()
    if folded in _POSTING and not _POSTED_WHAT.match(post):
        return True  # "he posted materials from the campaign": an act, not a statement
    if (
        (folded.endswith("ed") or folded == "estimates")
        and pre[-8:].split()[-1:]
        and (pre[-8:].split()[-1].lower() in _DETERMINERS)
    ):
        return True  # "an estimated $60 million", "the disputed city": an adjective
    if _SUBORDINATE_SUBJECT.search(pre) and lexicon().speech.search(post) is not None:
        return True  # "after reporters asked about it, a company spokesperson said": a clause
    if folded == "tell" and (_TELL_NOT_PRE.search(pre) or _TELL_NOT_POST.match(post)):
        return True  # "I'm here to tell you", "tell yourself": not a report
    if post[:6].lstrip().startswith(("Mass", "misa")) and _MASS.match(post):
        return True  # "has said Mass", "dijo misa": a liturgy, not a report
    if _OPENING_CLAUSE.match(pre):
        return True  # "Cada vez que el Gobierno anuncia ..., ...": a cue inside a leading clause
    if pre[-4:].lower() == " to " and folded in {"say", "tell", "report", "confirm", "state"}:
        return True  # "asked him to say in his own words": an infinitive, not a report
    if _NEGATED.search(pre[-24:]):
        return True  # "El comunicado no lo dice": what a source does not say is nobody's claim
    if _IDIOM_AFTER.match(post):
        return True  # "dice mucho de", "says a lot about", "pidió no ser identificado"
    if folded in {"disputed", "disputo"} and PASSIVE.search(pre.rstrip()):
        return True  # "has been disputed for years by the Gulf cartel": fought over, not denied
    if folded in {"aseguro", "aseguraron"} and not re.search(r"[”\"»],?\s*$", pre):
        return True  # "La Policía aseguró 20 kilos": seized; "“...”, aseguró." is a report
    if folded in {"cuenta", "cuentan"} and (
        pre[-6:].lower().split()[-1:] in (["la"], ["una"], ["su"], ["sus"], ["las"], ["ni"])
        or re.match(r"\s*(?:con|de|del|por)\b", post, re.I)
    ):
        return True  # "la cuenta de", "cuenta con": an account, has; not tells
    if folded in {"conto", "contaron"} and re.match(r"\s*con\b", post, re.I):
        return True  # "contó con el apoyo de": had, not told
    last_words = pre[-12:].lower().split()
    if last_words and (
        last_words[-1] == "se" or (last_words[-2:-1] == ["se"] and last_words[-1] in _CLITICS)
    ):
        return True  # "se le considera inocente": impersonal, nobody reports
    accented = _ACCENTED_VERBS.get(folded)
    if accented is not None and cue.lower() != accented:
        return True
    if folded.endswith("ed") and _PARTICIPLE_AFTER.match(post):
        return not PASSIVE.search(strip_fillers(pre))
    last = pre.split()[-1:] if pre.strip() else []
    if re.match(r"\s*(?:that|:)", post):
        return False  # "The communiqué warned that ...": the message reports
    return bool(last) and lexicon().messages.search(last[0]) is not None and folded.endswith("ed")
