"""The rehearsal timer: it runs from the question, the time to the first reveal is the stored duration."""

from __future__ import annotations

from textual.widgets import Static

from scheduler.settings import DeckSettings, Settings
from textual_app.widgets.review_bar import ReviewBar


def _durations(store) -> list[int]:
    """Every stored review's duration, oldest first."""
    return [row[0] for row in store.conn.execute("SELECT duration_ms FROM reviews ORDER BY id")]


async def test_duration_is_the_time_until_the_first_reveal(make_app, deck_id, store, clock) -> None:
    """37.5 s to the first reveal, then 20 s reading: the review stores 37,500 ms."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        clock.advance(seconds=37.5)
        await pilot.press("space")
        clock.advance(seconds=10)
        await pilot.press("space", "a")
        clock.advance(seconds=10)
        await pilot.press("3")
        await pilot.pause()
        assert _durations(store) == [37_500]


async def test_the_clock_restarts_for_each_card(make_app, deck_id, store, clock) -> None:
    """The second card's duration counts from when it appeared, not from the start."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 40)) as pilot:
        clock.advance(seconds=5)
        await pilot.press("space", "3")
        clock.advance(seconds=12)
        await pilot.press("space", "3")
        await pilot.pause()
        assert _durations(store) == [5_000, 12_000]


async def test_over_the_target_the_clock_says_so(make_app, deck_id, clock) -> None:
    """Within the deck's target the clock reads `m:ss / target`; past it, `over` (and in the over style)."""
    settings = Settings(decks={"Practice": DeckSettings(rehearsal_target_seconds=90)})
    app = make_app(settings=settings, review_decks=[deck_id])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(ReviewBar)
        clock.advance(seconds=45)
        bar.tick()
        assert bar.reading == ("0:45 / 1:30", False, False) and bar.text.endswith("  0:45 / 1:30")
        clock.advance(seconds=89)
        bar.tick()
        assert bar.reading == ("2:14 / 1:30 over", True, False) and bar.text.endswith("  2:14 / 1:30 over")


async def test_the_clock_stops_at_the_first_reveal(make_app, deck_id, clock) -> None:
    """After the first reveal the clock shows the recall time and no longer moves."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 40)) as pilot:
        clock.advance(seconds=61)
        await pilot.press("space")
        clock.advance(seconds=300)
        bar = app.screen.query_one(ReviewBar)
        bar.tick()
        assert bar.reading == ("1:01 / 2:00", False, True)


async def test_phrasings_take_turns_across_reviews(make_app, deck_id, clock) -> None:
    """The card with two phrasings asks the first, then (next time it shows) the second."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 40)) as pilot:

        def asked() -> str:
            return str(app.screen.query_one("#question", Static).render())

        await pilot.pause()
        assert asked() == "Tell me about a time you [bold]shipped[/] under pressure"
        await pilot.press("space", "1")  # Again: back in a minute
        for _ in range(2):
            await pilot.press("a", "4")
        clock.advance(minutes=2)
        await pilot.press("escape", "enter")
        await pilot.pause()
        app.start_review([deck_id])
        await pilot.pause()
        assert asked() == "Describe a deadline you met"
        await pilot.press("space")
        await pilot.pause()
        expected = "also asked as: Tell me about a time you [bold]shipped[/] under pressure"
        assert str(app.screen.query_one("#phrasings", Static).render()) == expected
