"""What the deck list offers besides reviewing: rename, move and remove the highlighted deck, see its warnings.

`DeckActionsScreen` is the base of the home screen: its bindings and actions act on the
highlighted row of the `#decks` table and call `refresh_decks` when something changed.
The store does the work (`scheduler.deck_admin`, `textual_app.syncing.move_deck`); a
deck's new path is read in a worker, off the UI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable

if TYPE_CHECKING:
    from deck.models import DeckContent
    from scheduler.decks import DeckInfo
    from scheduler.settings import Settings
    from textual_app.app import StarcardsApp

DECK_ACTIONS = ("rename_deck", "move_deck", "remove_deck", "deck_warnings")
"""The actions that need a highlighted deck."""

DECK_BINDINGS = [
    Binding("w", "deck_warnings", "Warnings", tooltip="What the deck's notes warned of", id="deck-warnings"),
    Binding("n", "rename_deck", "Rename", show=False, tooltip="Give the highlighted deck a new name", id="deck-rename"),
    Binding("v", "move_deck", "Move", show=False, tooltip="Point the highlighted deck at a new path", id="deck-move"),
    Binding("x,delete", "remove_deck", "Remove", show=False, tooltip="Remove the highlighted deck", id="deck-remove"),
]
"""The keys of `DeckActionsScreen`'s actions, for the subclass to place among its own bindings."""


def _say(screen: Screen[None], text: str, **options: object) -> None:
    """Notify `text` as plain text, control characters stripped (deck names and paths come from file names)."""
    from deck.text import sanitize

    screen.notify(sanitize(text), markup=False, **options)  # type: ignore[arg-type]


class DeckActionsScreen(Screen[None]):
    """A screen listing decks in a `#decks` table, whose row keys are deck ids; place `DECK_BINDINGS` in its keys."""

    app: StarcardsApp  # type: ignore[assignment]

    class SettingsMoved(Message):
        """A deck was renamed and its settings moved to the new name (saved): the app should use them."""

        def __init__(self, settings: Settings) -> None:
            """The settings now in force."""
            super().__init__()
            self.settings = settings

    def refresh_decks(self) -> None:
        """Read the decks into the table again (the subclass fills it)."""
        raise NotImplementedError

    def _refill(self) -> None:
        """Fill the table again from scratch, so its columns fit a deck's new name or path."""
        self.query_one("#decks", DataTable).clear(columns=True)
        self.refresh_decks()

    def selected_deck(self) -> DeckInfo | None:
        """The highlighted deck, if there is one."""
        from scheduler.decks import list_decks

        table = self.query_one("#decks", DataTable)
        if not table.row_count:
            return None
        deck_id = int(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value or 0)
        return next((deck for deck in list_decks(self.app.store) if deck.id == deck_id), None)

    def deck_action_state(self, action: str) -> bool:
        """Deck actions need a deck; Warnings shows only when the deck's notes gave some."""
        deck = self.selected_deck()
        if deck is None:
            return False
        if action == "deck_warnings":
            from scheduler.deck_admin import warning_counts

            return deck.id in warning_counts(self.app.store)
        return True

    def on_data_table_row_highlighted(self, _event: DataTable.RowHighlighted) -> None:
        """Another deck highlighted: the keys that apply may change."""
        self.refresh_bindings()

    def action_rename_deck(self) -> None:
        """Ask for the highlighted deck's new name, then rename it (its settings follow)."""
        from textual_app.screens.prompt import PromptScreen

        if (deck := self.selected_deck()) is not None:
            question = f"New name for the deck {deck.name}:"
            self.app.push_screen(PromptScreen(question, deck.name, "Rename"), lambda name: self._rename(deck, name))

    def _rename(self, deck: DeckInfo, name: str | None) -> None:
        """Rename `deck` to `name` (None: cancelled); say what happened."""
        from scheduler.deck_admin import rename_with_settings
        from scheduler.decks import DeckChangeError
        from scheduler.locations import config_path
        from scheduler.settings import SettingsError

        if name is None or name == deck.name:
            return
        try:
            done = rename_with_settings(self.app.store, deck.id, name, self.app.settings, config_path())
        except (DeckChangeError, SettingsError) as error:
            _say(self, str(error), severity="error")
            return
        if done.settings is not None:
            self.post_message(self.SettingsMoved(done.settings))
        kept = f" The settings file's comments are kept in {done.backup}." if done.backup else ""
        _say(self, f"Renamed {done.old} to {done.new}.{kept}")
        self._refill()

    def action_move_deck(self) -> None:
        """Ask for the path the highlighted deck's notes are at now, then read them there."""
        from textual_app.screens.prompt import PromptScreen

        if (deck := self.selected_deck()) is not None:
            question = f"The deck {deck.name} reads its notes from this note or folder:"
            self.app.push_screen(PromptScreen(question, deck.root, "Move"), lambda path: self._move(deck, path))

    def _move(self, deck: DeckInfo, path: str | None) -> None:
        """Read the notes at `path` in a worker (None or the same path: nothing to do)."""
        if path is not None and path != deck.root:
            self._read_new_path(deck, path)

    @work(thread=True, exclusive=True, exit_on_error=False, group="move-deck")
    def _read_new_path(self, deck: DeckInfo, path: str) -> None:
        """Parse the notes at the deck's new path off the UI thread; the store is written on the UI thread."""
        from textual_app.errors import UsageError
        from textual_app.syncing import read_deck

        try:
            content = read_deck(path, known={}, options=self.app.settings.notes.read_options())
        except UsageError as error:
            self.app.call_from_thread(_say, self, f"{error}; the deck was not moved.", severity="error")
            return
        self.app.call_from_thread(self._point_at, deck, content)

    def _point_at(self, deck: DeckInfo, content: DeckContent) -> None:
        """Move `deck` to the notes read, keeping its history; say what happened."""
        from scheduler.plugin_seeds import schedulers_for
        from textual_app.errors import UsageError
        from textual_app.syncing import move_deck

        seeding = schedulers_for(self.app.settings)
        try:
            synced = move_deck(self.app.store, deck.id, content, self.app.clock.now(), seeding)
        except UsageError as error:
            _say(self, str(error), severity="error")
            return
        said = synced.moved or f"{synced.name} reads {synced.content.root}"
        _say(self, f"{said[:1].upper()}{said[1:]}\n{synced.report}", timeout=6)
        self._refill()

    def action_remove_deck(self) -> None:
        """Ask, then remove the highlighted deck with its history (a backup of the database is kept)."""
        from scheduler.deck_admin import deck_summaries
        from textual_app.screens.confirm import ConfirmScreen
        from textual_app.stats_text import plural

        if (deck := self.selected_deck()) is None:
            return
        summary = next(summary for summary in deck_summaries(self.app.store) if summary.id == deck.id)
        question = (
            f"Remove the deck {deck.name}? Its {plural(summary.cards, 'card')} and"
            f" {plural(summary.reviews, 'review')} are deleted (your notes are not touched);"
            " the database is backed up first."
        )
        self.app.push_screen(ConfirmScreen(question, yes="Remove"), lambda yes: self._remove(deck, yes))

    def _remove(self, deck: DeckInfo, yes: bool | None) -> None:
        """Remove `deck` when confirmed; say where the backup is."""
        from scheduler.deck_admin import remove_deck
        from scheduler.decks import DeckChangeError

        if not yes:
            return
        try:
            backup = remove_deck(self.app.store, deck.id, self.app.clock.now())
        except DeckChangeError as error:
            _say(self, str(error), severity="error")
            return
        kept = f" The database as it was is backed up: starcards restore {backup.name}" if backup else ""
        _say(self, f"Removed {deck.name}.{kept}", timeout=8)
        self._refill()

    def action_deck_warnings(self) -> None:
        """Show the warnings of the highlighted deck's notes, as last read."""
        from textual_app.screens.warnings import WarningsScreen

        if (deck := self.selected_deck()) is not None:
            self.app.push_screen(WarningsScreen(deck.id, deck.name))
