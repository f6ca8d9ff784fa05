"""Real processes: concurrent writers and runs share one archive; SIGKILL never breaks it."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from archive import Archive, verify
from archive._store import INDEX_NAME
from tests.archive.archive_server import ArchiveTestServer, Route
from tests.archive.helpers import html

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("VERACITY_ARCHIVE", None)
    return env


def _veracity_run(sources: Path, arch: Path, *, delay: float = 0.0) -> subprocess.Popen[str]:
    """``veracity archive run`` in a subprocess; ``--delay 0`` keeps many local pages quick."""
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "veracity",
            "archive",
            "run",
            "--sources",
            str(sources),
            "--archive",
            str(arch),
            "--delay",
            str(delay),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
        cwd=ROOT,
    )


def _pages(server: ArchiveTestServer, tmp_path: Path, count: int, delay: float) -> Path:
    lines = []
    for n in range(count):
        server.routes[f"/p/{n}"] = Route(body=html(f"Page {n}. " * 50), delay=delay)
        lines.append(f'[[sources]]\nurl = "{server.url(f"/p/{n}")}"\n')
    path = tmp_path / "sources.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _count(arch: Path) -> int:
    index = arch / "index.sqlite3"
    if not index.exists():
        return 0
    db = sqlite3.connect(index, timeout=30)
    try:
        return int(db.execute("SELECT count(*) FROM captures").fetchone()[0])
    except sqlite3.OperationalError:
        return 0
    finally:
        db.close()


def test_two_writers_at_once(tmp_path: Path) -> None:
    """Two processes adding to one archive: separate WARC files, one consistent index."""
    arch = tmp_path / "a"
    script = textwrap.dedent(
        f"""
        import sys
        from datetime import UTC, datetime
        from archive import Archive
        from scraper import Exchange
        tag = sys.argv[1]
        with Archive({str(arch)!r}) as store:
            for n in range(60):
                body = (tag * 500 + str(n)).encode()
                store.add(Exchange(url=f"http://w.example/{{tag}}/{{n}}", status=200,
                                   body=body, started_at=datetime.now(UTC)))
        """
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, tag],
            env=_env(),
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("x", "y")
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    with Archive(arch) as store:
        captures = store.captures()
        assert len(captures) == 120 and len({c.url for c in captures}) == 120
        assert len({c.warc for c in captures}) == 2
    assert verify(arch) == []


def test_two_runs_at_once(tmp_path: Path, server: ArchiveTestServer) -> None:
    sources = _pages(server, tmp_path, 20, delay=0.02)
    arch = tmp_path / "a"
    first, second = _veracity_run(sources, arch), _veracity_run(sources, arch)
    outputs = [proc.communicate(timeout=120) for proc in (first, second)]
    for proc, (_out, err) in zip((first, second), outputs, strict=True):
        assert proc.returncode == 0, err
        assert "database is locked" not in err
    checked = sorted(int(out.split()[0]) for out, _ in outputs)
    assert checked == [0, 20]  # the second run waited, then found nothing due
    assert all(hits == 1 for hits in server.hits.values())
    with Archive(arch) as store:
        assert len(store.captures()) == 20
    assert verify(arch) == []


def test_sigkill_at_random_points(tmp_path: Path, server: ArchiveTestServer) -> None:
    count = 40
    sources = _pages(server, tmp_path, count, delay=0.03)
    arch = tmp_path / "a"
    rng = random.Random(1234)
    # the first kill lands anywhere from start-up on (imports, repair, the first file); the
    # others while captures are being written
    for iteration in range(4):
        before = _count(arch)
        proc = _veracity_run(sources, arch)
        if iteration == 0:
            time.sleep(rng.uniform(0.05, 0.8))
        else:
            deadline = time.monotonic() + 60
            while _count(arch) <= before and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.01)
            time.sleep(rng.uniform(0.0, 0.15))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        if not (arch / INDEX_NAME).exists():  # killed before the archive was created
            continue
        assert verify(arch) == [], f"after kill at {_count(arch)} captures"
    finished = _veracity_run(sources, arch)
    out, err = finished.communicate(timeout=120)
    assert finished.returncode == 0, err
    assert verify(arch) == []
    with Archive(arch) as store:
        for n in range(count):
            captures = store.captures(server.url(f"/p/{n}"))
            assert captures, f"page {n} never archived"
            assert sum(c.kind == "response" for c in captures) == 1
    again = _veracity_run(sources, arch)
    out, _ = again.communicate(timeout=60)
    assert out.startswith("0 checked")


def test_progress_bar_only_on_a_terminal(tmp_path: Path, server: ArchiveTestServer) -> None:
    import pty

    sources = _pages(server, tmp_path, 5, delay=0.0)
    main, secondary = pty.openpty()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "veracity",
            "archive",
            "run",
            "--sources",
            str(sources),
            "--archive",
            str(tmp_path / "a"),
        ],
        stdout=secondary,
        stderr=subprocess.DEVNULL,
        env=_env(),
        cwd=ROOT,
    )
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(timeout=60)
    os.close(main)
    text = b"".join(chunks).decode(errors="replace")
    assert proc.returncode == 0
    assert "archiving" in text and "5 checked, 5 new" in text
