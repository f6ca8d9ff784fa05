"""Turn an HTML page into a Document: body, comments, furniture, metadata."""

from __future__ import annotations

from scraper._models import Document

__all__ = ["extract"]


def extract(html: str | bytes, url: str | None = None) -> Document:
    """Extract the article body, reader comments and metadata from ``html``."""
    raise NotImplementedError("extraction is being built")
