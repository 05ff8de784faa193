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
        rows = [
            (" ".join(entry.keys), entry.description, entry.tooltip if entry.enabled else f"{entry.tooltip} (not now)",
             "" if entry.enabled else "dim")
            for entry in self.entries
        ]
        keys, does = (max((len(row[index]) for row in rows), default=0) for index in (0, 1))
        table.add_column("Key", width=max(3, keys))
        table.add_column("Does", width=max(4, does))
        table.add_column("", width=self._note_width(max(3, keys) + max(4, does), table.cell_padding))
        for key, description, note, style in rows:  # a long word on a key wraps in its row rather than being cut
            table.add_row(*(Text(cell, style=style) for cell in (key, description, note)), height=None)

    def _note_width(self, others: int, padding: int) -> int:
        """The width the third column has in the panel (90 % of the screen, at most 100, less its border, padding
        and a scroll bar) beside the other two."""
        panel = min(int(self.app.size.width * 0.9), 100)
        return max(20, panel - 2 - 4 - 2 - others - 3 * 2 * padding)

    def action_close(self) -> None:
        """Back to the screen underneath."""
        self.dismiss(None)
