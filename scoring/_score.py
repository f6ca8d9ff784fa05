"""Score a Document: split into claims, attribute, hedge, corroborate, grade."""

from __future__ import annotations

from scoring._models import Report
from scraper import Document

__all__ = ["score"]


def score(doc: Document) -> Report:
    """Split ``doc`` into claims and rate each one."""
    raise NotImplementedError("scoring is being built")
