"""Looking after decks: list them with their sizes, rename, remove (after a backup), read their warnings.

A deck's settings overrides are kept under its name (`[decks."Name"]`), so
`rename_with_settings` moves them along.

Moving a deck to a new path is a sync (`scheduler.decks.sync_deck` with `deck_id`).
Removing a deck deletes its cards and their whole history, so the database is first
backed up whole (`scheduler.backups`); `starcards restore` puts that backup back.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from scheduler.decks import DeckChangeError
from scheduler.store import Store

if TYPE_CHECKING:
    from scheduler.settings import Settings


@dataclass(frozen=True)
class DeckSummary:
    """A deck with what it holds: cards present, reviews ever made, warnings of its notes."""

    id: int
    name: str
    root: str
    cards: int
    reviews: int
    warnings: int


@dataclass(frozen=True)
class StoredWarning:
    """A warning a deck's note gave when last read: the note (relative to the root), line, message."""

    file: str
    line: int | None
    message: str


def deck_summaries(store: Store) -> list[DeckSummary]:
    """Every deck by name, with its present cards, reviews (summed by hour, never read one by one) and warnings."""
    rows = store.conn.execute(
        """SELECT id, name, root,
            (SELECT COUNT(*) FROM cards WHERE deck_id = decks.id AND removed_at IS NULL) AS cards,
            (SELECT COALESCE(SUM(reviews), 0) FROM review_hours WHERE deck_id = decks.id) AS reviews,
            (SELECT COUNT(*) FROM note_warnings WHERE deck_id = decks.id) AS warnings
        FROM decks ORDER BY name COLLATE NOCASE, id"""
    )
    return [DeckSummary(**dict(row)) for row in rows]


def warning_counts(store: Store) -> dict[int, int]:
    """How many warnings each deck's notes gave when last read, by deck id (decks without any left out)."""
    rows = store.conn.execute("SELECT deck_id, COUNT(*) FROM note_warnings GROUP BY deck_id")
    return {deck_id: count for deck_id, count in rows}


def deck_warnings(store: Store, deck_id: int) -> list[StoredWarning]:
    """The warnings the deck's notes gave when last read, by note and line."""
    rows = store.conn.execute(
        "SELECT file, line, message FROM note_warnings WHERE deck_id = ? ORDER BY file, line, rowid", (deck_id,)
    )
    return [StoredWarning(row["file"], row["line"], row["message"]) for row in rows]


def rename_deck(store: Store, deck_id: int, name: str) -> str:
    """Give the deck a new name (surrounding spaces dropped); the name it had.

    `DeckChangeError` for an empty name or one another deck has (whatever the case).
    """
    name = name.strip()
    if not name or not name.isprintable():
        raise DeckChangeError("a deck name needs at least one letter and no control characters")
    with store.transaction() as conn:
        taken = conn.execute(
            "SELECT 1 FROM decks WHERE name = ? COLLATE NOCASE AND id != ?", (name, deck_id)
        ).fetchone()
        if taken:
            raise DeckChangeError(f"there is already a deck named {name!r}")
        old = conn.execute("SELECT name FROM decks WHERE id = ?", (deck_id,)).fetchone()
        if old is None:
            raise DeckChangeError(f"no deck with id {deck_id}")
        conn.execute("UPDATE decks SET name = ? WHERE id = ?", (name, deck_id))
    return str(old["name"])


def renamed_settings(settings: Settings, old: str, new: str) -> Settings | None:
    """`settings` with deck `old`'s overrides under `new` (replacing any table `new` had); None when `old` has none."""
    if old not in settings.decks:
        return None
    decks = {name: overrides for name, overrides in settings.decks.items() if name not in (old, new)}
    return replace(settings, decks={**decks, new: settings.decks[old]})


@dataclass(frozen=True)
class Renamed:
    """A rename done: the old and new name, and the settings saved when the deck's overrides moved."""

    old: str
    new: str
    settings: Settings | None = None
    """The settings now in force, when the deck had overrides (moved to the new name); else None."""
    backup: Path | None = None
    """Where the settings file's comments were kept before it was written (`save_settings`)."""


def rename_with_settings(store: Store, deck_id: int, name: str, settings: Settings, settings_path: Path) -> Renamed:
    """Rename the deck and move its overrides in `settings` to the new name, saved to `settings_path`.

    `DeckChangeError` for a name `rename_deck` refuses; `SettingsError` when the settings
    cannot be saved, and then the deck keeps its old name.
    """
    from scheduler.settings import SettingsError, save_settings  # noqa: PLC0415 - pydantic only when a rename happens

    old = rename_deck(store, deck_id, name)
    new = name.strip()
    moved = renamed_settings(settings, old, new)
    if moved is None:
        return Renamed(old, new)
    try:
        backup = save_settings(settings_path, moved)
    except SettingsError:
        rename_deck(store, deck_id, old)
        raise
    return Renamed(old, new, moved, backup)


def remove_deck(store: Store, deck_id: int, now: datetime) -> Path | None:
    """Delete a deck with its cards and their whole history, after a backup of the database.

    The backup (`scheduler.backups`, reason `remove`) is a copy of the whole database as
    it was; its path is returned (None for an in-memory store, which has no file to keep
    one beside). `DeckChangeError`, with nothing removed, when the backup cannot be written.
    """
    backup = None if store.path == ":memory:" else _back_up(store, now)
    with store.transaction() as conn:
        for table in ("review_log", "practice", "card_event_log", "mock_answers", "card_seeds"):
            conn.execute(
                f"DELETE FROM {table} WHERE card_id IN (SELECT id FROM cards WHERE deck_id = ?)", (deck_id,)
            )
        for table in ("review_hours", "key_links", "cards", "notes", "note_warnings"):
            conn.execute(f"DELETE FROM {table} WHERE deck_id = ?", (deck_id,))
        conn.execute("DELETE FROM decks WHERE id = ?", (deck_id,))
    return backup


def _back_up(store: Store, now: datetime) -> Path:
    """A backup of the whole database taken before a removal; its path."""
    from scheduler.backups import take_backup  # noqa: PLC0415 - only when a deck is removed

    try:
        return take_backup(store.conn, store.path, "remove", now).path
    except (OSError, sqlite3.Error) as error:
        raise DeckChangeError(f"cannot back up the database: {error}; nothing was removed") from None


def had_decks(store: Store) -> bool:
    """Whether the store has ever held a deck, even one since removed."""
    row = store.conn.execute("SELECT 1 FROM sqlite_sequence WHERE name = 'decks' AND seq > 0").fetchone()
    return row is not None
