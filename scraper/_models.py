"""The page data model: what extraction returns (Document, Block, Comment)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, computed_field

__all__ = ["Block", "BlockKind", "Comment", "Document"]


class BlockKind(StrEnum):
    """The role of a block of text in the page."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    QUOTE = "quote"
    LIST_ITEM = "list_item"


class Block(BaseModel):
    """One block of text; in ``Document.furniture`` ``reason`` says why it was removed."""

    model_config = ConfigDict(frozen=True)

    text: str
    kind: BlockKind = BlockKind.PARAGRAPH
    reason: str | None = None


class Comment(BaseModel):
    """One reader comment as its own record; ``reply_to`` is the parent comment's ``id``."""

    model_config = ConfigDict(frozen=True)

    id: str
    author: str | None = None
    published: datetime | None = None
    text: str
    reply_to: str | None = None


class Document(BaseModel):
    """An extracted page: metadata, the article body, reader comments, and what was removed."""

    url: str | None = None
    canonical_url: str | None = None
    title: str | None = None
    author: str | None = None
    published: datetime | None = None
    site_name: str | None = None
    lang: str | None = None
    body: list[Block] = []
    comments: list[Comment] = []
    furniture: list[Block] = []

    @computed_field  # type: ignore[prop-decorator]
    @property
    def text(self) -> str:
        """The body's blocks joined by blank lines."""
        return "\n\n".join(block.text for block in self.body)
