"""The global order of a card's log, and this database's machine id: `LOG_ORDER`, `machine_id`.

Local row ids differ between machines and say nothing about when a merged row was made, so
replay orders a card's reviews by (order time, machine, id on that machine): the same order
on every machine whatever order the rows arrived in (`counted_reviews` gives `ordered_at`,
`machine` and `number`). The order time is the review's time, pushed just past the card's
latest review when the clock says otherwise (`order_time`): a machine whose clock is off
by hours still rates each card after what it has seen of it, and its reviews sit in the
same place on every machine.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from scheduler.schema_events import next_tick
from scheduler.store import format_time

LOG_ORDER = "ordered_at, machine, number"
"""SQL `ORDER BY` terms for rows of `counted_reviews`: the global order of a card's reviews."""


def order_time(conn: sqlite3.Connection, card_id: int, when: datetime) -> str | None:
    """The order time (`review_log.sort_at`) of a review of card `card_id` made at `when`; None: its own time.

    A hybrid logical clock: a review is ordered after every review of the card already
    in the log, one microsecond after the last when `when` is not later (a clock behind
    another machine's, or two processes with their own clocks).
    """
    latest = conn.execute(
        "SELECT MAX(COALESCE(sort_at, reviewed_at)) FROM reviews WHERE card_id = ?", (card_id,)
    ).fetchone()[0]
    if latest is None or format_time(when) > latest:
        return None
    return next_tick(latest)


def machine_id(conn: sqlite3.Connection) -> str:
    """This database's machine id (`machine` table, made once by schema version 10)."""
    return str(conn.execute("SELECT id FROM machine").fetchone()[0])
