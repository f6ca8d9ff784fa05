"""The speaker after the verb ("..., said a police officer", "dijo a este medio un chofer") and
"one of them" speaking again: the finder's readers for an inverted attribution."""

from __future__ import annotations

import re

from scoring._attribution_forms import (
    _AFTER_QUOTE,
    _AS_REPORTED,
    _DATIVE,
    _DATIVE_PHRASE,
    _DETERMINER_NEXT,
    _NAME_AFTER,
    _PLACE_OR_MANNER,
    _PLACE_TAIL,
    _PLURAL_PEOPLE,
    _POST_END,
    _PREPOSITION,
    _PUBLISHING_CUES,
    _SPANISH_CUE,
    _SPEAKER_NEXT,
    _TIME_TAIL,
    _UNREAD_SUBJECT,
)
from scoring._attribution_model import Attribution
from scoring._finder_base import _FinderBase
from scoring._lexicon import fold
from scoring._models import SourceType
from scoring._patterns import (
    _ANONYMITY_ASIDE,
    _BODY_ANAPHOR,
    _NOT_A_SPEAKER_START,
    _OF_THEM,
)
from scoring._reported import (
    IMPERSONAL,
    IMPERSONAL_START,
)
from scoring._source_criminal import find_criminal_actor
from scoring._source_memory import Typed
from scoring._spans import (
    appositive_after,
    is_bare_name,
    phrase_after,
)

# The channel of a statement after its speaker: "informó la institución en un comunicado",
# "said the ministry in a statement". The speaker is the phrase before it, not the communiqué.
_CHANNEL_TAIL = re.compile(
    r"\s+(?:en|in|a trav[eé]s de|mediante|por medio de|through|via)\s+(?:un|una|el|la|su|a|an|"
    r"the|its|their)\s+(?:comunicado|bolet[ií]n|statement|press release|news release|"
    r"nota informativa|tarjeta informativa)\b.*$",
    re.IGNORECASE,
)

OFFICIAL = SourceType.OFFICIAL  # short: used in long conditions


class _AfterVerb(_FinderBase):
    """Readers of the speaker after the verb, and of "one of them" as the last source."""

    # "One of them", "another", "the other": the last source speaking again --------------------
    # One helper for the four checks, each still called where it stood, because the steps
    # between them can answer first and moving a check would change answers: after a criminal
    # group (before `unnamed_subject`), after other people (`_PEOPLE_KINDS`, after
    # `unnamed_subject`, which also matches a subject like "sus de ellos"), when the subject has no
    # type (after typing), and after the verb when the last source is a plural ("dijo uno de
    # ellos"). The named forms ("Jesús Almeida, one of them,") share `_named_one_of_last`.

    def _one_of_last(
        self,
        who: str,
        cue: str,
        *,
        kinds: frozenset[SourceType] | None = None,
        plural: bool = False,
    ) -> Attribution | None:
        """ "One of them", "another", "the other" as the last source (when it is of ``kinds``
        and, with ``plural``, named by a plural such as "residents"); the callers add the rest."""
        last = self.memory.last
        if last is None or not _OF_THEM.match(who):
            return None
        if kinds is not None and last[0] not in kinds:
            return None
        if plural and not _PLURAL_PEOPLE.search(last[1]):
            return None
        return Attribution(last[0], last[1], cue, f"'{who}' = {last[1]}: {last[2]}")

    def _named_one_of_last(self, of_them: str, name: str, cue: str) -> Attribution | None:
        """ "Jesús Almeida, one of them,", "One of them, Jesús Almeida,": the name speaks, one
        of the last source."""
        last = self.memory.last
        if last is None or not _OF_THEM.match(of_them):
            return None
        kind, group, evidence = last
        return Attribution(kind, name, cue, f"'{name}', one of {group}: {evidence}")

    # The speaker after the verb --------------------------------------------------------------

    def _speaker_after(self, text: str, cue: str, pre: str, post: str) -> Attribution | None:
        """The speaker after the verb ("..., said X", "dijo a este medio un chofer"), or the last
        source when the verb has none ("relató entre lágrimas.")."""
        span = phrase_after(post, _POST_END)
        if span and fold(cue).lower() in self.lex.not_inverted:
            return None  # "X accused the victims of ...": the object is not the speaker
        moved = _past_datives(cue, pre, post, span)
        if moved is None:
            return self._pronoun(text, cue)  # "relató entre lágrimas.": the last one
        post, span, first_after = moved
        if _OF_THEM.match(span):
            return self._one_of_them_after(span, post, cue)
        if (
            not span
            or first_after in _NOT_A_SPEAKER_START
            or fold(cue).lower().endswith((" que", " that"))
            or _DATIVE.match(post)
            or (pre.rstrip().endswith(",") and post.lstrip().startswith(","))
            or (fold(span.split()[0]).lower() in {"that", "que"})
        ):
            return self._no_speaker_after(text, cue, pre, post)
        return self._typed_after(text, cue, pre, post, span)

    def _one_of_them_after(self, span: str, post: str, cue: str) -> Attribution:
        """ "dice uno de ellos": one of a group named right after, one of the people before,
        or someone unnamed."""
        tail = post[post.find(span) + len(span) : post.find(span) + len(span) + 90]
        actor = find_criminal_actor(tail)
        if actor is not None:  # "dice uno de ellos, que presume trabajar para Los Salazar"
            typed = Typed(SourceType.CRIMINAL_GROUP, f"'{span}' of '{actor.text}'")
            return self._make(typed, span, cue)
        # "“...”, dijo uno de ellos": one of the people before
        people = self._one_of_last(span, cue, plural=True)
        if people is not None:
            return people
        return self._make(Typed(SourceType.ANONYMOUS_SOURCE, f"unnamed '{span}'"), span, cue)

    def _no_speaker_after(self, text: str, cue: str, pre: str, post: str) -> Attribution | None:
        """No speaker after the verb either: people in general ("Dicen que"), or the last source
        as a dropped pronoun."""
        if IMPERSONAL_START.match(pre) and fold(cue).lower() in IMPERSONAL:
            evidence = f"impersonal '{cue}'"  # "Dicen que ...": people say
            return Attribution(SourceType.ANONYMOUS_SOURCE, None, cue, evidence)
        if (
            _UNREAD_SUBJECT.search(pre)
            and not post.lstrip().startswith(",")
            and len(post.split()) > 2
        ):
            return None  # "The exporter, ..., a company in Piura, said in": not a pronoun
        return self._pronoun(text, cue)

    def _typed_after(
        self, text: str, cue: str, pre: str, post: str, span: str
    ) -> Attribution | None:
        """The phrase after the verb typed as the speaker, with the name after a role, an outlet
        "as reported", and a pseudonym's anonymity."""
        after_span = post[post.find(span) + len(span) :]
        appositive = appositive_after(after_span)
        speaker = _CHANNEL_TAIL.sub("", span) if " " in span else span  # "... en un comunicado"
        typed = self._typed(speaker, sentence=text, cue=cue, appositive=appositive)
        last = self.memory.last_span
        if typed is None and _BODY_ANAPHOR.match(speaker) and last and last[0] is OFFICIAL:
            # "..., informó la institución en un comunicado": the official body just named
            return Attribution(OFFICIAL, speaker, cue, f"'{speaker}' = {last[1]}: {last[2]}")
        if typed is None or speaker == span:
            typed = self._typed(span, sentence=text, cue=cue, appositive=appositive)
        else:
            span = speaker
        if typed is None and _PLACE_TAIL.search(span):
            span = _PLACE_TAIL.sub("", span)  # "escribió Molina en el informe": Molina
            typed = self._typed(span, sentence=text, cue=cue, appositive=appositive)
        named = _NAME_AFTER.match(after_span)
        if typed is None and named is not None and is_bare_name(named.group(1)):
            # "dijo ... la coordinadora del centro, Marcela Aguilar Pérez": the name speaks
            role, span, after_span = span, named.group(1), after_span[named.end(1) :]
            typed = self._typed(span, sentence=text, cue=cue, appositive=role)
            if typed is not None and typed.source_type is SourceType.ANONYMOUS_SOURCE:
                typed = Typed(SourceType.NAMED_SOURCE, f"named, '{role}'")  # a name is given
        if (
            typed is not None
            and typed.evidence == "named person"
            and _AS_REPORTED.match(pre)
            and fold(cue).lower() in _PUBLISHING_CUES
        ):
            span = _TIME_TAIL.sub("", span)  # "Como informó Bajío Rojo en junio": an outlet
            typed = Typed(SourceType.MEDIA, f"'as {span} reported'")
        if typed is None:
            return None
        hidden = _ANONYMITY_ASIDE.search(after_span[:140])
        if hidden is not None:
            # "..., relató Ana, de 16 años, cuyo nombre fue cambiado": a pseudonym
            typed = Typed(SourceType.ANONYMOUS_SOURCE, f"anonymity '{hidden.group(0)}'")
        named = _NAME_AFTER.match(after_span)  # "confirmó su titular, Claudia Sánchez."
        if named is not None and is_bare_name(named.group(1)):
            if typed.source_type is SourceType.ANONYMOUS_SOURCE and hidden is None:
                typed = Typed(SourceType.NAMED_SOURCE, f"named, '{span}'")
            return self._make(typed, named.group(1), cue)
        return self._make(typed, span, cue)


def _first_word(post: str) -> str:
    """The first word after the verb, folded, without a trailing comma."""
    return fold(post.split()[0]).lower().strip(",;") if post.split() else ""


def _past_datives(cue: str, pre: str, post: str, span: str) -> tuple[str, str, str] | None:
    """Step over "a este medio", "a las afueras del Semefo" or a manner after a quotation to
    where the speaker may be: (post, span, first word); None when only a manner follows."""
    first_after = _first_word(post)
    dative = _DATIVE_PHRASE.match(post)
    if dative is not None and _SPEAKER_NEXT.match(post[dative.end() :]):
        post = post[dative.end() :]  # "dijo a este medio un chofer de la ruta X": the chofer
        span = phrase_after(post, _POST_END)
        first_after = _first_word(post)
    if fold(cue).lower().endswith(" a") and _DETERMINER_NEXT.match(post):
        post = " a" + post  # "contó a las afueras del Semefo": a place, not a speaker
        first_after = "a"
    if first_after == "a" and not _SPANISH_CUE.search(fold(cue).lower()):
        return post, span, first_after  # "said a federal police agent": the English article
    if first_after in _PREPOSITION and _AFTER_QUOTE.search(pre):
        manner = _PLACE_OR_MANNER.match(post)
        if manner is None:
            return None  # "relató entre lágrimas.": no speaker after the verb
        post = post[manner.end() :]
        span = phrase_after(post, _POST_END)
        first_after = _first_word(post)
    return post, span, first_after
