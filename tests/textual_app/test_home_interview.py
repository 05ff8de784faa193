"""The deck list's ways into interview preparation: mock, story map, readiness."""

from __future__ import annotations

from datetime import date

from textual.widgets import DataTable

from scheduler.settings import Settings
from textual_app.screens.mock import MockScreen
from textual_app.screens.readiness import ReadinessScreen
from textual_app.screens.stories import StoriesScreen


async def test_m_t_and_i_open_the_mock_the_story_map_and_readiness(make_app, deck_id) -> None:
    """From the deck list: `m` a mock over the deck, `t` the story map, `i` the deck's readiness."""
    app = make_app(Settings(interview_date=date(2026, 3, 12)))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        for key, screen in (("m", MockScreen), ("t", StoriesScreen), ("i", ReadinessScreen)):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, screen)
            await pilot.press("escape")
            await pilot.pause()


async def test_the_interview_column_says_how_ready_the_deck_is(make_app, deck_id) -> None:
    """A deck with an interview date shows the countdown and its expected recall on the day."""
    app = make_app(Settings(interview_date=date(2026, 3, 12)))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#decks", DataTable)
        cell = str(table.get_cell_at((0, 4)))
    assert cell == "in 10 days · 0 of 3 ready"
