"""The database schema as an ordered list of migrations, one per schema version.

`MIGRATIONS[n]` takes a database from version n to n + 1; `Store.open` applies the
missing ones in order, each in its own transaction, and records the version reached
in `PRAGMA user_version`. Never edit a released migration: append a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from scheduler import (
    schema_events,
    schema_figures,
    schema_mocks,
    schema_order,
    schema_queue,
    schema_seeds,
    schema_siblings,
)

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

_V3 = (
    "ALTER TABLE cards ADD COLUMN suspended INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1))",
    "ALTER TABLE cards ADD COLUMN buried_until TEXT",
    "ALTER TABLE reviews ADD COLUMN phase INTEGER CHECK (phase BETWEEN 0 AND 3)",
    """CREATE TABLE card_events (
        id INTEGER PRIMARY KEY,
        card_id INTEGER NOT NULL REFERENCES cards (id),
        kind TEXT NOT NULL CHECK (kind IN ('bury', 'suspend', 'unsuspend', 'reset')),
        at TEXT NOT NULL,
        until TEXT,
        after_review INTEGER
    )""",
    "CREATE INDEX card_events_card ON card_events (card_id, id)",
    """CREATE TABLE practice (
        id INTEGER PRIMARY KEY,
        card_id INTEGER NOT NULL REFERENCES cards (id),
        rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
        practised_at TEXT NOT NULL,
        duration_ms INTEGER NOT NULL CHECK (duration_ms >= 0)
    )""",
    "CREATE INDEX practice_card ON practice (card_id, id)",
    """CREATE TABLE review_hours (
        deck_id INTEGER NOT NULL REFERENCES decks (id),
        hour INTEGER NOT NULL,
        reviews INTEGER NOT NULL,
        again INTEGER NOT NULL,
        mature INTEGER NOT NULL,
        mature_again INTEGER NOT NULL,
        duration_ms INTEGER NOT NULL,
        PRIMARY KEY (deck_id, hour)
    ) WITHOUT ROWID""",
)
"""Version 3:

- `cards.suspended` and `cards.buried_until`: caches of the card's `card_events`
  (bury, suspend, unsuspend, reset), the journal of what was done to a card besides
  rating it. A reset restarts the card's FSRS state from the reviews after
  `after_review`, keeping the history.
- `reviews.phase`: the card's `Phase` before that review (2 = a review-state review,
  what true retention counts). Filled in for older reviews by replaying each card.
- `practice`: ratings made in practice mode; never fed to FSRS.
- `review_hours`: per deck and UTC hour (unix time // 3600), the review log summed:
  reviews, Again ratings, review-state reviews and their Again ratings, time spent.
  Kept in step with `reviews` in the same transaction, so statistics never scan the log.
"""


def _migrate_v3(conn: sqlite3.Connection) -> None:
    """Version 3's tables, then `reviews.phase` and `review_hours` filled from the log."""
    from scheduler.schema_phases import backfill_phases  # noqa: PLC0415 - only when migrating

    _run(_V3)(conn)
    backfill_phases(conn)
    conn.execute(f"INSERT INTO review_hours {HOURS_FROM_REVIEWS}")


HOUR_OF = "(unixepoch(reviews.reviewed_at) / 3600)"
"""SQL for the UTC hour (unix time // 3600) of a row of `reviews`."""

HOURS_FROM_REVIEWS = f"""
SELECT cards.deck_id, {HOUR_OF} AS hour, COUNT(*),
       SUM(reviews.rating = 1), SUM(reviews.phase = 2),
       SUM(reviews.phase = 2 AND reviews.rating = 1), SUM(reviews.duration_ms)
FROM reviews JOIN cards ON cards.id = reviews.card_id
GROUP BY cards.deck_id, hour
"""
"""The `review_hours` rows that the whole review log adds up to."""


_V4 = (
    "CREATE INDEX cards_queue ON cards (deck_id, state, due, suspended, buried_until) WHERE removed_at IS NULL",
    "DROP INDEX cards_due",
    """CREATE INDEX cards_memory ON cards
        (deck_id, state, stability, difficulty, last_review, suspended, buried_until, removed_at)""",
)
"""Version 4, two covering indexes, so that these queries read an index alone, never the
cards' rows (which carry each card's whole content):

- `cards_queue` replaces `cards_due`, adding the columns that say whether a card may
  be shown: counting and choosing today's cards;
- `cards_memory`: every card's status and memory state, for the statistics' card
  counts and memory histograms.
"""

_V5 = ("ALTER TABLE decks ADD COLUMN parser INTEGER NOT NULL DEFAULT 0",)
"""Version 5: `decks.parser`, the `deck.models.PARSER_VERSION` the deck's notes were last
read with. Note stamps of a deck read by another parser are not trusted: its notes are all
read again at the next sync. Decks from before start at 0, so they are read again once."""

_REPLAY = (
    "CREATE TABLE schedules (id INTEGER PRIMARY KEY, recipe TEXT NOT NULL UNIQUE)",
    "ALTER TABLE reviews ADD COLUMN day INTEGER",
    "ALTER TABLE reviews ADD COLUMN schedule_id INTEGER",
    "ALTER TABLE cards ADD COLUMN last_day INTEGER",
)
"""Version 7, what an exact replay needs:

- `schedules`: each distinct set of scheduling settings reviews were made with, as
  canonical JSON (`scheduler.recipes`); `reviews.schedule_id` names the one in force.
- `reviews.day`: the local day number (`date.toordinal`) the review counted for, under
  the day rule and time zone of the moment; FSRS's elapsed days are differences of these.
- `cards.last_day`: the cached state's day of the last review.

Reviews from before have neither (NULL): a replay takes the deck's settings of the
moment and reckons their day from their time in the machine's zone.
"""

_V8_TABLES = {
    "reviews": """CREATE TABLE reviews (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        card_id INTEGER NOT NULL REFERENCES cards (id),
        rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
        reviewed_at TEXT NOT NULL,
        duration_ms INTEGER NOT NULL CHECK (duration_ms >= 0),
        phase INTEGER CHECK (phase BETWEEN 0 AND 3),
        day INTEGER,
        schedule_id INTEGER
    )""",
    "card_events": _V3[3].replace("id INTEGER PRIMARY KEY,", "id INTEGER PRIMARY KEY AUTOINCREMENT,", 1),
}
"""Version 8's log tables: the same columns, with ids SQLite never hands out twice."""

_V8_COLUMNS = {
    "reviews": ("id", "card_id", "rating", "reviewed_at", "duration_ms", "phase", "day", "schedule_id"),
    "card_events": ("id", "card_id", "kind", "at", "until", "after_review"),
}


def _migrate_v8(conn: sqlite3.Connection) -> None:
    """Version 8: `reviews` and `card_events` ids are AUTOINCREMENT, never reused after an undo; deck names cleaned.

    Without it SQLite gives a deleted last row's id to the next row, so a reset's
    `after_review` could cover a later review. Each table is copied into a new one with
    its rows and ids; `sqlite_sequence` then remembers the highest id kept.
    """
    for table, create in _V8_TABLES.items():
        conn.execute(create.replace(f"CREATE TABLE {table}", f"CREATE TABLE {table}_v8", 1))
        columns = ", ".join(_V8_COLUMNS[table])
        conn.execute(f"INSERT INTO {table}_v8 ({columns}) SELECT {columns} FROM {table}")
        conn.execute(f"DROP TABLE {table}")
        conn.execute(f"ALTER TABLE {table}_v8 RENAME TO {table}")
    for name in ("reviews_card", "reviews_time", "card_events_card"):
        conn.execute(_INDEXES_V9[name])
    _clean_deck_names(conn)


def _clean_deck_names(conn: sqlite3.Connection) -> None:
    """Take terminal controls out of stored deck names (folder names are shown; the loader now cleans them)."""
    from deck.controls import sanitize  # noqa: PLC0415 - only when migrating

    for deck_id, name in conn.execute("SELECT id, name FROM decks").fetchall():
        if sanitize(name) != name:
            conn.execute("UPDATE decks SET name = ? WHERE id = ?", (sanitize(name), deck_id))


_INDEXES_V9 = {
    statement.split()[2]: statement
    for statement in (*_V1, *_V3, *_V4, *schema_mocks.TABLES)
    if statement.startswith("CREATE INDEX") and " cards_due " not in statement
}
_GONE = ("cards_memory", *schema_order.DROPPED)
"""Indexes of earlier versions that later ones dropped (or made again)."""
INDEXES = {
    **{name: sql for name, sql in {**_INDEXES_V9, **schema_events.INDEXES}.items() if name not in _GONE},
    **schema_figures.INDEXES,
    **schema_order.INDEXES,
    **schema_siblings.INDEXES,
    **schema_seeds.INDEXES,
    **schema_queue.INDEXES,
}
"""Every index of the current schema by name: `Store.open` creates any that a database lacks."""

_NOTE_WARNINGS = (
    """CREATE TABLE note_warnings (
        deck_id INTEGER NOT NULL REFERENCES decks (id),
        file TEXT NOT NULL,
        line INTEGER,
        message TEXT NOT NULL
    )""",
    "CREATE INDEX note_warnings_deck ON note_warnings (deck_id, file)",
)
"""Version 9: `note_warnings`, the warnings each deck's notes gave when they were last read
(file relative to the deck root, line or NULL, message), so the deck list can show them.
A sync replaces the warnings of the notes it read and keeps those of the notes it skipped.
Existing rows are left as they were: a deck's warnings are known once its notes are read
again (every note is, when the parser version changes)."""

MIGRATIONS: list[Migration] = [
    _run(_V1), _run(_V2), _migrate_v3, _run(_V4), _run(_V5), _run(schema_mocks.TABLES), _run(_REPLAY), _migrate_v8,
    _run(_NOTE_WARNINGS), schema_events.migrate_v10, schema_figures.migrate_v11,
    schema_order.migrate_v12, schema_siblings.migrate_v13, schema_seeds.migrate_v14, schema_queue.migrate_v15,
]
"""Every schema version's migration, oldest first; the schema version is its length."""
