"""Whether another review session is open on the same database: a lock file held while one is.

A review session holds an exclusive `flock` on `<database>.review-lock` for as long as it
runs; the operating system lets go of it when the process ends, however it ends, so a
crashed session never leaves a stale lock. A second session cannot take the lock and is
told. Where `flock` does not exist (Windows) or the database lives in memory, no other
session is ever reported.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

LOCK_SUFFIX = ".review-lock"
"""Added to the database's file name to name its lock file."""


def lock_path(db_path: str) -> Path | None:
    """The lock file of the database at `db_path`; None for an in-memory database."""
    if db_path in ("", ":memory:"):
        return None
    path = Path(db_path)
    return path.with_name(path.name + LOCK_SUFFIX)


class ReviewPresence:
    """This process's claim to be the review session on a database. Use `claim()`, then `release()`."""

    def __init__(self, db_path: str) -> None:
        """For the database at `db_path` (nothing is opened until `claim`)."""
        self._path = lock_path(db_path)
        self._file: IO[str] | None = None

    def claim(self) -> bool:
        """Take the lock; False when another session holds it (then this one goes on, unlocked)."""
        if self._path is None or self._file is not None:
            return True
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows
            return True
        handle = open(self._path, "a", encoding="utf-8")  # noqa: SIM115 - held open while the session runs
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._file = handle
        return True

    def release(self) -> None:
        """Let go of the lock, if this session holds it."""
        if self._file is not None:
            self._file.close()
            self._file = None
