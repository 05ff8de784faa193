"""Cards brought forward before an interview: reviewed cards predicted below the readiness target.

In the last `FINAL_WINDOW` days before a deck's interview date, the queue also shows each
review-state card of the deck that is predicted (by FSRS) to be recalled with less than
the readiness target when the interview day begins, even though it is not due yet, once
a day at most (not if it was already reviewed today). `scheduler.readiness` plans with
the same rule. Light on purpose (standard library, and py-fsrs only for its default
curve when a deck is in its final days), like `scheduler.queue`, which uses it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from datetime import date, datetime

from scheduler.days import day_reading
from scheduler.retrievability import ensure_pow, retrievability_sql
from scheduler.store import format_time
from scheduler.vocabulary import Phase

FINAL_WINDOW = 3
"""The last reviews before an interview fall within this many days before it."""


def in_final_days(interview: date | None, today: date, window: int = FINAL_WINDOW) -> bool:
    """Whether `today` is one of the last `window` days before `interview`."""
    return interview is not None and 0 < (interview - today).days <= window


def brought_forward(
    conn: sqlite3.Connection,
    deck_id: int,
    *,
    interview_start: datetime,
    target: float,
    now: datetime,
    day_start: datetime,
    day_end: datetime,
    in_play: str,
    parameters: Sequence[float] | None = None,
    limit: int = -1,
    extra: Mapping[str, object] | None = None,
) -> list[int]:
    """Ids of deck `deck_id`'s review-state cards not due today, not reviewed today, predicted
    below `target` on the interview's day (which begins at `interview_start`), counted in local
    days; weakest first. `in_play` is the queue's SQL condition for a card that may be shown at `:now` (and is kept by
    the focus asked for: `scheduler.focus`), `extra` the parameters it names beyond `:now`."""
    ensure_pow(conn)
    recall = retrievability_sql(parameters, now=":ready_at")
    sql = (
        f"SELECT id FROM cards WHERE deck_id = :deck AND state = {int(Phase.REVIEW)} AND {in_play}"
        f" AND due >= :end AND last_review < :start AND {recall} < :target"
        f" ORDER BY {recall}, id LIMIT :limit"
    )
    params = {
        "deck": deck_id,
        "end": format_time(day_end),
        "start": format_time(day_start),
        "now": format_time(now),
        "ready_at": format_time(day_reading(interview_start)),
        "target": target,
        "limit": limit,
        **(extra or {}),
    }
    return [row[0] for row in conn.execute(sql, params)]
