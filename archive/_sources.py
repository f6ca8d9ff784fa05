"""The watch-list: a TOML file of ``[[sources]]`` (url, kind page|feed|sitemap, every, name)."""

from __future__ import annotations

import re
import tomllib
from datetime import timedelta
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from archive._errors import SourcesError

__all__ = ["Source", "load_sources", "parse_every"]

_EVERY = re.compile(r"^\s*(\d+)\s*([smhdw])\s*$", re.I)
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_every(value: str) -> timedelta:
    """Parse a period like ``30m``, ``6h``, ``1d`` or ``2w``; ValueError if it is not one."""
    match = _EVERY.match(value)
    if not match or int(match.group(1)) == 0:
        raise ValueError(f"period {value!r} is not like '30m', '6h', '1d' or '1w'")
    return timedelta(seconds=int(match.group(1)) * _UNIT_SECONDS[match.group(2).lower()])


class Source(BaseModel):
    """One watched URL: a page to re-check, or a feed/sitemap whose new links become pages."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    url: str
    kind: Literal["page", "feed", "sitemap"] = "page"
    every: timedelta | None = None
    name: str | None = None

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        parts = urlsplit(value.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"{value!r} is not an http(s) URL")
        return value.strip()

    @field_validator("every", mode="before")
    @classmethod
    def _period(cls, value: Any) -> Any:
        return parse_every(value) if isinstance(value, str) else value


def load_sources(path: str | Path) -> list[Source]:
    """Read and validate the sources file; SourcesError names the file, entry and problem."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourcesError(f"sources file {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as err:
        raise SourcesError(f"cannot read sources file {path}: {err}") from None
    except tomllib.TOMLDecodeError as err:
        raise SourcesError(f"{path} is not valid TOML: {err}") from None
    entries = data.get("sources")
    if not isinstance(entries, list) or not entries:
        raise SourcesError(f"{path} has no [[sources]] entries")
    sources: list[Source] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            raise SourcesError(f"{path}: sources entry {number} is not a table")
        try:
            source = Source.model_validate(entry)
        except ValidationError as err:
            first = err.errors()[0]
            field = ".".join(str(part) for part in first["loc"]) or "entry"
            message = first["msg"].removeprefix("Value error, ")
            raise SourcesError(f"{path}: sources entry {number}: {field}: {message}") from None
        if source.url in seen:
            raise SourcesError(f"{path}: sources entry {number}: duplicate url {source.url}")
        seen.add(source.url)
        sources.append(source)
    return sources
