"""Pilot tests of the review loop: reveal -> rate -> next -> undo -> summary."""

from __future__ import annotations

from textual.widgets import Static

from scheduler.store import Store
from tests.textual_app.controls import click_button, rating_labels
from textual_app.screens.home import HomeScreen
from textual_app.screens.review import ReviewScreen
from textual_app.screens.summary import SummaryScreen
from textual_app.widgets.answer_view import HIDDEN, AnswerView
from textual_app.widgets.review_bar import ReviewBar


def _text(app, selector: str) -> str:
    """The plain text a Static shows."""
    return str(app.screen.query_one(selector, Static).render())


def _review_count(store: Store) -> int:
    """How many ratings the review log holds."""
    return store.conn.execute("SELECT count(*) FROM reviews").fetchone()[0]


async def test_review_starts_on_first_question_with_answer_hidden(make_app, deck_id) -> None:
    """The first card of the note is asked first; its answer, other phrasings and ratings are hidden."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert _text(app, "#question") == "Tell me about a time you [bold]shipped[/] under pressure"
        assert not app.screen.query_one("#phrasings").display
        assert not app.screen.revealed
        rows = app.screen.query_one("#answer", AnswerView).lines()[::2]  # a row per section, blank lines between
        assert [row.split(" ")[0] for row in rows] == ["Situation", "Task", "Action", "Result", "Takeaways"]
        assert all(row.endswith(HIDDEN) for row in rows)
        assert rating_labels(app) == []


async def test_space_reveals_star_answer_with_intervals(make_app, deck_id) -> None:
    """Space shows the Situation with the other phrasings, and each button's interval."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("space")
        await pilot.pause()
        screen = app.screen
        assert screen.revealed
        lines = screen.query_one("#answer", AnswerView).lines()
        assert lines[0] == "Situation   the launch date moved up by a week;"
        assert lines[2].startswith("Task") and lines[2].endswith(HIDDEN)
        assert _text(app, "#phrasings") == "also asked as: Describe a deadline you met"
        assert rating_labels(app) == ["1 Again · 1m", "2 Hard · 6m", "3 Good · 10m", "4 Easy · 7d"]


async def test_rating_is_committed_before_the_next_card_shows(make_app, deck_id, store) -> None:
    """Pressing 3 writes the review, then the second question is shown, hidden again.

    The rated card is still learning (back in 10 minutes), so it still counts as left.
    """
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("space", "3")
        await pilot.pause()
        assert _review_count(store) == 1
        assert _text(app, "#question") == "What is your greatest strength?"
        assert not app.screen.revealed
        assert app.screen.query_one(ReviewBar).progress == "1 done · 3 left"


async def test_rating_keys_do_nothing_before_reveal(make_app, deck_id, store) -> None:
    """A number pressed while the answer is hidden records nothing."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        assert _review_count(store) == 0
        assert _text(app, "#question").startswith("Tell me about a time")


async def test_clicking_a_rating_button_rates(make_app, deck_id, store) -> None:
    """A click on "4 Easy" counts like the key 4."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("space")
        await click_button(pilot, "rate(4)")
        await pilot.pause()
        assert [tuple(row) for row in store.conn.execute("SELECT rating FROM reviews")] == [(4,)]


async def test_undo_brings_back_the_card_and_forgets_the_rating(make_app, deck_id, store) -> None:
    """u after a rating removes it from the log and shows that card's question again."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("space", "1", "u")
        await pilot.pause()
        assert _review_count(store) == 0
        assert _text(app, "#question").startswith("Tell me about a time")
        assert app.screen.query_one(ReviewBar).progress == "0 done · 3 left"


async def test_footer_offers_only_keys_that_apply(make_app, deck_id) -> None:
    """Before reveal: reveal, no ratings, no undo; mid-reveal: both; all revealed: ratings only."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()

        def offered() -> set[str]:
            return {
                binding.action for (_node, binding, enabled, _tip) in app.screen.active_bindings.values() if enabled
            }

        assert "reveal" in offered() and "rate(3)" not in offered() and "undo" not in offered()
        await pilot.press("space")
        await pilot.pause()
        assert "reveal" in offered() and "rate(3)" in offered()
        await pilot.press("a")
        await pilot.pause()
        assert "reveal" not in offered() and "reveal_all" not in offered() and "rate(3)" in offered()
        await pilot.press("3")
        await pilot.pause()
        assert "undo" in offered()


async def test_whole_session_ends_on_summary(make_app, deck_id, clock) -> None:
    """Easy on every card ends the session; the summary counts cards (and ratings, one card twice) and Agains."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 30)) as pilot:
        for key in ("1", "4", "4"):
            await pilot.press("space", key)
        clock.advance(minutes=2)
        await pilot.press("space", "4")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        body = _text(app, "#summary-body")
        assert "Reviewed     3 cards (4 ratings)" in body
        assert "Again        1" in body
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_markup_in_notes_is_shown_literally(make_app, deck_id) -> None:
    """Card text that looks like Rich markup is neither styled nor an error."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "[bold]shipped[/]" in _text(app, "#question")


async def test_stopping_with_cards_due_says_the_next_card_is_now(make_app, deck_id, clock) -> None:
    """Again on every card, then stop: they are due again at once, so the next card is now, not a later one."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(3):
            await pilot.press("space", "1")
        clock.advance(minutes=2)
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert "Stopped with 3 cards still due today" in _text(app, "#summary-title")
        assert "Next card    now" in _text(app, "#summary-body")


async def test_when_every_card_graduates_the_next_card_is_a_day_from_its_start(make_app, deck_id, clock) -> None:
    """Easy on every card: each is a review card due days from now, offered from the start of its day, so the
    summary names that day and its 04:00 start, not the hour the first one falls due."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(3):
            await pilot.press("space", "4")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        body = _text(app, "#summary-body")
        next_line = next(line for line in body.splitlines() if line.startswith("Next card"))
        assert next_line.endswith("from 04:00)") and ("tomorrow" in next_line or "days (" in next_line), next_line
