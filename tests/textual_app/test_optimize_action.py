"""The settings screen's Optimize action: progress, scores, parameters kept and shown, reschedule offered."""

from __future__ import annotations

import os
from pathlib import Path

from textual.widgets import Input, Select, Static

from scheduler.settings import load_settings
from tests.scheduler.learned import learn_deck
from textual_app.screens.confirm import ConfirmScreen
from textual_app.screens.settings import SettingsScreen


async def _optimize(app, pilot, scope: str) -> SettingsScreen:
    """Open the settings, choose `scope`, press Optimize and wait until the worker is done."""
    await pilot.pause()
    await pilot.press("comma")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, SettingsScreen)
    screen.query_one("#scope", Select).value = scope
    await pilot.pause()
    await pilot.click("#optimize")
    await app.workers.wait_for_complete()
    await pilot.pause()
    return screen


def _said(screen: SettingsScreen) -> str:
    return str(screen.query_one("#settings-optimize", Static).render())


async def test_too_little_history_is_said(make_app, deck_id) -> None:
    """The three-card practice deck has no long-term review: the screen says what is there and needed."""
    app = make_app()
    async with app.run_test(size=(120, 45)) as pilot:
        screen = await _optimize(app, pilot, "Practice")
        assert "Not enough history for deck \"Practice\": 0 reviews" in _said(screen)
        assert "at least 400" in _said(screen)
    assert not Path(os.environ["STARCARDS_CONFIG"]).exists()


async def test_better_parameters_are_saved_shown_and_reschedule_is_offered(make_app, store) -> None:
    """A learnt deck: scores shown, the deck's parameters saved and in the form, then Reschedule asked."""
    learn_deck(store)
    app = make_app()
    async with app.run_test(size=(120, 45)) as pilot:
        screen = await _optimize(app, pilot, "Work")
        assert "log loss" in _said(screen) and "they are kept" in _said(screen)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        parameters = app.settings.for_deck("Work").parameters
        assert parameters is not None and app.settings.parameters is None
        assert screen.query_one("#field-parameters", Input).value.startswith(f"{parameters[0]}, ")
    assert load_settings(Path(os.environ["STARCARDS_CONFIG"])).decks["Work"].parameters == parameters
