"""What every command that uses the database needs: the store, the settings and the clock.

`with_store` wraps a command handler so that it runs with the store open and the
settings loaded; each failure is a `UsageError` of one line.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from textual_app.errors import UsageError

if TYPE_CHECKING:
    import argparse

    from scheduler.clock import Clock
    from scheduler.settings import Settings
    from scheduler.store import Store

StoreHandler = Callable[["Store", "Settings", "argparse.Namespace"], int]
"""A command that runs with the store open and the settings loaded; returns the exit code."""


def with_store(handler: StoreHandler) -> Callable[[argparse.Namespace], int]:
    """`handler` as an argparse handler: the store (`--db`) opened and the settings loaded around it."""

    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        """Open the store, load the settings, run the command, close the store."""
        with open_store(args.db) as store:
            settings = load_settings()
            warn_unknown_decks(store, settings)
            return handler(store, settings, args)

    return run


@contextmanager
def open_store(db: str | None) -> Iterator[Store]:
    """Open the database (`--db`, else `$STARCARDS_DB`, else the user data folder)."""
    from scheduler.store import Store, StoreError

    path = database_path(db)
    empty = path.is_file() and path.stat().st_size == 0
    try:
        store = Store.open(path)
    except StoreError as error:
        raise UsageError(str(error) + (restore_hint(path) if error.damaged else "")) from None
    if empty:
        print(f"starcards: {path} was an empty file: it is now a new starcards database", file=sys.stderr)
    try:
        yield store
    finally:
        store.close()


def database_path(db: str | None) -> Path:
    """The database to use: `--db` (which may not be empty), else `$STARCARDS_DB`, else the user data folder."""
    from scheduler.locations import default_db_path

    if db is None:
        return default_db_path()
    if not db.strip():
        raise UsageError("--db needs a path to a database file")
    return Path(db).expanduser()


def restore_hint(path: Path) -> str:
    """`; newest backup: NAME (taken ...), restore it with: starcards restore NAME`, or that there is none."""
    from scheduler.backups import list_backups

    backups = list_backups(path)
    if not backups:
        return "; there is no backup of it"
    newest = backups[0]
    taken = newest.taken.strftime("%Y-%m-%d %H:%M UTC")
    return f"; newest backup: {newest.name} (taken {taken}), restore it with: starcards restore {newest.name}"


def warn_unknown_decks(store: Store, settings: Settings) -> None:
    """Say on stderr when the settings file has a table for a deck that does not exist."""
    if not settings.decks:
        return
    from deck.controls import sanitize
    from scheduler.decks import list_decks
    from scheduler.locations import config_path

    for name in settings.unknown_decks([deck.name for deck in list_decks(store)]):
        print(f'starcards: warning: {config_path()}: no deck is called "{sanitize(name)}"', file=sys.stderr)


def load_settings() -> Settings:
    """The user's settings, or a clear error naming what is wrong in the file."""
    from scheduler.locations import config_path
    from scheduler.settings import SettingsError
    from scheduler.settings import load_settings as load

    try:
        settings = load(config_path())
    except SettingsError as error:
        raise UsageError(str(error)) from None
    if settings.keys:
        from textual_app.keymap_check import binding_ids, keymap_problems

        if problems := keymap_problems(settings.keys, binding_ids()):
            raise UsageError(f"{config_path()}: " + "; ".join(problems))
    return settings


def current_clock() -> Clock:
    """The clock to run on: the machine's, or the moment `$STARCARDS_NOW` names (for trying days ahead)."""
    import os

    from scheduler.clock import clock_from_env

    try:
        return clock_from_env(os.environ)
    except ValueError as error:
        raise UsageError(str(error)) from None


def positive_int(text: str, option: str) -> int:
    """`text` as a whole number above zero, or a UsageError naming `option`."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise UsageError(f"{option} takes a whole number above 0, not {text!r}")
    return value
