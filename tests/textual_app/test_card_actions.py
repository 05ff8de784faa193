"""Bury, suspend and undo from the review screen, and interval previews that match what is committed."""

from __future__ import annotations

from datetime import timedelta

import pytest
from textual.widgets import Static

from scheduler.settings import Settings
from scheduler.store import parse_time
from tests.textual_app.controls import click_button, controls, rating_labels, shown_actions
from textual_app.format import interval
from textual_app.screens.review import ReviewScreen
from textual_app.widgets.review_bar import ReviewBar

FIRST = "Tell me about a time you [bold]shipped[/] under pressure"
SECOND = "What is your greatest strength?"
THIRD = "Why do you want this job?"


def _asked(app) -> str:
    """The question on screen."""
    return str(app.screen.query_one("#question", Static).render())


def _flags(store) -> list[tuple[int, bool]]:
    """Each card's (suspended, buried) in note order."""
    rows = store.conn.execute("SELECT suspended, buried_until FROM cards ORDER BY line")
    return [(row[0], row[1] is not None) for row in rows]


async def test_bury_then_suspend_then_undo_twice(make_app, deck_id, store) -> None:
    """b and ! each move on and are written at once; u takes them back newest first."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("b")
        await pilot.pause()
        assert _asked(app) == SECOND and _flags(store) == [(0, True), (0, False), (0, False)]
        await pilot.press("exclamation_mark")
        await pilot.pause()
        assert _asked(app) == THIRD and _flags(store) == [(0, True), (1, False), (0, False)]
        await pilot.press("u")
        await pilot.pause()
        assert _asked(app) == SECOND and _flags(store) == [(0, True), (0, False), (0, False)]
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert _asked(app) == FIRST and _flags(store) == [(0, False), (0, False), (0, False)]
        assert not app.screen.check_action("undo", ())


async def test_undo_goes_back_through_ratings_and_buries(make_app, deck_id, store) -> None:
    """Rate, bury, rate; three undos leave no review and no buried card, and the first card asked."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("space", "4", "b", "space", "4")
        await pilot.pause()
        assert store.conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 2
        await pilot.press("u", "u", "u")
        await pilot.pause()
        assert store.conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0
        assert _flags(store) == [(0, False)] * 3
        assert _asked(app) == FIRST
        assert app.screen.query_one(ReviewBar).progress == "0 done · 3 left"


async def test_bury_suspend_and_undo_buttons_work_with_the_mouse(make_app, deck_id, store) -> None:
    """The Bury, Suspend and Undo buttons do what b, ! and u do."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(120, 40)) as pilot:
        await click_button(pilot, "bury")
        await pilot.pause()
        assert _flags(store)[0] == (0, True)
        await click_button(pilot, "suspend")
        await pilot.pause()
        assert _flags(store)[1] == (1, False)
        await click_button(pilot, "undo")
        await pilot.pause()
        assert _flags(store) == [(0, True), (0, False), (0, False)]
        assert _asked(app) == SECOND


async def test_previews_equal_committed_intervals_with_fuzz(make_app, deck_id, store, clock) -> None:
    """With fuzz on, the interval each button shows is exactly the one the rating commits.

    Every card is first rated Easy (review state); 30 days later each rating of a review
    card draws a fuzzed interval, and every one of them is checked after an undo.
    """
    app = make_app(settings=Settings(fuzz=True), review_decks=[deck_id])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("space", "4", "space", "4", "space", "4")
        await pilot.pause()
        clock.advance(days=30)
        await pilot.press("enter")
        await pilot.pause()
        app.start_review([deck_id])
        await pilot.pause()
        for rating in (1, 2, 3, 4):
            await pilot.press("space")
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, ReviewScreen)
            shown = controls(app).intervals
            assert rating_labels(app)[rating - 1].endswith(interval(shown[rating]))
            card_id = screen.card.id
            await pilot.press(str(rating))
            await pilot.pause()
            due = parse_time(store.conn.execute("SELECT due FROM cards WHERE id = ?", (card_id,)).fetchone()[0])
            assert due - clock.now() == shown[rating]
            await pilot.press("u")
            await pilot.pause()
        assert shown[4] > timedelta(days=30)


async def test_an_undo_that_cannot_be_done_is_a_message_not_a_crash(make_app, deck_id, store) -> None:
    """If the bury being undone was already removed from the store, undo says so and the screen stays."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("b")
        await pilot.pause()
        store.conn.execute("DELETE FROM card_event_log")
        await pilot.press("u")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen) and _asked(app) == SECOND
        assert any("Could not undo that" in str(note.message) for note in app._notifications)


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (99, 30), (100, 30)])
async def test_every_action_button_fits_the_row_with_undo_offered(make_app, deck_id, size) -> None:
    """After a rating, the next card offers all six actions (Reveal … Undo): each button lies wholly on screen."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=size) as pilot:
        await pilot.press("space", "3")
        await pilot.pause()
        drawn = controls(app)
        assert len(shown_actions(app)) == 6
        for action in shown_actions(app):
            place = drawn.place_of(action).translate(drawn.region.offset)
            assert app.screen.region.contains_region(place), f"{action} cut off at {size}"


def _notices(app) -> list[str]:
    """The messages of the notices on screen."""
    return [str(note.message) for note in app._notifications]


async def test_undo_after_a_restart_says_there_is_nothing_to_undo(make_app, deck_id, store) -> None:
    """A rating from before the app started again is not undone: the undo key says so and changes nothing."""
    first = make_app(review_decks=[deck_id])
    async with first.run_test(size=(100, 40)) as pilot:
        await pilot.press("space", "3")
        await pilot.pause()
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("u")
        await pilot.pause()
        assert _notices(app) == ["Nothing to undo in this session."]
        assert store.conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 1


async def test_a_remapped_undo_key_says_there_is_nothing_to_undo(make_app, deck_id) -> None:
    """The notice follows the keymap: the new key gives it, the old one (now unbound) does not."""
    app = make_app(Settings(keys={"undo": "k"}), review_decks=[deck_id])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("u")
        await pilot.pause()
        assert _notices(app) == []
        await pilot.press("k")
        await pilot.pause()
        assert _notices(app) == ["Nothing to undo in this session."]
