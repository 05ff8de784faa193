"""After a merge: `replay_cards` rebuilds the touched cards' caches from their merged logs.

Each touched card's reviews are replayed in their global order (`scheduler.log_order`),
each with the day, settings and fuzz draw recorded with it: its FSRS state, and the phase
each review was made in (a review merged in before others changes theirs), are what
every machine that holds the same log computes. Its bury and suspend caches are derived
again from its events, and the hourly sums of the hours the merge changed are summed afresh.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, tzinfo

from scheduler import schema
from scheduler.actions import refresh
from scheduler.engine import CardScheduler, CardState, review
from scheduler.log_order import LOG_ORDER
from scheduler.plugin_seeds import seed_start
from scheduler.replay_check import deck_schedulers
from scheduler.reviews import load_state, logged, save_state
from scheduler.settings import Settings
from scheduler.store import format_time

_LOG = f"""SELECT counted.id, rating, reviewed_at, day, recipe, draw, phase FROM counted_reviews AS counted
LEFT JOIN schedules ON schedules.id = counted.schedule_id WHERE card_id = ? ORDER BY {LOG_ORDER}"""


def replay_cards(
    conn: sqlite3.Connection,
    settings: Settings,
    cards: Iterable[int],
    appended: Mapping[int, set[int]] | None = None,
    changed: Iterable[int] = (),
    tz: tzinfo | None = None,
) -> None:
    """Rebuild the caches of `cards` (state, phases, bury and suspend) and the hourly sums the changes touch.

    A card in `appended` changed only by the new reviews named there (local ids): when they
    all come after its other reviews in the global order, they are applied in turn to its
    cached state (what replaying the rest gives, as `starcards doctor` checks) instead of
    replaying the whole log; the result is the same. `changed` names the reviews the merge
    added or undid: the hours holding them, and those of reviews whose phase changed, are
    summed again.
    """
    schedulers = deck_schedulers(conn, settings, tz)
    appended = appended or {}
    decks = dict(conn.execute("SELECT id, deck_id FROM cards").fetchall())
    hours = set(changed)
    for card_id in sorted(cards):
        if card_id not in appended:
            refresh(conn, card_id)
        hours |= _replay_one(conn, card_id, schedulers[decks[card_id]], appended.get(card_id, set()))
    _sum_hours(conn, hours)


def _replay_one(conn: sqlite3.Connection, card_id: int, fsrs_scheduler: CardScheduler, new: set[int]) -> set[int]:
    """Replay one card (or only its new reviews, when they are its last), writing each review's phase where it
    changed, then its state; the reviews whose phase changed."""
    rows = conn.execute(_LOG, (card_id,)).fetchall()
    state = seed_start(conn, card_id, fsrs_scheduler) or CardState()
    if new and {row["id"] for row in rows[-len(new):]} == new:
        rows, state = rows[-len(new):], load_state(conn, card_id)
    phases = []
    for row in rows:
        if row["phase"] != int(state.state):
            phases.append((int(state.state), row["id"]))
        entry = logged(row, fsrs_scheduler)
        state = review(entry.scheduler or fsrs_scheduler, card_id, state, entry.rating, entry.when, entry.day,
                       entry.draw)
    conn.executemany("UPDATE review_log SET phase = ? WHERE id = ?", phases)
    save_state(conn, card_id, state)
    return {review_id for _phase, review_id in phases}


_HOURS_OF = f"""SELECT DISTINCT cards.deck_id, {schema.HOUR_OF.replace("reviews.", "review_log.")}
FROM review_log JOIN cards ON cards.id = review_log.card_id WHERE review_log.id IN ({{}})"""

_SUM_HOUR = """INSERT INTO review_hours
SELECT cards.deck_id, :hour, COUNT(*), SUM(reviews.rating = 1), SUM(reviews.phase = 2),
       SUM(reviews.phase = 2 AND reviews.rating = 1), SUM(reviews.duration_ms)
FROM reviews CROSS JOIN cards ON cards.id = reviews.card_id
WHERE reviews.reviewed_at >= :start AND reviews.reviewed_at < :end AND cards.deck_id = :deck
GROUP BY cards.deck_id"""
"""One (deck, hour) of the log summed: the hour's reviews by time first (CROSS JOIN keeps that order;
starting from the deck's cards would read every card of a large deck)."""


def _sum_hours(conn: sqlite3.Connection, reviews: set[int]) -> None:
    """Sum again the (deck, hour) rows of `review_hours` that hold any of `reviews` (undone ones included)."""
    ids, hours = sorted(reviews), set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        hours |= {tuple(row) for row in conn.execute(_HOURS_OF.format(", ".join("?" * len(chunk))), chunk)}
    for deck_id, hour in sorted(hours):
        conn.execute("DELETE FROM review_hours WHERE deck_id = ? AND hour = ?", (deck_id, hour))
        bounds = {"start": _hour_text(hour), "end": _hour_text(hour + 1)}
        conn.execute(_SUM_HOUR, {"hour": hour, "deck": deck_id, **bounds})


def _hour_text(hour: int) -> str:
    """The stored text of the first moment of UTC hour `hour` (unix time // 3600)."""
    return format_time(datetime.fromtimestamp(hour * 3600, UTC))
