"""Schema version 13: `cards_file`, a deck's cards by note file.

Rating one side of a two-way card buries the other side until tomorrow
(`scheduler.siblings`), which is found among the cards of the same deck and note file.
Without an index on the note file, SQLite read every card of the deck for it (a quarter
of a second on a deck of 100,000 cards, at every rating of a two-way card); here it is
one seek and the few cards of that note. No rating writes these columns, so the index
costs a rating nothing; a sync keeps it as it keeps the cards.
"""

from __future__ import annotations

import sqlite3

INDEXES = {"cards_file": "CREATE INDEX cards_file ON cards (deck_id, file)"}
"""Version 13's index by name."""


def migrate_v13(conn: sqlite3.Connection) -> None:
    """Version 13: `cards_file`."""
    for statement in INDEXES.values():
        conn.execute(statement)
