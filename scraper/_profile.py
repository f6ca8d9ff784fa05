"""Site-level learning: blocks that repeat across pages of one host are that host's furniture."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field

from scraper._models import Block, Document

__all__ = ["SiteProfile", "fingerprint", "host_of", "learn_profile"]

_NON_WORD = re.compile(r"[\W_]+")
_DIGITS = re.compile(r"\d+")


def fingerprint(text: str) -> str:
    """A short stable hash of a block's text, case, digits and punctuation folded.

    Folding digits makes "22 SEP 2023" teasers and "3 comments" counters match across pages.
    """
    folded = _NON_WORD.sub(" ", _DIGITS.sub("0", text.lower())).strip()
    return hashlib.blake2b(folded.encode("utf-8"), digest_size=8).hexdigest()


def _page_key(doc: Document) -> str:
    """Identify a page by its URL (or, without one, its text) so it is counted once."""
    raw = doc.url or doc.text[:2000]
    return hashlib.blake2b(raw.encode("utf-8"), digest_size=8).hexdigest()


def host_of(url: str | None) -> str | None:
    """The lower-cased host of ``url`` without a leading ``www.``; None without a URL."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or None


class SiteProfile(BaseModel):
    """What repeats on the pages of one host: block fingerprints and on how many pages each appears.

    JSON-serialisable (``model_dump_json`` / ``model_validate_json``) so the archive can store it.
    """

    model_config = ConfigDict(extra="forbid")

    host: str | None = None
    pages_seen: int = 0
    min_pages: int = Field(default=3, ge=2)
    max_blocks: int = Field(default=50_000, ge=100)
    blocks: dict[str, int] = {}
    page_keys: list[str] = []

    def update(self, doc: Document) -> bool:
        """Count ``doc``'s blocks once; False (no change) for another host or a page seen before."""
        host = host_of(doc.url)
        if self.host is None:
            self.host = host
        elif host is not None and host != self.host:
            return False
        key = _page_key(doc)
        if key in self.page_keys:
            return False
        self.page_keys.append(key)
        self.pages_seen += 1
        candidates = [
            *doc.body,
            *(b for b in doc.furniture if (b.reason or "").startswith("site:")),
        ]
        for print_ in {fingerprint(block.text) for block in candidates if block.text}:
            self.blocks[print_] = self.blocks.get(print_, 0) + 1
        if len(self.blocks) > self.max_blocks:
            self.compact()
        return True

    def compact(self) -> None:
        """Forget blocks seen on a single page, so the profile stays small on a large archive.

        Article text is what repeats least; a block forgotten here and seen again later simply
        starts counting anew.
        """
        self.blocks = {key: count for key, count in self.blocks.items() if count > 1}

    def repeats(self, block: Block) -> int | None:
        """On how many pages ``block`` was seen, when that is at least ``min_pages``; else None."""
        count = self.blocks.get(fingerprint(block.text), 0)
        return count if count >= self.min_pages else None

    def split(self, blocks: list[Block]) -> tuple[list[Block], list[Block]]:
        """Split blocks into (body, furniture) by this profile, the reason naming host and count."""
        body: list[Block] = []
        furniture: list[Block] = []
        for block in blocks:
            count = self.repeats(block)
            if count is None:
                body.append(block)
            else:
                reason = f"site: repeats on {count} pages of {self.host or 'this site'}"
                furniture.append(block.model_copy(update={"reason": reason}))
        return body, furniture


def learn_profile(
    pages: Iterable[Document | str | bytes | tuple[str, str | bytes]],
    *,
    host: str | None = None,
    min_pages: int = 3,
) -> SiteProfile:
    """Learn a SiteProfile from Documents, raw HTML or ``(url, html)`` pairs.

    Raw HTML is extracted first (without a profile); give Documents to reuse earlier work. Pages
    of another host than ``host`` (or the first page's host) are skipped.
    """
    from scraper._extract import extract  # local import: extraction itself uses profiles

    profile = SiteProfile(host=host, min_pages=min_pages)
    for page in pages:
        if isinstance(page, Document):
            doc = page
        elif isinstance(page, tuple):
            doc = extract(page[1], page[0])
        else:
            doc = extract(page)
        profile.update(doc)
    return profile
