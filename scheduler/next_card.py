"""When the next card is offered, after a session has shown every card it could: `next_offered`.

A learning or relearning card comes back at its due time, to the minute. A review card is in
the queue from the start of the local day it is due on, whatever the hour of its due time,
and new cards wait for tomorrow once today's are introduced; so "next" for those is the start
of a day. The review summary says which: `in 10m (14:32)`, or `tomorrow, from 04:00`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from scheduler.days import day_start, local_day
from scheduler.focus import Focus, focus_sql
from scheduler.queue_order import IN_PLAY, deck_filter
from scheduler.rules import Rules
from scheduler.store import Store, format_time, parse_time

_NEXT = f"""
SELECT
  (SELECT MIN(due) FROM cards WHERE {{where}} AND state IN (1, 3) AND due > :now AND {IN_PLAY}),
  (SELECT MIN(due) FROM cards WHERE {{where}} AND state = 2 AND removed_at IS NULL AND suspended = 0),
  EXISTS (SELECT 1 FROM cards WHERE {{where}} AND state = 0 AND removed_at IS NULL AND suspended = 0
          AND buried_until > :now)
  OR EXISTS (SELECT 1 FROM cards WHERE {{where}} AND state = 2 AND removed_at IS NULL AND suspended = 0
             AND buried_until > :now),
  EXISTS (SELECT 1 FROM cards WHERE {{where}} AND state = 0 AND {IN_PLAY})
"""


def next_offered(
    store: Store, now: datetime, rules: Rules, deck_ids: Sequence[int] | None = None, focus: Focus | None = None
) -> datetime | None:
    """The first moment after `now` when a card of `deck_ids` (None: every deck) that `focus` keeps (if given) is
    offered; None for none.

    A learning card's due time; the start of the local day a review card is due on (tomorrow's
    start for one due today but not shown now: over the day's cap); tomorrow's start for new
    cards waiting and for cards buried until then.
    """
    where, params = deck_filter("deck_id", deck_ids)
    kept, kept_params = focus_sql(focus)
    where, params = where + kept, params | kept_params
    learning, review, buried, new = store.conn.execute(
        _NEXT.format(where=where), params | {"now": format_time(now)}
    ).fetchone()
    tomorrow = rules.today(now).end
    times = [parse_time(learning)] if learning else []
    if review:
        times.append(max(tomorrow, _day_start_of(parse_time(review), rules)))  # type: ignore[arg-type]
    if buried or new:
        times.append(tomorrow)
    return min((moment for moment in times if moment is not None), default=None)


def starts_a_day(moment: datetime, rules: Rules) -> bool:
    """True when `moment` is the start of its local day under `rules`: an offer of that whole day's cards."""
    return moment == _day_start_of(moment, rules)


def _day_start_of(moment: datetime, rules: Rules) -> datetime:
    """The start of the local day holding `moment` under `rules`."""
    return day_start(local_day(moment, rules.day_starts_at, rules.tz), rules.day_starts_at, rules.tz)
