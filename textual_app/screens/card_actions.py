"""What the review screen can do to a card besides rating it: bury, suspend, undo, edit its note."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.widgets import Button

from scheduler.store import StoreError
from textual_app.screens.review_parts import ACTION_BUTTONS

if TYPE_CHECKING:
    from scheduler.session import ReviewCard, ReviewSession
    from textual_app.app import StarcardsApp

CARD_ACTION_BINDINGS = [
    Binding("b", "bury", "Bury", tooltip="Hide this card until tomorrow", id="bury", show=False),
    Binding(
        "exclamation_mark", "suspend", "Suspend", tooltip="Take this card out of reviews", id="suspend", show=False
    ),
    Binding("e", "edit", "Edit", tooltip="Open the note at this card in your editor", id="edit", show=False),
    Binding("u,ctrl+z", "undo", "Undo", tooltip="Take back the last rating, bury or suspend", id="undo"),
]
"""The keys of the card actions, each with an id for the keymap. Bury, suspend and edit stay out of
the footer (their buttons name their keys, and `?` lists them) so that it fits a narrow terminal."""


class CardActions:
    """Mixed into the review screen: bury, suspend, undo and edit, and the buttons that mirror them."""

    app: StarcardsApp
    session: ReviewSession
    card: ReviewCard | None

    def check_card_action(self, action: str) -> bool | None:
        """Bury and suspend only in a real review, undo when there is something to undo."""
        if action in ("bury", "suspend"):
            return self.card is not None and self.session.can_bury_and_suspend
        if action == "edit":
            return self.card is not None
        if action == "undo":
            return self.session.can_undo
        return True

    def sync_buttons(self) -> None:
        """Show the action buttons whose action applies now, each labelled with its key (keymap included)."""
        from textual_app.keys import screen_keys

        keys = {entry.action: entry.keys[0] for entry in screen_keys(self)}  # type: ignore[arg-type]
        if self.has_class("-compact"):  # type: ignore[attr-defined]
            keys = {}  # below 80 columns the names alone fit; the footer and `?` give the keys
        for action, name, _tooltip in ACTION_BUTTONS:
            button = self.query_one(f"#do-{action.replace('_', '-')}", Button)  # type: ignore[attr-defined]
            button.display = bool(self.check_action(action, ()))  # type: ignore[attr-defined]
            button.label = f"{name} · {keys[action]}" if action in keys else name

    def action_bury(self) -> None:
        """Hide the card until tomorrow and go on."""
        if self.check_card_action("bury"):
            self._act(self.session.bury, "Buried until tomorrow. u brings it back.")

    def action_suspend(self) -> None:
        """Take the card out of reviews and go on."""
        if self.check_card_action("suspend"):
            self._act(self.session.suspend, "Suspended. u brings it back.")

    def _act(self, act: object, done: str) -> None:
        """Run a session action (committed at once), say so, and show the next card."""
        try:
            act()  # type: ignore[operator]
        except sqlite3.Error as error:
            self.app.notify(f"Could not save that: {error}. Try again.", severity="error", markup=False)
            return
        self.app.notify(done, timeout=3, markup=False)
        self.show_card(self.session.current)

    def action_undo(self) -> None:
        """Take back the last action of this session and show that card again."""
        if not self.session.can_undo:
            return
        try:
            card = self.session.undo()
        except (sqlite3.Error, StoreError) as error:
            self.app.notify(f"Could not undo that: {error}.", severity="error", markup=False)
            return
        self.show_card(card)
        self.app.notify("Undone.", timeout=2)

    def action_edit(self) -> None:
        """Open the card's note in the editor at its line, then read the note again and show the card."""
        from textual_app.editing import edit_card

        if self.card is None:
            return
        before = self.card.id
        if edit_card(self.app, self.card):
            card = self.session.reload()
            if card is not None and card.id == before:
                self.show_card(card, keep_shown=True)
                return
            self.app.notify("That card is no longer in the note; its history is kept.", markup=False)
            self.show_card(card)

    def show_card(self, card: ReviewCard | None, *, keep_shown: bool = False) -> None:
        """Put `card` on screen (the screen implements this)."""
        raise NotImplementedError
