"""The global order of a card's log, and this database's machine id: `LOG_ORDER`, `machine_id`.

Local row ids differ between machines and say nothing about when a merged row was made, so
replay orders a card's reviews by (order time, machine, id on that machine): the same order
on every machine whatever order the rows arrived in (`counted_reviews` gives `ordered_at`,
`machine` and `number`). The order time is the review's time, pushed just past the card's
latest review when the clock says otherwise (`order_after`): a machine whose clock is off
by hours still rates each card after what it has seen of it, and its reviews sit in the
same place on every machine.
"""

from __future__ import annotations

import sqlite3

from scheduler.schema_events import next_tick

LOG_ORDER = "ordered_at, machine, number"
"""SQL `ORDER BY` terms for rows of `counted_reviews`: the global order of a card's reviews."""


LATEST_ORDER_TIME = "(SELECT MAX(COALESCE(sort_at, reviewed_at)) FROM reviews WHERE reviews.card_id = cards.id)"
"""SQL, in a query of `cards`: the latest order time among the card's reviews (NULL: none), for `order_after`."""


def order_after(latest: str | None, when: str) -> str | None:
    """The order time of a review made at `when` (stored text) after a card's `LATEST_ORDER_TIME`; None: its own time.

    A hybrid logical clock: a review is ordered after every review of the card already
    in the log, one microsecond after the last when `when` is not later (a clock behind
    another machine's, or two processes with their own clocks).
    """
    if latest is None or when > latest:
        return None
    return next_tick(latest)


def machine_id(conn: sqlite3.Connection) -> str:
    """This database's machine id (`machine` table, made once by schema version 10)."""
    return str(conn.execute("SELECT id FROM machine").fetchone()[0])
