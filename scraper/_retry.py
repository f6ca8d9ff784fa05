"""Retry policy: which outcomes are worth another try, and how long to wait before it."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

__all__ = ["RETRYABLE_STATUSES", "backoff_delay", "is_retryable_status", "parse_retry_after"]

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524})


def is_retryable_status(status: int) -> bool:
    """408, 429 and any 5xx are transient by convention; everything else is the answer."""
    return status in RETRYABLE_STATUSES or 500 <= status <= 599


def backoff_delay(
    attempt: int, *, base: float, cap: float, rng: random.Random | None = None
) -> float:
    """Exponential backoff with "equal jitter": uniform in [base*2^attempt/2, base*2^attempt].

    Half the window is kept so a retry never comes back almost at once; the jitter spreads
    clients that failed together. ``attempt`` counts from 0.
    """
    ceiling = min(cap, base * 2.0**attempt)
    draw = (rng or random).random()
    return ceiling / 2 + draw * ceiling / 2


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date), None if absent.

    A malformed value counts as absent; a date in the past means "now" (0).
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if text.isdigit():
        return float(int(text))
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = now or datetime.now(UTC)
    return max(0.0, (when - current).total_seconds())
