"""The attribution of one sentence: who it comes from, the words that say so, the evidence."""

from __future__ import annotations

from dataclasses import dataclass

from scoring._models import SourceType

__all__ = ["Attribution"]


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who a sentence's claim comes from, the words that say so, and the evidence for the type."""

    source_type: SourceType
    source: str | None
    cue: str | None
    evidence: str
    via: str | None = None  # "quotation", "carried over", "next sentence" when inherited
