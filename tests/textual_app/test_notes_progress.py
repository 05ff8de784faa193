"""Reading a deck's notes from the deck list shows how far it has got: notes read of all, cards so far."""

from __future__ import annotations

from pathlib import Path

from deck.loader import load_deck
from scheduler.decks import sync_deck
from tests.textual_app.waiting import until
from textual_app.screens.home import HomeScreen
from textual_app.screens.review import ReviewScreen
from textual_app.widgets.notes_progress import NotesProgress


async def test_reading_a_folder_deck_shows_progress_then_hides_it(
    make_app, store, clock, tmp_path: Path, monkeypatch
) -> None:
    """Every note of a 40-note folder changed: the bar is fed up to 40 of 40 with the cards read, then hidden."""
    folder = tmp_path / "vault"
    folder.mkdir()
    for index in range(40):
        (folder / f"n{index:02}.md").write_text(f"- Question {index}?\n\t- Answer.\n", encoding="utf-8")
    sync_deck(store, load_deck(folder), clock.now())
    for note in folder.iterdir():
        note.write_text(note.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    shown: list[tuple[int, int, int]] = []
    original = NotesProgress.advance
    monkeypatch.setattr(NotesProgress, "advance", lambda self, *figures: (shown.append(figures), original(self, *figures)))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen))
        assert shown and shown[-1] == (40, 40, 40)
        assert len(shown) <= 41
        home = next(screen for screen in app.screen_stack if isinstance(screen, HomeScreen))
        assert not home.query_one("#home-progress", NotesProgress).has_class("-reading")


async def test_one_card_read_so_far_is_said_in_the_singular() -> None:
    """`reading notes: 1 of 3 · 1 card`, not `1 cards`."""
    from textual.app import App
    from textual.widgets import Static

    class Holder(App[None]):
        """Just the progress line."""

        def compose(self):  # noqa: ANN202 - Textual's ComposeResult
            """The widget under test."""
            yield NotesProgress()

    app = Holder()
    async with app.run_test() as pilot:
        app.query_one(NotesProgress).advance(1, 3, 1)
        await pilot.pause()
        assert str(app.query_one("#notes-read", Static).render()) == "reading notes: 1 of 3 · 1 card"
