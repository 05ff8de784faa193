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
    assert "Expected recall on the day: 0% on average over 3 questions; 0 at the 90% target, 3 below it" in text
    assert "At risk (3)" in text and text.count("never reviewed") == 3
    assert "[bold]shipped[/]" in text  # note text is never markup


async def test_a_deck_without_a_date_says_how_to_set_one(make_app, deck_id) -> None:
    """No interview date: one line pointing at the settings."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(ReadinessScreen(deck_id))
        await pilot.pause()
        assert "no interview date" in str(app.screen.query_one("#readiness-text", Static).content)


def test_a_card_just_below_the_target_reads_below_it() -> None:
    """89.6 % under a 90 % target is at risk, so it reads 89 %, not a rounded 90 %; the summary says how many cards
    are at the target and how many below."""
    from datetime import date

    from scheduler.readiness import CardRisk, Readiness
    from textual_app.readiness_text import readiness_text

    cards = (CardRisk(1, "Tell me about a failure", 0.896), CardRisk(2, "Why us?", 0.95))
    found = Readiness("Prep", date(2026, 12, 22), 7, 0.9, 0.923, cards, ())
    text = readiness_text(found).plain
    assert "Expected recall on the day: 92% on average over 2 questions; 1 at the 90% target, 1 below it" in text
    assert "\n  89%  Tell me about a failure" in text and "Why us?" not in text  # (no 14-wide column for 3 signs)
