"""The start-up path stays light and the memory room never imports the UI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ["fsrs", "fsrs_rs_python", "pydantic", "markdown_it", "textual", "rich", "textual_app"]
UI = ["textual", "rich", "textual_app"]
LIGHT_DECK = {"deck", "deck.records"}
"""What of the content room the light modules may load: the package (it imports nothing) and `deck.records`,
how every room defines its records."""


def _imported_after(module: str, watched: list[str]) -> list[str]:
    """Which of `watched` (and of the content room's modules) a fresh interpreter has in sys.modules after importing
    `module`."""
    code = (
        f"import json, sys; import {module}; "
        f"print(json.dumps([m for m in sys.modules if m in {watched!r} or m.split('.')[0] == 'deck']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    "module",
    [
        "scheduler",
        "scheduler.store",
        "scheduler.queue",
        "scheduler.allowance",
        "scheduler.rules",
        "scheduler.days",
        "scheduler.clock",
        "scheduler.decks",
        "scheduler.deck_admin",
        "scheduler.deck_moves",
        "scheduler.identity",
        "scheduler.similarity",
        "scheduler.locations",
    ],
)
def test_start_up_modules_are_light(module: str) -> None:
    """Counting due cards at start-up imports neither fsrs, pydantic, markdown_it, the content room (but how
    records are defined) nor the UI."""
    assert set(_imported_after(module, HEAVY)) <= LIGHT_DECK


@pytest.mark.parametrize(
    "module",
    [
        "scheduler.session",
        "scheduler.practice",
        "scheduler.cards",
                "scheduler.maintenance",
        "scheduler.settings",
        "scheduler.toml_text",
        "scheduler.optimize",
        "scheduler.personal",
        "scheduler.outlook",
        "scheduler.export",
        "scheduler.import_jsonl",
        "scheduler.revlog_csv",
    ],
)
def test_scheduler_never_imports_the_ui(module: str) -> None:
    """No scheduler module pulls in textual, rich or textual_app."""
    assert not set(_imported_after(module, UI)) & set(UI)


@pytest.mark.parametrize(
    "module", ["scheduler.optimize", "scheduler.outlook", "scheduler.settings", "textual_app.cli", "textual_app.app"]
)
def test_fsrs_rs_python_loads_only_when_fitting_or_simulating(module: str) -> None:
    """fsrs-rs-python is imported by the optimize and simulate functions themselves, never on the way."""
    assert "fsrs_rs_python" not in _imported_after(module, ["fsrs_rs_python"])


_FIRST_CARD = """
import json, sys
from datetime import UTC, datetime
from scheduler.clock import FixedClock
from scheduler.session import ReviewSession
from scheduler.settings import Settings
from scheduler.store import Store
from scheduler.vocabulary import Rating

store = Store.open(sys.argv[1])
session = ReviewSession(store, Settings(), FixedClock(datetime(2026, 3, 10, 12, tzinfo=UTC)), tz=UTC)
seen = {"first card": "fsrs" in sys.modules}
first = session.current.id
session.intervals()
session.rate(Rating.GOOD, 1000)
seen["first rating"] = "fsrs" in sys.modules
print(json.dumps([first, session.current.id != first, seen]))
"""


def test_the_first_card_and_its_rating_need_no_py_fsrs(tmp_path: Path) -> None:
    """Opening a session to its first card, showing its intervals and rating it import no py-fsrs (`fsrs_maths` does FSRS)."""
    from scheduler.decks import sync_deck
    from scheduler.store import Store
    from tests.scheduler.helpers import T0, card, deck

    db = tmp_path / "s.db"
    with Store.open(db) as store:
        sync_deck(store, deck(card(1), card(2)), T0)
    result = subprocess.run(
        [sys.executable, "-c", _FIRST_CARD, str(db)], capture_output=True, text=True, check=True
    )
    first, moved_on, seen = json.loads(result.stdout)
    assert first and moved_on
    assert seen == {"first card": False, "first rating": False}


_OPEN_AND_SHOW = """
import json, sys
from scheduler.clock import SystemClock
from scheduler.queue import due_counts
from scheduler.rules import rules_for
from scheduler.session import ReviewSession
from scheduler.settings import Settings
from scheduler.store import Store

store = Store.open(sys.argv[1])
clock, settings = SystemClock(), Settings()
due_counts(store, clock.now(), rules_for(store, settings))
assert ReviewSession(store, settings, clock).current is not None
print(json.dumps(sorted(set(sys.argv[2:]) & set(sys.modules))))
"""

NOT_TO_SHOW_A_CARD = [
    "pathlib", "secrets", "random", "threading", "scheduler.actions", "scheduler.backups", "scheduler.preview",
    "scheduler.siblings", "scheduler.surface", "scheduler.decks", "scheduler.sync_report",
]
"""What opening a store, counting and showing the first card can do without (`benchmarks/probes.py` does that):
the write path, backups, previews and machine ids come after, and a sync's bookkeeping."""


def test_opening_and_showing_the_first_card_imports_only_what_it_needs(tmp_path: Path) -> None:
    """The open-count-show path (the benchmark's fresh-process row) leaves the write path and `pathlib` unimported."""
    from scheduler.decks import sync_deck
    from scheduler.store import Store
    from tests.scheduler.helpers import T0, card, deck

    db = tmp_path / "s.db"
    with Store.open(db) as store:
        sync_deck(store, deck(card(1), card(2)), T0)
    result = subprocess.run(
        [sys.executable, "-c", _OPEN_AND_SHOW, str(db), *NOT_TO_SHOW_A_CARD], capture_output=True, text=True,
        check=True,
    )
    assert json.loads(result.stdout) == []
