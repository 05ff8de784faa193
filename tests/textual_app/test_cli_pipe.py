"""Output into a pipe whose reader has gone (`starcards cards | head`) ends quietly, as `git log | head` does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from deck.examples import example_deck_path
from deck.loader import load_deck
from scheduler.decks import sync_deck
from scheduler.store import Store
from tests.scheduler.helpers import T0


@pytest.fixture
def example_db() -> Path:
    """The database the command line opens, holding the example deck."""
    path = Path(os.environ["STARCARDS_DB"])
    with Store.open(path) as store:
        sync_deck(store, load_deck(example_deck_path()), T0)
    return path


@pytest.mark.parametrize("command", [["cards", "--json"], ["stories"], ["check", str(example_deck_path())]])
def test_a_closed_pipe_ends_the_command_without_a_traceback(example_db: Path, command: list[str]) -> None:
    """The reader closed the pipe before anything was written (so every write fails): no traceback
    on stderr, and the exit code is not a crash's."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "textual_app", *command],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    assert "Traceback" not in done.stderr and "BrokenPipeError" not in done.stderr
    assert done.returncode in (0, 1)
