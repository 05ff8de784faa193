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


_LATEST_REVIEW = "(SELECT MAX(COALESCE(sort_at, reviewed_at)) FROM reviews WHERE reviews.card_id = cards.id)"
_LATEST_RESET = (
    "(SELECT MAX(COALESCE(last.sort_at, last.reviewed_at)) FROM card_events AS reset"
    " JOIN review_log AS last ON last.id = reset.after_review WHERE reset.card_id = cards.id AND reset.kind = 'reset')"
)
_SEEDED = "(SELECT at FROM card_seeds WHERE card_seeds.card_id = cards.id)"
LATEST_ORDER_TIME = (
    f"NULLIF(MAX(COALESCE({_LATEST_REVIEW}, ''), COALESCE({_LATEST_RESET}, ''), COALESCE({_SEEDED}, '')), '')"
)
"""SQL, in a query of `cards`: the latest order time among the card's reviews, the reviews its resets were made
after, and its seed (NULL: none), for `order_after`. A reset covers the log up to its review's place even once that
review is undone (`counted_reviews`): a rating ordered before that place would not count; nor would the seed it was
rated from count with a rating ordered before it (`counted_seeds`)."""


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
