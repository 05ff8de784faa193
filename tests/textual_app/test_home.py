"""The home screen: decks with today's counts, and starting a review from it."""

from __future__ import annotations

from textual.widgets import DataTable, Static

from textual_app.cli.launch import ensure_example_deck
from textual_app.screens.home import HomeScreen
from textual_app.screens.review import ReviewScreen


def _rows(app) -> list[list[str]]:
    """The deck table as text, row by row."""
    table = app.screen.query_one("#decks", DataTable)
    return [[str(cell) for cell in table.get_row_at(index)] for index in range(table.row_count)]


async def test_home_lists_decks_with_todays_counts(make_app, deck_id) -> None:
    """The practice deck shows its three new cards, nothing learning or due."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert [row[:4] for row in _rows(app)] == [["Practice", "3", "0", "0"]]
        assert "3 cards to review today" in str(app.screen.query_one("#home-hint", Static).render())


async def test_enter_reviews_the_highlighted_deck_and_counts_update_after(make_app, deck_id) -> None:
    """Enter opens a review of the deck; after one Good and stopping, the counts have moved."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("space", "3", "q", "enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert [row[:4] for row in _rows(app)] == [["Practice", "2", "1", "0"]]


async def test_no_decks_says_how_to_add_one(make_app) -> None:
    """An empty store offers no review key and tells how to add notes."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "starcards review" in str(app.screen.query_one("#home-hint", Static).render())
        assert not app.screen.check_action("review_all", ())


def test_example_deck_added_only_when_store_is_empty(store, clock) -> None:
    """The first run gets the bundled example deck; a store with decks is left alone."""
    assert ensure_example_deck(store, clock.now()) is True
    assert ensure_example_deck(store, clock.now()) is False
    names = [row[0] for row in store.conn.execute("SELECT name FROM decks")]
    assert names == ["Interview Stories"]


def test_removed_example_deck_is_not_added_again(store, clock) -> None:
    """Once the user removed the example deck (and has no other), the next start does not bring it back."""
    from scheduler.deck_admin import remove_deck
    from scheduler.decks import list_decks

    ensure_example_deck(store, clock.now())
    remove_deck(store, list_decks(store)[0].id, clock.now())
    assert ensure_example_deck(store, clock.now()) is False
    assert list_decks(store) == []


async def test_interview_countdown_per_deck(make_app, deck_id, clock) -> None:
    """A deck with an interview date shows how many days are left; the column is absent without one."""
    import datetime

    from scheduler.settings import DeckSettings, Settings

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "Interview" not in [
            str(column.label) for column in app.screen.query_one("#decks", DataTable).columns.values()
        ]
    today = clock.now().date()
    settings = Settings(decks={"Practice": DeckSettings(interview_date=today + datetime.timedelta(days=12))})
    app = make_app(settings=settings)
    async with app.run_test(size=(110, 30)) as pilot:
        await pilot.pause()
        assert _rows(app)[0][4] == "in 12 days · 0 of 3 ready"
        assert "in&#160;12&#160;days&#160;·&#160;0&#160;of&#160;3&#160;ready" in app.export_screenshot()  # drawn whole, not cut short
        clock.advance(days=11)
        await pilot.press("r")
        await pilot.pause()
        assert _rows(app)[0][4].startswith("tomorrow · ")


async def test_deck_list_counts_each_deck_under_its_own_limits(make_app, deck_id) -> None:
    """A deck's own new-card limit is what the deck list counts (the session would show the same)."""
    from scheduler.settings import DeckSettings, Settings

    settings = Settings(new_per_day=0, decks={"Practice": DeckSettings(new_per_day=2)})
    app = make_app(settings=settings)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert [row[:4] for row in _rows(app)] == [["Practice", "2", "0", "0"]]


async def test_a_deck_whose_note_now_has_no_cards_is_reviewed_as_last_read(make_app, deck_id, store, tmp_path) -> None:
    """Emptied notes are refused as `sync` refuses them: a warning, and the review goes on with the cards kept."""
    (tmp_path / "Practice.md").write_text("# Practice\n\nNothing to ask here.\n", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen) and app.screen.card is not None
        assert any("no cards found in" in str(notice.message) for notice in app._notifications)
        live = store.conn.execute("SELECT COUNT(*) FROM cards WHERE removed_at IS NULL").fetchone()[0]
        assert live == 3
