"""The warnings of a deck's notes as last read: `WarningsScreen`, one row per note, line and message."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Static

from deck.text import sanitize
from textual_app.widgets.lean_footer import LeanFooter

if TYPE_CHECKING:
    from scheduler.deck_admin import StoredWarning
    from textual_app.app import StarcardsApp


class WarningsScreen(Screen[None]):
    """Lists the warnings the deck's notes gave at its last sync: file:line and message, as plain text."""

    STYLESHEET = "decks.tcss"
    """Its rules, read when it is first shown (`textual_app.stylesheets`)."""

    app: StarcardsApp  # type: ignore[assignment]

    BINDINGS = [
        Binding("escape,q", "app.pop_screen", "Back", tooltip="Back to the decks", id="warnings-back"),
    ]

    def __init__(self, deck_id: int, deck_name: str) -> None:
        """Show the warnings of deck `deck_id`, titled with its name."""
        super().__init__(id="warnings")
        self.deck_id = deck_id
        self.deck_name = deck_name

    def compose(self) -> ComposeResult:
        """A title, the table of warnings, a line on what to do, the footer."""
        yield Static("", id="warnings-title", markup=False)
        yield DataTable(id="warnings-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="warnings-hint", markup=False)
        yield LeanFooter()

    def on_mount(self) -> None:
        """Read the warnings from the store into the table."""
        from scheduler.deck_admin import deck_warnings

        warnings = deck_warnings(self.app.store, self.deck_id)
        title = f"Warnings in the notes of {sanitize(self.deck_name)}, as last read: {len(warnings)}"
        self.query_one("#warnings-title", Static).update(title)
        table = self.query_one("#warnings-table", DataTable)
        table.add_columns("Note", "Line", "Warning")
        widest = max(NOTE_LEAST, self.app.size.width * 2 // 5)
        for warning in warnings:
            table.add_row(*_cells(warning, widest))
        hint = "`starcards check PATH` explains each warning; fix the note and the next review reads it again."
        self.query_one("#warnings-hint", Static).update(hint if warnings else "No warnings: every note read cleanly.")


NOTE_LEAST = 24
"""The fewest cells a note's path is shortened to (else two fifths of the screen's width)."""


def _cells(warning: StoredWarning, widest: int) -> tuple[Text, Text, Text]:
    """The row of one warning: note (shortened to `widest` cells), line (empty when none), message; plain text,
    control characters stripped."""
    line = "" if warning.line is None else str(warning.line)
    note = short_path(sanitize(warning.file), widest)
    return Text(note), Text(line, justify="right"), Text(sanitize(warning.message))


def short_path(path: str, widest: int) -> str:
    """`path` in at most `widest` characters: whole if it fits, else its first folder, `…` and the note's own name
    (`Interview Prep/…/Leadership - stories.md`), `…/` and the name, or the name's end (`…ership - stories.md`)."""
    if len(path) <= widest:
        return path
    name = path.rsplit("/", 1)[-1]
    if len(name) + 2 > widest:
        return "…" + name[len(name) - (widest - 1) :]
    head = path.partition("/")[0]
    return f"{head}/…/{name}" if len(head) + len(name) + 3 <= widest else f"…/{name}"
