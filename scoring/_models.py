"""The scoring data model: claims, who they come from, and how far they can be trusted."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, Field

__all__ = ["Claim", "Corroboration", "Report", "SourceType"]


class SourceType(StrEnum):
    """Who a claim comes from; see docs/scoring.md for the definitions."""

    OFFICIAL = "official"
    CONFESSION = "confession"
    NAMED_SOURCE = "named_source"
    ANONYMOUS_SOURCE = "anonymous_source"
    MEDIA = "media"
    CRIMINAL_GROUP = "criminal_group"
    AUTHOR = "author"
    COMMENTER = "commenter"


class Corroboration(BaseModel):
    """A claim elsewhere in the archive, from another host, that says the same thing."""

    capture_id: str
    url: str
    host: str
    text: str
    similarity: float = Field(ge=0.0, le=1.0)


class Claim(BaseModel):
    """One sentence that asserts something, with its source, hedges, score and grade.

    Sentences that are not claims (questions, calls to action, greetings, fragments) are kept
    with ``is_claim`` False, a ``kind`` saying what they are, score 0 and grade "F6".
    ``evidence`` names what showed the source type; ``via`` says how an attribution was inherited
    ("quotation", "carried over", "next sentence", "interview answer", "transcript").
    """

    text: str
    where: Literal["body", "comment"]
    comment_id: str | None = None
    source_type: SourceType
    source: str | None = None
    cue: str | None = None
    hedges: list[str] = []
    first_hand: bool = False
    corroborations: list[Corroboration] = []
    score: float = Field(ge=0.0, le=1.0)
    grade: str
    rationale: str
    kind: Literal["claim", "question", "call_to_action", "greeting", "fragment"] = "claim"
    is_claim: bool = True
    evidence: str | None = None
    via: str | None = None


class Report(BaseModel):
    """The scored sentences of one Document; ``counts`` tallies graded claims by source type."""

    url: str | None = None
    host: str | None = None
    lang: str | None = None
    claims: list[Claim] = []
    counts: dict[str, int] = {}

    @property
    def graded(self) -> list[Claim]:
        """Only the sentences that are claims (questions, greetings... left out)."""
        return [claim for claim in self.claims if claim.is_claim]
