"""Acts only the authorities can report, official reports and records, anonymity and rumour."""

from __future__ import annotations

import pytest

from scoring import SourceType, score
from scraper import Block, Document


def _type_of(sentence: str) -> SourceType:
    report = score(
        Document(body=[Block(text=sentence)], lang="en" if " the " in sentence else "es")
    )
    (claim,) = [c for c in report.claims if c.is_claim]
    return claim.source_type


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Border Patrol agents have found a tunnel under a warehouse in Calexico.",
            SourceType.OFFICIAL,
        ),
        (
            "Soldiers seized 400 kilos of methamphetamine at a ranch near Badiraguato.",
            SourceType.OFFICIAL,
        ),
        (
            "Elementos de la Guardia Nacional localizaron un narcolaboratorio en Durango.",
            SourceType.OFFICIAL,
        ),
        (
            "Según el parte policial, los agresores huyeron en dos camionetas hacia la sierra.",
            SourceType.OFFICIAL,
        ),
        (
            "The coast guard issued a statement saying the boat carried 900 kilos of cocaine.",
            SourceType.OFFICIAL,
        ),
        (
            "Gunmen set fire to three buses on the highway to Celaya on Tuesday night.",
            SourceType.AUTHOR,
        ),
        (
            "Un comerciante, que habló a condición de no ser identificado, dijo que subió.",
            SourceType.ANONYMOUS_SOURCE,
        ),
        (
            "Rumor in the market is that the plaza boss was replaced by his nephew last month.",
            SourceType.ANONYMOUS_SOURCE,
        ),
    ],
)
def test_source_type(sentence: str, expected: SourceType) -> None:
    assert _type_of(sentence) == expected
