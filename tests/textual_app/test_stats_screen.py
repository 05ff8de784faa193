"""The statistics screen: opened from home with `s` or the palette, the same figures as `compute`, per deck."""

from __future__ import annotations

from datetime import timedelta

import pytest
from textual.widgets import Select

from scheduler.engine import Rating
from scheduler.stats import compute
from tests.scheduler.history import FSRS
from tests.textual_app.month import due_by_day, simulate_month
from textual_app.screens.home import HomeScreen
from textual_app.screens.stats import StatsScreen
from textual_app.widgets.charts import CalendarHeatmap, ColumnChart


def _review_all(store, clock) -> None:
    """Rate each card once: Again, Good, Easy, two minutes apart."""
    from scheduler.reviews import record_review

    ids = [row[0] for row in store.conn.execute("SELECT id FROM cards ORDER BY line")]
    for offset, (card_id, rating) in enumerate(zip(ids, (Rating.AGAIN, Rating.GOOD, Rating.EASY), strict=True)):
        record_review(store, FSRS, card_id, rating, clock.now() - timedelta(minutes=2 * offset), 20_000)


async def _settle(app, pilot) -> None:
    """Let the counting worker finish and the screen redraw."""
    await app.workers.wait_for_complete()
    await pilot.pause()


def _text(app, selector: str) -> str:
    """What a Static (or a FittedText) on the current screen shows."""
    return str(app.screen.query_one(selector).render())


async def test_s_opens_the_stats_with_the_figures_compute_gives(make_app, deck_id, store, clock) -> None:
    """Today's reviews, the forecast bars and the calendar are those of `scheduler.stats.compute`."""
    _review_all(store, clock)
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("s")
        await _settle(app, pilot)
        assert isinstance(app.screen, StatsScreen)
        expected = compute(store, clock.now())
        assert "3 reviews · 1 Again (33%)" in _text(app, "#stats-today")
        assert "1 min spent" in _text(app, "#stats-today")
        forecast = app.screen.query_one("#stats-forecast", ColumnChart)
        assert list(forecast.values) == [day.count for day in expected.forecast]
        assert sum(forecast.values) == 3, "every reviewed card falls due within 30 days"
        calendar = app.screen.query_one("#stats-calendar", CalendarHeatmap)
        assert calendar.days[-1] == (expected.today.date, 3)
        assert "learning" in _text(app, "#stats-counts")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_deck_chooser_limits_the_figures(make_app, deck_id, store, clock, tmp_path) -> None:
    """Choosing another deck counts only its cards."""
    from deck.loader import load_deck
    from scheduler.decks import sync_deck

    _review_all(store, clock)
    note = tmp_path / "Other.md"
    note.write_text("- Why here?\n\t- The work.\n", encoding="utf-8")
    other, _ = sync_deck(store, load_deck(note), clock.now())
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("s")
        await _settle(app, pilot)
        app.screen.query_one("#stats-deck", Select).value = other
        await _settle(app, pilot)
        assert app.screen.stats.counts.new == 1 and app.screen.stats.today.reviewed == 0
        assert "0 reviews" in _text(app, "#stats-today")


async def test_page_keys_scroll_the_panels_at_80_by_24(make_app, deck_id, store, clock) -> None:
    """At 80×24 the panels run below the screen: page down scrolls them at once (the deck chooser is a tab away, and
    down does not open it)."""
    from textual.containers import VerticalScroll

    _review_all(store, clock)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        await _settle(app, pilot)
        body = app.screen.query_one("#stats-body", VerticalScroll)
        assert body.max_scroll_y > 0
        await pilot.press("pagedown")
        await pilot.pause()
        assert body.scroll_y > 0 and not app.screen.query_one("#stats-deck", Select).expanded
        await pilot.press("tab")
        assert app.focused is app.screen.query_one("#stats-deck", Select)


async def test_palette_offers_stats_and_browser_once_from_any_screen(make_app, deck_id) -> None:
    """On the deck list the palette offers `s` and `c` as keys; elsewhere as commands; opening one twice pushes once."""
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert titles.count("Stats") == 1 and titles.count("Cards") == 1
        assert "Statistics" not in titles and "Card browser" not in titles
        app.action_browse_cards()
        await pilot.pause()
        commands = {command.title: command for command in app.get_system_commands(app.screen)}
        assert {"Statistics", "Card browser"} <= set(commands)
        commands["Statistics"].callback()
        commands["Statistics"].callback()
        await pilot.pause()
        assert [type(screen).__name__ for screen in app.screen_stack] == ["HomeScreen", "CardsScreen", "StatsScreen"]


async def test_a_simulated_month_shows_what_was_done(make_app, store, clock) -> None:
    """A month of sittings through the real session (two days missed): the screen's calendar, forecast,
    retention and streak are what the simulated user did and what the cards hold."""
    from deck.examples import example_deck_path
    from deck.loader import load_deck
    from scheduler.decks import sync_deck

    sync_deck(store, load_deck(example_deck_path()), clock.now() - timedelta(days=40))
    tally = simulate_month(store, clock, skip=(1, 6))
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("s")
        await _settle(app, pilot)
        stats, today = app.screen.stats, app.screen.stats.today.date
        calendar = dict(app.screen.query_one("#stats-calendar", CalendarHeatmap).days)
        assert {day: count for day, count in calendar.items() if count} == dict(tally.reviews)
        assert list(app.screen.query_one("#stats-forecast", ColumnChart).values) == due_by_day(store, today, None)
        for days in (7, 30):
            assert stats.window(days).retention == pytest.approx(tally.retention(today, days))
        assert stats.window(30).mature == sum(tally.mature.values()) > 0
        assert stats.streak == 1, "yesterday was missed"
        assert stats.counts.total == 10


async def test_w_simulates_the_workload_by_retention(make_app, deck_id, store, clock) -> None:
    """The workload panel waits for `w`, then shows a row per retention with the current one marked."""
    _review_all(store, clock)
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("s")
        await _settle(app, pilot)
        assert _text(app, "#stats-outlook").startswith("Press w to simulate")
        await pilot.press("w")
        await _settle(app, pilot)
        panel = _text(app, "#stats-outlook")
        assert panel.startswith("A simulated year of all decks: 3 cards, 10 new a day")
        assert "\n▶      0.90 " in panel and "▶ your desired retention now" in panel and "0.97" in panel
