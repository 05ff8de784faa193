"""Syncing with your other machines from the app: `start_sync`.

Runs `scheduler.sync.sync_machines` in a thread worker with its own connection to the
database (the app's store stays on the UI thread): after the first paint, and after each
review session. When it merged something, it says so and the deck list counts again; a
sync folder that cannot be used is a warning, never a crash.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol, cast

if TYPE_CHECKING:
    from textual.app import App

    from scheduler.settings import Settings
    from scheduler.store import Store
    from scheduler.sync import SyncOutcome


class SyncingApp(Protocol):
    """What starting a sync needs of the app: its store and settings, and running a worker."""

    store: Store
    settings: Settings

    def run_worker(self, work: Callable[[], None], **options: Any) -> object:
        """Run `work` in a worker."""
        ...


def start_sync(app: SyncingApp, _ended: object = None) -> None:
    """Start a sync with the other machines, if `[sync]` is on and the database lives in a file.

    `_ended` is what a review screen was dismissed with, when it is called as the screen ends.
    """
    path, settings = app.store.path, app.settings
    if not settings.sync.enabled or path == ":memory:":
        return
    work = partial(_sync, cast("App[None]", app), path, settings)
    app.run_worker(work, thread=True, exclusive=True, group="machines", exit_on_error=False)


def _sync(app: App[None], path: str, settings: Settings) -> None:
    """Open the database in this thread, sync, and report back on the UI thread."""
    from scheduler.store import Store, StoreError
    from scheduler.sync import sync_machines

    try:
        with Store.open(path) as store:
            outcome = sync_machines(store, settings)
    except (OSError, StoreError) as error:
        app.call_from_thread(app.notify, f"Could not sync with your other machines: {error}", severity="warning",
                             markup=False)
        return
    app.call_from_thread(_merged, app, outcome)


def _merged(app: App[None], outcome: SyncOutcome) -> None:
    """Say what came from the other machines, and count the deck list again."""
    from textual_app.screens.home import HomeScreen

    added = sum(outcome.added.values())
    if not added and not outcome.problems:
        return
    app.notify(f"From your other machines: {outcome.summary()}", markup=False, timeout=4)
    if isinstance(app.screen, HomeScreen):
        app.screen.refresh_decks()
