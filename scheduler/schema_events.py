"""Schema version 10: the log as events with a global identity, so machines can merge it.

- `machine`: one row, this database's random machine id, made once.
- `review_log` (the table `reviews` was) and `card_event_log` (was `card_events`) hold every
  row ever written, undone ones included; `reviews` and `card_events` are now views of the
  rows that count (`undone = 0`), so every reader ignores undone rows without knowing.
  Inserting into a view goes to its table (a trigger), as old code and tests do.
- `origin` / `origin_id` on both: NULL for a row made here (its id is its `origin_id`); for
  a row merged from another machine, that machine's id and the row's id there. A row's
  global id is (origin, origin_id); a card's reviews replay in (order time, machine, id)
  order, the same on every machine whatever order they arrived in.
- `review_log.sort_at`: a review's order time when it is not its time (NULL: `reviewed_at`).
  A review is always ordered after every review of its card the machine making it knew
  of (a hybrid logical clock), so the state it was shown and rated from is the one a
  replay gives, even when clocks disagree; old reviews keep the order they were made in.
- `review_log.draw`: the fuzz draw the review was scheduled with (`scheduler.fuzz`), filled
  in for old reviews with the draw they used, so no due date moves.
- `undos`: undo is an event, never a deletion: each names the review or card event it takes
  back, which is marked `undone`.
- `key_links`: a card's key changed (a reworded question relinked), old key to new key, so
  another machine's events under either key find the card.
- `sync_marks`, `sync_files`, `sync_pending`: what `scheduler.sync` has written of this
  machine's log (the last id of each table), how far it has read each other file, and the
  events read for cards this machine does not have yet.
- `counted_reviews`: the reviews replay sees (after the card's last reset), each with its
  global order key (`machine`, `number`).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

_TABLES = (
    "CREATE TABLE machine (id TEXT NOT NULL)",
    "ALTER TABLE reviews RENAME TO review_log",
    "ALTER TABLE card_events RENAME TO card_event_log",
    *(
        f"ALTER TABLE {table} ADD COLUMN {column}"
        for table in ("review_log", "card_event_log")
        for column in ("origin TEXT", "origin_id INTEGER", "undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))")
    ),
    "ALTER TABLE review_log ADD COLUMN draw REAL",
    "ALTER TABLE review_log ADD COLUMN sort_at TEXT",
    "DROP INDEX reviews_card",
    "DROP INDEX reviews_time",
    "DROP INDEX card_events_card",
    """CREATE TABLE undos (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        origin TEXT,
        origin_id INTEGER,
        target TEXT NOT NULL CHECK (target IN ('review', 'event')),
        target_origin TEXT NOT NULL,
        target_id INTEGER NOT NULL,
        at TEXT NOT NULL
    )""",
    """CREATE TABLE key_links (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        origin TEXT,
        origin_id INTEGER,
        deck_id INTEGER NOT NULL REFERENCES decks (id),
        old_key TEXT NOT NULL,
        new_key TEXT NOT NULL,
        at TEXT NOT NULL
    )""",
    "CREATE TABLE sync_marks (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID",
    """CREATE TABLE sync_files (
        name TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL,
        offset INTEGER NOT NULL,
        lines INTEGER NOT NULL
    ) WITHOUT ROWID""",
    """CREATE TABLE sync_pending (
        origin TEXT NOT NULL,
        kind TEXT NOT NULL,
        origin_id INTEGER NOT NULL,
        line TEXT NOT NULL,
        PRIMARY KEY (origin, kind, origin_id)
    ) WITHOUT ROWID""",
)

_VIEWS = (
    """CREATE VIEW reviews AS SELECT id, card_id, rating, reviewed_at, duration_ms, phase, day, schedule_id,
        origin, origin_id, draw, sort_at FROM review_log WHERE undone = 0""",
    """CREATE VIEW card_events AS SELECT id, card_id, kind, at, until, after_review, origin, origin_id
        FROM card_event_log WHERE undone = 0""",
    """CREATE TRIGGER reviews_insert INSTEAD OF INSERT ON reviews BEGIN
        INSERT INTO review_log (id, card_id, rating, reviewed_at, duration_ms, phase, day, schedule_id,
            origin, origin_id, draw, sort_at)
        VALUES (NEW.id, NEW.card_id, NEW.rating, NEW.reviewed_at, NEW.duration_ms, NEW.phase, NEW.day,
            NEW.schedule_id, NEW.origin, NEW.origin_id, NEW.draw, NEW.sort_at);
    END""",
    """CREATE TRIGGER card_events_insert INSTEAD OF INSERT ON card_events BEGIN
        INSERT INTO card_event_log (id, card_id, kind, at, until, after_review, origin, origin_id)
        VALUES (NEW.id, NEW.card_id, NEW.kind, NEW.at, NEW.until, NEW.after_review, NEW.origin, NEW.origin_id);
    END""",
    """CREATE VIEW counted_reviews AS
    SELECT reviews.*, COALESCE(reviews.sort_at, reviews.reviewed_at) AS ordered_at,
           COALESCE(reviews.origin, (SELECT id FROM machine)) AS machine,
           COALESCE(reviews.origin_id, reviews.id) AS number
    FROM reviews WHERE NOT EXISTS (
        SELECT 1 FROM card_events AS reset JOIN review_log AS last ON last.id = reset.after_review
        WHERE reset.card_id = reviews.card_id AND reset.kind = 'reset'
          AND (COALESCE(reviews.sort_at, reviews.reviewed_at), COALESCE(reviews.origin, (SELECT id FROM machine)),
               COALESCE(reviews.origin_id, reviews.id))
           <= (COALESCE(last.sort_at, last.reviewed_at), COALESCE(last.origin, (SELECT id FROM machine)),
               COALESCE(last.origin_id, last.id)))""",
)
"""The views of the rows that count. A reset covers its card's reviews up to the one it was made
after (`after_review`), in global order: one merged in later but made before it is covered too."""

INDEXES = {
    "reviews_card": "CREATE INDEX reviews_card ON review_log (card_id, id) WHERE undone = 0",
    "reviews_time": "CREATE INDEX reviews_time ON review_log (reviewed_at) WHERE undone = 0",
    "card_events_card": "CREATE INDEX card_events_card ON card_event_log (card_id, id) WHERE undone = 0",
    "review_log_origin": "CREATE UNIQUE INDEX review_log_origin ON review_log (origin, origin_id)",
    "card_event_log_origin": "CREATE UNIQUE INDEX card_event_log_origin ON card_event_log (origin, origin_id)",
    "undos_origin": "CREATE UNIQUE INDEX undos_origin ON undos (origin, origin_id)",
    "undos_target": "CREATE INDEX undos_target ON undos (target, target_origin, target_id)",
    "key_links_origin": "CREATE UNIQUE INDEX key_links_origin ON key_links (origin, origin_id)",
    "key_links_deck": "CREATE INDEX key_links_deck ON key_links (deck_id, old_key)",
}
"""Version 10's indexes by name. The log's indexes skip undone rows (the views' condition, so the
views use them as the tables were used before); the unique ones make a merged row arrive once
(NULL origins, this machine's own rows, are never equal to each other)."""


def migrate_v10(conn: sqlite3.Connection) -> None:
    """Version 10 (see the module docstring): tables renamed and extended, views, a machine id, old draws."""
    for statement in (*_TABLES, *_VIEWS, *INDEXES.values()):
        conn.execute(statement)
    conn.execute("INSERT INTO machine (id) VALUES (?)", (new_machine_id(),))
    _point_resets_at_kept_reviews(conn)
    _fill_draws_and_order(conn)


def new_machine_id() -> str:
    """A random machine id: 16 hex digits, never the same on two machines in practice."""
    import secrets  # noqa: PLC0415 - once per database: its import (hashlib, hmac) stays off the open path

    return secrets.token_hex(8)


def _point_resets_at_kept_reviews(conn: sqlite3.Connection) -> None:
    """Point each reset at the last review still in the log at or before the one it names.

    Before version 10 an undone review was deleted; a reset made after it may name its id.
    """
    conn.execute(
        """UPDATE card_event_log SET after_review = (
            SELECT MAX(id) FROM review_log
            WHERE review_log.card_id = card_event_log.card_id AND review_log.id <= card_event_log.after_review)
        WHERE kind = 'reset' AND after_review IS NOT NULL"""
    )


def _fill_draws_and_order(conn: sqlite3.Connection) -> None:
    """Give each old review the fuzz draw it was scheduled with (its card's id and its index since the
    last reset) and, where a card's reviews were not made in time order (two clocks), an order time
    that keeps the order they were made in."""
    from scheduler.fuzz import fuzz_factor  # noqa: PLC0415 - only when migrating

    resets: dict[int, set[int]] = {}
    for card_id, after in conn.execute("SELECT card_id, after_review FROM card_events WHERE kind = 'reset'"):
        resets.setdefault(card_id, set()).add(after or 0)
    rows = conn.execute("SELECT id, card_id, reviewed_at FROM review_log ORDER BY card_id, id").fetchall()
    card, index, latest, draws, orders = None, 0, "", [], []
    for review_id, card_id, reviewed_at in rows:
        if card_id != card:
            card, index, latest = card_id, 0, ""
        draws.append((fuzz_factor(card_id=card_id, index=index), review_id))
        index = 0 if review_id in resets.get(card_id, ()) else index + 1
        if reviewed_at <= latest:
            latest = next_tick(latest)
            orders.append((latest, review_id))
        else:
            latest = reviewed_at
    conn.executemany("UPDATE review_log SET draw = ? WHERE id = ?", draws)
    conn.executemany("UPDATE review_log SET sort_at = ? WHERE id = ?", orders)


ONE_TICK = timedelta(microseconds=1)
"""The step of the order clock: one microsecond, the stored times' resolution."""


def next_tick(stored: str) -> str:
    """The stored time (UTC ISO-8601 with microseconds) one tick after `stored`."""
    return (datetime.fromisoformat(stored) + ONE_TICK).isoformat(timespec="microseconds")
