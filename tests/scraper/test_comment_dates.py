"""The comment time parser: shown forms in English and Spanish, relative forms, attributes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from scraper._comments._dates import (
    find_shown_time,
    is_relative,
    parse_machine_time,
    parse_shown_time,
)

REFERENCE = datetime(2011, 9, 23, 12, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("September 22, 2011 at 5:16 PM", datetime(2011, 9, 22, 17, 16)),
        ("September 22, 2011 5:16 PM", datetime(2011, 9, 22, 17, 16)),
        ("Sep 22, 2011, 5:16 pm", datetime(2011, 9, 22, 17, 16)),
        ("Thursday, September 22, 2011 5:16 PM", datetime(2011, 9, 22, 17, 16)),
        ("9/22/2011 5:16 PM", datetime(2011, 9, 22, 17, 16)),
        ("22 de septiembre de 2011 a las 17:16", datetime(2011, 9, 22, 17, 16)),
        ("22 septiembre, 2011 a las 17:16", datetime(2011, 9, 22, 17, 16)),
        ("jueves, 22 de septiembre de 2011 17:16", datetime(2011, 9, 22, 17, 16)),
        ("22/09/2011 17:16", datetime(2011, 9, 22, 17, 16)),
        ("22.09.2011, 17:16", datetime(2011, 9, 22, 17, 16)),
        ("22 September 2011 at 12:05 am", datetime(2011, 9, 22, 0, 5)),
        ("12 de enero de 2012, 12:30 p.m.", datetime(2012, 1, 12, 12, 30)),
        ("Publicado: 3 de febrero de 2022, 10:05", datetime(2022, 2, 3, 10, 5)),
        ("Posted: Mon Jun 14, 2010 9:02 pm", datetime(2010, 6, 14, 21, 2)),
        ("Wednesday, September 21, 2011", datetime(2011, 9, 21)),
    ],
)
def test_shown_absolute_forms(text: str, expected: datetime) -> None:
    assert parse_shown_time(text, reference=REFERENCE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 hours ago", datetime(2011, 9, 23, 9, 0)),
        ("hace 3 horas", datetime(2011, 9, 23, 9, 0)),
        ("an hour ago", datetime(2011, 9, 23, 11, 0)),
        ("hace una hora", datetime(2011, 9, 23, 11, 0)),
        ("2 days ago", datetime(2011, 9, 21, 12, 0)),
        ("hace 2 días", datetime(2011, 9, 21, 12, 0)),
        ("1 month ago", datetime(2011, 8, 23, 12, 0)),
        ("hace 1 mes", datetime(2011, 8, 23, 12, 0)),
        ("hace 2 meses", datetime(2011, 7, 23, 12, 0)),
        ("yesterday", datetime(2011, 9, 22)),
        ("ayer", datetime(2011, 9, 22)),
        ("yesterday at 5:16 PM", datetime(2011, 9, 22, 17, 16)),
        ("ayer a las 17:16", datetime(2011, 9, 22, 17, 16)),
        ("hoy a las 08:00", datetime(2011, 9, 23, 8, 0)),
        ("just now", datetime(2011, 9, 23, 12, 0)),
        ("hace un momento", datetime(2011, 9, 23, 12, 0)),
        ("ahora mismo", datetime(2011, 9, 23, 12, 0)),
        ("a few seconds ago", datetime(2011, 9, 23, 12, 0)),
        ("hace unos segundos", datetime(2011, 9, 23, 12, 0)),
    ],
)
def test_relative_forms_count_back_from_the_reference(text: str, expected: datetime) -> None:
    assert parse_shown_time(text, reference=REFERENCE) == expected
    assert is_relative(text)


def test_relative_forms_default_to_now() -> None:
    before = datetime.now(UTC).replace(tzinfo=None)
    moment = parse_shown_time("5 minutes ago", fallback=False)
    assert moment is not None
    assert before.timestamp() - 400 < moment.timestamp() < before.timestamp()


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("03/04/2012 10:00", "en", datetime(2012, 3, 4, 10, 0)),
        ("03/04/2012 10:00", "es", datetime(2012, 4, 3, 10, 0)),
        ("03/04/2012 10:00", None, datetime(2012, 3, 4, 10, 0)),
        ("13/04/2012 10:00", "en", datetime(2012, 4, 13, 10, 0)),
        ("04/13/2012 10:00", "es", datetime(2012, 4, 13, 10, 0)),
    ],
)
def test_numeric_day_month_order(text: str, lang: str | None, expected: datetime) -> None:
    assert parse_shown_time(text, lang=lang) == expected


@pytest.mark.parametrize(
    "text", ["", "Reply", "no date here", "99/99/2011 10:00", "February 30, 2011", "25:61", None]
)
def test_no_time_gives_none(text: str | None) -> None:
    assert parse_shown_time(text, reference=REFERENCE, fallback=False) is None


def test_impossible_clock_is_rejected() -> None:
    assert parse_shown_time("September 22, 2011 at 27:99", fallback=False) in {
        None,
        datetime(2011, 9, 22),
    }


def test_find_shown_time_gives_the_span() -> None:
    found = find_shown_time("Tom Becker | 10/14/2022 3:12 PM | reply")
    assert found is not None
    moment, start, end = found
    assert moment == datetime(2022, 10, 14, 15, 12)
    assert "Tom Becker | 10/14/2022 3:12 PM | reply"[start:end].strip() == "10/14/2022 3:12 PM"


def test_dateparser_fallback_reads_forms_the_regexes_do_not_know() -> None:
    text = "the 22nd of September 2011"
    assert parse_shown_time(text, reference=REFERENCE, fallback=False) is None
    assert parse_shown_time(text, reference=REFERENCE) == datetime(2011, 9, 22)
    assert parse_shown_time("vor 3 Tagen", reference=REFERENCE, lang="de") == datetime(
        2011, 9, 20, 12, 0
    )


def test_fallback_is_not_tried_on_long_or_dateless_text() -> None:
    assert parse_shown_time("x" * 200 + " 2011", reference=REFERENCE) is None
    assert parse_shown_time("Reply", reference=REFERENCE) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1316736960000", datetime(2011, 9, 23, 0, 16, tzinfo=UTC)),
        ("1316736960", datetime(2011, 9, 23, 0, 16, tzinfo=UTC)),
        ("2011-09-22T17:16:00-07:00", datetime(2011, 9, 23, 0, 16, tzinfo=UTC)),
        ("2011-09-22T17:16:00Z", datetime(2011, 9, 22, 17, 16, tzinfo=UTC)),
        ("2011-09-22T17:16:00+0200", datetime(2011, 9, 22, 15, 16, tzinfo=UTC)),
        ("2011-09-22T17:16:00", datetime(2011, 9, 22, 17, 16)),
        ("2011-09-22", datetime(2011, 9, 22)),
        ("2011-13-40", None),
        ("comment permalink", None),
        ("", None),
        (None, None),
    ],
)
def test_machine_times(value: str | None, expected: datetime | None) -> None:
    assert parse_machine_time(value) == expected
