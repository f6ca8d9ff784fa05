"""ScoreOptions: every knob of the scorer in one explicit model (defaults: docs/scoring.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from scoring._models import SourceType
from scoring._sites import SiteSettings

__all__ = ["DEFAULT_BASE", "ScoreOptions"]

DEFAULT_BASE: dict[SourceType, float] = {
    SourceType.OFFICIAL: 0.70,
    SourceType.MEDIA: 0.65,
    SourceType.NAMED_SOURCE: 0.55,
    SourceType.AUTHOR: 0.60,
    SourceType.CONFESSION: 0.40,
    SourceType.CRIMINAL_GROUP: 0.35,
    SourceType.ANONYMOUS_SOURCE: 0.30,
    SourceType.COMMENTER: 0.15,
}


class ScoreOptions(BaseModel):
    """How to score: site standings, corroboration backend and thresholds, the score's factors."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    sites: Path | SiteSettings | None = None
    backend: Literal["lexical", "embedding"] = "lexical"
    # the learned second opinion on body source types (docs/scoring.md); False: rules alone
    type_model: bool = True
    lexical_threshold: float = Field(default=0.30, ge=0.0, le=1.0)
    embedding_threshold: float = Field(default=0.75, ge=0.0, le=1.0)
    max_corroborations: int = Field(default=5, ge=0)
    base: dict[SourceType, float] = Field(default_factory=lambda: dict(DEFAULT_BASE))
    first_hand_base: float = Field(default=0.25, ge=0.0, le=1.0)
    hedge_factor: float = Field(default=0.75, ge=0.0, le=1.0)
    corroboration_step: float = Field(default=0.20, ge=0.0, le=1.0)
    corroboration_max_hosts: int = Field(default=2, ge=0)
    credibility_thresholds: tuple[float, float, float, float] = (0.85, 0.60, 0.40, 0.25)
    reliability_thresholds: tuple[float, float, float, float] = (0.80, 0.60, 0.45, 0.30)
