"""A yes/no question before something that cannot be taken back with undo."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import HorizontalGroup, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static


class ConfirmScreen(ModalScreen[bool]):
    """Asks `question`; dismisses with True for yes, False for no."""

    STYLESHEET = "dialogs.tcss"
    """Its rules, read when it is first shown (`textual_app.stylesheets`)."""

    BINDINGS = [
        Binding("y", "answer(True)", "Yes", tooltip="Go ahead", id="confirm-yes"),
        Binding("n,escape", "answer(False)", "No", tooltip="Leave things as they are", id="confirm-no"),
    ]

    def __init__(self, question: str, yes: str = "Yes") -> None:
        """Ask `question`; the yes button reads `yes`."""
        super().__init__(id="confirm")
        self.question = question
        self.yes = yes

    def compose(self) -> ComposeResult:
        """The question and two buttons."""
        with Vertical(id="confirm-panel"):
            yield Static(self.question, id="confirm-question", markup=False)
            with HorizontalGroup(id="confirm-buttons"):
                yield Button(f"{self.yes} (y)", id="yes", variant="warning", action="screen.answer(True)")
                yield Button("Cancel (n)", id="no", action="screen.answer(False)")

    def action_answer(self, yes: bool) -> None:
        """Close with the answer."""
        self.dismiss(yes)
