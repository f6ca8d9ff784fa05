"""Scoring never fails on odd text: random paragraphs, quotes left open, empty documents."""

from __future__ import annotations

from collections.abc import Iterator

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scoring import Report, score
from scraper import Block, Comment, Document
from tests.scoring._helpers import doc

WORDS = st.sampled_from(
    [
        "said", "según", "According", "to", "police", "the", "Zetas", "“", "”", "«", "»", '"',
        ",", ".", "?", "¿", "he", "dijo", "que", "banner", "narcomanta", "allegedly", "podría",
        "Najera", "Gutierrez", "secretary", "arrested", "confessed", "It", "is", "believed",
        "by", "was", "revealed", "This", "information", "El", "Flaco", ":", ";", "\n", "Ñandú",
        "x" * 40, "I live in", "armed", "men", "replied", "", "—", "(", ")",
    ]
)  # fmt: skip
PARAGRAPH = st.lists(WORDS, max_size=40).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraphs=st.lists(PARAGRAPH, max_size=5), comments=st.lists(PARAGRAPH, max_size=3))
def test_score_handles_any_word_soup(paragraphs: list[str], comments: list[str]) -> None:
    report = score(doc(*paragraphs, comments=comments))
    for claim in report.claims:
        assert 0.0 <= claim.score <= 1.0
        assert claim.text.strip()
        assert claim.rationale
    assert Report.model_validate_json(report.model_dump_json()) == report


@settings(max_examples=80, deadline=None)
@given(text=st.text(max_size=300))
def test_score_handles_arbitrary_unicode(text: str) -> None:
    report = score(Document(body=[Block(text=text)], comments=[Comment(id="1", text=text)]))
    assert all(0.0 <= c.score <= 1.0 for c in report.claims)


def test_empty_document() -> None:
    report = score(Document())
    assert report.claims == [] and report.counts == {} and report.url is None


def test_document_without_url_uses_the_default_standing() -> None:
    claim = score(doc("Gunmen burned three buses near Colima.", url=None)).claims[0]
    assert "outlet unknown 1.00" in claim.rationale


class _Corpus:
    def iter_documents(self) -> Iterator[tuple[object, Document]]:
        return iter(())


def test_empty_corpus() -> None:
    claim = score(doc("Gunmen burned three buses near Colima."), corpus=_Corpus()).claims[0]  # type: ignore[arg-type]
    assert claim.corroborations == []
