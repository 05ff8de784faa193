"""Fixtures for Pilot tests: a real app over a temporary store, a fixed clock and a small deck."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from deck.loader import load_deck
from scheduler.clock import FixedClock
from scheduler.decks import sync_deck
from scheduler.settings import Settings
from scheduler.store import Store
from textual_app.app import StarcardsApp, create_app

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
"""A fixed moment at noon, far from the 04:00 day boundary in any zone near UTC."""

NOTE = """\
# Practice

## Stories

- *Tell me about a time you [bold]shipped[/] under pressure*/Describe a deadline you met
\t1. **Situation**: the launch date moved up by a week;
\t2. **Task**: ship the billing export on time;
\t3. **Action**: cut scope with the PM and paired on the riskiest part;
\t4. **Result**: shipped two days early;
\t5. **Takeaways**: agree on scope before speed.
- What is your greatest strength?
\t- Turning vague problems into small, testable steps.
- Why do you want this job?
\t- The product solves a problem I have had myself.
"""


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line finds a terminal, as a user's would (pytest's own standard input is none): a command
    that opens the app gets past that check to the one a test asks of it."""
    from textual_app.cli import launch

    monkeypatch.setattr(launch, "lacks_terminal", lambda environ: False)


@pytest.fixture
def clock() -> FixedClock:
    """A clock that only moves when a test moves it, so intervals and due dates are exact."""
    return FixedClock(NOW)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A fresh database file in the test's temporary folder."""
    with Store.open(tmp_path / "test.db") as opened:
        yield opened


def synced_note(store: Store, clock: FixedClock, note: Path, text: str) -> int:
    """Write `text` to `note` and sync it into the store as a deck; the deck's id."""
    note.write_text(text, encoding="utf-8")
    deck_id, _report = sync_deck(store, load_deck(note), clock.now())
    return deck_id


@pytest.fixture
def deck_id(store: Store, clock: FixedClock, tmp_path: Path) -> int:
    """The practice note above, synced into the store as a deck of three cards."""
    return synced_note(store, clock, tmp_path / "Practice.md", NOTE)


@pytest.fixture
def make_app(store: Store, clock: FixedClock) -> Callable[..., StarcardsApp]:
    """Build the app the way the command line does, with the test's store and clock."""

    def build(settings: Settings | None = None, **options: object) -> StarcardsApp:
        return create_app(store, settings or Settings(), clock, **options)  # type: ignore[arg-type]

    return build


def fake_program(folder: Path, name: str, source: str) -> Path:
    """An executable `folder/bin/name` running the Python `source` with this interpreter; its path."""
    script = folder / "bin" / name
    script.parent.mkdir(exist_ok=True)
    script.write_text(f"#!{sys.executable}\n" + source, encoding="utf-8")
    script.chmod(0o755)
    return script
