"""Parse comment times as pages show them (English and Spanish), fast regexes first.

Machine-readable values (ISO attributes, epochs) become UTC-aware datetimes when they carry a
zone; times read from visible text stay naive (the page's local time). dateparser is only a
fallback for forms the regexes do not know, because it is slow.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from dateutil.relativedelta import relativedelta

__all__ = ["find_shown_time", "is_relative", "parse_machine_time", "parse_shown_time"]

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan enero ene janvier januar jänner",
        "february feb febrero février februar",
        "march mar marzo mars märz maerz",
        "april apr abril abr avril",
        "may mayo mai",
        "june jun junio juin juni",
        "july jul julio juillet juli",
        "august aug agosto ago août",
        "september sep sept septiembre setiembre set septembre",
        "october oct octubre octobre oktober okt",
        "november nov noviembre novembre",
        "december dec diciembre dic décembre dezember dez",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number

_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_TIME = (
    r"(?P<hour>\d{1,2})[:h.](?P<minute>\d{2})(?::(?P<second>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\.?)?"
)
_TIME_SEP = r"(?:\s*(?:,|at|@|a\s+las|a\s+la|las|en|um|à|-|–|—|\|)?\s*)"

# "September 22, 2011 at 5:16 PM", "Sep 22 2011, 17:16", "September 22nd, 2011"
_MDY = re.compile(
    rf"\b(?P<month>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
    rf"(?P<year>\d{{4}})(?:{_TIME_SEP}{_TIME})?",
    re.IGNORECASE,
)
# "22 de septiembre de 2011 a las 17:16", "22 September 2011 at 17:16", "22. März 2011 um 9:05"
_DMY = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th|º|\.)?\s*(?:de\s+)?(?P<month>{_MONTH_RE})\.?,?"
    rf"\s*(?:de(?:l)?\s+)?(?P<year>\d{{4}})(?:{_TIME_SEP}{_TIME})?",
    re.IGNORECASE,
)
# "9/22/2011 5:16 PM", "22/09/2011 17:16", "22.09.2011, 17:16", "22-09-11"
_NUMERIC = re.compile(
    rf"(?<![\d/.-])(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep)(?P<year>\d{{4}}|\d{{2}})"
    rf"(?![\d/])(?:{_TIME_SEP}{_TIME})?",
    re.IGNORECASE,
)
_ISO = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?"
    r"(?P<zone>Z|[+-]\d{2}:?\d{2})?)?"
)
_EPOCH = re.compile(r"^\d{9,13}$")

_UNITS = {
    "second": "seconds", "sec": "seconds", "segundo": "seconds", "seg": "seconds",
    "minute": "minutes", "min": "minutes", "minuto": "minutes",
    "hour": "hours", "hr": "hours", "hora": "hours", "h": "hours",
    "day": "days", "día": "days", "dia": "days",
    "week": "weeks", "semana": "weeks",
    "month": "months", "mes": "months", "mese": "months",
    "year": "years", "año": "years", "ano": "years", "yr": "years",
}  # fmt: skip
_UNIT_RE = "|".join(sorted(_UNITS, key=len, reverse=True))
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "un": 1, "una": 1, "uno": 1}
_COUNT = r"(?P<count>\d+|an?|one|una?|uno)"
_AGO = re.compile(rf"\b{_COUNT}\s*(?P<unit>{_UNIT_RE})s?\.?\s+ago\b", re.IGNORECASE)
_HACE = re.compile(rf"\bhace\s+{_COUNT}\s*(?P<unit>{_UNIT_RE})(?:e?s)?\b", re.IGNORECASE)
_DAY_WORD = re.compile(
    rf"\b(?P<word>yesterday|today|ayer|hoy|anteayer)\b(?:{_TIME_SEP}{_TIME})?", re.IGNORECASE
)
_DAY_OFFSETS = {"yesterday": -1, "ayer": -1, "anteayer": -2, "today": 0, "hoy": 0}
_NOW = re.compile(
    r"\b(?:just now|right now|moments? ago|a moment ago|a few seconds ago|ahora mismo|justo ahora|"
    r"hace (?:un )?(?:momento|instantes?)|hace unos segundos|hace pocos segundos)\b",
    re.IGNORECASE,
)
_DATEISH = re.compile(
    r"\d|ago\b|hace\b|yesterday|ayer|today|hoy|just now|right now|ahora mismo|justo ahora",
    re.IGNORECASE,
)


def parse_machine_time(value: str | None) -> datetime | None:
    """Parse an attribute value: ISO 8601 (aware UTC if zoned, else naive) or an epoch (s or ms)."""
    if not value:
        return None
    value = value.strip()
    if _EPOCH.match(value):
        seconds = int(value) / (1000 if len(value) >= 12 else 1)
        try:
            return datetime.fromtimestamp(seconds, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    match = _ISO.search(value)
    if match is None:
        return None
    return _from_iso(match)


def _from_iso(match: re.Match[str]) -> datetime | None:
    """Build a datetime from an ISO match; a zone makes it UTC-aware."""
    parts = match.groupdict()
    try:
        moment = datetime(
            int(parts["year"]),
            int(parts["month"]),
            int(parts["day"]),
            int(parts["hour"] or 0),
            int(parts["minute"] or 0),
            int(parts["second"] or 0),
        )
    except ValueError:
        return None
    zone = parts.get("zone")
    if zone:
        if zone == "Z":
            return moment.replace(tzinfo=UTC)
        sign = 1 if zone[0] == "+" else -1
        digits = zone[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        return (moment - sign * offset).replace(tzinfo=UTC)
    return moment


def _clock(parts: dict[str, str | None]) -> tuple[int, int, int] | None:
    """Hour, minute, second from a match's time groups; None when the time is impossible."""
    if not parts.get("hour"):
        return (0, 0, 0)
    hour, minute = int(parts["hour"] or 0), int(parts["minute"] or 0)
    second = int(parts.get("second") or 0)
    ampm = (parts.get("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return None
    return (hour, minute, second)


def _build(year: int, month: int, day: int, parts: dict[str, str | None]) -> datetime | None:
    """A naive datetime from date numbers and the match's time groups, or None if invalid."""
    clock = _clock(parts)
    if clock is None:
        return None
    if year < 100:
        year += 2000 if year < 70 else 1900
    try:
        return datetime(year, month, day, *clock)
    except ValueError:
        return None


def _relative(text: str, reference: datetime) -> tuple[datetime, int, int] | None:
    """Resolve "3 hours ago", "hace 3 horas", "ayer a las 17:16", "just now", "hace un momento"."""
    now = _NOW.search(text)
    if now:
        return reference, now.start(), now.end()
    for pattern in (_AGO, _HACE):
        match = pattern.search(text)
        if match:
            raw = match["count"].lower()
            count = _COUNT_WORDS.get(raw) or int(raw)
            unit = _UNITS[match["unit"].lower()]
            moment: datetime = reference - relativedelta(**{unit: count})  # type: ignore[arg-type]
            return moment, match.start(), match.end()
    match = _DAY_WORD.search(text)
    if match:
        day = reference + timedelta(days=_DAY_OFFSETS[match["word"].lower()])
        if match["hour"]:
            clock = _clock(match.groupdict())
            if clock is None:
                return None
            day = day.replace(hour=clock[0], minute=clock[1], second=clock[2], microsecond=0)
        else:
            day = day.replace(hour=0, minute=0, second=0, microsecond=0)
        return day, match.start(), match.end()
    return None


def _numeric(match: re.Match[str], lang: str | None) -> datetime | None:
    """Resolve d/m vs m/d: an impossible month decides, else US order only for English."""
    first, second = int(match["a"]), int(match["b"])
    if first > 12:
        day, month = first, second
    elif second > 12 or (match["sep"] == "/" and (lang or "en").lower().startswith("en")):
        month, day = first, second
    else:
        day, month = first, second
    return _build(int(match["year"]), month, day, match.groupdict())


def find_shown_time(
    text: str | None, *, reference: datetime | None = None, lang: str | None = None
) -> tuple[datetime, int, int] | None:
    """The first time the fast regexes find in ``text``, with its span (no dateparser)."""
    if not text or not _DATEISH.search(text):
        return None
    text = text[:300]
    candidates: list[tuple[int, int, datetime]] = []
    match = _ISO.search(text)
    if match:
        found = _from_iso(match)
        if found:
            candidates.append((match.start(), match.end(), found))
    for pattern in (_MDY, _DMY):
        match = pattern.search(text)
        month = _MONTHS.get(match["month"].lower().rstrip(".")) if match else None
        if match and month:
            found = _build(int(match["year"]), month, int(match["day"]), match.groupdict())
            if found:
                candidates.append((match.start(), match.end(), found))
    match = _NUMERIC.search(text)
    if match:
        found = _numeric(match, lang)
        if found:
            candidates.append((match.start(), match.end(), found))
    if candidates:
        start, end, found = min(candidates, key=lambda entry: (entry[0], -entry[1]))
        return found, start, end
    base = reference or datetime.now(UTC).replace(tzinfo=None)
    return _relative(text, base)


def is_relative(text: str) -> bool:
    """True when ``text`` says a time only relative to now ("3 hours ago", "ayer")."""
    relative = (
        _AGO.search(text) or _HACE.search(text) or _DAY_WORD.search(text) or _NOW.search(text)
    )
    return bool(relative) and not (
        _ISO.search(text) or _MDY.search(text) or _DMY.search(text) or _NUMERIC.search(text)
    )


def parse_shown_time(
    text: str | None,
    *,
    reference: datetime | None = None,
    lang: str | None = None,
    fallback: bool = True,
) -> datetime | None:
    """Parse a time as shown on a page; relative forms count back from ``reference`` (or now).

    Returns a naive datetime for shown local times, an aware one for zoned ISO text.
    ``fallback`` lets dateparser try forms the fast regexes do not know.
    """
    found = find_shown_time(text, reference=reference, lang=lang)
    if found is not None:
        return found[0]
    if not fallback or not text or len(text) > 80 or not _DATEISH.search(text):
        return None
    base = reference or datetime.now(UTC).replace(tzinfo=None)
    return _dateparser(text, base, lang)


def _dateparser(text: str, reference: datetime, lang: str | None) -> datetime | None:
    """Slow fallback for unusual shown forms; returns naive local times like the regexes."""
    import dateparser  # imported lazily: it is slow to load and rarely needed

    settings = {"RELATIVE_BASE": reference.replace(tzinfo=None), "RETURN_AS_TIMEZONE_AWARE": False}
    languages = [lang.split("-")[0].lower(), "en", "es"] if lang else ["en", "es"]
    try:
        found = dateparser.parse(text, languages=list(dict.fromkeys(languages)), settings=settings)
    except (ValueError, OverflowError, KeyError):
        return None
    return found if isinstance(found, datetime) else None
