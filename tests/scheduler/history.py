"""A known review history for the statistics and card-browser tests.

Days are reckoned in UTC with the day starting at 04:00, so "today" at T0 (noon UTC,
10 March 2026) runs from 10 March 04:00 to 11 March 04:00 UTC.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from scheduler.decks import sync_deck
from scheduler.engine import Rating, make_fsrs
from scheduler.reviews import record_review
from scheduler.settings import Settings
from scheduler.store import Store, format_time
from tests.scheduler.helpers import T0, card, deck

FSRS = make_fsrs(Settings())
TODAY_START = datetime(2026, 3, 10, 4, 0, tzinfo=T0.tzinfo)
"""Where the local day holding T0 begins (UTC, day starting at 04:00)."""


def day(offset: int, hour: int = 12, minute: int = 0) -> datetime:
    """`hour`:`minute` UTC on the day `offset` days from T0's date (negative: before)."""
    return T0.replace(hour=hour, minute=minute) + timedelta(days=offset)


def cards_store(store: Store, count: int, *, root: str = "/notes", name: str = "notes") -> list[int]:
    """Sync a deck of `count` new cards (keys q1..qN) into `store`; their ids in key order."""
    deck_id, _report = sync_deck(store, deck(*(card(n) for n in range(1, count + 1)), root=root, name=name), T0)
    rows = store.conn.execute("SELECT id FROM cards WHERE deck_id = ? ORDER BY CAST(substr(key, 2) AS INTEGER)", (deck_id,))
    return [row[0] for row in rows]


def rate(store: Store, card_id: int, rating: Rating, when: datetime, duration_ms: int = 1000) -> int:
    """Record one review, as a session would; the review's id."""
    return record_review(store, FSRS, card_id, rating, when, duration_ms)


def mature_review(store: Store, card_id: int, rating: Rating, when: datetime, duration_ms: int = 1000) -> None:
    """A review-state review of a new card at `when`: graduate it with Easy 500 days earlier first."""
    rate(store, card_id, Rating.EASY, when - timedelta(days=500), duration_ms)
    rate(store, card_id, rating, when, duration_ms)


def put(store: Store, card_id: int, **columns: object) -> None:
    """Set cached columns of a card directly (times given as datetimes are stored as text)."""
    values = {name: format_time(value) if isinstance(value, datetime) else value for name, value in columns.items()}
    assignments = ", ".join(f"{name} = :{name}" for name in values)
    store.conn.execute(f"UPDATE cards SET {assignments} WHERE id = :card", values | {"card": card_id})
