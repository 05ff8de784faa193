"""End to end at the classic 80×24: rate one card with the keyboard and the next with a mouse click, in tmux."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.test_end_to_end import STARCARDS, _wait_for, _wait_for_exit, tmux  # noqa: F401 - tmux is a fixture
from tests.textual_app.conftest import NOTE

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


def _ratings(db: Path) -> list[int]:
    """The ratings in the database, oldest first."""
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("SELECT rating FROM reviews ORDER BY id")]


def _click(tmux: Callable[..., str], label: str) -> None:  # noqa: F811
    """Click the middle of the first `label` on screen: an SGR mouse press and release, as a terminal sends them."""
    lines = tmux("capture-pane", "-p", "-t", "main").split("\n")
    row, column = next((y, line.index(label)) for y, line in enumerate(lines) if label in line)
    x, y = column + len(label) // 2 + 1, row + 1  # the terminal counts from 1
    tmux("send-keys", "-t", "main", "-l", f"\x1b[<0;{x};{y}M\x1b[<0;{x};{y}m")


def test_rate_with_the_keyboard_then_with_a_click_at_80x24(tmux: Callable[..., str], tmp_path: Path) -> None:  # noqa: F811
    """Space and 3 rate the first card Good; a click on `2 Hard` rates the second; both are in the database."""
    note = tmp_path / "Practice.md"
    note.write_text(NOTE, encoding="utf-8")
    db = tmp_path / "e2e.db"
    tmux("new-session", "-d", "-s", "main", "-x", "80", "-y", "24", f"{STARCARDS} --db '{db}' review '{note}'")
    _wait_for(tmux, "under pressure")
    tmux("send-keys", "-t", "main", "space")
    _wait_for(tmux, "3 Good ·")
    tmux("send-keys", "-t", "main", "3")
    _wait_for(tmux, "1 done")
    assert _ratings(db) == [3]
    tmux("send-keys", "-t", "main", "space")
    _wait_for(tmux, "2 Hard ·")
    _click(tmux, "2 Hard ·")
    _wait_for(tmux, "2 done")
    assert _ratings(db) == [3, 2]
    tmux("send-keys", "-t", "main", "C-q")
    _wait_for_exit(tmux)
