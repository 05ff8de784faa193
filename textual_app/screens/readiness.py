"""The readiness screen: a deck's expected recall on its interview day, the plan, the cards at risk."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from textual_app.readiness_text import readiness_rich
from textual_app.widgets.lean_footer import LeanFooter


class ReadinessScreen(Screen[None]):
    """Readiness of deck `deck_id` for its interview date."""

    STYLESHEET = "interview.tcss"
    """Its rules, read when it is first shown (`textual_app.stylesheets`)."""

    BINDINGS = [
        Binding("escape,q,enter", "back", "Back", tooltip="Back to the deck list", id="readiness-back"),
    ]

    def __init__(self, deck_id: int) -> None:
        """Show deck `deck_id`'s readiness."""
        super().__init__(id="readiness")
        self.deck_id = deck_id

    def compose(self) -> ComposeResult:
        """The readiness text, scrollable, and the footer."""
        from scheduler.readiness import readiness

        app = self.app
        found = readiness(app.store, app.settings, self.deck_id, app.clock.now())  # type: ignore[attr-defined]
        with VerticalScroll(id="readiness-body"):
            if found is None:
                yield Static(
                    "This deck has no interview date ahead. Set one in the settings (, or o).",
                    id="readiness-text",
                    markup=False,
                )
            else:
                yield Static(readiness_rich(found), id="readiness-text")
        yield LeanFooter()

    def action_back(self) -> None:
        """Back to the deck list."""
        self.dismiss()
