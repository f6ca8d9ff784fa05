"""The sentence finder's base and its two main readers: "According to X, ..." and reporting
verbs ("X said", "..., said X", "X told Y that"), with the subject and span rules they use.

``_attribution._Finder`` adds the other forms (messages, rumours, acts, pleas, publishers) and
the order in which they are tried.
"""

from __future__ import annotations

import re
from enum import Enum

from scoring._attribution_forms import (
    _ANY_RELATIVE,
    _AS_REPORTED,
    _AUX_FIRST,
    _AUXILIARY,
    _BARE_PLURAL,
    _BEFORE_PROSECUTOR,
    _CLITIC,
    _COORDINATED,
    _DEMONSTRATIVES,
    _DOCUMENT_BACK,
    _EXPLETIVE,
    _HELD_PERSON,
    _IN_IT,
    _INITIALS,
    _LONE_CLITIC,
    _NAME_BETWEEN_COMMAS,
    _OFFICIAL_WORD,
    _OUR_OWN,
    _OWN_COUNT,
    _PARTICIPLE,
    _PEOPLE_AT_PLACE,
    _PEOPLE_KINDS,
    _PLACE_NAMES,
    _POST_END,
    _PUBLISHING_CUES,
    _RELATIVE,
    _RELATIVE_BEFORE,
    _SOURCE_END,
    _THAT,
    _THE_GROUP,
    _TO_INVESTIGATORS_ES,
    _TOLD_ME,
    _VERB_FIRST,
    _WHAT_CLAUSE,
)
from scoring._attribution_model import Attribution
from scoring._cue_filters import PASSIVE, not_a_cue
from scoring._framing import (
    chain_message,
    chain_source,
    negative_subject,
)
from scoring._lexicon import Span, fold
from scoring._models import SourceType
from scoring._patterns import (
    _AGENT,
    _ANONYMITY_ASIDE,
    _BODY_ANAPHOR,
    _NOT_A_SPEAKER_START,
    _OF_THEM,
)
from scoring._references import _definite_back, _role_back, appositive_is_name
from scoring._reported import (
    LEAKS,
    ROLE_THEN_NAME,
    TOLD_INVESTIGATORS,
    nested_confession,
    role_then_name,
)
from scoring._source_criminal import _message_author
from scoring._source_memory import Typed
from scoring._source_names import proper_name
from scoring._spans import (
    appositive_after,
    is_bare_name,
    phrase_after,
    strip_fillers,
    subject_before,
    subject_candidates,
)
from scoring._speaker_after import _AfterVerb
from scoring._unnamed import unnamed_speaker, unnamed_subject


class _CueFinder(_AfterVerb):
    """ "According to X" and reporting-verb attributions of one sentence."""

    def according_to(self, text: str, masked: str) -> Attribution | None:
        for cue in self.lex.according_to.finditer(masked):
            rest = text[cue.end :]
            span = phrase_after(_INITIALS.sub("·", rest), _SOURCE_END).replace("·", ".")
            if not span:
                continue
            own_count = _OWN_COUNT.match(rest[rest.find(span) + len(span) :]) if span else None
            if own_count is not None:  # "según el conteo que lleva este diario": the outlet's
                own_typed = Typed(SourceType.MEDIA, f"the outlet's own '{span}'")
                return self._make(own_typed, f"{span}{own_count.group(0)}".strip(), cue.text)
            what = _WHAT_CLAUSE.match(rest)
            if what is not None:  # "según lo que ha salido en la prensa": the clause names it
                span = what.group(1)
            verb_first = _VERB_FIRST.match(rest)
            if verb_first is not None:  # "Según informó la Policía Metropolitana": the body
                rest = rest[verb_first.end() :]
                span = phrase_after(rest, _SOURCE_END)
            told_me = _TOLD_ME.match(rest)
            if told_me is not None:  # "según me explican ganaderos de la zona": the speakers
                rest = rest[told_me.end() :]
                span = phrase_after(rest, _SOURCE_END)
            after_span = rest[len(rest) - len(rest.lstrip()) + len(span) :]
            appositive = appositive_after(after_span.lstrip(" "))
            relative = _RELATIVE.match(after_span)  # "... official who requested anonymity,"
            if appositive is None and relative is not None:
                appositive = relative.group(1).strip()
            if fold(span).lower() in self.lex.pronouns or span.lower() in {"him", "her", "them"}:
                att = self._pronoun(text, cue.text)  # "Según ella, ...": the person just quoted
                if att is not None:
                    return att
            if _DOCUMENT_BACK.match(span) and self.memory.last is not None:
                kind, name, evidence = self.memory.last  # "Según el documento": its publisher
                return Attribution(kind, name, cue.text, f"'{span}' = {name}: {evidence}")
            named = ROLE_THEN_NAME.match(after_span)
            if named is not None and role_then_name(span, named.group(1)):
                # "De acuerdo con el vocero del colectivo, Mario Vergara, ...": the name speaks
                span, appositive = named.group(1).strip(), span
            nested = nested_confession(rest)
            if nested is not None:
                return self._make(nested[0], nested[1], cue.text)
            typed = self._typed(span, sentence=text, cue=cue.text, appositive=appositive)
            if (
                typed is not None
                and typed.evidence == "named person"
                and _PEOPLE_AT_PLACE.match(_PLACE_NAMES.sub("", span))
            ):
                # "Según moradores de El Recreo": people of a place, not a named person
                typed = Typed(SourceType.ANONYMOUS_SOURCE, f"unnamed '{span}'")
            if typed is None or typed.evidence.startswith("unnamed"):
                back = _role_back(span, self.memory)
                if back is not None:  # "Según la defensora": the woman named just before
                    kind, name, evidence = back
                    return Attribution(kind, name, cue.text, f"'{span}' = {name}: {evidence}")
            if typed is None:
                person = proper_name(span)
                kind = SourceType.NAMED_SOURCE if person else SourceType.ANONYMOUS_SOURCE
                typed = Typed(kind, "named person" if person else f"unrecognised '{span}'")
            if appositive and appositive not in typed.evidence:
                typed = Typed(typed.source_type, f"{appositive}; {typed.evidence}")
            aside = _ANONYMITY_ASIDE.search(appositive or "") or _ANONYMITY_ASIDE.search(
                after_span[:160].split(",")[0]
            )
            if aside is not None and typed.source_type is not SourceType.ANONYMOUS_SOURCE:
                # "a security official who asked not to be identified": anonymity wins
                typed = Typed(SourceType.ANONYMOUS_SOURCE, f"anonymity '{aside.group(0)}'")
            return self._make(typed, span, cue.text)
        return None

    def speech(self, text: str, masked: str) -> Attribution | None:
        """ "X said", "..., said X", "X told Y that": the speaker before the verb, else after it."""
        for cue in self.lex.speech.finditer(masked):
            pre, post = text[: cue.start], text[cue.end :]
            if not_a_cue(cue.text, pre, post) or _describes(cue.text, pre):
                continue
            if PASSIVE.search(strip_fillers(masked[: cue.start])):
                agent = self._passive_agent(text, cue.text, post)
                if agent is not None:
                    return agent
                continue
            chain = chain_message(masked[: cue.start]) if pre.count(" ") <= 17 else None
            if chain is not None:  # "A WhatsApp message circulating among parents claims"
                return self._make(chain, chain_source(pre), cue.text)
            head = _CLITIC.sub("", masked[: cue.start])  # "Un empacador me dijo"
            if _LONE_CLITIC.fullmatch(head) or _IN_IT.fullmatch(head):
                # "Me contó que ...", "En él advierten que ...": a dropped subject
                dropped = self._pronoun(text, cue.text)
                if dropped is not None:
                    return dropped
                continue
            before = self._speaker_before(text, masked, cue, head)
            if before is _Step.NEXT_CUE:
                continue
            if isinstance(before, Attribution):
                return before
            after = self._speaker_after(text, cue.text, pre, post)
            if after is not None:
                return after
        return None

    def _passive_agent(self, text: str, cue: str, post: str) -> Attribution | None:
        """The agent of a passive report ("was confirmed by the navy"), typed; None if there is
        none or it cannot be typed."""
        agent = _AGENT.search(post)
        if agent is None:
            return None
        span = phrase_after(post[agent.end() :], _SOURCE_END)
        if re.match(r"\w+(?:ing|ando|iendo)\b", span):
            return None  # "was accused ... by changing the name": a means, not an agent
        typed = self._typed(span, sentence=text, cue=cue, appositive=None)
        return self._make(typed, span, cue) if typed is not None else None

    # The speaker before the verb ------------------------------------------------------------

    def _speaker_before(
        self, text: str, masked: str, cue: Span, head: str
    ) -> Attribution | _Step | None:
        """The subject before the verb as the speaker ("X said", "X, de 40 años, contó"); None when
        there is no usable subject and the speaker may follow the verb."""
        pre, post = text[: cue.start], text[cue.end :]
        found = self._subject(masked, cue, head, pre, post)
        if found is None or isinstance(found, _Step):
            return found
        subject, appositive, start = found
        known = self._subject_known(text, cue.text, subject, appositive, post)
        if known is not None:
            return known
        typed, subject = self._subject_typed(text, cue.text, subject, appositive, pre, start)
        back = self._subject_back_after_typing(text, cue.text, subject, typed, pre, start)
        if back is not None:
            return back
        typed = self._unnamed_by_form(subject, cue.text, typed, pre)
        if typed is None and not self._inverted(cue.text, pre, post):
            return _Step.NEXT_CUE
        typed = self._outlet_by_form(subject, cue.text, typed, pre)
        if typed is None:
            return None  # "..., which is what makes them useful, said a police officer"
        return self._finish_before(typed, subject, appositive, cue.text, pre, start)

    def _subject(
        self, masked: str, cue: Span, head: str, pre: str, post: str
    ) -> tuple[str, str | None, int] | _Step | None:
        """The subject before the verb as written in the text, its appositive and its offset."""
        expect = _THAT.match(post) is not None or fold(cue.text).lower().endswith(("que", "that"))
        found = subject_before(head, expect_subject=expect)
        if found is None or _EXPLETIVE.match(found[0]):
            return None  # "It is likely that ..., said Rosa Chajón": the speaker follows
        subject_masked, appositive = found
        if negative_subject(subject_masked):
            return _Step.NEXT_CUE  # "no authority has announced": the author states an absence
        inner = self.lex.speech.search(subject_masked)
        if (
            inner is not None
            and inner.text[:1].islower()
            and _COORDINATED.search(pre)
            and not _ANY_RELATIVE.search(subject_masked[: inner.start])
        ):
            # "X exigió al Gobierno ... y afirmó", "residents posted videos and reported":
            # the subject is X, not the clause between the verbs
            subject_masked = strip_fillers(subject_masked[: inner.start])
            if not subject_masked:
                return _Step.NEXT_CUE
        start = masked.rfind(subject_masked, 0, cue.start)
        subject = pre[start : start + len(subject_masked)] if start >= 0 else subject_masked
        return subject, appositive, start

    def _subject_known(
        self, text: str, cue: str, subject: str, appositive: str | None, post: str
    ) -> Attribution | _Step | None:
        """A subject known before it is typed: one pointing back ("the documents", "Este", "she"),
        one questioned by investigators, one of the group or people just named, someone's kin."""
        back = _definite_back(subject, self.memory)
        if back is not None:
            kind, name, evidence = back
            return Attribution(kind, name, cue, f"'{subject}' = {name}: {evidence}")
        if appositive:
            named = self._named_one_of_last(appositive, subject, cue)  # "X, uno de ellos,"
            if named is not None:
                return named
        if _DOCUMENT_BACK.match(subject) and self.memory.last is not None:
            kind, name, evidence = self.memory.last
            return Attribution(kind, name, cue, f"'{subject}' = {name}: {evidence}")
        held = _HELD_PERSON.search(self.previous)
        if fold(subject).lower() in _DEMONSTRATIVES and held is not None:
            # "... la declaración de un testigo protegido, que según la fiscal ... . Este
            # relató": the person just named, not the last source
            evidence = f"'{subject}' = {held.group(0)}: in custody or cooperating"
            return Attribution(SourceType.CONFESSION, held.group(0), cue, evidence)
        if fold(subject).lower() in self.lex.pronouns:
            pronoun = self._pronoun(text, cue)
            return pronoun if pronoun is not None else _Step.NEXT_CUE
        questioned = self._questioned(subject, cue, post)
        if questioned is not None:
            return questioned
        # "one of them says" right after the gunmen: one of the group
        group = self._one_of_last(subject, cue, kinds=_GROUP_KIND)
        if group is not None:
            return group
        unnamed = unnamed_subject(subject)
        if unnamed is not None:
            return self._make(unnamed[0], unnamed[1], cue)
        people = self._one_of_last(subject, cue, kinds=_PEOPLE_KINDS)  # "Otro, con veinte años"
        if people is not None and not appositive_is_name(appositive):
            return people
        return None

    def _questioned(self, subject: str, cue: str, post: str) -> Attribution | None:
        """A suspect telling a prosecutor or investigators ("One of them told police that"): a
        confession, unless the subject is an official."""
        before_prosecutor = _BEFORE_PROSECUTOR.match(post)
        told = fold(cue).lower() in {"told", "tells"}
        if before_prosecutor is None and told and proper_name(subject) is None:
            # "One of them told police that": an unnamed suspect; a named witness
            # telling investigators is not confessing
            before_prosecutor = TOLD_INVESTIGATORS.match(post)
        if before_prosecutor is None and _OF_THEM.match(subject):
            # "uno de ellos dijo a los agentes que": one of those held, questioned
            before_prosecutor = _TO_INVESTIGATORS_ES.match(post)
        if before_prosecutor is not None and self.lex.official.search(subject) is None:
            evidence = f"'{cue} {before_prosecutor.group(0).strip()}'"
            return self._make(Typed(SourceType.CONFESSION, evidence), subject, cue)
        return None

    def _subject_typed(
        self, text: str, cue: str, subject: str, appositive: str | None, pre: str, start: int
    ) -> tuple[Typed | None, str]:
        """The first of the subject's readings ("The head of X" then "X") that has a type."""
        opening = start >= 0 and not pre[:start].strip(' \t"“«—-')
        for candidate in subject_candidates(subject, opening=opening):
            typed = self._typed(candidate, sentence=text, cue=cue, appositive=appositive)
            if typed is not None:
                return typed, candidate
        return None, subject

    def _subject_back_after_typing(
        self, text: str, cue: str, subject: str, typed: Typed | None, pre: str, start: int
    ) -> Attribution | None:
        """An untyped or unnamed subject that still points back ("The group said", "Several of
        them told"), or a role followed by the name that speaks ("The lawyer, Ana Reyes, said")."""
        unsure = typed is None or typed.evidence.startswith("unnamed")
        last = self.memory.last
        if (
            unsure
            and _THE_GROUP.match(subject)
            and last is not None
            and last[0] is SourceType.CRIMINAL_GROUP
        ):
            # "The group said in a statement": the group whose video was just described
            return Attribution(last[0], last[1], cue, f"'{subject}' = {last[1]}")
        last_span = self.memory.last_span
        if (
            typed is None
            and _BODY_ANAPHOR.match(subject)
            and last_span is not None
            and last_span[0] is SourceType.OFFICIAL
        ):  # "La institución aclaró que": the official body named before
            evidence = f"'{subject}' = {last_span[1]}: {last_span[2]}"
            return Attribution(SourceType.OFFICIAL, subject, cue, evidence)
        if typed is None:
            several = self._one_of_last(subject, cue)  # "Several of them told ..."
            if several is not None:
                return several
        rest = pre[start + len(subject) :] if start >= 0 else ""
        named_after = _NAME_BETWEEN_COMMAS.match(rest)
        if unsure and named_after is not None and is_bare_name(named_after.group(1)):
            # "The defense lawyer, Ana Sofía Reyes, told me": the name after the role
            return self._role_then_name(text, cue, subject, named_after.group(1))
        if unsure:
            role_back = _role_back(subject, self.memory)
            if role_back is not None:  # "La activista añadió que": the one named before
                kind, name, evidence = role_back
                return Attribution(kind, name, cue, f"'{subject}' = {name}: {evidence}")
        return None

    def _role_then_name(self, text: str, cue: str, subject: str, name: str) -> Attribution:
        """The name after a role speaks, typed with the role as its appositive; a name is given,
        so it is not anonymous."""
        named = self._named_one_of_last(subject, name, cue)  # "One of them, Jesús Almeida,"
        if named is not None:
            return named
        typed = self._typed(name, sentence=text, cue=cue, appositive=subject) or Typed(
            SourceType.NAMED_SOURCE, f"named, '{subject}'"
        )
        if typed.source_type is SourceType.ANONYMOUS_SOURCE:
            typed = Typed(SourceType.NAMED_SOURCE, f"named, '{subject}'")
        return self._make(typed, name, cue)

    def _unnamed_by_form(
        self, subject: str, cue: str, typed: Typed | None, pre: str
    ) -> Typed | None:
        """Unnamed speakers the typing missed: a capital that is a place ("A woman in Campo Dos
        told me"), a person with no name ("Un primo que trabaja en un barco me contó")."""
        unplaced = _PLACE_NAMES.sub("", subject)
        if (
            typed is not None
            and typed.source_type is SourceType.NAMED_SOURCE
            and proper_name(unplaced[:1].lower() + unplaced[1:]) is None  # opening capital
            and (
                (typed.evidence == "named person" and unnamed_speaker(unplaced, cue))
                or (unplaced != subject and _BARE_PLURAL.match(unplaced) is not None)
            )
        ):
            # "A woman in Campo Dos told me": a place is not a name
            typed = Typed(SourceType.ANONYMOUS_SOURCE, f"unnamed '{subject}'")
        if typed is None and unnamed_speaker(subject, cue) and not _RELATIVE_BEFORE.search(pre):
            # "Un primo que trabaja en un barco me contó que": a person with no name;
            # "an airport official said": an unnamed official is still official
            if _OFFICIAL_WORD.search(subject):
                typed = Typed(SourceType.OFFICIAL, f"unnamed official '{subject}'")
            else:
                typed = Typed(SourceType.ANONYMOUS_SOURCE, f"unnamed '{subject}'")
        return typed

    def _inverted(self, cue: str, pre: str, post: str) -> bool:
        """True when a speaker follows the verb after a clause ("..., which is what makes them
        useful, said a police officer"), so an untyped subject is not the speaker."""
        after = phrase_after(post, _POST_END)
        return (
            bool(after)
            and pre.rstrip().endswith(",")
            and fold(cue).lower() not in self.lex.not_inverted
            and fold(after.split()[0]).lower() not in _NOT_A_SPEAKER_START
            and fold(after.split()[0]).lower() not in {"that", "que"}
        )

    def _outlet_by_form(
        self, subject: str, cue: str, typed: Typed | None, pre: str
    ) -> Typed | None:
        """The outlet as the speaker: its own work ("Our analysis shows") or "As X reported"."""
        if _OUR_OWN.match(subject):
            # "Our analysis of OIJ case files shows": the outlet's own work
            typed = Typed(SourceType.MEDIA, f"the outlet's own '{subject}'")
        if (
            typed is not None
            and typed.evidence == "named person"
            and _AS_REPORTED.match(pre)
            and fold(cue).lower() in _PUBLISHING_CUES
        ):
            # "As Valley First 4 News has reported", "Como informó Bajío Rojo": an outlet
            typed = Typed(SourceType.MEDIA, f"'as {subject} reported'")
        return typed

    def _finish_before(
        self, typed: Typed, subject: str, appositive: str | None, cue: str, pre: str, start: int
    ) -> Attribution:
        """The subject's attribution with its appositive, an anonymity aside, a leak, or the
        signer of a message it describes."""
        if appositive and appositive not in typed.evidence:
            typed = Typed(typed.source_type, f"{appositive}; {typed.evidence}")
        aside = _ANONYMITY_ASIDE.search(pre[start:] if start >= 0 else pre)
        if aside is not None and typed.source_type is not SourceType.ANONYMOUS_SOURCE:
            # "Un funcionario municipal que prefirió el anonimato comentó"
            typed = Typed(SourceType.ANONYMOUS_SOURCE, f"anonymity '{aside.group(0)}'")
        if fold(cue).lower() in LEAKS:
            typed = Typed(SourceType.ANONYMOUS_SOURCE, f"leak '{cue}': {typed.evidence}")
        if "message '" in typed.evidence:
            described = f"{subject}, {appositive}" if appositive else subject
            subject = _message_author(described) or subject
        return self._make(typed, subject, cue)


class _Step(Enum):
    """What ``speech`` does next when a step finds no speaker."""

    NEXT_CUE = "next cue"  # this verb reports nothing here: try the next one


_GROUP_KIND = frozenset({SourceType.CRIMINAL_GROUP})


def _describes(cue: str, pre: str) -> bool:
    """True for a participle that describes ("señalado como operador"), not one that reports
    after an auxiliary ("ha señalado que")."""
    return bool(
        _PARTICIPLE.search(fold(cue))
        and not _AUXILIARY.search(fold(pre))
        and not _AUX_FIRST.match(fold(cue))
    )
