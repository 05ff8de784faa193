"""The readiness screen: expected recall on the interview day, the plan, the cards at risk."""

from __future__ import annotations

import io
from datetime import date

from rich.console import Console
from textual.widgets import Static

from scheduler.settings import Settings
from textual_app.screens.readiness import ReadinessScreen


def drawn(screen) -> str:
    """The readiness text as a 100-column terminal shows it."""
    console = Console(record=True, width=100, file=io.StringIO())
    console.print(screen.query_one("#readiness-text", Static).content)
    return console.export_text()


async def test_a_deck_with_an_interview_date_shows_its_readiness(make_app, deck_id) -> None:
    """Nothing reviewed yet: 0% expected, every card at risk and listed, a plan over the days left."""
    app = make_app(Settings(interview_date=date(2026, 3, 12)))
    async with app.run_test(size=(100, 40)) as pilot:
        app.push_screen(ReadinessScreen(deck_id))
        await pilot.pause()
        text = drawn(app.screen)
    assert "interview on Thu 12 Mar 2026, 10 days to go" in text
    assert "Expected recall on the day: 0% of 3 questions" in text
    assert "At risk (3)" in text and text.count("never reviewed") == 3
    assert "[bold]shipped[/]" in text  # note text is never markup


async def test_a_deck_without_a_date_says_how_to_set_one(make_app, deck_id) -> None:
    """No interview date: one line pointing at the settings."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(ReadinessScreen(deck_id))
        await pilot.pause()
        assert "no interview date" in str(app.screen.query_one("#readiness-text", Static).content)
