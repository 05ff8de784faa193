"""A one-line question: `PromptScreen` asks for a text (a deck's new name, a new path)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import HorizontalGroup, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static


class PromptScreen(ModalScreen[str | None]):
    """Asks `question` with `value` filled in; dismisses with the text entered, or None when cancelled."""

    STYLESHEET = "decks.tcss"
    """Its rules, read when it is first shown (`textual_app.stylesheets`)."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", tooltip="Leave things as they are", id="prompt-cancel"),
    ]

    def __init__(self, question: str, value: str, action: str) -> None:
        """Ask `question` (plain text, never markup); the input starts as `value`; the OK button reads `action`."""
        super().__init__(id="prompt")
        self.question = question
        self.value = value
        self.action_label = action

    def compose(self) -> ComposeResult:
        """The question, the input and two buttons."""
        with Vertical(id="prompt-panel"):
            yield Static(self.question, id="prompt-question", markup=False)
            yield Input(self.value, id="prompt-input")
            with HorizontalGroup(id="prompt-buttons"):
                yield Button(f"{self.action_label} (enter)", id="prompt-ok", variant="primary", action="screen.submit")
                yield Button("Cancel (escape)", id="prompt-no", action="screen.cancel")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the input answers with its text."""
        event.stop()
        self.action_submit()

    def action_submit(self) -> None:
        """Close with the text entered (surrounding spaces dropped); nothing entered is a cancel."""
        text = self.query_one("#prompt-input", Input).value.strip()
        self.dismiss(text or None)

    def action_cancel(self) -> None:
        """Close without an answer."""
        self.dismiss(None)
