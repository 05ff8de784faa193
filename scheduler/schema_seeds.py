"""Schema version 14: `card_seeds`, the schedules cards brought from Obsidian's spaced-repetition plugin.

- `card_seeds`: at most one a card. A card new to starcards whose inline card carries
  the plugin's schedule (`deck.plugin_schedules`) starts from it (`scheduler.plugin_seeds`):
  when it was read (`at`), the plugin's due date (`due`, a local date), interval in days
  and ease in hundredths, the settings it was first scheduled with (`schedule_id`), and
  the moments the machine that read it placed it at under its day rule (`due_at`,
  `last_at`, and `last_day`, the last review's day number), as a review records its day.
  The seed is part of the log: replay starts from it, and it travels to other machines
  like a review (`origin`, `origin_id`: its global id). Two machines that seeded the
  same card keep the seed read first (`at`, then the machine).
- `counted_seeds`: the seeds replay starts from, with their recipe: those of cards never
  reset, and with no review ordered before the seed (one merged or imported from a
  machine that had studied the card before it was seeded: that history starts it).
"""

from __future__ import annotations

import sqlite3

TABLES = (
    """CREATE TABLE card_seeds (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        card_id INTEGER NOT NULL UNIQUE REFERENCES cards (id),
        at TEXT NOT NULL,
        due TEXT NOT NULL,
        interval INTEGER NOT NULL CHECK (interval >= 1),
        ease INTEGER NOT NULL CHECK (ease >= 100),
        schedule_id INTEGER REFERENCES schedules (id),
        due_at TEXT NOT NULL,
        last_at TEXT NOT NULL,
        last_day INTEGER NOT NULL,
        origin TEXT,
        origin_id INTEGER
    )""",
    """CREATE VIEW counted_seeds AS
    SELECT card_seeds.card_id, card_seeds.at, card_seeds.interval, card_seeds.ease, card_seeds.due_at,
           card_seeds.last_at, card_seeds.last_day, schedules.recipe
    FROM card_seeds LEFT JOIN schedules ON schedules.id = card_seeds.schedule_id
    WHERE NOT EXISTS (
        SELECT 1 FROM card_events AS reset WHERE reset.card_id = card_seeds.card_id AND reset.kind = 'reset')
      AND NOT EXISTS (
        SELECT 1 FROM reviews WHERE reviews.card_id = card_seeds.card_id
          AND COALESCE(reviews.sort_at, reviews.reviewed_at) < card_seeds.at)""",
)
"""Version 14's table and view."""

INDEXES = {"card_seeds_origin": "CREATE UNIQUE INDEX card_seeds_origin ON card_seeds (origin, origin_id)"}
"""Version 14's index by name: a seed merged from another machine is stored once."""


def migrate_v14(conn: sqlite3.Connection) -> None:
    """Version 14: `card_seeds`, its index and `counted_seeds`."""
    for statement in (*TABLES, *INDEXES.values()):
        conn.execute(statement)
