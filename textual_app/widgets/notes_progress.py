"""`NotesProgress`: a bar and a line saying how many notes and cards have been read, while notes are read."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.containers import HorizontalGroup
from textual.widgets import ProgressBar, Static

from textual_app.stats_text import plural


class NotesProgress(HorizontalGroup):
    """Hidden until `advance` is called; `finish` hides it again. Safe to feed from a worker thread via `reporter`."""

    DEFAULT_CSS = """
    NotesProgress {
        display: none;
        height: 1;
    }
    NotesProgress.-reading {
        display: block;
    }
    NotesProgress #notes-read {
        width: auto;
        margin-right: 2;
    }
    """

    def compose(self) -> ComposeResult:
        """The words, then the bar."""
        yield Static("", id="notes-read", markup=False)
        yield ProgressBar(show_eta=False, show_percentage=False, id="notes-bar")

    def advance(self, done: int, total: int, cards: int) -> None:
        """Show `done` of `total` notes read, `cards` cards so far."""
        self.add_class("-reading")
        self.query_one("#notes-read", Static).update(f"reading notes: {done} of {total} · {plural(cards, 'card')}")
        self.query_one("#notes-bar", ProgressBar).update(total=total, progress=done)

    def finish(self) -> None:
        """Reading is over: hide."""
        self.remove_class("-reading")

    def reporter(self) -> Callable[[int, int, int], None]:
        """A callback for `deck.loader.load_deck` in a worker thread: a hundred updates in all, not one a note."""

        def report(done: int, total: int, cards: int) -> None:
            if done == total or done % max(1, total // 100) == 0:
                self.app.call_from_thread(self.advance, done, total, cards)

        return report
