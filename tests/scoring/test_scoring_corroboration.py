"""Corroboration over a small in-memory corpus: other hosts only; the seeds back each other."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from scoring import Corpus, CorpusIndex, ScoreOptions, score
from scraper import Document
from tests.scoring._helpers import DATA, claim_with, doc, document_from, load_labelled


@dataclass(frozen=True)
class Capture:
    """A stand-in for archive.Capture: what a Corpus yields next to each Document."""

    id: str
    url: str
    host: str


class MemoryCorpus:
    """An in-memory Corpus with the same iter_documents signature as archive.Archive."""

    def __init__(self, docs: list[Document]) -> None:
        self.docs = docs
        self.calls = 0

    def iter_documents(self, *, latest_only: bool = True) -> Iterator[tuple[Capture, Document]]:
        self.calls += 1
        for i, d in enumerate(self.docs):
            assert d.url is not None
            yield Capture(str(i), d.url, d.url.split("/")[2]), d


def _seeds() -> list[Document]:
    return [document_from(load_labelled(p)) for p in sorted((DATA / "gold").glob("*.json"))]


def test_memory_corpus_is_a_corpus() -> None:
    corpus: Corpus = MemoryCorpus([])
    assert list(corpus.iter_documents()) == []


def test_seed_pages_corroborate_each_other_on_the_banners() -> None:
    insight, borderland = _seeds()
    corpus = MemoryCorpus([insight, borderland])
    report = score(insight, corpus=corpus)
    banners = claim_with(report, "ominous banners")
    assert banners.corroborations, banners.rationale
    hit = banners.corroborations[0]
    assert hit.host == "borderlandbeat.com"
    assert "narco banners" in hit.text
    assert hit.capture_id == "1" and hit.url == borderland.url
    assert 0 < hit.similarity <= 1
    assert "corroborated by 1 other host" in banners.rationale
    assert corpus.calls == 1  # the corpus is indexed once per call


def test_seed_pages_corroborate_each_other_on_the_alliance() -> None:
    insight, borderland = _seeds()
    report = score(borderland, corpus=MemoryCorpus([insight, borderland]))
    alliance = claim_with(report, "Zetas have formed alliances")
    assert any(c.host == "insightcrime.org" for c in alliance.corroborations)


def test_no_self_corroboration_from_the_same_host() -> None:
    first = doc(
        "The Milenio Cartel placed banners threatening the CJNG in Guadalajara.",
        url="https://a.example/1",
    )
    same_host = doc(
        "The Milenio Cartel placed banners threatening the CJNG in Guadalajara.",
        url="https://a.example/2",
    )
    report = score(first, corpus=MemoryCorpus([first, same_host]))
    assert report.claims[0].corroborations == []


def test_www_prefix_is_the_same_host() -> None:
    first = doc(
        "The Milenio Cartel placed banners threatening the CJNG in Guadalajara.",
        url="https://www.a.example/1",
    )
    again = doc(
        "The Milenio Cartel placed banners threatening the CJNG in Guadalajara.",
        url="https://a.example/2",
    )
    assert score(first, corpus=MemoryCorpus([again])).claims[0].corroborations == []


def test_unrelated_claims_are_not_corroborated() -> None:
    claim = doc(
        "The Milenio Cartel placed banners threatening the CJNG in Guadalajara.",
        url="https://a.example/1",
    )
    other = doc(
        "Heavy rain flooded three neighbourhoods of Monterrey on Tuesday night.",
        url="https://b.example/1",
    )
    assert score(claim, corpus=MemoryCorpus([other])).claims[0].corroborations == []


def test_corroboration_raises_the_score_and_allows_credibility_one() -> None:
    text = "Governor Emilio González said soldiers seized 400 rifles from the Zetas in Juchipila."
    claim_doc = doc(text, url="https://a.example/1")
    echoes = [
        doc(
            "Soldiers seized 400 rifles from the Zetas in Juchipila, "
            "Governor Emilio González said.",
            url="https://b.example/1",
        ),
        doc(
            "In Juchipila soldiers seized 400 rifles belonging to the Zetas, said Emilio González.",
            url="https://c.example/1",
        ),
    ]
    alone = score(claim_doc).claims[0]
    backed = score(claim_doc, corpus=MemoryCorpus(echoes)).claims[0]
    assert {c.host for c in backed.corroborations} == {"b.example", "c.example"}
    assert backed.score > alone.score
    assert alone.grade[1] != "1"
    assert backed.grade == "B1"


def test_prebuilt_index_is_reused() -> None:
    insight, borderland = _seeds()
    corpus = MemoryCorpus([insight, borderland])
    index = CorpusIndex.from_corpus(corpus)
    first = score(insight, corpus=index)
    second = score(borderland, corpus=index)
    assert corpus.calls == 1
    assert any(c.corroborations for c in first.claims)
    assert any(c.corroborations for c in second.claims)


def test_threshold_option_controls_matching() -> None:
    insight, borderland = _seeds()
    strict = score(
        insight, corpus=MemoryCorpus([borderland]), options=ScoreOptions(lexical_threshold=0.99)
    )
    assert all(not c.corroborations for c in strict.claims)


def test_limit_on_corroborations() -> None:
    claim_doc = doc(
        "Soldiers seized 400 rifles from the Zetas in Juchipila.", url="https://a.example/1"
    )
    echoes = [
        doc(
            "Soldiers seized 400 rifles from the Zetas in Juchipila.", url=f"https://h{i}.example/1"
        )
        for i in range(4)
    ]
    options = ScoreOptions(max_corroborations=2)
    claim = score(claim_doc, corpus=MemoryCorpus(echoes), options=options).claims[0]
    assert len(claim.corroborations) == 2
