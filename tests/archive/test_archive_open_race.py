"""Many processes opening one fresh archive at the same moment: none sees "database is locked"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OPEN = (
    "import sys, time\n"
    "from archive import Archive\n"
    "start = float(sys.argv[2])\n"
    "while time.time() < start: pass\n"
    "with Archive(sys.argv[1]) as store: print(len(store.captures()))\n"
)


def test_simultaneous_opens_of_a_new_archive(tmp_path: Path) -> None:
    import time

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    start = str(time.time() + 2.0)  # all processes start their open at the same instant
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", OPEN, str(tmp_path / "a"), start],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(6)
    ]
    results = [proc.communicate(timeout=60) for proc in procs]
    assert [proc.returncode for proc in procs] == [0] * 6, [err for _, err in results]
    assert [out.strip() for out, _ in results] == ["0"] * 6
