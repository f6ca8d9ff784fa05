"""Settle ids and replies: page ids or generated ``c1``..., nesting, "@ <time>", "@ <clock>",
"@Name", "In reply to Name" and forum quotes ("Name wrote:", "Name escribió:")."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from lxml.html import HtmlElement

from scraper._comments._dates import parse_shown_time
from scraper._comments._record import RawComment
from scraper._models import Comment

__all__ = ["assign_ids", "build_comments"]

_AT_TIME = re.compile(r"^\s*@\s*(?P<when>[^@\n]{6,48})")
_TRAILING_NUMBER = re.compile(r"(\d{1,12})$")
_SAFE_ID = re.compile(r"^[\w:.\-]{1,100}$")
_AT_NAME = re.compile(r"^\s*@\s*(?P<rest>\S.{0,80})", re.DOTALL)
_AT_CLOCK = re.compile(
    r"^\s*@\s*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s*(?P<ampm>[ap]\.?\s?m\.?)?(?![\d/])",
    re.IGNORECASE,
)
_REPLY_TO = re.compile(
    r"^\s*(?:in reply to|replying to|reply to|en respuesta a|respondiendo a|respuesta a)\s+"
    r"(?P<rest>\S.{0,80})",
    re.IGNORECASE | re.DOTALL,
)

# Forum quotes: "Quote: Name wrote:", "Name escribió:", "Cita de Name:".
_QUOTED = re.compile(
    r"^\s*(?:(?:quote|cita)\s*:?\s*)?"
    r"(?:(?:cita de|quoting|citando a)\s+(?P<lead>[^:\n]{1,60}?)\s*:|"
    r"(?P<name>[^:\n]{1,60}?)\s+(?:wrote|escribió|escribio|dijo|said)\s*:)",
    re.IGNORECASE,
)


def assign_ids(raws: list[RawComment]) -> list[str]:
    """The page's own id when present, safe and first used, else ``c1``, ``c2``... by position."""
    owners: dict[str, int] = {}
    for position, raw in enumerate(raws):
        if raw.page_id and not _SAFE_ID.match(raw.page_id):
            raw.page_id = None  # odd or hostile ids (spaces, controls, huge) are not kept
        if raw.page_id and raw.page_id not in owners:
            owners[raw.page_id] = position
    taken = set(owners)
    ids: list[str] = []
    for position, raw in enumerate(raws):
        if raw.page_id and owners.get(raw.page_id) == position:
            ids.append(raw.page_id)
            continue
        candidate = f"c{position + 1}"
        while candidate in taken:
            candidate = f"{candidate}_"
        taken.add(candidate)
        ids.append(candidate)
    return ids


def _parent_index(
    raw: RawComment, position: int, raws: list[RawComment], by_element: dict[int, int]
) -> int | None:
    """The index of ``raw``'s parent: nesting first, then a quoted post, "@ <time>",
    "@ <clock>", "@Name"."""
    if isinstance(raw.parent, HtmlElement):
        return by_element.get(id(raw.parent))
    if isinstance(raw.parent, int):
        return raw.parent if 0 <= raw.parent < len(raws) else None
    by_quote = _by_quote(raw, position, raws)
    if by_quote is not None:
        return by_quote
    match = _AT_TIME.match(raw.text)
    when = parse_shown_time(match["when"], fallback=False) if match else None
    if when is not None and (when.hour or when.minute or not _AT_CLOCK.match(raw.text)):
        for earlier in range(position - 1, -1, -1):
            shown = raws[earlier].shown or raws[earlier].published
            if shown is not None and shown.replace(tzinfo=None) == when.replace(tzinfo=None):
                return earlier
        return None
    clock = _AT_CLOCK.match(raw.text)
    if clock:
        return _by_clock(clock, position, raws)
    match = _AT_NAME.match(raw.text) or _REPLY_TO.match(raw.text)
    if match:
        return _by_name(match["rest"].lower(), position, raws)
    quoted = _QUOTED.match(raw.text)
    if quoted:
        return _by_name((quoted["lead"] or quoted["name"]).strip().lower(), position, raws)
    return None


def _by_quote(raw: RawComment, position: int, raws: list[RawComment]) -> int | None:
    """The post a quote box points to: its number on the page (by the quoted author, when
    named), the earlier comment holding the quoted words, else the quoted author's latest."""
    if raw.quoted_post is not None:
        for earlier in range(position - 1, -1, -1):
            page_id = raws[earlier].page_id or ""
            number = _TRAILING_NUMBER.search(page_id)
            same = page_id == raw.quoted_post or (number and number[1] == raw.quoted_post)
            author = (raws[earlier].author or "").lower()
            if same and (not raw.quoted_author or author == raw.quoted_author.lower()):
                return earlier  # a number that names another author's post is another scheme
    if raw.quoted_index is not None and 0 <= raw.quoted_index < position:
        return raw.quoted_index
    if raw.quoted_author:
        wanted = raw.quoted_author.lower()
        for earlier in range(position - 1, -1, -1):
            if (raws[earlier].author or "").lower() == wanted:
                return earlier
    return None


def _by_clock(clock: re.Match[str], position: int, raws: list[RawComment]) -> int | None:
    """ "@ 5:16 PM" / "@17:16": the latest earlier comment shown at that hour and minute."""
    hour, minute = int(clock["hour"]), int(clock["minute"])
    ampm = (clock["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    for earlier in range(position - 1, -1, -1):
        shown = raws[earlier].shown
        if shown is not None and (shown.hour, shown.minute) == (hour, minute):
            return earlier
    return None


def _by_name(rest: str, position: int, raws: list[RawComment]) -> int | None:
    """ "@Capo Grande ...": the latest earlier comment by the longest author name that matches."""
    best: tuple[int, int] | None = None
    for earlier in range(position - 1, -1, -1):
        author = (raws[earlier].author or "").lower()
        if (
            author
            and rest.startswith(author)
            and (len(rest) == len(author) or not rest[len(author)].isalnum())
            and (best is None or len(author) > best[1])
        ):
            best = (earlier, len(author))
    return best[0] if best is not None else None


def _local_time(published: datetime | None, shown: datetime | None) -> datetime | None:
    """The exact instant, written in the page's own local time when the page shows one.

    Blogger's permalink carries the UTC epoch while the page shows "September 22, 2011 5:16 PM"
    with no zone: the difference is the site's UTC offset, so the result reads as the page does
    (17:16) and still names the instant (-07:00).
    """
    if published is None or published.tzinfo is None or shown is None or shown.tzinfo is not None:
        return published
    offset = shown - published.astimezone(UTC).replace(tzinfo=None)
    rest = offset.total_seconds() % 900
    if rest or abs(offset) > timedelta(hours=14) or shown.second or shown.microsecond:
        return published
    return shown.replace(tzinfo=timezone(offset))


def build_comments(raws: list[RawComment]) -> list[Comment]:
    """Turn working records into ``Comment`` models with ids and ``reply_to`` settled."""
    ids = assign_ids(raws)
    by_element: dict[int, int] = {}
    for position, raw in enumerate(raws):
        for element in raw.elements:
            by_element[id(element)] = position
    comments = []
    for position, raw in enumerate(raws):
        parent = _parent_index(raw, position, raws, by_element)
        if isinstance(raw.parent, str):
            reply_to = raw.parent if raw.parent in ids else None
        else:
            reply_to = ids[parent] if parent is not None and parent != position else None
        comments.append(
            Comment(
                id=ids[position],
                author=raw.author,
                published=_local_time(raw.published, raw.shown),
                text=raw.text,
                reply_to=reply_to,
            )
        )
    return comments
