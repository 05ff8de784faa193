"""Syncing with your other machines from the app: `sync_in_background`.

Runs `scheduler.sync.sync_machines` in a thread worker with its own connection to the
database (the app's store stays on the UI thread): after the first paint, and after each
review session. When it merged something, it says so and the deck list counts again; a
sync folder that cannot be used is a warning, never a crash.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.app import App

    from scheduler.settings import Settings
    from scheduler.sync import SyncOutcome


def sync_in_background(app: App[None], path: str, settings: Settings) -> None:
    """Start a sync with the other machines for the database at `path`, if `[sync]` is on and it lives in a file."""
    if not settings.sync.enabled or path == ":memory:":
        return
    app.run_worker(lambda: _sync(app, path, settings), thread=True, exclusive=True, group="machines",
                   exit_on_error=False)


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
