"""Schema version 3's backfill: each existing review's `phase`, found by replaying its card's log."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from scheduler.engine import CardState, Rating, make_fsrs, review
from scheduler.settings import Settings


def backfill_phases(conn: sqlite3.Connection) -> None:
    """Set `reviews.phase` of existing reviews by replaying each card's log.

    Replays with the default settings: the phase depends only on the learning steps,
    which a database made before version 3 almost always had at their defaults.
    Only a migration from before version 3 imports this module, so that opening a store stays light.
    """
    rows = conn.execute("SELECT id, card_id, rating, reviewed_at FROM reviews ORDER BY card_id, id")
    fsrs_scheduler, state, card = make_fsrs(Settings()), CardState(), None
    for review_id, card_id, rating, reviewed_at in rows.fetchall():
        if card_id != card:
            state, card = CardState(), card_id
        conn.execute("UPDATE reviews SET phase = ? WHERE id = ?", (int(state.state), review_id))
        when = datetime.fromisoformat(reviewed_at)
        state = review(fsrs_scheduler, card_id, state, Rating(rating), when)
