"""The keys screen: every key the screen underneath offers now, with what it does."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Static

from textual_app.bound_keys import KeyEntry, screen_keys
from textual_app.widgets.lean_footer import LeanFooter


class HelpScreen(ModalScreen[None]):
    """Lists the active bindings of `screen` (the one `?` was pressed on): keys, action, note."""

    STYLESHEET = "dialogs.tcss"
    """Its rules, read when it is first shown (`textual_app.stylesheets`)."""

    BINDINGS = [
        Binding("escape,question_mark,q", "close", "Close", tooltip="Close the list of keys", id="close-help"),
    ]

    def __init__(self, screen: Screen[object]) -> None:
        """Describe the keys of `screen`."""
        super().__init__(id="help")
        self.entries: list[KeyEntry] = screen_keys(screen)
        self.title_text = f"Keys here: {screen.__class__.__name__.removesuffix('Screen').lower() or 'app'}"

    def compose(self) -> ComposeResult:
        """A table of keys in a panel."""
        with Vertical(id="help-panel"):
            yield Static(self.title_text, id="help-title", markup=False)
            yield DataTable(id="help-keys", cursor_type="none", show_cursor=False, zebra_stripes=True)
            yield Static("Every one of these is also in the command palette (ctrl+p).", id="help-note", markup=False)
        yield LeanFooter()

    def on_mount(self) -> None:
        """Fill the table: keys, what they do, a longer word on it; greyed when it does not apply now."""
        table = self.query_one("#help-keys", DataTable)
        table.add_columns("Key", "Does", "")
        for entry in self.entries:
            note = entry.tooltip if entry.enabled else f"{entry.tooltip} (not now)"
            style = "" if entry.enabled else "dim"
            table.add_row(*(Text(cell, style=style) for cell in (" ".join(entry.keys), entry.description, note)))

    def action_close(self) -> None:
        """Back to the screen underneath."""
        self.dismiss(None)
