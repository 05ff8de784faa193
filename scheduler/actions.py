"""What can be done to a card besides rating it: bury, suspend, unsuspend, reset, and undo.

Each action is a row of the `card_events` journal, written in one transaction with the
card's cached `suspended` / `buried_until` columns (and, for a reset, its FSRS state).
Undoing an action is an event too (`scheduler.undos`): the row is marked undone and the
cache derived again from what is left, so the journal stays the truth, as the review log
is for ratings. A card's events count in the global order (time, machine, id), the same
on every machine.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from scheduler.engine import CardScheduler, replay
from scheduler.plugin_seeds import seed_start
from scheduler.reviews import card_log, save_state
from scheduler.store import Store, StoreError, format_time
from scheduler.undos import record_undo

KINDS = ("bury", "suspend", "unsuspend", "reset")
"""The kinds of card event, as stored in `card_events.kind`."""


def bury(store: Store, card_id: int, now: datetime, until: datetime) -> int:
    """Hide card `card_id` from the queue until `until` (usually the next day); the event's id."""
    with store.transaction() as conn:
        return _append(conn, card_id, "bury", now, until=until)


def bury_within(conn: sqlite3.Connection, card_id: int, now: datetime, until: datetime) -> int:
    """`bury` inside a write transaction the caller holds: a rating's siblings, committed with the rating."""
    return _append(conn, card_id, "bury", now, until=until)


def suspend(store: Store, card_id: int, now: datetime) -> int:
    """Take card `card_id` out of every queue until it is unsuspended; the event's id."""
    with store.transaction() as conn:
        return _append(conn, card_id, "suspend", now)


def unsuspend(store: Store, card_id: int, now: datetime) -> int:
    """Put a suspended card back in the queue, its schedule as it was; the event's id."""
    with store.transaction() as conn:
        return _append(conn, card_id, "unsuspend", now)


def reset(store: Store, fsrs_scheduler: CardScheduler, card_id: int, now: datetime) -> int:
    """Restart card `card_id` as a new card; its reviews stay in the log. The event's id."""
    with store.transaction() as conn:
        return _append(conn, card_id, "reset", now, fsrs_scheduler=fsrs_scheduler)


def undo_event(store: Store, fsrs_scheduler: CardScheduler, event_id: int) -> int:
    """Take back card event `event_id`; the card's id. `StoreError` if there is no such event.

    Undoing a bury, suspend or unsuspend leaves the FSRS state alone; undoing a reset
    replays the card's log, each review with the settings recorded with it.
    """
    with store.transaction() as conn:
        row = conn.execute("SELECT card_id, kind FROM card_events WHERE id = ?", (event_id,)).fetchone()
        if row is None:
            raise StoreError(f"no card event with id {event_id}")
        card_id = int(row["card_id"])
        record_undo(conn, "event", event_id)
        refresh(conn, card_id)
        if row["kind"] == "reset":
            _replay(conn, fsrs_scheduler, card_id)
    return card_id


def _append(
    conn: sqlite3.Connection,
    card_id: int,
    kind: str,
    now: datetime,
    *,
    until: datetime | None = None,
    fsrs_scheduler: CardScheduler | None = None,
) -> int:
    """Append an event of `kind` for card `card_id` and refresh the card's caches, in the caller's write
    transaction; the event's id."""
    if conn.execute("SELECT 1 FROM cards WHERE id = ?", (card_id,)).fetchone() is None:
        raise StoreError(f"no card with id {card_id}")
    last_review = conn.execute(
        f"SELECT id FROM reviews WHERE card_id = ? ORDER BY COALESCE(sort_at, reviewed_at) DESC, {_DESCENDING}"
        " LIMIT 1",
        (card_id,),
    ).fetchone()
    cursor = conn.execute(
        "INSERT INTO card_event_log (card_id, kind, at, until, after_review) VALUES (?, ?, ?, ?, ?)",
        (card_id, kind, format_time(now), None if until is None else format_time(until),
         last_review and last_review[0]),
    )
    refresh(conn, card_id)
    if fsrs_scheduler is not None:
        _replay(conn, fsrs_scheduler, card_id)
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def _replay(conn: sqlite3.Connection, fsrs_scheduler: CardScheduler, card_id: int) -> None:
    """Rebuild card `card_id`'s cached FSRS state from its log, as recorded."""
    start = seed_start(conn, card_id, fsrs_scheduler)
    save_state(conn, card_id, replay(fsrs_scheduler, card_id, card_log(conn, card_id, fsrs_scheduler), start))


_DESCENDING = "COALESCE(origin, (SELECT id FROM machine)) DESC, COALESCE(origin_id, id) DESC"
"""SQL `ORDER BY` terms after the time: a log row's machine and number, latest first."""

_SUSPENDED = f"""COALESCE((SELECT kind = 'suspend' FROM card_events
  WHERE card_id = cards.id AND kind IN ('suspend', 'unsuspend') ORDER BY at DESC, {_DESCENDING} LIMIT 1), 0)"""
_BURIED = f"""(SELECT until FROM card_events
  WHERE card_id = cards.id AND kind = 'bury' ORDER BY at DESC, {_DESCENDING} LIMIT 1)"""

CACHED_EVENTS_DIFFER = f"(suspended IS NOT {_SUSPENDED} OR buried_until IS NOT {_BURIED})"
"""SQL condition on a cards row: its cached `suspended` / `buried_until` are not what its events say."""


def refresh(conn: sqlite3.Connection, card_id: int) -> None:
    """Derive card `card_id`'s `suspended` and `buried_until` from its events."""
    conn.execute(f"UPDATE cards SET suspended = {_SUSPENDED}, buried_until = {_BURIED} WHERE id = ?", (card_id,))
