"""Snapshots of every screen at the classic 80×24 and a roomy 160×50, in the dark and the light theme.

Deterministic by construction: the practice note, a `FixedClock` (the timer reads 0:00,
the calendar and due times never move), `$HOME` at the test's folder (the deck list
shows `~/Practice.md`, not a temporary path), the settings file at a fixed made-up path
(the settings screen names it), a fixed terminal size and a theme set in the settings.
Update after an intended change with
`pytest tests/textual_app/test_snapshots.py --snapshot-update`, and look at the pictures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scheduler.settings import Settings

SIZES = {"80x24": (80, 24), "160x50": (160, 50)}
THEMES = {"dark": "textual-dark", "light": "textual-light"}


@pytest.fixture(params=list(SIZES))
def size(request: pytest.FixtureRequest) -> tuple[int, int]:
    """Each terminal size in turn."""
    return SIZES[request.param]


@pytest.fixture(params=list(THEMES))
def settings(request: pytest.FixtureRequest) -> Settings:
    """Built-in settings in each theme in turn."""
    return Settings(theme=THEMES[request.param])


@pytest.fixture(autouse=True)
def fixed_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Paths the screens show, made the same on every run."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("STARCARDS_CONFIG", "/home/you/.config/starcards/config.toml")


async def _settle(pilot) -> None:
    """Let workers (the statistics are counted in one) finish and the screen repaint."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize(
    "press", [[], ["space", "space"], ["a"]], ids=["hidden", "partly-revealed", "fully-revealed"]
)
def test_review(make_app, deck_id, settings, size, press, snap_compare) -> None:
    """The question alone; Situation and Task shown with the intervals; every section shown."""
    assert snap_compare(make_app(settings, review_decks=[deck_id]), press=press, terminal_size=size)


@pytest.mark.parametrize("key", ["", "s", "c", "comma"], ids=["deck-list", "statistics", "card-browser", "settings"])
def test_screen(make_app, deck_id, settings, size, key, snap_compare) -> None:
    """The deck list, and the screens it opens: statistics, the card browser, the settings."""
    press = [key] if key else []
    assert snap_compare(make_app(settings), press=press, terminal_size=size, run_before=_settle)


def test_practice_fully_revealed(make_app, deck_id, snap_compare) -> None:
    """Practice: the PRACTICE label, rating buttons without intervals, no bury or suspend."""
    from textual_app.requests import PracticeRequest

    app = make_app(practice=PracticeRequest(deck_ids=[deck_id]))
    assert snap_compare(app, press=["a"], terminal_size=(80, 24))
