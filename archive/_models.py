"""Data models of the archive: a capture, a history version, a verification problem, options."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["ArchiveOptions", "Capture", "Problem", "Version"]

GIB = 1024**3


class ArchiveOptions(BaseModel):
    """How an Archive writes: WARC rotation size, durability and SQLite waiting."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    max_warc_size: int = Field(default=GIB, gt=0, description="rotate WARC files past this size")
    fsync: bool = Field(default=True, description="fsync each WARC append before indexing it")
    busy_timeout: float = Field(default=60.0, ge=0, description="seconds SQLite waits on a lock")
    operator: str | None = Field(default=None, description="written to each warcinfo record")


class Capture(BaseModel):
    """One archived HTTP response (or revisit) and where its WARC record lives."""

    model_config = ConfigDict(frozen=True)

    id: str
    url: str
    host: str
    fetched_at: datetime
    status: int
    digest: str
    warc: str
    offset: int
    length: int
    kind: Literal["response", "revisit"]
    changed: bool = False
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None
    profile: str | None = None
    refers_to: str | None = None
    redirect_of: str | None = None


class Version(BaseModel):
    """One distinct version of a URL's text and what changed since the previous version."""

    number: int
    capture: Capture
    last_seen: datetime
    captures: int
    text: str
    diff: str = ""


class Problem(BaseModel):
    """One verification finding: which WARC file / capture and what is wrong."""

    model_config = ConfigDict(frozen=True)

    warc: str | None = None
    capture_id: str | None = None
    url: str | None = None
    message: str

    def __str__(self) -> str:
        where = ", ".join(
            part
            for part in (
                f"file {self.warc}" if self.warc else "",
                f"capture {self.capture_id}" if self.capture_id else "",
                self.url or "",
            )
            if part
        )
        return f"{where}: {self.message}" if where else self.message
