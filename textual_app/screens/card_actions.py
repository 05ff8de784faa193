"""What the review screen can do to a card besides rating it: bury, suspend, undo, edit its note.

`CardActions` is mixed into the review screen: it works on any `scheduler.surface.Session`
and names every key in what it says from the live keymap (`key_of`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from textual import events
from textual.binding import Binding
from textual.widget import Widget

from scheduler.store import StoreError
from textual_app.screens.review_parts import ACTION_BUTTONS
from textual_app.widgets.card_controls import CardControls

if TYPE_CHECKING:
    from scheduler.cards import ReviewCard
    from scheduler.surface import Session
    from textual_app.note_editing import NoteReread

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

Found = TypeVar("Found", bound=Widget)

NoteEditor = Callable[["ReviewCard"], bool]
"""Opens a card's note in the user's editor and reads it again; True once the deck was read again."""


class CardActions:
    """Mixed into the review screen (before `Screen`): bury, suspend, undo and edit, and the buttons that mirror
    them.

    Not a screen class itself: Textual walks every base of each widget class it defines (about 1.6 million
    instructions a class, before the first card), and it finds these handlers and actions on any class of the
    screen's MRO. The keys are the screen's own `BINDINGS` (`CARD_ACTION_BINDINGS`).
    """

    def __init__(self, session: Session, edit_note: NoteEditor, **kwargs: str) -> None:
        """Act on the cards of `session`; `edit_note` opens a card's note (the app provides it)."""
        super().__init__(**kwargs)
        self.session = session
        self.card: ReviewCard | None = None
        self._edit_note = edit_note
        self._reread_pending = False
        self._key_names: dict[str, str] | None = None
        self._shown_before = False
        self._parts: dict[object, Widget] = {}

    def part(self, selector: str | type[Found], kind: type[Found] = Widget) -> Found:
        """`query_one(selector, kind)`, remembered: the screen's widgets are made once and never replaced, and a
        query walks the screen (a new card looks up some thirty of them)."""
        found = self._parts.get(selector)
        if found is None:
            found = self._parts[selector] = self.query_one(selector, kind)
        return found

    def key_of(self, action: str) -> str:
        """The key that runs `action` on this screen, as the footer shows it (the user's keymap applied)."""
        return self._keys().get(action, action)

    def _keys(self) -> dict[str, str]:
        """For each action bound here, the first of its keys as the footer shows it (looked up once: the keymap
        changes only on the settings screen, and coming back from it looks them up again)."""
        if self._key_names is None:
            from textual_app.bound_keys import action_keys

            self._key_names = action_keys(self)
        return self._key_names

    def check_card_action(self, action: str) -> bool | None:
        """Bury and suspend only in a real review, undo when there is something to undo."""
        if action in ("bury", "suspend"):
            return self.card is not None and not self.session.practice
        if action == "edit":
            return self.card is not None
        if action == "undo":
            return self.session.can_undo
        return True

    def sync_buttons(self) -> None:
        """Show the action buttons whose action applies now, each labelled with its key (keymap included)."""
        keys = {} if self.has_class("-compact") else self._keys()  # below 80 columns the names alone fit
        self.part(CardControls).show_actions([
            (action, f"{name} · {keys[action]}" if action in keys else name, tooltip)
            for action, name, tooltip in ACTION_BUTTONS
            if self.check_action(action, ())
        ])

    def action_bury(self) -> None:
        """Hide the card until tomorrow and go on."""
        if self.check_card_action("bury"):
            self._act(self.session.bury, "Buried until tomorrow.")

    def action_suspend(self) -> None:
        """Take the card out of reviews and go on."""
        if self.check_card_action("suspend"):
            self._act(self.session.suspend, "Suspended.")

    def _act(self, act: Callable[[], None], done: str) -> None:
        """Run a session action (committed at once), say so with the undo key, and show the next card."""
        try:
            act()
        except sqlite3.Error as error:
            self.notify(f"Could not save that: {error}. Try again.", severity="error", markup=False)
            return
        self.notify(f"{done} {self.key_of('undo')} brings it back.", timeout=3, markup=False)
        self.show_card(self.session.current)

    def action_undo(self) -> None:
        """Take back the last action of this session and show that card again."""
        if not self.session.can_undo:
            return
        try:
            card = self.session.undo()
        except (sqlite3.Error, StoreError) as error:
            self.notify(f"Could not undo that: {error}.", severity="error", markup=False)
            return
        self.show_card(card)
        self.notify("Undone.", timeout=2)

    def on_key(self, event: events.Key) -> None:
        """The undo key with nothing to undo (the footer leaves Undo out then) says so rather than nothing: undo
        takes back what was done since this review opened, not a rating from before a restart."""
        if self.session.can_undo:
            return
        from textual_app.bound_keys import keys_running

        if event.key in keys_running(self, "undo"):
            event.stop()
            self.notify("Nothing to undo in this session.", timeout=3)

    def action_edit(self) -> None:
        """Open the card's note in the editor at its line, then read the note again and show the card."""
        if self.card is None:
            return
        from textual_app.widgets.review_bar import ReviewBar

        with self.query_one(ReviewBar).stopwatch.paused():  # type: ignore[attr-defined] - time in the editor is no recall
            edited = self._edit_note(self.card)
        if edited:
            self.show_edited_card()

    def on_note_reread(self, _message: NoteReread) -> None:
        """The notes were read again (edited in Obsidian, or the change check landed): show the card as it now is.

        Under another screen (the summary, the keys list) the card is shown anew only once this screen is back
        on top: a review ended meanwhile must not end twice.
        """
        if self.app.screen is not self:  # `is_current` holds under a modal screen too
            self._reread_pending = True
        elif self.card is not None:
            self.show_edited_card()

    def on_resize(self, event: events.Resize) -> None:
        """A size the screen is already laid out at (the terminal's, reported once more as the app starts):
        Textual's whole relayout and repaint for it are left out. (The size laid out at is the compositor's, a
        private attribute: a Textual without it relays out every time, as before.)"""
        laid_out = getattr(getattr(self, "_compositor", None), "size", None)
        if event.size == laid_out and self.is_attached:
            event.prevent_default()

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        """Back on top: name the keys anew (the keymap may have changed); show the card as its notes now have it,
        if they were read again meanwhile.

        On top for the first time, just pushed: Textual would restyle every widget, each styled as it was
        mounted a moment before; that second pass is left out (a theme or keymap changed under another
        screen still restyles when this one is back).
        """
        if not self._shown_before:
            self._shown_before = True
            event.refresh_styles = False
        self._key_names = None
        if self._reread_pending:
            self._reread_pending = False
            if self.card is not None and self.session.current is not None:
                self.show_edited_card()

    def show_edited_card(self) -> None:
        """Show the current card as its note now has it (or the next card, if it is gone from the note)."""
        before = self.card.id if self.card is not None else None
        card = self.session.reload()
        if card is not None and card.id == before:
            self.show_card(card, keep_shown=True)
            return
        self.notify("That card is no longer in the note; its history is kept.", markup=False)
        self.show_card(card)

    def show_card(self, card: ReviewCard | None, *, keep_shown: bool = False) -> None:
        """Put `card` on screen (the review screen implements this)."""
        raise NotImplementedError
