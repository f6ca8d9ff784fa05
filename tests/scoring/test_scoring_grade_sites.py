"""Score bounds, Admiralty grades, rationales naming every factor, per-site standing TOML."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import scoring
from scoring import (
    Report,
    ScoreOptions,
    ScoringError,
    SiteSettings,
    SiteStanding,
    SourceType,
    load_sites,
    score,
)
from scoring._grade import grade_claim
from tests.scoring._helpers import claim_with, doc

GRADE = re.compile(r"^[A-F][1-6]$")


@given(
    source_type=st.sampled_from(list(SourceType)),
    hedged=st.booleans(),
    hosts=st.integers(min_value=0, max_value=10),
    first_hand=st.booleans(),
    standing=st.floats(min_value=0.0, max_value=2.0),
)
def test_score_in_bounds_and_grade_well_formed(
    source_type: SourceType, hedged: bool, hosts: int, first_hand: bool, standing: float
) -> None:
    graded = grade_claim(
        source_type=source_type,
        evidence="e",
        hedges=["could"] if hedged else [],
        hosts=hosts,
        first_hand=first_hand,
        outlet="x.example",
        standing=standing,
        options=ScoreOptions(),
    )
    assert 0.0 <= graded.score <= 1.0
    assert GRADE.match(graded.grade)
    if hosts == 0:
        assert not graded.grade.endswith("1")  # credibility 1 needs an independent host


def test_rationale_names_every_factor() -> None:
    report = score(
        doc("According to police chief Raúl Sánchez, the gunmen allegedly fled to Colima.")
    )
    claim = report.claims[0]
    assert claim.source_type is SourceType.OFFICIAL
    for part in (
        "official",
        "police",
        "0.70",
        "hedged (allegedly) 0.75",
        "uncorroborated 1.00",
        "outlet example.org 1.00",
    ):
        assert part in claim.rationale
    assert claim.rationale.endswith(f"= {claim.score:.2f} → {claim.grade}")
    assert claim.score == pytest.approx(0.70 * 0.75, abs=0.005)


def test_defaults_order_the_source_types() -> None:
    report = score(
        doc(
            "Governor Emilio González said soldiers seized 400 rifles.",
            "A detained gunman confessed that he was paid 5,000 pesos.",
            "It is rumored that the boss fled.",
        ),
        options=ScoreOptions(),
    )
    official = claim_with(report, "400 rifles").score
    confession = claim_with(report, "5,000 pesos").score
    rumour = claim_with(report, "boss fled").score
    assert official > confession > rumour


def test_anonymous_and_commenters_cannot_be_judged() -> None:
    report = score(
        doc("It is believed that the boss fled.", comments=["The boss is in Guatemala now."])
    )
    assert all(c.grade == "F6" for c in report.claims)


def test_outlet_standing_from_the_packaged_sites_file() -> None:
    text = "Gunmen burned three buses on the highway to Colima."
    good = score(doc(text, url="https://insightcrime.org/news/x")).claims[0]
    blog = score(doc(text, url="https://www.blogdelnarco.com/x")).claims[0]
    unknown = score(doc(text, url="https://news.example.net/x")).claims[0]
    assert good.score > unknown.score > blog.score
    assert "outlet insightcrime.org 1.05" in good.rationale
    assert "outlet blogdelnarco.com 0.80" in blog.rationale


def test_sites_file_override(tmp_path: Path) -> None:
    sites = tmp_path / "sites.toml"
    sites.write_text(
        '[default]\nstanding = 0.5\n\n[sites."trusted.example"]\nstanding = 1.2\n', encoding="utf-8"
    )
    text = "Gunmen burned three buses on the highway to Colima."
    trusted = score(
        doc(text, url="https://news.trusted.example/a"), options=ScoreOptions(sites=sites)
    ).claims[0]
    other = score(
        doc(text, url="https://other.example/a"), options=ScoreOptions(sites=sites)
    ).claims[0]
    assert "outlet trusted.example 1.20" in trusted.rationale
    assert "outlet other.example 0.50" in other.rationale
    assert trusted.score == pytest.approx(0.6 * 1.2, abs=0.005)


def test_parsed_site_settings_are_accepted() -> None:
    settings = SiteSettings(
        default=SiteStanding(standing=0.9), sites={"a.example": SiteStanding(standing=1.1)}
    )
    report = score(
        doc("Gunmen burned three buses.", url="https://a.example/x"),
        options=ScoreOptions(sites=settings),
    )
    assert "outlet a.example 1.10" in report.claims[0].rationale


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[default\nstanding = ", "not valid TOML"),
        ("[default]\nstanding = 7.0\n", "default.standing"),
        ("[default]\nstanding = 1.0\nweight = 2\n", "default.weight"),
    ],
)
def test_bad_sites_file_raises_scoring_error(tmp_path: Path, content: str, message: str) -> None:
    sites = tmp_path / "sites.toml"
    sites.write_text(content, encoding="utf-8")
    with pytest.raises(ScoringError, match=re.escape(message)):
        load_sites(sites)
    with pytest.raises(ScoringError):
        score(doc("Gunmen burned three buses."), options=ScoreOptions(sites=sites))


def test_missing_sites_file_raises_scoring_error(tmp_path: Path) -> None:
    with pytest.raises(ScoringError, match="cannot read sites file"):
        load_sites(tmp_path / "absent.toml")


def test_report_json_round_trip() -> None:
    report = score(
        doc(
            "According to the Fiscalía, two men were allegedly detained. Who ordered it?",
            comments=["I live in Zapopan. It was loud."],
        )
    )
    again = Report.model_validate_json(report.model_dump_json())
    assert again == report
    assert again.claims[0].source_type is SourceType.OFFICIAL


def test_report_summary() -> None:
    text = "Police said that the two men died at the scene of the attack. Who ordered it?"
    report = score(doc(text, comments=["Sad news for the town."]))
    assert report.host == "example.org"
    assert report.lang == "en"
    assert report.counts == {"official": 1, "commenter": 1}
    assert len(report.graded) == 2


def test_spanish_report_language() -> None:
    report = score(
        doc("Según la Fiscalía del Estado, los dos hombres fueron detenidos en la colonia Centro.")
    )
    assert report.lang == "es"


def test_public_names_are_exported() -> None:
    for name in scoring.__all__:
        assert hasattr(scoring, name)
    for name in (
        "score",
        "Claim",
        "Report",
        "SourceType",
        "Corroboration",
        "ScoreOptions",
        "ScoringError",
        "Corpus",
    ):
        assert name in scoring.__all__
