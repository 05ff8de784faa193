"""After a merge: `replay_cards` rebuilds the touched cards' caches from their merged logs.

Each touched card's reviews are replayed in their global order (`scheduler.log_order`),
each with the day, settings and fuzz draw recorded with it: its FSRS state, and the phase
each review was made in (a review merged in before others changes theirs), are what
every machine that holds the same log computes. Its bury and suspend caches are derived
again from its events, and the hourly sums of the decks touched are summed afresh.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import tzinfo

from scheduler import schema
from scheduler.actions import refresh
from scheduler.engine import CardScheduler, CardState, review
from scheduler.log_order import LOG_ORDER
from scheduler.replay_check import deck_schedulers
from scheduler.reviews import logged, save_state
from scheduler.settings import Settings

_LOG = f"""SELECT counted.id, rating, reviewed_at, day, recipe, draw, phase FROM counted_reviews AS counted
LEFT JOIN schedules ON schedules.id = counted.schedule_id WHERE card_id = ? ORDER BY {LOG_ORDER}"""


def replay_cards(conn: sqlite3.Connection, settings: Settings, cards: Iterable[int], tz: tzinfo | None = None) -> None:
    """Rebuild the caches of `cards` (state, phases, bury and suspend) and the hourly sums of their decks."""
    schedulers = deck_schedulers(conn, settings, tz)
    decks = set()
    for card_id in sorted(cards):
        deck_id = conn.execute("SELECT deck_id FROM cards WHERE id = ?", (card_id,)).fetchone()[0]
        decks.add(deck_id)
        refresh(conn, card_id)
        _replay_one(conn, card_id, schedulers[deck_id])
    _sum_hours(conn, decks)


def _replay_one(conn: sqlite3.Connection, card_id: int, fsrs_scheduler: CardScheduler) -> None:
    """Replay one card, writing each review's phase where it changed, then its state."""
    state, phases = CardState(), []
    for row in conn.execute(_LOG, (card_id,)).fetchall():
        if row["phase"] != int(state.state):
            phases.append((int(state.state), row["id"]))
        entry = logged(row, fsrs_scheduler)
        state = review(entry.scheduler or fsrs_scheduler, card_id, state, entry.rating, entry.when, entry.day,
                       entry.draw)
    conn.executemany("UPDATE review_log SET phase = ? WHERE id = ?", phases)
    save_state(conn, card_id, state)


def _sum_hours(conn: sqlite3.Connection, decks: set[int]) -> None:
    """Sum the log by hour again for `decks`."""
    for deck_id in sorted(decks):
        conn.execute("DELETE FROM review_hours WHERE deck_id = ?", (deck_id,))
        conn.execute(
            f"INSERT INTO review_hours SELECT * FROM ({schema.HOURS_FROM_REVIEWS}) WHERE deck_id = ?", (deck_id,)
        )
