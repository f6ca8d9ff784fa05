"""Advisory file locks (fcntl.flock): the kernel releases them when the holder dies."""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path
from types import TracebackType

from archive._errors import ArchiveLockedError

__all__ = ["FileLock", "try_lock_fd"]


def try_lock_fd(fd: int) -> bool:
    """Take an exclusive lock on ``fd`` without waiting; False if another process holds it."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


class FileLock:
    """An exclusive lock on ``path``, waiting up to ``timeout`` s (None: forever, 0: no wait)."""

    def __init__(self, path: Path, *, timeout: float | None = None, what: str = "archive") -> None:
        self.path = path
        self.timeout = timeout
        self.what = what
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise ArchiveLockedError once the timeout passes."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = None if self.timeout is None else time.monotonic() + self.timeout
        delay = 0.05
        while not try_lock_fd(fd):
            if deadline is not None and time.monotonic() >= deadline:
                os.close(fd)
                raise ArchiveLockedError(
                    f"another process holds the {self.what} lock {self.path} "
                    f"(waited {self.timeout:g} s)"
                )
            time.sleep(delay)
            delay = min(delay * 2, 1.0)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd

    def release(self) -> None:
        """Release the lock (closing the descriptor releases it)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> FileLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
