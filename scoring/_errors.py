"""Errors of the scoring package."""

from __future__ import annotations

from scraper import VeracityError

__all__ = ["ScoringError"]


class ScoringError(VeracityError):
    """Scoring could not be done (bad settings file, unreadable archive entry...)."""
