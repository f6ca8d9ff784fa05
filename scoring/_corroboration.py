"""Corroboration: sentences in documents from other hosts that say the same thing.

The lexical backend indexes the corpus once per call (an inverted index over content-word stems)
and compares a claim only with sentences that share its rarer stems. Similarity is
0.8 × IDF-weighted cosine over stem sets + 0.2 × the Dice overlap of their names; a pair must share
a name when both name something, and a word that is not a name.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from scoring._lexicon import fold, lexicon
from scoring._models import Corroboration
from scoring._sentences import split_sentences
from scoring._sites import host_of
from scraper import Document

__all__ = ["CaptureLike", "Corpus", "CorpusIndex", "IndexedSentence", "content_stems"]

_TOKEN = re.compile(r"\w+")
_STEM_LENGTH = 6
_MIN_COMMON = 25
_MIN_SHARED = 3  # two shared words is a topic, not a claim
_COSINE_WEIGHT = 0.8  # the rest of the similarity is the names' Dice overlap


@runtime_checkable
class CaptureLike(Protocol):
    """What corroboration needs to know about where a document came from."""

    @property
    def id(self) -> object: ...

    @property
    def url(self) -> str: ...

    @property
    def host(self) -> str: ...


class Corpus(Protocol):
    """Anything that yields (capture, document) pairs: ``archive.Archive`` is one."""

    def iter_documents(self) -> Iterator[tuple[CaptureLike, Document]]: ...


def content_stems(text: str) -> set[str]:
    """Lower-cased, accent-folded content words cut to six letters: a crude bilingual stemmer."""
    stopwords = lexicon().stopwords
    stems = set()
    for token in _TOKEN.findall(fold(text).lower()):
        if token in stopwords or (len(token) < 3 and not token.isdigit()):
            continue
        stems.add(token[:_STEM_LENGTH])
    return stems


def _names(text: str) -> set[str]:
    """Capitalised words after the first: a cheap stand-in for named entities."""
    stopwords = lexicon().stopwords
    words = _TOKEN.findall(fold(text))
    return {
        w.lower()[:_STEM_LENGTH]
        for w in words[1:]
        if w[:1].isupper() and w.lower() not in stopwords
    }


@dataclass(frozen=True, slots=True)
class IndexedSentence:
    """One sentence of the corpus with where it came from."""

    capture_id: str
    url: str
    host: str
    text: str
    stems: frozenset[str]
    names: frozenset[str]


class CorpusIndex:
    """An inverted index over the body sentences of a corpus, built once and queried per claim."""

    def __init__(self, pairs: Iterable[tuple[CaptureLike, Document]]) -> None:
        self.sentences: list[IndexedSentence] = []
        self.postings: dict[str, list[int]] = defaultdict(list)
        for capture, document in pairs:
            # the outlet: the page's own canonical address when it gives one (a mirror or a
            # syndicated copy is not an independent source), else where it was captured
            publisher = host_of(document.canonical_url) or host_of(str(capture.url))
            host = (publisher or str(capture.host)).lower().removeprefix("www.")
            for block in document.body:
                for sentence in split_sentences(block.text):
                    stems = content_stems(sentence.text)
                    if len(stems) < 3:
                        continue
                    sid = len(self.sentences)
                    self.sentences.append(
                        IndexedSentence(
                            str(capture.id),
                            str(capture.url),
                            host,
                            sentence.text,
                            frozenset(stems),
                            frozenset(_names(sentence.text)),
                        )
                    )
                    for stem in stems:
                        self.postings[stem].append(sid)
        total = len(self.sentences)
        self.weights: list[float] = []
        self.idf = {
            stem: math.log((total + 1) / (len(ids) + 0.5)) + 1.0
            for stem, ids in self.postings.items()
        }
        self._default_idf = math.log(total + 1) + 1.0
        self.weights = [self._weight(entry.stems) for entry in self.sentences]

    @classmethod
    def from_corpus(cls, corpus: Corpus) -> CorpusIndex:
        """Index every document ``corpus.iter_documents()`` yields."""
        return cls(corpus.iter_documents())

    def _weight(self, stems: Iterable[str]) -> float:
        return sum(self.idf.get(s, self._default_idf) for s in stems)

    def find(
        self, text: str, *, exclude_host: str | None, threshold: float, limit: int
    ) -> list[Corroboration]:
        """Sentences from other hosts at least ``threshold`` similar to ``text``, best first."""
        stems = content_stems(text)
        if len(stems) < 3 or not self.sentences:
            return []
        names = _names(text)
        # Candidates share at least two of the claim's rarer stems (one if it has only one).
        shared: dict[int, int] = defaultdict(int)
        common = max(_MIN_COMMON, len(self.sentences) // 50)  # skip stems in over 2% of sentences
        rare = 0
        for stem in stems:
            ids = self.postings.get(stem)
            if not ids or len(ids) > common:
                continue
            rare += 1
            for sid in ids:
                shared[sid] += 1
        needed = min(2, rare)
        own = self._weight(stems)
        best: dict[tuple[str, str], Corroboration] = {}
        for sid, count in shared.items():
            entry = self.sentences[sid]
            if count < needed or (exclude_host and entry.host == exclude_host):
                continue
            common_stems = stems & entry.stems
            if len(common_stems) < _MIN_SHARED:
                continue
            overlap = self._weight(common_stems)
            cosine = overlap / math.sqrt(own * self.weights[sid])
            shared_names = len(names & entry.names)
            if names and entry.names and not shared_names:
                continue
            name_overlap = 2 * shared_names / max(1, len(names) + len(entry.names))
            similarity = _COSINE_WEIGHT * cosine + (1 - _COSINE_WEIGHT) * name_overlap
            if similarity < threshold:
                continue
            if not (stems & entry.stems) - names - entry.names:
                continue  # sharing only names is the same topic, not the same claim
            key = (entry.capture_id, entry.text)
            found = Corroboration(
                capture_id=entry.capture_id,
                url=entry.url,
                host=entry.host,
                text=entry.text,
                similarity=round(min(1.0, similarity), 4),
            )
            if key not in best or best[key].similarity < found.similarity:
                best[key] = found
        ranked = sorted(best.values(), key=lambda c: c.similarity, reverse=True)
        return ranked[:limit]
