"""The adaptive re-check schedule, failure backoff and the cron/systemd text."""

from __future__ import annotations

import shlex
from datetime import timedelta
from pathlib import Path

import pytest

from archive import failure_backoff, next_check, recheck_interval, schedule_text
from tests.archive.helpers import T0


@pytest.mark.parametrize(
    ("age", "interval"),
    [
        (timedelta(minutes=10), timedelta(minutes=15)),
        (timedelta(hours=2, minutes=59), timedelta(minutes=15)),
        (timedelta(hours=3), timedelta(hours=1)),
        (timedelta(hours=20), timedelta(hours=1)),
        (timedelta(days=2), timedelta(hours=6)),
        (timedelta(days=10), timedelta(days=1)),
        (timedelta(days=40), timedelta(days=7)),
    ],
)
def test_tiers(age: timedelta, interval: timedelta) -> None:
    assert recheck_interval(age) == interval


def test_change_resets_to_fast_tier() -> None:
    first_seen = T0 - timedelta(days=20)
    now = T0
    assert next_check(now, since=first_seen) == now + timedelta(days=1)
    # the article changed just now: back to every 15 minutes
    assert next_check(now, since=now) == now + timedelta(minutes=15)


def test_fixed_every_and_retirement() -> None:
    assert next_check(
        T0, since=T0 - timedelta(days=90), every=timedelta(hours=2)
    ) == T0 + timedelta(hours=2)
    assert next_check(T0, since=T0 - timedelta(days=400)) is None
    assert next_check(T0, since=T0 + timedelta(hours=1)) == T0 + timedelta(minutes=15)


def test_failure_backoff() -> None:
    assert [failure_backoff(n) for n in (1, 2, 3)] == [
        timedelta(minutes=15),
        timedelta(minutes=30),
        timedelta(hours=1),
    ]
    assert failure_backoff(20) == timedelta(days=1)


@pytest.mark.parametrize(
    ("everies", "fields"),
    [
        ([None], "7 * * * *"),
        ([timedelta(hours=6), timedelta(minutes=30)], "*/30 * * * *"),
        ([timedelta(hours=6)], "7 */6 * * *"),
        ([timedelta(days=1)], "7 3 * * *"),
    ],
)
def test_schedule_text(tmp_path: Path, everies: list[timedelta | None], fields: str) -> None:
    text = schedule_text(
        tmp_path / "my sources.toml",
        tmp_path / "arch",
        everies=everies,
        executable="/opt/v/bin/veracity",
    )
    cron = next(line for line in text.splitlines() if line and not line.startswith("#"))
    assert cron.startswith(fields + " flock -n ")
    args = shlex.split(cron[len(fields) :])
    assert args[:3] == ["flock", "-n", str((tmp_path / "arch" / "cron.lock").resolve())]
    assert args[3:] == [
        "/opt/v/bin/veracity",
        "archive",
        "run",
        "--sources",
        str((tmp_path / "my sources.toml").resolve()),
        "--archive",
        str((tmp_path / "arch").resolve()),
    ]
    assert "[Timer]" in text and "OnUnitActiveSec=" in text
    assert "ExecStart=/opt/v/bin/veracity" in text
    assert text.startswith("# crontab (crontab -e), every ")


def test_schedule_uses_absolute_executable(tmp_path: Path) -> None:
    text = schedule_text(tmp_path / "s.toml", tmp_path / "a", everies=[None])
    cron = next(line for line in text.splitlines() if line.startswith("7 "))
    executable = shlex.split(cron)[8]
    assert Path(executable).is_absolute()
