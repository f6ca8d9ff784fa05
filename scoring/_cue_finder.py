"""The sentence finder's base and its two main readers: "According to X, ..." and reporting
verbs ("X said", "..., said X", "X told Y that"), with the subject and span rules they use.

``_attribution._Finder`` adds the other forms (messages, rumours, acts, pleas, publishers) and
the order in which they are tried.
"""

from __future__ import annotations

import re

from scoring._attribution_forms import (
    _AFTER_QUOTE,
    _ANY_RELATIVE,
    _AS_REPORTED,
    _AUX_FIRST,
    _AUXILIARY,
    _BARE_PLURAL,
    _BEFORE_PROSECUTOR,
    _CLITIC,
    _COORDINATED,
    _DATIVE,
    _DATIVE_PHRASE,
    _DEMONSTRATIVES,
    _DETERMINER_NEXT,
    _DOCUMENT_BACK,
    _EXPLETIVE,
    _HELD_PERSON,
    _IN_IT,
    _INITIALS,
    _LONE_CLITIC,
    _NAME_AFTER,
    _NAME_BETWEEN_COMMAS,
    _OFFICIAL_WORD,
    _OUR_OWN,
    _OWN_COUNT,
    _PARTICIPLE,
    _PEOPLE_AT_PLACE,
    _PEOPLE_KINDS,
    _PLACE_NAMES,
    _PLACE_OR_MANNER,
    _PLACE_TAIL,
    _PLURAL_PEOPLE,
    _POST_END,
    _PREPOSITION,
    _PUBLISHING_CUES,
    _RELATIVE,
    _RELATIVE_BEFORE,
    _SIGNED,
    _SOURCE_END,
    _SPANISH_CUE,
    _SPEAKER_NEXT,
    _STATEMENT_OF,
    _THAT,
    _THE_GROUP,
    _TIME_TAIL,
    _TO_INVESTIGATORS_ES,
    _TOLD_ME,
    _UNREAD_SUBJECT,
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
from scoring._lexicon import Span, fold, lexicon
from scoring._models import SourceType
from scoring._patterns import (
    _AGENT,
    _ANONYMITY_ASIDE,
    _GENERIC_GROUP,
    _NOT_A_SPEAKER_START,
    _OF_THEM,
)
from scoring._references import _definite_back, _role_back, appositive_is_name
from scoring._reported import (
    IMPERSONAL,
    IMPERSONAL_START,
    LEAKS,
    ROLE_THEN_NAME,
    TOLD_INVESTIGATORS,
    nested_confession,
    role_then_name,
)
from scoring._source_criminal import find_criminal_actor
from scoring._source_memory import SourceMemory, Typed
from scoring._source_names import proper_name
from scoring._source_type import classify_source
from scoring._spans import (
    appositive_after,
    is_bare_name,
    phrase_after,
    strip_fillers,
    subject_before,
    subject_candidates,
)
from scoring._unnamed import unnamed_speaker, unnamed_subject


def _message_author(span: str) -> str | None:
    """Who signed or sent the message described in ``span``, if it says."""
    signer = _signer_name(span, 0)
    if signer is not None:
        return signer.text
    actor = find_criminal_actor(span)
    return _actor_phrase(span, actor) if actor is not None else None


def _signer_name(text: str, after: int) -> Span | None:
    """The proper name in "a banner signed by Los Metros" / "firmada por La Nueva Familia"."""
    signer = _SIGNED.search(text, after)
    if signer is None:
        return None
    window = text[signer.end() : signer.end() + 60]
    official = lexicon().official.search(window)
    if official is not None and official.start <= 12:
        return None  # "videos ... difundidos por autoridades": released by officials
    generic = _GENERIC_GROUP.match(window)
    if generic is not None:  # "atribuido a la banda", "attributed to the gang"
        return Span(signer.end(), signer.end() + generic.end(), generic.group(0))
    actor = find_criminal_actor(window)
    if actor is not None and actor.start == 0:  # "posted by Los Tlacos"
        return Span(signer.end(), signer.end() + actor.end, actor.text)
    name = proper_name(window)
    if name is None:
        return None
    start = text.find(name, signer.end())
    return Span(start, start + len(name), name)


def _actor_phrase(text: str, actor: Span) -> str:
    """Grow a criminal-actor match to its whole name: "the Milenio Cartel", "Los Zetas"."""
    start, end = actor.start, actor.end
    words_before = re.finditer(r"([\w'’.-]+)\s*$", text[:start])
    for match in words_before:
        word = match.group(1)
        if word[:1].isupper() or fold(word).lower() in {"the", "el", "la", "los", "las"}:
            start = match.start(1)
    after = re.match(
        r"\s+((?:(?:de|del|la|los)\s+)?[A-ZÁÉÍÓÚÑ][\w'’.-]*(?:\s+(?:(?:de|del|la|los)\s+)?[A-ZÁÉÍÓÚÑ][\w'’.-]*)*)",
        text[end:],
    )
    if after and fold(actor.text).lower() in {"cartel", "cartel del", "cartel de"}:
        end += after.end(1)
    return text[start:end].strip()


class _FinderBase:
    """The document's source memory, the lexicon and the typing and remembering of a source."""

    def __init__(self, memory: SourceMemory) -> None:
        self.memory = memory
        self.lex = lexicon()
        self.lower = ""
        self.previous = ""  # the sentence before, for "Este relató" after "un testigo protegido"

    def _typed(self, span: str, *, sentence: str, cue: str, appositive: str | None) -> Typed | None:
        return classify_source(
            span, sentence=sentence, cue=cue, appositive=appositive, memory=self.memory
        )

    def _make(self, typed: Typed, source: str | None, cue: str | None) -> Attribution:
        if source:
            self.memory.last_span = (typed.source_type, source, typed.evidence)
            if typed.source_type in {SourceType.ANONYMOUS_SOURCE}:
                self.memory.remember_last(source, typed)
            elif proper_name(source) is not None:
                self.memory.learn(source, typed)
            else:
                self.memory.remember_last(source, typed)
        return Attribution(typed.source_type, source, cue, typed.evidence)

    def _pronoun(self, sentence: str, cue: str) -> Attribution | None:
        statement = _STATEMENT_OF.search(sentence)
        if statement is not None:
            span = phrase_after(sentence[statement.end() :], _SOURCE_END)
            typed = self._typed(span, sentence=sentence, cue=cue, appositive=None)
            if typed is not None and typed.source_type is SourceType.CRIMINAL_GROUP:
                typed = Typed(SourceType.CONFESSION, f"'{statement.group(0).strip()}' {span}")
            if typed is not None:
                return self._make(typed, span, cue)
        if self.memory.last is None:
            return None
        kind, name, evidence = self.memory.last
        return Attribution(
            kind, name, cue, f"{name}: {evidence}" if name not in evidence else evidence
        )


class _CueFinder(_FinderBase):
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
        for cue in self.lex.speech.finditer(masked):
            pre, post = text[: cue.start], text[cue.end :]
            if not_a_cue(cue.text, pre, post):
                continue
            if (
                _PARTICIPLE.search(fold(cue.text))
                and not _AUXILIARY.search(fold(pre))
                and not _AUX_FIRST.match(fold(cue.text))
            ):
                continue  # "señalado como operador" describes; "ha señalado que" reports
            if PASSIVE.search(strip_fillers(masked[: cue.start])):
                agent = _AGENT.search(post)
                if agent is None:
                    continue
                span = phrase_after(post[agent.end() :], _SOURCE_END)
                if re.match(r"\w+(?:ing|ando|iendo)\b", span):
                    continue  # "was accused ... by changing the name": a means, not an agent
                typed = self._typed(span, sentence=text, cue=cue.text, appositive=None)
                if typed is not None:
                    return self._make(typed, span, cue.text)
                continue
            chain = chain_message(masked[: cue.start]) if pre.count(" ") <= 17 else None
            if chain is not None:  # "A WhatsApp message circulating among parents claims"
                return self._make(chain, chain_source(pre), cue.text)
            expect = _THAT.match(post) is not None or fold(cue.text).lower().endswith(
                ("que", "that")
            )
            head = _CLITIC.sub("", masked[: cue.start])  # "Un empacador me dijo"
            if _LONE_CLITIC.fullmatch(head) or _IN_IT.fullmatch(head):
                # "Me contó que ...", "En él advierten que ...": a dropped subject
                att = self._pronoun(text, cue.text)
                if att is not None:
                    return att
                continue
            found = subject_before(head, expect_subject=expect)
            if found is not None and _EXPLETIVE.match(found[0]):
                found = None  # "It is likely that ..., said Rosa Chajón": the speaker follows
            if found is not None:
                subject_masked, appositive = found
                if negative_subject(subject_masked):
                    continue  # "no authority has announced": the author states an absence
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
                        continue
                start = masked.rfind(subject_masked, 0, cue.start)
                subject = pre[start : start + len(subject_masked)] if start >= 0 else subject_masked
                back = _definite_back(subject, self.memory)
                if back is not None:
                    kind, name, evidence = back
                    return Attribution(kind, name, cue.text, f"'{subject}' = {name}: {evidence}")
                if appositive and _OF_THEM.match(appositive) and self.memory.last is not None:
                    kind, group, evidence = self.memory.last  # "One of them, Jesús Almeida,"
                    evidence = f"'{subject}', one of {group}: {evidence}"
                    return Attribution(kind, subject, cue.text, evidence)
                if _DOCUMENT_BACK.match(subject) and self.memory.last is not None:
                    kind, name, evidence = self.memory.last
                    return Attribution(kind, name, cue.text, f"'{subject}' = {name}: {evidence}")
                held = _HELD_PERSON.search(self.previous)
                if fold(subject).lower() in _DEMONSTRATIVES and held is not None:
                    # "... la declaración de un testigo protegido, que según la fiscal ... . Este
                    # relató": the person just named, not the last source
                    evidence = f"'{subject}' = {held.group(0)}: in custody or cooperating"
                    return Attribution(SourceType.CONFESSION, held.group(0), cue.text, evidence)
                if fold(subject).lower() in self.lex.pronouns:
                    att = self._pronoun(text, cue.text)
                    if att is not None:
                        return att
                    continue
                before_prosecutor = _BEFORE_PROSECUTOR.match(post)
                told = fold(cue.text).lower() in {"told", "tells"}
                if before_prosecutor is None and told and proper_name(subject) is None:
                    # "One of them told police that": an unnamed suspect; a named witness
                    # telling investigators is not confessing
                    before_prosecutor = TOLD_INVESTIGATORS.match(post)
                if before_prosecutor is None and _OF_THEM.match(subject):
                    # "uno de ellos dijo a los agentes que": one of those held, questioned
                    before_prosecutor = _TO_INVESTIGATORS_ES.match(post)
                if before_prosecutor is not None and self.lex.official.search(subject) is None:
                    evidence = f"'{cue.text} {before_prosecutor.group(0).strip()}'"
                    return self._make(Typed(SourceType.CONFESSION, evidence), subject, cue.text)
                last = self.memory.last
                gunmen = last is not None and last[0] is SourceType.CRIMINAL_GROUP
                if gunmen and last is not None and _OF_THEM.match(subject):
                    # "one of them says" right after the gunmen: one of the group
                    evidence = f"'{subject}' = {last[1]}: {last[2]}"
                    return Attribution(last[0], last[1], cue.text, evidence)
                unnamed = unnamed_subject(subject)
                if unnamed is not None:
                    return self._make(unnamed[0], unnamed[1], cue.text)
                last = self.memory.last
                if (
                    _OF_THEM.match(subject)
                    and last is not None
                    and last[0] in _PEOPLE_KINDS
                    and not appositive_is_name(appositive)
                ):
                    evidence = f"'{subject}' = {last[1]}: {last[2]}"  # "Otro, con veinte años"
                    return Attribution(last[0], last[1], cue.text, evidence)
                typed = None
                opening = start >= 0 and not pre[:start].strip(' \t"“«—-')
                for candidate in subject_candidates(subject, opening=opening):
                    typed = self._typed(
                        candidate, sentence=text, cue=cue.text, appositive=appositive
                    )
                    if typed is not None:
                        subject = candidate
                        break
                last = self.memory.last
                if (
                    (typed is None or typed.evidence.startswith("unnamed"))
                    and _THE_GROUP.match(subject)
                    and last is not None
                    and last[0] is SourceType.CRIMINAL_GROUP
                ):
                    # "The group said in a statement": the group whose video was just described
                    return Attribution(last[0], last[1], cue.text, f"'{subject}' = {last[1]}")
                if typed is None and _OF_THEM.match(subject) and self.memory.last is not None:
                    kind, name, evidence = self.memory.last  # "Several of them told ..."
                    return Attribution(kind, name, cue.text, f"'{subject}' = {name}: {evidence}")
                rest = pre[start + len(subject) :] if start >= 0 else ""
                named_after = _NAME_BETWEEN_COMMAS.match(rest)
                if (
                    (typed is None or typed.evidence.startswith("unnamed"))
                    and named_after is not None
                    and is_bare_name(named_after.group(1))
                ):
                    # "The defense lawyer, Ana Sofía Reyes, told me": the name after the role
                    name = named_after.group(1)
                    if _OF_THEM.match(subject) and self.memory.last is not None:
                        kind, group, evidence = self.memory.last  # "One of them, Jesús Almeida,"
                        evidence = f"'{name}', one of {group}: {evidence}"
                        return Attribution(kind, name, cue.text, evidence)
                    typed = self._typed(
                        name, sentence=text, cue=cue.text, appositive=subject
                    ) or Typed(SourceType.NAMED_SOURCE, f"named, '{subject}'")
                    if typed.source_type is SourceType.ANONYMOUS_SOURCE:
                        typed = Typed(SourceType.NAMED_SOURCE, f"named, '{subject}'")
                    return self._make(typed, name, cue.text)
                if typed is None or typed.evidence.startswith("unnamed"):
                    role_back = _role_back(subject, self.memory)
                    if role_back is not None:  # "La activista añadió que": the one named before
                        kind, name, evidence = role_back
                        evidence = f"'{subject}' = {name}: {evidence}"
                        return Attribution(kind, name, cue.text, evidence)
                unplaced = _PLACE_NAMES.sub("", subject)
                if (
                    typed is not None
                    and typed.source_type is SourceType.NAMED_SOURCE
                    and proper_name(unplaced[:1].lower() + unplaced[1:]) is None  # opening capital
                    and (
                        (typed.evidence == "named person" and unnamed_speaker(unplaced, cue.text))
                        or (unplaced != subject and _BARE_PLURAL.match(unplaced) is not None)
                    )
                ):
                    # "A woman in Campo Dos told me": a place is not a name
                    typed = Typed(SourceType.ANONYMOUS_SOURCE, f"unnamed '{subject}'")
                if (
                    typed is None
                    and unnamed_speaker(subject, cue.text)
                    and not _RELATIVE_BEFORE.search(pre)
                ):
                    # "Un primo que trabaja en un barco me contó que": a person with no name;
                    # "an airport official said": an unnamed official is still official
                    if _OFFICIAL_WORD.search(subject):
                        typed = Typed(SourceType.OFFICIAL, f"unnamed official '{subject}'")
                    else:
                        typed = Typed(SourceType.ANONYMOUS_SOURCE, f"unnamed '{subject}'")
                after = phrase_after(post, _POST_END) if typed is None else ""
                inverted = (  # "..., which is what makes them useful, said a police officer"
                    bool(after)
                    and pre.rstrip().endswith(",")
                    and fold(cue.text).lower() not in self.lex.not_inverted
                    and fold(after.split()[0]).lower() not in _NOT_A_SPEAKER_START
                    and fold(after.split()[0]).lower() not in {"that", "que"}
                )
                if typed is None and not inverted:
                    continue
                if _OUR_OWN.match(subject):
                    # "Our analysis of OIJ case files shows": the outlet's own work
                    typed = Typed(SourceType.MEDIA, f"the outlet's own '{subject}'")
                if (
                    typed is not None
                    and typed.evidence == "named person"
                    and _AS_REPORTED.match(pre)
                    and fold(cue.text).lower() in _PUBLISHING_CUES
                ):
                    # "As Valley First 4 News has reported", "Como informó Bajío Rojo": an outlet
                    typed = Typed(SourceType.MEDIA, f"'as {subject} reported'")
                if typed is not None:
                    if appositive and appositive not in typed.evidence:
                        typed = Typed(typed.source_type, f"{appositive}; {typed.evidence}")
                    aside = _ANONYMITY_ASIDE.search(pre[start:] if start >= 0 else pre)
                    if aside is not None and typed.source_type is not SourceType.ANONYMOUS_SOURCE:
                        # "Un funcionario municipal que prefirió el anonimato comentó"
                        typed = Typed(SourceType.ANONYMOUS_SOURCE, f"anonymity '{aside.group(0)}'")
                    if fold(cue.text).lower() in LEAKS:
                        typed = Typed(
                            SourceType.ANONYMOUS_SOURCE, f"leak '{cue.text}': {typed.evidence}"
                        )
                    if "message '" in typed.evidence:
                        described = f"{subject}, {appositive}" if appositive else subject
                        subject = _message_author(described) or subject
                    return self._make(typed, subject, cue.text)
            span = phrase_after(post, _POST_END)
            if span and fold(cue.text).lower() in self.lex.not_inverted:
                continue  # "X accused the victims of ...": the object is not the speaker
            first_after = fold(post.split()[0]).lower().strip(",;") if post.split() else ""
            dative = _DATIVE_PHRASE.match(post)
            if dative is not None and _SPEAKER_NEXT.match(post[dative.end() :]):
                post = post[
                    dative.end() :
                ]  # "dijo a este medio un chofer de la ruta X": the chofer
                span = phrase_after(post, _POST_END)
                first_after = fold(post.split()[0]).lower().strip(",;") if post.split() else ""
            if fold(cue.text).lower().endswith(" a") and _DETERMINER_NEXT.match(post):
                post = " a" + post  # "contó a las afueras del Semefo": a place, not a speaker
                first_after = "a"
            if first_after == "a" and not _SPANISH_CUE.search(fold(cue.text).lower()):
                pass  # "said a federal police agent": the English article, not "a la salida"
            elif first_after in _PREPOSITION and _AFTER_QUOTE.search(pre):
                manner = _PLACE_OR_MANNER.match(post)
                if manner is None:
                    att = self._pronoun(text, cue.text)  # "relató entre lágrimas.": the last one
                    if att is not None:
                        return att
                    continue
                post = post[manner.end() :]
                span = phrase_after(post, _POST_END)
                first_after = fold(post.split()[0]).lower().strip(",;") if post.split() else ""
            if _OF_THEM.match(span):
                tail = post[post.find(span) + len(span) : post.find(span) + len(span) + 90]
                actor = find_criminal_actor(tail)
                if actor is not None:  # "dice uno de ellos, que presume trabajar para Los Salazar"
                    typed = Typed(SourceType.CRIMINAL_GROUP, f"'{span}' of '{actor.text}'")
                    return self._make(typed, span, cue.text)
                last = self.memory.last  # "“...”, dijo uno de ellos": one of the people before
                if last is not None and _PLURAL_PEOPLE.search(last[1]):
                    evidence = f"'{span}' = {last[1]}: {last[2]}"
                    return Attribution(last[0], last[1], cue.text, evidence)
                typed = Typed(SourceType.ANONYMOUS_SOURCE, f"unnamed '{span}'")
                return self._make(typed, span, cue.text)
            if (
                not span
                or first_after in _NOT_A_SPEAKER_START
                or fold(cue.text).lower().endswith((" que", " that"))
                or _DATIVE.match(post)
                or (pre.rstrip().endswith(",") and post.lstrip().startswith(","))
                or (fold(span.split()[0]).lower() in {"that", "que"})
            ):
                if IMPERSONAL_START.match(pre) and fold(cue.text).lower() in IMPERSONAL:
                    evidence = f"impersonal '{cue.text}'"  # "Dicen que ...": people say
                    return Attribution(SourceType.ANONYMOUS_SOURCE, None, cue.text, evidence)
                if (
                    _UNREAD_SUBJECT.search(pre)
                    and not post.lstrip().startswith(",")
                    and len(post.split()) > 2
                ):
                    continue  # "The exporter, ..., a company in Piura, said in": not a pronoun
                att = self._pronoun(text, cue.text)
                if att is not None:
                    return att
                continue
            after_span = post[post.find(span) + len(span) :]
            appositive = appositive_after(after_span)
            typed = self._typed(span, sentence=text, cue=cue.text, appositive=appositive)
            if typed is None and _PLACE_TAIL.search(span):
                span = _PLACE_TAIL.sub("", span)  # "escribió Molina en el informe": Molina
                typed = self._typed(span, sentence=text, cue=cue.text, appositive=appositive)
            named = _NAME_AFTER.match(after_span)
            if typed is None and named is not None and is_bare_name(named.group(1)):
                # "dijo ... la coordinadora del centro, Marcela Aguilar Pérez": the name speaks
                role, span, after_span = span, named.group(1), after_span[named.end(1) :]
                typed = self._typed(span, sentence=text, cue=cue.text, appositive=role)
                if typed is not None and typed.source_type is SourceType.ANONYMOUS_SOURCE:
                    typed = Typed(SourceType.NAMED_SOURCE, f"named, '{role}'")  # a name is given
            if (
                typed is not None
                and typed.evidence == "named person"
                and _AS_REPORTED.match(pre)
                and fold(cue.text).lower() in _PUBLISHING_CUES
            ):
                span = _TIME_TAIL.sub("", span)  # "Como informó Bajío Rojo en junio": an outlet
                typed = Typed(SourceType.MEDIA, f"'as {span} reported'")
            hidden = _ANONYMITY_ASIDE.search(after_span[:140])
            if typed is not None and hidden is not None:
                # "..., relató Ana, de 16 años, cuyo nombre fue cambiado": a pseudonym
                typed = Typed(SourceType.ANONYMOUS_SOURCE, f"anonymity '{hidden.group(0)}'")
            if typed is not None:
                named = _NAME_AFTER.match(after_span)  # "confirmó su titular, Claudia Sánchez."
                if named is not None and is_bare_name(named.group(1)):
                    if typed.source_type is SourceType.ANONYMOUS_SOURCE and hidden is None:
                        typed = Typed(SourceType.NAMED_SOURCE, f"named, '{span}'")
                    return self._make(typed, named.group(1), cue.text)
                return self._make(typed, span, cue.text)
        return None
