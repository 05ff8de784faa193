"""The change check of `starcards review PATH` for decks already known: after the first paint, off the UI thread.

The first card of a deck read before is painted from the store; then a worker reads the
notes again (only those whose stamp changed), the store is brought up to date on the UI
thread, the app says what changed, and the review screen shows its card as it now is
(`NoteReread`). When the store has no card to show yet, the notes are synced before the
first paint instead: they may hold the only cards there are.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from deck.records import record
from textual_app.errors import UsageError

if TYPE_CHECKING:
    from textual.app import App

    from deck.models import DeckContent
    from deck.options import ReadOptions
    from scheduler.clock import Clock
    from scheduler.seeding import Schedulers
    from scheduler.settings import Settings
    from scheduler.store import Store
    from textual_app.syncing import SyncedDeck

GROUP = "check-notes"
"""The worker group of the change check."""


def decks_at(store: Store, paths: Sequence[str]) -> list[int] | None:
    """The ids of the decks whose notes are at `paths`, when every path exists and is a deck already; else None.

    None means the notes must be synced before the review opens (a new deck, a moved
    deck, a path that is gone: each has something to say before any card shows).
    """
    import os

    from scheduler.note_stamps import deck_at, deck_root

    ids = []
    for raw in paths:
        root = deck_root(raw)
        deck_id = deck_at(store, root) if os.path.exists(root) else None
        if deck_id is None:
            return None
        ids.append(deck_id)
    return ids


@record
class NotesCheck:
    """The change check of the notes at `paths`, synced into `store` as of `clock`, read with `options`; with
    `settings`, cards new to starcards start from the spaced-repetition plugin's schedules in the notes."""

    store: Store
    clock: Clock
    options: ReadOptions | None
    paths: Sequence[str]
    settings: Settings | None = None

    def schedulers(self) -> Schedulers | None:
        """What the syncs seed cards with (`scheduler.plugin_seeds.schedulers_for`); None without settings."""
        if self.settings is None:
            return None
        from scheduler.plugin_seeds import schedulers_for

        return schedulers_for(self.settings)

    def now(self, app: App[None]) -> None:
        """Sync the notes here and now (nothing was painted yet), saying what changed."""
        from textual_app.syncing import sync_paths

        try:
            synced = sync_paths(self.store, self.paths, self.clock.now(), self.options, schedulers=self.schedulers())
        except UsageError as error:
            app.notify(f"{error}; reviewing the cards as last read.", severity="warning", markup=False)
            return
        _tell(app, synced)

    def after_paint(self, app: App[None]) -> None:
        """Once the screen has been painted, read the notes in a worker and sync what changed."""
        app.call_after_refresh(self._start, app)

    def _start(self, app: App[None]) -> None:
        """Take the stamps known for each path (the store stays on the UI thread), then read the notes in a worker."""
        from textual_app.syncing import known_for, syncs_of

        known = {raw: known_for(self.store, raw, self.options) for raw in self.paths}
        marks = {raw: syncs_of(raw) for raw in self.paths}
        read = partial(self._read, app, known, marks)
        app.run_worker(read, thread=True, exclusive=True, group=GROUP, exit_on_error=False)

    def _read(
        self, app: App[None], known: dict[str, dict[str, tuple[int, int]]], marks: dict[str, int]
    ) -> None:
        """Parse the notes that changed (off the UI thread), then hand what was read to the UI thread;
        `marks` are the decks' sync counts when the check began."""
        from textual.worker import get_current_worker

        from textual_app.syncing import read_deck

        reads, problems = [], []
        for raw, stamps in known.items():
            try:
                reads.append((raw, read_deck(raw, stamps, self.options)))
            except UsageError as error:
                problems.append(str(error))
        if not get_current_worker().is_cancelled:  # the app quit meanwhile: the notes are read again next time
            app.call_from_thread(self._land, app, marks, reads, problems)

    def _land(
        self, app: App[None], marks: dict[str, int], reads: list[tuple[str, DeckContent]], problems: list[str]
    ) -> None:
        """Bring the store up to date with the notes read, deck by deck; say what changed and show it.

        A deck synced since the check began (its note edited with `e`) is left as that sync made it:
        what the worker read may be older than the edit.
        """
        from textual_app.syncing import sync_read, syncs_of

        synced = []
        for read in reads:
            if syncs_of(read[0]) != marks[read[0]]:
                continue
            try:
                synced += sync_read(self.store, [read], self.clock.now(), self.schedulers())
            except UsageError as error:
                problems.append(str(error))
        for problem in problems:
            app.notify(f"{problem}; reviewing the cards as last read.", severity="warning", markup=False)
        _tell(app, synced)


def _tell(app: App[None], synced: Sequence[SyncedDeck]) -> None:
    """Say what the sync found (moves, changes, warnings); if any card changed, the review shows it anew."""
    from textual_app.note_editing import NoteReread
    from textual_app.screens.card_actions import CardActions
    from textual_app.syncing import sync_notices

    for line in sync_notices(synced):
        app.notify(line, markup=False, timeout=6)
    if any(deck.report.changed for deck in synced):
        for screen in app.screen_stack:
            if isinstance(screen, CardActions):
                screen.post_message(NoteReread())
