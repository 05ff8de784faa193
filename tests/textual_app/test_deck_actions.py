"""The deck list looks after decks: rename, move (path prompt), remove (confirm), and a deck's warnings."""

from __future__ import annotations

import os
from pathlib import Path

from textual.widgets import DataTable, Input

from scheduler.deck_admin import deck_summaries
from scheduler.decks import list_decks, sync_deck
from scheduler.engine import Rating, make_fsrs
from scheduler.reviews import record_review
from scheduler.settings import DeckSettings, Settings, load_settings
from textual_app.screens.confirm import ConfirmScreen
from textual_app.screens.help import HelpScreen
from textual_app.screens.home import HomeScreen
from textual_app.screens.prompt import PromptScreen
from textual_app.screens.warnings import WarningsScreen

WARNED = "- Why should we hire you [red]now[/]?\n\n- What motivates you?\n\t- Building things people use.\n"
"""A note with one card and one warning (a question with no answer, written with markup-like text)."""


async def _answer_prompt(app, pilot, text: str) -> None:
    """Replace the prompt's text with `text` and press enter."""
    assert isinstance(app.screen, PromptScreen)
    app.screen.query_one("#prompt-input", Input).value = text
    await pilot.press("enter")
    await pilot.pause()


async def test_rename_asks_for_the_name_and_moves_the_settings(make_app, deck_id, store) -> None:
    """`n` asks for a new name; the deck takes it, and its overrides follow in the file and the app."""
    settings = Settings(decks={"Practice": DeckSettings(new_per_day=2)})
    app = make_app(settings)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.query_one("#prompt-input", Input).value == "Practice"
        await _answer_prompt(app, pilot, "Stories [b]")
        assert isinstance(app.screen, HomeScreen)
        assert str(app.screen.query_one("#decks", DataTable).get_row_at(0)[0]) == "Stories [b]"
        assert app.settings.decks == {"Stories [b]": DeckSettings(new_per_day=2)}
    assert [deck.name for deck in list_decks(store)] == ["Stories [b]"]
    assert load_settings(Path(os.environ["STARCARDS_CONFIG"])).decks == {"Stories [b]": DeckSettings(new_per_day=2)}


async def test_rename_cancelled_or_refused_changes_nothing(make_app, deck_id, store, tmp_path, clock) -> None:
    """Escape leaves the name; a name another deck has is refused with a notification."""
    other = tmp_path / "Other.md"
    other.write_text(WARNED, encoding="utf-8")
    from deck.loader import load_deck

    sync_deck(store, load_deck(other), clock.now())
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n", "escape")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        await _answer_prompt(app, pilot, "practice")
        assert [n.message for n in app._notifications] == ["there is already a deck named 'practice'"]
    assert sorted(deck.name for deck in list_decks(store)) == ["Other", "Practice"]


async def test_move_reads_the_new_path_and_keeps_the_reviews(make_app, deck_id, store, clock, tmp_path) -> None:
    """`v` asks for the path; the notes are read there and the deck, with its review, points at it."""
    record_review(store, make_fsrs(Settings()), 1, Rating.GOOD, clock.now(), 1000)
    new = tmp_path / "Vault" / "Interviews.md"
    new.parent.mkdir()
    (tmp_path / "Practice.md").rename(new)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("v")
        await pilot.pause()
        assert app.screen.query_one("#prompt-input", Input).value == str(tmp_path / "Practice.md")
        await _answer_prompt(app, pilot, str(new))
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Interviews.md" in str(app.screen.query_one("#decks", DataTable).get_row_at(0)[-1])
    (deck,) = deck_summaries(store)
    assert (deck.id, deck.root, deck.cards, deck.reviews) == (deck_id, str(new), 3, 1)


async def test_move_to_a_missing_path_says_so(make_app, deck_id, store, tmp_path) -> None:
    """A path that is not there: one notification, the deck unchanged."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("v")
        await pilot.pause()
        await _answer_prompt(app, pilot, str(tmp_path / "nowhere"))
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [n.message for n in app._notifications][-1].endswith("the deck was not moved.")
    assert list_decks(store)[0].root == str(tmp_path / "Practice.md")


async def test_remove_asks_first_then_removes_with_a_backup(make_app, deck_id, store, tmp_path) -> None:
    """`x` asks; `n` keeps the deck; `y` removes it and the database is backed up beside itself."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and "3 cards and 0 reviews" in app.screen.question
        await pilot.press("n")
        await pilot.pause()
        assert len(list_decks(store)) == 1
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen) and app.screen.query_one("#decks", DataTable).row_count == 0
    assert list_decks(store) == []
    assert [path.name for path in (tmp_path / "backups").glob("*.db")] == ["starcards-20260302T120000000000Z-remove.db"]


async def test_warnings_screen_lists_file_line_and_message_as_plain_text(make_app, store, clock, tmp_path) -> None:
    """`w` shows the deck's warnings as last read: note, line, message; markup-like text shown as written."""
    from deck.loader import load_deck

    note = tmp_path / "Warned [i].md"
    note.write_text(WARNED, encoding="utf-8")
    sync_deck(store, load_deck(note), clock.now())
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert str(app.screen.query_one("#decks", DataTable).get_row_at(0)[-1]).endswith(" · 1 warning (w)")
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, WarningsScreen)
        table = app.screen.query_one("#warnings-table", DataTable)
        assert [str(cell) for cell in table.get_row_at(0)] == ["Warned [i].md", "1", "question has no answer"]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_deck_keys_are_listed_and_warnings_only_when_there_are_some(make_app, deck_id) -> None:
    """`?` and the palette offer rename, move and remove; Warnings is not offered for a deck without any."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.screen.check_action("deck_warnings", ()) is False
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert {"Rename", "Move", "Remove"} <= titles and "Warnings" not in titles
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        keys = {entry.description: entry.keys for entry in app.screen.entries}
        assert (keys["Rename"], keys["Move"], keys["Remove"]) == (("n",), ("v",), ("x", "del"))
