"""When to re-check a URL (adaptive, NewsDiffs-style) and the crontab / systemd text to run us."""

from __future__ import annotations

import shlex
import shutil
import sys
from datetime import datetime, timedelta
from pathlib import Path

__all__ = [
    "RETIRE_AFTER",
    "TIERS",
    "crontab_line",
    "failure_backoff",
    "next_check",
    "recheck_interval",
    "schedule_text",
    "systemd_units",
]

#: (age below which, re-check interval): young or recently changed articles are checked often.
TIERS: tuple[tuple[timedelta, timedelta], ...] = (
    (timedelta(hours=3), timedelta(minutes=15)),
    (timedelta(days=1), timedelta(hours=1)),
    (timedelta(days=7), timedelta(hours=6)),
    (timedelta(days=30), timedelta(days=1)),
)
OLD_INTERVAL = timedelta(days=7)
#: articles unchanged this long are no longer re-checked.
RETIRE_AFTER = timedelta(days=365)


def recheck_interval(age: timedelta) -> timedelta:
    """The re-check interval for an article ``age`` old (since first seen or last changed)."""
    for limit, interval in TIERS:
        if age < limit:
            return interval
    return OLD_INTERVAL


def next_check(
    now: datetime, *, since: datetime, every: timedelta | None = None
) -> datetime | None:
    """When to check next: ``every`` if fixed, else by the age since ``since``; None: retired."""
    if every is not None:
        return now + every
    age = max(now - since, timedelta(0))
    if age >= RETIRE_AFTER:
        return None
    return now + recheck_interval(age)


def failure_backoff(failures: int) -> timedelta:
    """Wait before retrying after ``failures`` failures in a row: 15 min, doubling, max 1 day."""
    backoff: timedelta = timedelta(minutes=15) * (2 ** max(failures - 1, 0))
    return min(backoff, timedelta(days=1))


def _command(executable: str | None) -> str:
    if executable:
        return shlex.quote(executable)
    found = shutil.which("veracity")
    if found:
        return shlex.quote(str(Path(found).resolve()))
    return f"{shlex.quote(sys.executable)} -m veracity"


def _cron_fields(period: timedelta) -> str:
    minutes = max(int(period.total_seconds() // 60), 1)
    if minutes < 60:
        return f"*/{minutes} * * * *" if minutes > 1 else "* * * * *"
    hours = minutes // 60
    if hours < 24:
        return f"7 */{hours} * * *" if hours > 1 else "7 * * * *"
    if hours < 24 * 7:
        return "7 3 * * *"
    return "7 3 * * 1"


def _human(period: timedelta) -> str:
    seconds = int(period.total_seconds())
    for unit, size in (("week", 604800), ("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds % size == 0 and seconds >= size:
            count = seconds // size
            return f"{count} {unit}{'s' if count > 1 else ''}"
    return f"{seconds} seconds"


def _run_args(sources: Path, archive: Path, executable: str | None) -> str:
    return (
        f"{_command(executable)} archive run --sources {shlex.quote(str(sources))} "
        f"--archive {shlex.quote(str(archive))}"
    )


def crontab_line(
    sources: Path, archive: Path, *, period: timedelta, executable: str | None = None
) -> str:
    """A crontab line running ``archive run`` every ``period``; ``flock -n`` skips overlaps."""
    lock = shlex.quote(str(archive / "cron.lock"))
    return f"{_cron_fields(period)} flock -n {lock} {_run_args(sources, archive, executable)}"


def systemd_units(
    sources: Path, archive: Path, *, period: timedelta, executable: str | None = None
) -> tuple[str, str]:
    """The systemd (service, timer) pair running ``archive run`` every ``period``."""
    service = (
        "[Unit]\n"
        "Description=veracity: archive the watch-list\n"
        "After=network-online.target\n\n"
        "[Service]\n"
        "Type=oneshot\n"
        f"ExecStart={_run_args(sources, archive, executable)}\n"
    )
    timer = (
        "[Unit]\n"
        "Description=Run veracity-archive.service periodically\n\n"
        "[Timer]\n"
        "OnBootSec=2min\n"
        f"OnUnitActiveSec={int(period.total_seconds())}s\n"
        "RandomizedDelaySec=60\n\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )
    return service, timer


def schedule_text(
    sources_path: str | Path,
    archive_path: str | Path,
    *,
    everies: list[timedelta | None],
    executable: str | None = None,
) -> str:
    """Crontab line plus systemd units; the period is the smallest ``every`` (default hourly)."""
    periods = [every for every in everies if every is not None]
    period = min(periods) if periods else timedelta(hours=1)
    sources = Path(sources_path).resolve()
    archive = Path(archive_path).resolve()
    line = crontab_line(sources, archive, period=period, executable=executable)
    service, timer = systemd_units(sources, archive, period=period, executable=executable)
    return (
        f"# crontab (crontab -e), every {_human(period)}:\n{line}\n\n"
        f"# ~/.config/systemd/user/veracity-archive.service\n{service}\n"
        f"# ~/.config/systemd/user/veracity-archive.timer "
        f"(systemctl --user enable --now veracity-archive.timer)\n{timer}"
    )
