"""End to end: after a review in the real `starcards`, the stats screen and the card browser show it."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from scheduler.clock import NOW_VARIABLE
from tests.test_end_to_end import STARCARDS, _wait_for, tmux  # noqa: F401 - tmux is a fixture
from tests.textual_app.conftest import NOTE

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


def test_review_then_stats_then_browser(tmux: Callable[..., str], tmp_path: Path) -> None:  # noqa: F811
    """Rate one card Good, stop, press `s`: one review today; escape, `c`: the card is learning, rated Good.

    The run is told the time (midday, `STARCARDS_NOW`): on the system clock, a run across the
    day's rollover at 04:00 would find the review in yesterday.
    """
    note = tmp_path / "Practice.md"
    note.write_text(NOTE, encoding="utf-8")
    command = f"{NOW_VARIABLE}=2026-12-01T12:00 {STARCARDS} --db '{tmp_path / 'e2e.db'}' review '{note}'"
    tmux("new-session", "-d", "-s", "main", "-x", "100", "-y", "40", command)
    _wait_for(tmux, "under pressure")
    for key, shows in (("space", "Situation"), ("3", "greatest strength"), ("q", "Stopped with"), ("enter", "Deck")):
        tmux("send-keys", "-t", "main", key)
        _wait_for(tmux, shows)
    tmux("send-keys", "-t", "main", "s")
    screen = _wait_for(tmux, "1 review · 0 Again")
    assert "Due in the next 30 days" in screen and "streak 1 day" in screen
    tmux("send-keys", "-t", "main", "escape")
    _wait_for(tmux, "Deck")
    tmux("send-keys", "-t", "main", "c")
    screen = _wait_for(tmux, "History: 1 entry")
    assert "learning" in screen and "Practice.md:5" in screen
    # The entry's row can sit below the detail pane's fold (it scrolls), so its rating is read from the log.
    with sqlite3.connect(tmp_path / "e2e.db") as conn:
        assert conn.execute("SELECT rating FROM reviews").fetchall() == [(3,)]
