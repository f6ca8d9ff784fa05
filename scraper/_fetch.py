"""Polite HTTP fetching with httpx: robots.txt, pacing, retries, limits."""

from __future__ import annotations

from scraper._exchange import Exchange

__all__ = ["fetch"]


def fetch(url: str) -> Exchange:
    """Fetch ``url`` and return the exact exchange."""
    raise NotImplementedError("fetching is being built")
