"""End to end: the real `starcards` command in a private tmux server, as a user would run it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from scheduler.clock import NOW_VARIABLE
from tests.textual_app.conftest import NOTE

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

STARCARDS = Path(sys.executable).with_name("starcards")


@pytest.fixture
def tmux() -> Iterator[Callable[..., str]]:
    """Run tmux commands on a server of this test's own; the server dies with the test."""
    socket = f"starcards-e2e-{uuid.uuid4().hex[:8]}"

    def run(*args: str) -> str:
        return subprocess.run(["tmux", "-L", socket, *args], capture_output=True, text=True).stdout

    yield run
    run("kill-server")


def _wait_for(tmux: Callable[..., str], text: str, timeout: float = 15.0) -> str:
    """Poll the pane until `text` shows up; return the screen."""
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = tmux("capture-pane", "-p", "-t", "main")
        if text in screen:
            return screen
        time.sleep(0.1)
    raise AssertionError(f"{text!r} never appeared; the screen was:\n{screen}")


def _due(db: Path, now: str) -> dict[str, int]:
    """The totals of `starcards due --json` for the test database, at the time `now`."""
    out = subprocess.run(
        [str(STARCARDS), "--db", str(db), "due", "--json"],
        capture_output=True, text=True, check=True, env={**os.environ, NOW_VARIABLE: now},
    )
    due = json.loads(out.stdout)
    return {name: due[name] for name in ("new", "learning", "review")}


def test_review_rate_quit_and_continue(tmux: Callable[..., str], tmp_path: Path) -> None:
    """Review a note, reveal, rate Good, quit; the rating is kept and the next run continues.

    Each run is told the time (`STARCARDS_NOW`, moving forward), midday: on the system clock,
    a run in the ten minutes before the day rolls over at 04:00 put the rated card's next step
    in tomorrow, and the test failed by the hour it ran.
    """
    note = tmp_path / "Practice.md"
    note.write_text(NOTE, encoding="utf-8")
    db = tmp_path / "e2e.db"
    command = f"{NOW_VARIABLE}={{now}} {STARCARDS} --db '{db}' review '{note}'"
    tmux("new-session", "-d", "-s", "main", "-x", "100", "-y", "30", command.format(now="2026-12-01T12:00"))
    _wait_for(tmux, "under pressure")
    tmux("send-keys", "-t", "main", "space")
    _wait_for(tmux, "launch date moved up")
    tmux("send-keys", "-t", "main", "a")
    _wait_for(tmux, "agree on scope before speed")
    tmux("send-keys", "-t", "main", "3")
    _wait_for(tmux, "What is your greatest strength?")
    tmux("send-keys", "-t", "main", "q")
    _wait_for(tmux, "Stopped with")
    tmux("send-keys", "-t", "main", "q")
    _wait_for_exit(tmux)
    assert _due(db, "2026-12-01T12:01") == {"new": 2, "learning": 1, "review": 0}

    tmux("new-session", "-d", "-s", "main", "-x", "100", "-y", "30", command.format(now="2026-12-01T12:02"))
    _wait_for(tmux, "What is your greatest strength?")


def _wait_for_exit(tmux: Callable[..., str], timeout: float = 10.0) -> None:
    """Wait until the session's command has ended (tmux then closes the session)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if "main" not in tmux("list-sessions", "-F", "#{session_name}"):
            return
        time.sleep(0.1)
    raise AssertionError("starcards did not exit")
