"""Score a Document: split into claims, attribute, hedge, corroborate, grade."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

from scoring._attribution import Attribution, attribute_paragraph
from scoring._claims import Kind, claim_kind
from scoring._corroboration import Corpus, CorpusIndex
from scoring._grade import grade_claim
from scoring._hedging import find_hedges
from scoring._interview import find_interview
from scoring._lexicon import fold, lexicon
from scoring._models import Claim, Corroboration, Report, SourceType
from scoring._options import ScoreOptions
from scoring._quoted import introduced_by, quoted_after_colon
from scoring._sentences import split_sentences
from scoring._sites import SiteSettings, host_of, load_sites
from scoring._source_memory import SourceMemory
from scoring._source_type import classify_source
from scoring._transcript import hosts, transcript_speakers
from scoring._type_model import features, type_model, unsure
from scraper import Document

__all__ = ["ScoreOptions", "detect_lang", "score"]


@dataclass
class _Draft:
    text: str
    where: Literal["body", "comment"]
    comment_id: str | None
    attribution: Attribution
    hedges: list[str]
    kind: Kind
    first_hand: bool = False
    corroborations: list[Corroboration] = field(default_factory=list)


def detect_lang(text: str) -> str | None:
    """The language, "en" or "es", by counting common function words; None when unclear."""
    lex = lexicon()
    words = fold(text).lower().split()[:400]
    counts = {lang: sum(1 for w in words if w in vocab) for lang, vocab in lex.lang_words.items()}
    lang, hits = max(counts.items(), key=lambda item: item[1])
    return lang if hits >= 3 else None


def _sites(options: ScoreOptions) -> SiteSettings:
    if isinstance(options.sites, SiteSettings):
        return options.sites
    if options.sites is None:
        return _packaged_sites()
    return load_sites(options.sites)


@functools.cache
def _packaged_sites() -> SiteSettings:
    """The packaged sites file, parsed once per process (it cannot change while running)."""
    return load_sites(None)


_OWN_WORDS = re.compile(r"^\W*(?:nuestr[oa]s?|mis?|our|my)\b", re.I)


def _speaker_turn(speaker: str, text: str, memory: SourceMemory) -> Attribution:
    """A transcript turn's speaker, typed by what the page said of them before."""
    known = memory.lookup(speaker)
    if known is not None:
        kind, name, evidence = known
        return Attribution(kind, name, None, f"transcript speaker; {evidence}", via="transcript")
    typed = classify_source(speaker, sentence=text, cue=None, appositive=None, memory=memory)
    kind = typed.source_type if typed is not None else SourceType.NAMED_SOURCE
    evidence = typed.evidence if typed is not None else "named person"
    return Attribution(kind, speaker, None, f"transcript speaker; {evidence}", via="transcript")


def _body_drafts(doc: Document) -> list[_Draft]:
    memory = SourceMemory()
    drafts: list[_Draft] = []
    author = Attribution(SourceType.AUTHOR, None, None, "no attribution")
    interview = find_interview(doc.title, [block.text for block in doc.body])
    answer: Attribution | None = None
    if interview is not None:
        memory.learn(interview.name, interview.typed)
        evidence = f"interview answer; {interview.typed.evidence}"
        answer = Attribution(
            interview.typed.source_type, interview.name, None, evidence, via="interview answer"
        )
    previous: list[Attribution | None] = []
    texts = [block.text for block in doc.body]
    speakers = transcript_speakers(texts)
    host_names = hosts(texts) if speakers else set()
    for index, block in enumerate(doc.body):
        sentences = split_sentences(block.text)
        found = attribute_paragraph(block.text, sentences, memory)
        speaker = speakers.get(index)
        if speaker is not None and speaker not in host_names:
            turn = _speaker_turn(speaker, block.text, memory)  # "PEÑARANDA: Según nuestro ..."
            found = [
                turn if att is None or _OWN_WORDS.match(att.source or "") else att for att in found
            ]
        if answer is not None and interview is not None and index in interview.answers:
            # the interviewee speaks unless credited; "my clients were arrested" is still her
            # account, not an authorities' report
            found = [
                answer if att is None or att.evidence.startswith("authorities' act") else att
                for att in found
            ]
        elif index and quoted_after_colon(doc.body[index - 1].text, block.text):
            lead = introduced_by([b.text for b in doc.body[max(0, index - 2) : index]], previous)
            if lead is not None:  # "Uno de ellos lee un mensaje ...:" then the quotation
                found = [att or lead for att in found]
        previous = found
        for sentence, att in zip(sentences, found, strict=True):
            drafts.append(
                _Draft(
                    sentence.text.strip(),
                    "body",
                    None,
                    att or author,
                    find_hedges(sentence.text),
                    claim_kind(sentence.text),
                )
            )
    return drafts


def _second_opinion(drafts: list[_Draft], lang: str | None) -> None:
    """Let the learned model revise body claims' types; the rules' answer stays in the evidence.

    The model reads the rules' answers for each sentence and the one before, so all of them are
    taken before any is revised.
    """
    model = type_model()
    rules = [draft.attribution for draft in drafts]
    retyped: dict[tuple[str, SourceType], SourceType] = {}  # a source referred back to keeps it
    for index, draft in enumerate(drafts):
        att = rules[index]
        back = att.source is not None and f"= {att.source}:" in att.evidence  # "'survey' = X:"
        again = retyped.get((att.source or "", att.source_type)) if back else None
        if again is not None:  # "The survey ... found that": the source re-typed before
            evidence = f"type model: {again.value}, as for {att.source} before ({att.evidence})"
            draft.attribution = Attribution(again, att.source, att.cue, evidence, via=att.via)
            continue
        if draft.kind != "claim" or att.source_type not in model.revisable:
            continue
        if not unsure(att.evidence):
            continue
        before = drafts[index - 1] if index else None
        found = features(
            draft.text,
            rule=att.source_type.value,
            previous=rules[index - 1].source_type.value if before else None,
            source=att.source,
            cue=att.cue,
            via=att.via,
            lang=lang,
        )
        revision = model.predict(found)
        if revision.source_type is att.source_type or revision.probability < model.threshold:
            continue
        why = ", ".join(model.reasons(found, revision.source_type)) or "the rules' answer"
        evidence = (
            f"type model: {revision.source_type.value} p={revision.probability:.2f} "
            f"({why}) over the rules' {att.source_type.value} ({att.evidence})"
        )
        draft.attribution = Attribution(
            revision.source_type, att.source, att.cue, evidence, via=att.via
        )
        if att.source:
            retyped[(att.source, att.source_type)] = revision.source_type


def _comment_drafts(doc: Document) -> list[_Draft]:
    lex = lexicon()
    drafts: list[_Draft] = []
    for comment in doc.comments:
        first = lex.first_hand.search(comment.text)
        evidence = f"comment by {comment.author or 'unknown'}"
        if first is not None:
            evidence += f"; first-hand '{first.text}'"
        att = Attribution(SourceType.COMMENTER, comment.author, None, evidence)
        for sentence in split_sentences(comment.text):
            drafts.append(
                _Draft(
                    sentence.text.strip(),
                    "comment",
                    comment.id,
                    att,
                    find_hedges(sentence.text),
                    claim_kind(sentence.text),
                    first_hand=first is not None,
                )
            )
    return drafts


def _corroborate(
    drafts: list[_Draft], corpus: Corpus | CorpusIndex, host: str | None, options: ScoreOptions
) -> None:
    claims = [d for d in drafts if d.kind == "claim"]
    if options.backend == "embedding":
        from scoring._embedding import EmbeddingCorroborator

        corroborator = EmbeddingCorroborator.from_corpus(corpus)
        found = corroborator.find_many(
            [d.text for d in claims],
            exclude_host=host,
            threshold=options.embedding_threshold,
            limit=options.max_corroborations,
        )
        for draft, hits in zip(claims, found, strict=True):
            draft.corroborations = hits
        return
    index = corpus if isinstance(corpus, CorpusIndex) else CorpusIndex.from_corpus(corpus)
    for draft in claims:
        draft.corroborations = index.find(
            draft.text,
            exclude_host=host,
            threshold=options.lexical_threshold,
            limit=options.max_corroborations,
        )


def score(
    doc: Document,
    *,
    corpus: Corpus | CorpusIndex | None = None,
    options: ScoreOptions | None = None,
) -> Report:
    """Split ``doc`` into claims and rate each one: source, hedges, corroboration, grade, rationale.

    ``corpus`` (an ``archive.Archive``, any Corpus, or a prebuilt CorpusIndex) is searched for
    the same claims on other hosts.
    """
    options = options or ScoreOptions()
    sites = _sites(options)
    host = host_of(doc.canonical_url) or host_of(doc.url)
    outlet, standing = sites.standing_for(host)
    text = " ".join(block.text for block in doc.body) or " ".join(c.text for c in doc.comments)
    lang = doc.lang or detect_lang(text)
    body = _body_drafts(doc)
    if options.type_model:
        _second_opinion(body, lang)
    drafts = body + _comment_drafts(doc)
    if corpus is not None and drafts:
        _corroborate(drafts, corpus, host, options)
    claims: list[Claim] = []
    for draft in drafts:
        att = draft.attribution
        if draft.kind == "claim":
            graded = grade_claim(
                source_type=att.source_type,
                evidence=_evidence(att),
                hedges=draft.hedges,
                hosts=len({c.host for c in draft.corroborations}),
                first_hand=draft.first_hand,
                outlet=outlet,
                standing=standing.standing,
                options=options,
            )
            value, grade, rationale = graded.score, graded.grade, graded.rationale
        else:
            value, grade, rationale = 0.0, "F6", f"not graded: {draft.kind.replace('_', ' ')}"
        claims.append(
            Claim(
                text=draft.text,
                where=draft.where,
                comment_id=draft.comment_id,
                source_type=att.source_type,
                source=att.source,
                cue=att.cue,
                hedges=draft.hedges,
                first_hand=draft.first_hand,
                corroborations=draft.corroborations,
                score=value,
                grade=grade,
                rationale=rationale,
                kind=draft.kind,
                is_claim=draft.kind == "claim",
                evidence=att.evidence,
                via=att.via,
            )
        )
    counts = Counter(c.source_type.value for c in claims if c.is_claim)
    return Report(
        url=doc.url,
        host=host,
        lang=lang,
        claims=claims,
        counts=dict(counts),
    )


def _evidence(att: Attribution) -> str:
    parts = []
    if att.source and att.source not in att.evidence:
        parts.append(att.source)
    parts.append(att.evidence)
    if att.via:
        parts.append(att.via)
    return "; ".join(parts)
