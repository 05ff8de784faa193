"""The database schema as an ordered list of migrations, one per schema version.

`MIGRATIONS[n]` takes a database from version n to n + 1; `Store.open` applies the
missing ones in order, each in its own transaction, and records the version reached
in `PRAGMA user_version`. Never edit a released migration: append a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

APPLICATION_ID = int.from_bytes(b"STAR", "big")
"""`PRAGMA application_id` of every starcards database: tells ours from other SQLite files."""

Migration = Callable[[sqlite3.Connection], None]
"""A step from one schema version to the next, run inside an open transaction."""

_V1 = (
    """CREATE TABLE decks (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        root TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        added_at TEXT NOT NULL
    )""",
    """CREATE TABLE cards (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        deck_id INTEGER NOT NULL REFERENCES decks (id),
        key TEXT NOT NULL,
        file TEXT NOT NULL,
        line INTEGER NOT NULL,
        question TEXT NOT NULL,
        content TEXT NOT NULL,
        added_at TEXT NOT NULL,
        removed_at TEXT,
        state INTEGER NOT NULL DEFAULT 0 CHECK (state BETWEEN 0 AND 3),
        step INTEGER,
        stability REAL,
        difficulty REAL,
        due TEXT,
        last_review TEXT,
        reps INTEGER NOT NULL DEFAULT 0,
        lapses INTEGER NOT NULL DEFAULT 0,
        introduced_at TEXT,
        UNIQUE (deck_id, key)
    )""",
    """CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        card_id INTEGER NOT NULL REFERENCES cards (id),
        rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
        reviewed_at TEXT NOT NULL,
        duration_ms INTEGER NOT NULL CHECK (duration_ms >= 0)
    )""",
    "CREATE INDEX cards_due ON cards (deck_id, state, due) WHERE removed_at IS NULL",
    "CREATE INDEX cards_new ON cards (deck_id, file, line) WHERE removed_at IS NULL AND state = 0",
    "CREATE INDEX cards_introduced ON cards (deck_id, introduced_at)",
    "CREATE INDEX reviews_card ON reviews (card_id, id)",
    "CREATE INDEX reviews_time ON reviews (reviewed_at)",
    f"PRAGMA application_id = {APPLICATION_ID}",
)


def _run(statements: Sequence[str]) -> Migration:
    """A migration that executes `statements` in order."""

    def migrate(conn: sqlite3.Connection) -> None:
        """Execute the statements of this schema version."""
        for statement in statements:
            conn.execute(statement)

    return migrate


_V2 = (
    """CREATE TABLE notes (
        deck_id INTEGER NOT NULL REFERENCES decks (id),
        file TEXT NOT NULL,
        size INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL,
        PRIMARY KEY (deck_id, file)
    ) WITHOUT ROWID""",
)
"""Version 2: each deck's notes with the size and mtime they had at the last sync, so
a sync can skip notes that have not changed."""

MIGRATIONS: list[Migration] = [_run(_V1), _run(_V2)]
"""Every schema version's migration, oldest first; the schema version is its length."""
