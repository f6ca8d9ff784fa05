"""Attribution: find the cue and the source of each sentence of a paragraph.

Handles "According to X, ...", "X said ...", "..., X said.", "..., said X", "X told Y that",
passive "was revealed by X", agentless rumour forms, appositives, pronouns, quotations that span
sentences, attribution carried over to continuing sentences, and "This information was revealed
by X" pointing back at the sentence before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from scoring._attribution_forms import (
    _ACCORDING_OPENER,
    _APPEARED_IN,
    _CONFESSING,
    _DATELINE,
    _FIRST_PERSON_END,
    _FOOTAGE,
    _FORMER_WORD,
    _FOUND_BESIDE,
    _HEARD_SAY,
    _HEARSAY_OPENING,
    _HELD_PERSON,
    _IN_THE_NEWS,
    _KIN_WITNESS,
    _LEARNED_FROM,
    _LEARNED_HINTS,
    _MESSAGE_SIGNER,
    _NOTE_READ,
    _OFFICIAL_TITLE,
    _OFFICIAL_TITLE_HINTS,
    _OPINION,
    _OWN_EARLIER,
    _PLEA,
    _POLICE_VIDEO,
    _POSTS_CLAIM,
    _QUOTED_OR_COLON,
    _READ_HINTS,
    _READ_IN,
    _RELATIVE_BEFORE,
    _ROLE_COMMA_NAME,
    _SIGNED,
    _SOCIAL_GROUP,
    _SOURCE_END,
    _TESTIFYING,
    _TEXT_FROM,
    _TEXT_FROM_HINTS,
    _TO_INVESTIGATORS_ES,
    _UNNAMED_OPENING,
    _WIRE,
)
from scoring._attribution_model import Attribution
from scoring._cue_filters import PASSIVE
from scoring._cue_finder import _CueFinder
from scoring._custody_scene import in_custody_speaker
from scoring._framing import (
    chain_source,
    circulating_item,
    obtained_document,
    recording_opening,
    unsigned_message,
)
from scoring._left_messages import message_read_inline, quoted_after_message
from scoring._lexicon import Span, fold, lexicon
from scoring._models import SourceType
from scoring._passes import (
    TIMESTAMP,
    carry_frame,
    carry_over,
    link_back,
    signed_next,
    signed_quotation,
    spread_quotations,
)
from scoring._patterns import (
    _ADVERBIAL,
    _AND_SPLIT,
    _BODY_ANAPHOR,
    _COUNTED,
    _DESCRIBES_FOOTAGE,
    _DOC_FINDS,
    _INSTITUTION_NAME,
    _LOOSE_MESSAGES,
    _MEDIA_WORD,
    _MESSAGE_READ,
    _NGO_WORD,
    _OFFICIAL_HEAD,
    _OPENED_CASE,
    _OPENED_HINTS,
    _PERSON_OPENING,
    _POSSESSIVE_OFFICE_SUBJECT,
    _PUBLISHED,
    _PUBLISHED_HINTS,
    _SIGNING_HINTS,
    _SUBORDINATE,
    _TRAILING_CLITIC,
    PASSIVE_FINDING,
    READ_ONE,
    _authority_passive,
)
from scoring._quoted import spoken
from scoring._references import _accented_acts, _definite_back
from scoring._reported import (
    IN_WHAT_CALLED,
)
from scoring._sentences import Sentence, quote_spans
from scoring._source_criminal import _actor_phrase, _signer_name, find_criminal_actor
from scoring._source_memory import SourceMemory, Typed
from scoring._source_names import proper_name
from scoring._spans import (
    appositive_after,
    describing_after,
    is_bare_name,
    phrase_after,
    strip_fillers,
    subject_before,
)
from scoring._type_forms import inert_message
from scoring._unnamed import unsigned_footage

__all__ = ["Attribution", "attribute_paragraph"]


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    """Blank out quoted passages so cues inside a quotation are not taken as the author's."""
    chars = list(text)
    for start, end in spans:
        for i in range(max(0, start), min(len(chars), end)):
            if not chars[i].isspace():
                chars[i] = "_"
    return "".join(chars)


class _Finder(_CueFinder):
    """Finds the attribution of one sentence, using and updating the document's source memory."""

    def called(self, text: str, masked: str) -> Attribution | None:
        """ "..., in what the ministry called a cowardly attack": the naming body's account."""
        match = IN_WHAT_CALLED.search(masked)
        if match is None:
            return None
        span = text[match.start(1) : match.end(1)].strip()
        typed = self._typed(span, sentence=text, cue=match.group(2), appositive=None)
        if typed is None:
            if proper_name(span) is None:
                return None
            typed = Typed(SourceType.NAMED_SOURCE, "named person")
        return self._make(typed, span, match.group(2))

    def agentless(self, masked: str, text: str) -> Attribution | None:
        cue = self.lex.agentless.search(masked)
        if cue is None:
            opening = _HEARSAY_OPENING.match(masked)
            if opening is None:
                return None
            # "Al parecer, ...", "Apparently, ...": an account passed on, from nobody named
            # (docs/scoring.md, session 3: seven of nine labels by five labellers)
            word = opening.group(1).lower()
            return Attribution(SourceType.ANONYMOUS_SOURCE, None, word, f"hearsay opening '{word}'")
        return Attribution(
            SourceType.ANONYMOUS_SOURCE, None, cue.text.lower(), f"agentless '{cue.text.lower()}'"
        )

    def message(self, text: str) -> Attribution | None:
        if _DESCRIBES_FOOTAGE.match(text):
            return None  # "En él aparecen seis hombres armados": what the footage shows
        idioms = self.lex.message_idioms.finditer(text)
        messages = self.lex.messages.finditer(text)
        if messages and _FOUND_BESIDE.search(text) and not _QUOTED_OR_COLON.search(text):
            return None  # "hallados sin vida junto a una cartulina": the find, not the message
        for msg in messages:
            if any(i.start <= msg.start < i.end for i in idioms) or inert_message(text, msg.end):
                continue  # an idiom, or "The video was filmed in 2021": not the message speaking
            before = [a for a in self.lex.criminal_actors.finditer(text[: msg.start])]
            if not before and self.lex.official.search(text[: msg.start]) is not None:
                continue  # "Police released a statement on the arrest of CJNG members"
            actor: Span | None = before[-1] if before else None
            if actor is None:
                signer = _MESSAGE_SIGNER.search(text, msg.end)
                if signer is not None:
                    actor = find_criminal_actor(text[signer.end() : signer.end() + 60])
                    if actor is not None:
                        offset = signer.end()
                        actor = Span(actor.start + offset, actor.end + offset, actor.text)
            if actor is None:
                actor = find_criminal_actor(text[msg.end :])
                if actor is not None and _FOOTAGE.search(text[msg.end : msg.end + actor.start]):
                    actor = None  # "videos appear to show the attackers": footage of them
                if actor is not None:
                    actor = Span(actor.start + msg.end, actor.end + msg.end, actor.text)
            if actor is None:
                actor = _signer_name(text, msg.end)
            if actor is None:
                continue
            source = _actor_phrase(text, actor)
            typed = Typed(SourceType.CRIMINAL_GROUP, f"message '{msg.text}'")
            return self._make(typed, source, msg.text)
        self.memory.message_seen = self.memory.message_seen or bool(messages)
        if not messages and not _LOOSE_MESSAGES.search(self.lower) and ":" not in text:
            return None
        unsigned = unsigned_message(text, lower=self.lower)
        if unsigned is not None:  # "una cartulina con un mensaje: “Esto les pasa a ...”"
            typed = Typed(SourceType.CRIMINAL_GROUP, f"unsigned message '{unsigned}' quoted")
            return self._make(typed, unsigned, unsigned)
        return None

    def _remember_titled_officials(self, text: str) -> None:
        """ "U.S. District Judge Helen Marchetti sentenced him" then "Marchetti told him": an
        official named with a title in an unattributed sentence, remembered by surname."""
        if self.lex.official.search(text) is None:
            return  # no official role or title in the sentence: nobody to remember
        last = self.memory.last
        titles = _OFFICIAL_TITLE.finditer(text) if _OFFICIAL_TITLE_HINTS.search(self.lower) else ()
        for match in titles:
            title, name = match.group(1), match.group(2)
            self.memory.learn(name, Typed(SourceType.OFFICIAL, f"title '{title}'"))
        for match in _ROLE_COMMA_NAME.finditer(text):  # "al personero municipal, Hernán Darío X"
            role, name = match.group(1), match.group(2)
            if self.lex.official.search(role) is not None and is_bare_name(name):
                self.memory.learn(name, Typed(SourceType.OFFICIAL, f"role '{role.strip()}'"))
        self.memory.last = last  # a pronoun still refers to the last source quoted

    def _remember_opening_person(self, text: str) -> None:
        """ "Don Aurelio Cázares tiene 61 años." then "Dice que paga ...": the person who opens
        an unattributed sentence is who a following dropped subject or pronoun refers to."""
        self._remember_titled_officials(text)
        hinted = any(word in self.lower for word in ("report", "informe", "audit"))
        owned = _REPORT_BY.search(text) if hinted else None
        if owned is not None:  # "a 46-page report by the Police Directorate" then "The report"
            owner = phrase_after(owned.group(1), _SOURCE_END)
            typed = self._typed(owner, sentence=text, cue="", appositive=None)
            if typed is not None and typed.source_type is not SourceType.NAMED_SOURCE:
                self.memory.last = (typed.source_type, owner, f"{typed.evidence}; wrote the report")
                return
        held = _HELD_PERSON.search(text)
        if held is not None:  # "presentó la declaración de un testigo protegido" then "Este relató"
            phrase = held.group(0)
            self.memory.last = (
                SourceType.CONFESSION,
                phrase,
                f"in custody or cooperating '{phrase}'",
            )
            return
        unnamed = _UNNAMED_OPENING.match(text)
        if unnamed is not None:  # "A un compañero de la línea lo asaltaron ..." then "Me contó"
            phrase = unnamed.group(1)
            self.memory.last = (SourceType.ANONYMOUS_SOURCE, phrase, f"unnamed '{phrase}'")
            return
        opening = _PERSON_OPENING.match(text)
        if opening is None:
            return
        name = opening.group(1)
        typed = self._typed(name, sentence=text, cue="", appositive=None)
        if typed is not None and typed.source_type is SourceType.NAMED_SOURCE:
            self.memory.last = (typed.source_type, name, f"{typed.evidence}; opens the sentence")

    def _leading_message(self, text: str, until: int) -> Attribution | None:
        """ "Un audio atribuido al Comando Vermelho ordenó ..., según medios": the message
        opening the sentence, signed before the trailing "según", is the group's."""
        head = text[:until]
        msg = self.lex.messages.search(head)
        if msg is None or len(head[: msg.start].split()) > 3:
            return None
        if _SIGNED.search(head, msg.end) is None and find_criminal_actor(head) is None:
            return None
        att = self.message(head)
        return att if att is not None and att.source_type is SourceType.CRIMINAL_GROUP else None

    def official_subject(self, text: str, masked: str) -> Attribution | None:
        action = self.lex.official_actions.search(masked)
        if action is None:
            if not _OPENED_HINTS.search(self.lower):
                return None
            opened = _OPENED_CASE.search(masked)  # "abrió además una carpeta de investigación"
            if opened is None:
                return None
            action = Span(opened.start(), opened.end(), opened.group(0))
        if action.text[-1:] == "o" and f"{action.text[:-1].lower()}ó" in _accented_acts():
            return None  # "no lleva registro": the noun, not the verb "registró"
        prefix = masked[: action.start].split(",")[-1]
        subject = _TRAILING_CLITIC.sub("", strip_fillers(prefix))  # "Elementos ... lo ubicaron"
        if not subject and masked[: action.start].rstrip().endswith(","):
            found = subject_before(masked[: action.start])  # "La fiscal X, a cargo de la causa,"
            subject = found[0] if found is not None else ""
        if not subject or _FIRST_PERSON_END.search(subject):
            return None  # "The only official breakdown we found": the writer found it
        head = _OFFICIAL_HEAD.match(subject)  # "Agents with HSI and detectives with ..."
        named_body = _INSTITUTION_NAME.fullmatch(subject.strip())
        core = _ADVERBIAL.sub("", subject)  # "A federal court in Houston on Monday"
        if len(core.split()) > 6 and head is None and named_body is None:
            return None
        start = text.rfind(subject, 0, action.start)
        source = text[start : start + len(subject)] if start >= 0 else subject
        role = self.lex.official.search(subject)
        office = _POSSESSIVE_OFFICE_SUBJECT.search(subject)
        if role is None and office is not None:  # "Hartwell's office did not respond"
            role = Span(office.start(), office.end(), office.group(0))
        if role is not None or head is not None:
            if head is not None and len(subject.split()) > 6:
                source = _AND_SPLIT.split(source)[0]
            evidence = f"role '{role.text}'" if role is not None else f"officers '{head.group(1)}'"  # type: ignore[union-attr]
            return self._make(Typed(SourceType.OFFICIAL, evidence), source, action.text)
        last = self.memory.last_span
        if _BODY_ANAPHOR.match(subject) and last is not None and last[0] is SourceType.OFFICIAL:
            # "Esta institución abrió una carpeta": the official body of the page
            evidence = f"'{source}' = {last[1]}: {last[2]}"
            return Attribution(SourceType.OFFICIAL, source, action.text, evidence)
        ngo = self.lex.ngos.search(subject) or _NGO_WORD.search(subject)
        if ngo is not None and fold(action.text).lower() in _COUNTED:
            # "La ONG Observatorio Venezolano de Violencia registró 12 enfrentamientos"
            typed = Typed(SourceType.NAMED_SOURCE, f"organisation '{source}' counted")
            return self._make(typed, source, action.text)
        return None

    def passive_finding(self, text: str, masked: str) -> Attribution | None:
        """ "The stamp has been linked by Colombian police to the Clan del Golfo": the agent."""
        if " by " not in self.lower and " por " not in self.lower:
            return None
        found = PASSIVE_FINDING.search(masked)
        if found is None:
            return None
        span = phrase_after(text[found.end() :], _SOURCE_END)
        span = re.split(r"\s+(?:to|as|with|a|al|como|con)\s+", span, maxsplit=1)[0]
        typed = self._typed(span, sentence=text, cue=found.group(0).strip(), appositive=None)
        if typed is None or typed.source_type not in {SourceType.OFFICIAL, SourceType.MEDIA}:
            return None  # "identificadas por sus familiares": kin identify, they do not report
        return self._make(typed, span, found.group(0).split()[-2])

    def publisher(self, text: str, masked: str) -> Attribution | None:
        """ "El diario Correo del Caroní publicó fotografías ...": an outlet publishing."""
        if not _PUBLISHED_HINTS.search(self.lower):
            return None
        act = _PUBLISHED.search(masked)
        if act is None:
            return None
        subject = strip_fillers(masked[: act.start()].split(",")[-1])
        if not subject or len(subject.split()) > 8 or PASSIVE.search(subject):
            return None  # "the commentary was published": not an outlet publishing
        if _SUBORDINATE.match(subject):
            return None  # "As the newspaper commentary was published, ..."
        outlet = _outlet_in(subject) or _MEDIA_WORD.search(subject)
        if outlet is None:
            return None
        start = text.rfind(subject, 0, act.start())
        source = text[start : start + len(subject)] if start >= 0 else subject
        typed = Typed(SourceType.MEDIA, f"outlet '{source}' {act.group(0)}")
        return self._make(typed, source, act.group(0))

    def plea(self, text: str, masked: str) -> Attribution | None:
        """ "A former colonel pleaded guilty ..., admitting that ...", "se declaró culpable de
        conspirar": a defendant's admission in court is a confession, not an official's act."""
        if "guilty" not in self.lower and "culpable" not in self.lower:
            return None
        plea = _PLEA.search(masked)
        if plea is None:
            return None
        if _RELATIVE_BEFORE.search(masked[: plea.start()]):
            return None  # "the sentence of X, who pleaded guilty last year": background
        subject = strip_fillers(masked[: plea.start()].split(",")[-1])
        if self.lex.official.search(subject) is not None and not _FORMER_WORD.search(subject):
            return None  # "the prosecutor said ... guilty": an official is not pleading
        start = text.rfind(subject, 0, plea.start()) if subject else -1
        source = text[start : start + len(subject)] if start >= 0 else None
        if source is not None and (len(source.split()) > 12 or source[:1].islower()):
            source = None  # "donde se declaró culpable": the defendant is named before
        typed = Typed(SourceType.CONFESSION, f"plea '{plea.group(0)}'")
        return Attribution(typed.source_type, source, plea.group(0), typed.evidence)

    def official_evidence(self, text: str) -> Attribution | None:
        phrase = self.lex.official_evidence.search(text)
        if phrase is None:
            return None
        return Attribution(SourceType.OFFICIAL, None, phrase.text, f"'{phrase.text}'")

    def opinion(self, text: str) -> Attribution | None:
        """ "Para el investigador X, ..." / "In the view of X, ...": a view credited to X."""
        match = _OPINION.match(text)
        if match is None:
            return None
        span = match.group(2).strip()
        rest = text[match.end(2) :]
        named = re.match(r"^\s*,\s*([^,;:.]{3,60}?)\s*,", rest)
        if named is not None and is_bare_name(named.group(1)) and proper_name(span) is None:
            span, appositive = named.group(1), span  # "Para la abogada de las familias, X,"
        else:
            appositive = appositive_after(rest) or describing_after(rest)
        name = proper_name(span)
        lex = self.lex
        described = f"{span}, {appositive}" if appositive else span
        evidence = (
            lex.official.search(described)
            or lex.named_roles.search(described)
            or _outlet_in(described)
        )
        if name is None and evidence is None:
            return None
        typed = self._typed(span, sentence=text, cue=match.group(1), appositive=appositive)
        if typed is None:
            return None
        return self._make(typed, span, match.group(1))

    def find(self, text: str, masked: str) -> Attribution | None:
        """The sentence's own attribution, trying the strongest patterns first."""
        self.memory.learn_criminal_heads(text)
        self.memory.learn_outlets(text)
        self.lower = masked.lower()  # one lower-cased copy for the cheap literal tests below
        signing = _SIGNING_HINTS.search(self.lower) is not None
        has_message = signing and self.lex.messages.search(text) is not None
        self.memory.message_seen = self.memory.message_seen or has_message
        signed = _SIGNED.search(text) if has_message else None
        if signed is not None and self.lex.messages.search(text[: signed.start()]) is not None:
            signer = _signer_name(text, 0)
            if signer is not None:
                self.memory.last_message = signer.text  # "a message signed by Los Tiguerones"
        opinion = self.opinion(text)
        if opinion is not None:
            return opinion
        view = _IN_HIS_VIEW.match(text)
        if view is not None and self.memory.last is not None:
            kind, name, evidence = self.memory.last  # "Para él, la pobreza ...": the last one
            return Attribution(kind, name, view.group(0).strip(" ,"), f"{name}: {evidence}")
        obtained = obtained_document(masked, lower=self.lower)
        if obtained is not None:  # "Flight logs obtained by this newspaper show ..."
            typed, phrase = obtained
            start = masked.find(phrase)
            source = text[start : start + len(phrase)] if start >= 0 else phrase
            return self._make(typed, _ACCORDING_OPENER.sub("", source).strip(), "obtained")
        before = self.memory.last_span
        found = self._find(text, masked)
        self.previous = text
        if (
            found is not None
            and found.source_type
            in {SourceType.NAMED_SOURCE, SourceType.ANONYMOUS_SOURCE, SourceType.CRIMINAL_GROUP}
            and _POLICE_VIDEO.match(text)
        ):
            # "In a video released by the police, Amaya, handcuffed, says": filmed in custody
            evidence = f"in a video released by the authorities: {found.evidence}"
            return replace(found, source_type=SourceType.CONFESSION, evidence=evidence)
        if (
            found is not None
            and found.source_type is SourceType.CRIMINAL_GROUP
            and _TESTIFYING.search(text)
        ):
            # "A former accountant for a Gulf Cartel faction told a federal jury": an insider
            evidence = f"an insider testifying: {found.evidence}"
            return replace(found, source_type=SourceType.CONFESSION, evidence=evidence)
        if found is None:
            self._remember_opening_person(text)
        if (
            found is not None
            and recording_opening(text)
            and before is not None
            and before[0] is SourceType.CRIMINAL_GROUP
            and found.source_type is not SourceType.CRIMINAL_GROUP
        ):
            # "En la grabación, un hombre afirma ...": the speaker inside the group's message
            evidence = f"speaker in the message of {before[1]}: {before[2]}"
            return replace(found, source_type=SourceType.CRIMINAL_GROUP, evidence=evidence)
        return found

    def _find(self, text: str, masked: str) -> Attribution | None:
        finds = _DOC_FINDS.match(masked)
        last = self.memory.last_span
        if finds is not None and last is not None and finds.group(1).lower() in last[1].lower():
            # "The survey, carried out with satellite images, found that": the survey named before
            evidence = f"'{finds.group(1)}' = {last[1]}: {last[2]}"
            return Attribution(last[0], last[1], finds.group(2), evidence)
        signer = self.memory.last_message
        read = _MESSAGE_READ.search(masked) if signer is not None else None
        if read is not None and signer is not None:
            # "“This is what happens ...,” the message read, according to photographs": the
            # message quoted is the group's, named as its signer before
            evidence = f"'{read.group(1)}' signed by {signer}"
            return Attribution(SourceType.CRIMINAL_GROUP, signer, read.group(0).strip(), evidence)
        own = _OWN_EARLIER.search(masked)
        if own is not None:  # "como conté en este espacio", "as we reported here": the outlet
            return Attribution(SourceType.MEDIA, None, own.group(0), "the outlet's own reporting")
        note_read = _NOTE_READ.match(text)
        if note_read is not None and self.lex.official.search(note_read.group(0)) is None:
            # "A handwritten note left beside the door read, “Pay or ...,” according to a photo":
            # the note's words, whoever photographed it
            noun = note_read.group(1)
            return Attribution(SourceType.CRIMINAL_GROUP, None, "read", f"unsigned '{noun}' quoted")
        if self.memory.message_seen and READ_ONE.search(text) is not None:
            # "“We do not touch working people,” read one of them": one of the banners before
            source = self.memory.last_message
            evidence = f"one of the messages before{f', signed by {source}' if source else ''}"
            self.memory.remember_last(  # "Another warned ...": one more of the same messages
                source or "the messages", Typed(SourceType.CRIMINAL_GROUP, evidence)
            )
            return Attribution(SourceType.CRIMINAL_GROUP, source, "read", evidence)
        read_in = (
            _APPEARED_IN.match(masked)
            or (_READ_IN.search(masked) if _READ_HINTS.search(self.lower) else None)
            or _IN_THE_NEWS.match(masked)
            if " en " in self.lower or " in " in self.lower or self.lower.startswith("en ")
            else None
        )
        if read_in is not None:  # "Leí en La Nación Tachirense que ...": the outlet read
            outlet = text[read_in.start(1) : read_in.end(1)]
            if _SOCIAL_GROUP.search(outlet):
                read_typed: Typed | None = Typed(
                    SourceType.ANONYMOUS_SOURCE, f"social-media group '{outlet}'"
                )
            elif _IN_THE_NEWS.match(masked):  # "En las noticias de La Opinión salió que"
                read_typed = Typed(SourceType.MEDIA, f"outlet '{outlet}' in the news")
            else:
                read_typed = self._typed(outlet, sentence=text, cue="leí en", appositive=None)
            if read_typed is not None and read_typed.source_type in {
                SourceType.MEDIA,
                SourceType.ANONYMOUS_SOURCE,
            }:
                return self._make(read_typed, outlet, read_in.group(0).split()[0])
        learned = _LEARNED_FROM.search(masked) if _LEARNED_HINTS.search(self.lower) else None
        if learned is not None:  # "Este espacio pudo saber, por comerciantes del mercado, que"
            span = learned.group(1).strip()
            typed_from = self._typed(span, sentence=text, cue="supo por", appositive=None)
            if typed_from is not None:
                return self._make(typed_from, span, learned.group(0).split(",")[0].strip())
        heard = _HEARD_SAY.search(masked) if "decir" in self.lower else None
        if heard is not None:  # "“...”, se escucha decir al joven": the young man in the video
            span = heard.group(1).strip()
            back = _definite_back(f"el {span}", self.memory) or _definite_back(span, self.memory)
            if back is not None:
                kind, name, evidence = back
                return Attribution(kind, name, "se escucha decir", f"'{span}' = {name}: {evidence}")
        first = self.lex.according_to.search(masked)
        if first is not None and first.start > 20:
            lead = self._leading_message(text, first.start)
            if lead is not None:
                return lead
        speech = self.lex.speech.search(masked)
        agentless = self.lex.agentless.search(masked)
        if (
            agentless is not None
            and speech is not None
            and agentless.start <= speech.start < agentless.end
        ):
            # "se dice", "it is said": nobody in particular, unless "según X" names someone
            return self.according_to(text, masked) or self.agentless(masked, text)
        if first is not None and speech is not None and speech.start < first.start:
            explicit = self.speech(text, masked) or self.according_to(text, masked)
            if explicit is not None and fold(explicit.cue or "").lower() in self.lex.belief:
                explicit = self.according_to(text, masked) or explicit
        else:
            explicit = self.according_to(text, masked)
            if explicit is None or (
                explicit.source_type is not SourceType.CONFESSION
                and (
                    any(word in self.lower for word in _CONFESSING)
                    or self.lex.detainee.search(masked) is not None
                    or _TO_INVESTIGATORS_ES.search(masked) is not None
                    or " told " in self.lower
                )
            ):
                # "Según el general, uno de los capturados ... confesó que": the detainee's
                # confession reported by an official is still a confession
                spoken = self.speech(text, masked)
                if spoken is not None and (
                    explicit is None
                    or (
                        spoken.source_type is SourceType.CONFESSION
                        and (
                            self.lex.detainee.search(spoken.source or "") is not None
                            or spoken.evidence.startswith(f"'{spoken.cue} ")  # "dijo a los agentes"
                        )
                    )
                ):
                    explicit = spoken
        if explicit is None:
            told = _KIN_WITNESS.match(text)
            if told is None and _TEXT_FROM_HINTS.search(self.lower):
                told = _TEXT_FROM.search(text)
            if told is not None:  # "a text from my neighbor that", "My husband ... saw"
                source = told.group(1)
                return Attribution(
                    SourceType.ANONYMOUS_SOURCE, source, told.group(2), f"unnamed '{source}'"
                )
        if explicit is None and (" en " in self.lower or " in " in self.lower):
            appeared = _APPEARED_IN.search(masked)  # "También salió en el Diario X que ..."
            if appeared is not None:
                start = appeared.start(1)
                outlet = text[start : appeared.end(1)]
                typed = self._typed(outlet, sentence=text, cue="salió en", appositive=None)
                if typed is not None and typed.source_type is SourceType.MEDIA:
                    return self._make(typed, outlet, appeared.group(0).split()[0])
        if explicit is None and ("post" in self.lower or "public" in self.lower):
            posts = _POSTS_CLAIM.match(masked)  # "Posts sharing the clip since Monday claim it"
            if posts is not None:
                source = text[: posts.end(1)].strip()
                evidence = f"circulating '{source}'"
                return Attribution(SourceType.ANONYMOUS_SOURCE, source, posts.group(2), evidence)
        if explicit is None:
            item = circulating_item(masked, lower=self.lower)
            if item is not None:  # "A video shared 40,000 times claims to show ..."
                typed, subject = item
                start = masked.find(subject)
                source = text[start : start + len(subject)] if start >= 0 else subject
                return self._make(typed, chain_source(source), None)
        return (
            explicit
            or self.called(text, masked)
            or self.plea(text, masked)
            or self.agentless(masked, text)
            or self.message(text)
            or self.official_subject(text, masked)
            or self.passive_finding(text, masked)
            or self.publisher(text, masked)
            or self.official_evidence(text)
            or _authority_passive(masked)
        )


def _outlet_in(text: str) -> Span | None:
    return lexicon().outlets.search(text)


def attribute_paragraph(
    paragraph: str, sentences: list[Sentence], memory: SourceMemory
) -> list[Attribution | None]:
    """The attribution of each sentence of ``paragraph`` (None: the author's own statement)."""
    quotes = quote_spans(paragraph)
    finder = _Finder(memory)
    found: list[Attribution | None] = []
    memory.scene.next_paragraph()
    quotes = [(s, e) for s, e in quotes if spoken(paragraph, s, e)]
    for sentence in sentences:
        local = [
            (s - sentence.start, e - sentence.start)
            for s, e in quotes
            if s < sentence.end and e > sentence.start
        ]
        text = sentence.text
        dateline = (_DATELINE.match(text) or TIMESTAMP.match(text)) if sentence.start == 0 else None
        if dateline is not None and dateline.group(0).count("(") == 1:
            wire = _WIRE.search(dateline.group(0))  # "MIAMI, Feb 7 (CPW) -": the wire is media
            if wire is not None:
                typed = (SourceType.MEDIA, wire.group(1), f"wire '{wire.group(1)}' in the dateline")
                memory.names.setdefault(fold(wire.group(1)).lower(), typed)
        if dateline is not None:  # "BOGOTA, Colombia (AP) —", "08:10 —": a place or a time
            text = " " * dateline.end() + text[dateline.end() :]
        masked = _mask(text, local)
        memory.scene.see(text)
        att = finder.find(text, masked)
        if att is None and unsigned_footage(text):
            att = Attribution(SourceType.ANONYMOUS_SOURCE, None, None, "footage on social media")
        last = memory.last
        confessed = last[1] if last and last[0] is SourceType.CONFESSION else None
        turned = in_custody_speaker(memory.scene, text, att, confessed)
        if turned is not att and turned is not None:  # the men after him confess too
            memory.last = (turned.source_type, turned.source or "", turned.evidence)
        att = turned
        found.append(att)
    quoted_after_message(sentences, found)
    message_read_inline(sentences, found)
    spread_quotations(sentences, quotes, found)
    signed_quotation(paragraph, found, memory)
    signed_next(sentences, found)
    link_back(sentences, found)
    carry_over(sentences, quotes, found)
    carry_frame(sentences, found)
    return found


# A view credited by a pronoun: "Para él, ...", "In her view, ...", "A su juicio, ...".
_IN_HIS_VIEW = re.compile(
    r"^\W*(?:para (?:él|ella|ellos|ellas)|a su (?:juicio|parecer|entender)|en su opini[oó]n|"
    r"for (?:him|her|them)|in (?:his|her|their) (?:view|opinion))\s*,",
    re.IGNORECASE,
)


# A report and its author in a sentence of the page's own: "a 46-page report by the General
# Directorate of ...", "un informe de la Dirección Policial de Investigaciones".
_REPORT_BY = re.compile(
    r"\b(?:an?|the|un|una|el)\s+(?:[\w-]+\s+){0,3}?(?:report|informe|audit|auditor[ií]a)\s+"
    r"(?:by|from|of|de|del)\s+((?:the\s+|la\s+|el\s+)?[A-ZÁÉÍÓÚÑ].*)"
)
