"""`SettingsButtons`: the settings screen's row of buttons, labelled as fully as its width allows.

The full labels (`Optimize parameters… (ctrl+o)`) need 92 columns; in a narrower terminal
the row takes shorter ones (`Optimize… (ctrl+o)` at 80 columns, `Optimize…` at 60: the
footer names the keys, and each button's tooltip says the rest) rather than cut the last
buttons off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len
from textual.containers import HorizontalGroup
from textual.widgets import Button

if TYPE_CHECKING:
    from textual.app import ComposeResult

BUTTONS = (
    ("save", "screen.save", "Check and save the settings (ctrl+s)"),
    ("optimize", "screen.optimize", "Fit FSRS parameters to your reviews (ctrl+o)"),
    ("reschedule", "screen.reschedule", "Reschedule existing cards with the saved settings (asks first)"),
    ("back", "screen.back", "Back without saving (esc)"),
)
"""Each button's id, action and tooltip, left to right."""

LABELS = (
    ("Save (ctrl+s)", "Optimize parameters… (ctrl+o)", "Reschedule existing cards…", "Back (esc)"),
    ("Save (ctrl+s)", "Optimize… (ctrl+o)", "Reschedule cards…", "Back (esc)"),
    ("Save", "Optimize…", "Reschedule cards…", "Back"),
    ("Save", "Optimize…", "Reschedule…", "Back"),
)
"""The labels of the buttons, longest first: the row shows the first set that fits its width."""

EDGES = 2
"""Columns a button adds to its label: a cell on each side (its `line-pad`)."""
LEAST = 8
"""The narrowest button (`min-width` in the rules below)."""
GAP = 2
"""Columns between two buttons (their `margin-right`)."""


def row_width(labels: tuple[str, ...]) -> int:
    """Columns the buttons take in a row, with `labels`."""
    return sum(max(LEAST, cell_len(label) + EDGES) for label in labels) + GAP * (len(labels) - 1)


def labels_for(width: int) -> tuple[str, ...]:
    """The longest labels whose row fits `width` columns (the shortest ones when none does)."""
    return next((labels for labels in LABELS if row_width(labels) <= width), LABELS[-1])


class SettingsButtons(HorizontalGroup):
    """Save, Optimize, Reschedule and Back, relabelled to fit whenever the row's width changes."""

    DEFAULT_CSS = f"""
    SettingsButtons {{
        height: auto;
    }}
    SettingsButtons Button {{
        min-width: {LEAST};
        margin-right: {GAP};
    }}
    """

    def compose(self) -> ComposeResult:
        """The buttons, with the full labels until the row knows its width; Save is the primary one."""
        for (button_id, action, tooltip), label in zip(BUTTONS, LABELS[0], strict=True):
            button = Button(label, id=button_id, action=action, variant="primary" if button_id == "save" else "default")
            button.tooltip = tooltip
            yield button

    def on_resize(self) -> None:
        """Label the buttons for the row's new width (a button measures its label again when it changes)."""
        for button, label in zip(self.query(Button), labels_for(self.size.width), strict=True):
            if str(button.label) != label:
                button.label = label
                button.clear_cached_dimensions()
                button.refresh(layout=True)
