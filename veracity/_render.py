"""Make page text safe to show in a terminal: no escape sequences, no control characters."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["clean", "shorten"]

# C0 and C1 controls (ESC included) and bidi overrides that can reorder what the reader sees.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean(text: str | None, *, keep_newlines: bool = False) -> str:
    """Strip control and bidi-override characters; fold newlines to spaces unless kept."""
    if not text:
        return ""
    text = _UNSAFE.sub("", unicodedata.normalize("NFC", text))
    if not keep_newlines:
        text = " ".join(text.split())
    return text


def shorten(text: str | None, width: int) -> str:
    """One clean line of at most ``width`` characters, with an ellipsis when cut."""
    line = clean(text)
    return line if len(line) <= width else line[: max(width - 1, 0)].rstrip() + "…"
