"""The bundled sample pages: body, metadata and furniture; against gold when ../shared exists."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from scraper import Document, extract

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "veracity" / "samples"
GOLD = ROOT.parent / "shared" / "gold"
INSIGHT = SAMPLES / "insightcrime-zetas-milenio.html"
BORDERLAND = SAMPLES / "borderlandbeat-zetas-resistencia.html"
INSIGHT_URL = "https://insightcrime.org/news/analysis/zetas-milenio-cartel-alliance-heralds-danger-for-jalisco/"
BORDERLAND_URL = "https://www.borderlandbeat.com/2011/09/los-zetas-forging-alliance-with-la.html"

# Page furniture that must reach neither the body nor the comments.
INSIGHT_FURNITURE = [
    "share icon icon icon",
    "Was this content helpful?",
    "we need resources",
    "DONATE",
    "What are your thoughts?",
    "We encourage readers to copy and distribute our work",
    "Related Content",
    "Synthetic drugs like methamphetamine",
    "Rafael Caro Quintero",
    "About InSight Crime",
    "InSight Crime Contributes Expertise Across the Board",
    "GULF CARTEL / 14 SEP 2011",
    "BY GEOFFREY RAMSEY",
    "Skip to content",
    "Subscribe to our weekly newsletter",
]
BORDERLAND_FURNITURE = [
    "Email This",
    "BlogThis!",
    "Share to Twitter",
    "Share to Facebook",
    "Labels:",
    "6 comments:",
    "said...",
    "Post a Comment",
    "Newer Post",
    "Older Post",
    "Subscribe to:",
    "Post Comments (Atom)",
    "Popular Posts",
    "Blog Archive",
    "Reporting on the Mexican Cartel Drug War",
    "Wednesday, September 21, 2011",
]
# Fragments of the six reader comments: they belong to comments, never to the body.
BORDERLAND_COMMENT_BITS = [
    "Mexico needs to do more to stop the flow of guns",
    "hope gdl doesnt heat up",
    "I live in Guadalajara (born and raised Mexican)",
    "zetas have alot of supporters",
    "Everyone in Jalisco and Colima has known this",
    "Absolutamente its old news",
]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _all_text(doc: Document) -> str:
    return "\n".join([b.text for b in doc.body] + [c.text for c in doc.comments])


@pytest.fixture(scope="module")
def insight() -> Document:
    return extract(INSIGHT.read_bytes(), INSIGHT_URL)


@pytest.fixture(scope="module")
def borderland() -> Document:
    return extract(BORDERLAND.read_bytes(), BORDERLAND_URL)


def test_samples_are_utf8_with_a_meta_charset() -> None:
    for page in (INSIGHT, BORDERLAND):
        data = page.read_bytes()
        data.decode("utf-8")
        assert re.search(rb"<meta[^>]*charset=.?utf-8", data[:4096], re.IGNORECASE)


def test_insight_metadata(insight: Document) -> None:
    assert insight.title == "Zetas-Milenio Cartel Alliance Heralds Danger for Jalisco"
    assert insight.author == "Geoffrey Ramsey"
    assert insight.published is not None and insight.published.date() == date(2011, 9, 14)
    assert insight.site_name == "InSight Crime"
    assert insight.lang == "en"


def test_borderland_metadata(borderland: Document) -> None:
    assert borderland.title == "Los Zetas Forging an Alliance with La Resistencia in Jalisco"
    assert borderland.author is None
    assert borderland.published is not None and borderland.published.date() == date(2011, 9, 21)
    assert borderland.site_name == "Borderland Beat"
    assert borderland.lang == "en"


def test_insight_body_paragraphs(insight: Document) -> None:
    assert len(insight.body) == 9
    assert insight.body[0].text.startswith("The latest shift in Mexico’s perpetually changing")
    assert insight.body[-1].text.endswith("independent presence in the state.")
    assert "Najera Gutierrez" in insight.body[1].text  # &nbsp; became a plain space


def test_borderland_br_paragraphs(borderland: Document) -> None:
    assert len(borderland.body) == 7
    assert borderland.body[0].text.startswith("There is official confirmation and evidence")
    assert borderland.body[-1].text.endswith(
        "Another relative and close associate is Oscar Nava Valencia."
    )


@pytest.mark.parametrize("phrase", INSIGHT_FURNITURE)
def test_insight_furniture_is_not_body(insight: Document, phrase: str) -> None:
    assert phrase.lower() not in _all_text(insight).lower()


@pytest.mark.parametrize("phrase", BORDERLAND_FURNITURE)
def test_borderland_furniture_is_not_body(borderland: Document, phrase: str) -> None:
    assert phrase.lower() not in _all_text(borderland).lower()


@pytest.mark.parametrize("phrase", BORDERLAND_COMMENT_BITS)
def test_borderland_comments_never_leak_into_body(borderland: Document, phrase: str) -> None:
    assert phrase not in borderland.text


def test_insight_furniture_has_reasons(insight: Document) -> None:
    reasons = {b.reason for b in insight.furniture}
    assert all(reasons)
    texts = " ".join(b.text for b in insight.furniture)
    for phrase in (
        "share icon icon icon",
        "Was this content helpful?",
        "DONATE",
        "Creative Commons",
    ):
        assert phrase in texts


def _gold(name: str) -> dict:
    path = GOLD / name
    if not path.exists():
        pytest.skip("../shared/gold is not available in this checkout")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("page", "url", "gold_name"),
    [
        (INSIGHT, INSIGHT_URL, "000_e341436370d37dc1.json"),
        (BORDERLAND, BORDERLAND_URL, "001_689ef2a1a845fc8a.json"),
    ],
)
def test_against_gold(page: Path, url: str, gold_name: str) -> None:
    gold = _gold(gold_name)
    doc = extract(page.read_bytes(), url)
    assert [b.text for b in doc.body] == [_norm(p) for p in gold["body"]]
    assert doc.title == gold["title"]
    assert doc.author == gold["author"]
    assert doc.published is not None and doc.published.date().isoformat() == gold["published"]
    assert doc.lang == gold["lang"]
    everything = _all_text(doc)
    for phrase in gold["furniture"]:
        assert phrase not in everything
    for comment in gold["comments"]:
        assert _norm(comment["text"])[:60] not in doc.text
    if doc.comments:  # the comment extractor is merged: its records must match gold too
        assert [_norm(c.text) for c in doc.comments] == [_norm(c["text"]) for c in gold["comments"]]
