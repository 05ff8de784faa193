"""A second review session on one database is detected; the lock goes with the session that held it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from scheduler.presence import ReviewPresence, lock_path


def test_the_second_session_is_told_and_the_first_keeps_the_claim(tmp_path: Path) -> None:
    """Two sessions on one database: the first claims it, the second cannot until the first lets go."""
    db = str(tmp_path / "x.db")
    first, second = ReviewPresence(db), ReviewPresence(db)
    assert first.claim()
    assert not second.claim()
    first.release()
    assert second.claim()
    second.release()


def test_another_process_holding_the_lock_is_seen(tmp_path: Path) -> None:
    """A session in another process counts; once that process ends, the lock is free again."""
    db = str(tmp_path / "x.db")
    holder = subprocess.Popen(
        [sys.executable, "-c", f"from scheduler.presence import ReviewPresence as P; p = P({db!r}); p.claim(); print('held', flush=True); input()"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"  # waits for the claim
        mine = ReviewPresence(db)
        assert not mine.claim()
    finally:
        holder.communicate("\n")
    assert mine.claim()
    mine.release()


def test_an_in_memory_database_has_no_lock() -> None:
    """Nothing to share: a session on `:memory:` always claims."""
    assert lock_path(":memory:") is None
    assert ReviewPresence(":memory:").claim()
