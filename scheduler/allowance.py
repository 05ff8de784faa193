"""Each deck's daily allowances under its `DeckRules`: `new_allowance`, `reviews_left`.

A deck introduces up to `new_per_day` unseen cards a day, raised before its interview
date so that every card is seen at least once before the day; it shows up to
`max_reviews` review-state cards a day. Counted with indexed queries only. Light on
purpose (standard library only), like `scheduler.queue`, which uses it.
"""

from __future__ import annotations

import math
import sqlite3
from datetime import date, datetime

from deck.records import record
from scheduler.days import Today
from scheduler.rules import DeckRules, Rules
from scheduler.store import format_time


@record(frozen=False)
class DayLimits:
    """What today's limits leave each deck of a queue: kept between cards by `scheduler.live_queue`."""

    reviews: dict[int, int | None]
    """Review-state cards each deck may still show today (None: no limit)."""
    new: dict[int, int]
    """Unseen cards each deck may still introduce today."""
    over_cap: dict[int, bool]
    """Whether each deck has more reviews due today than its cap lets through (then the weakest come first)."""
    learning: dict[int, int] | None = None
    """Learning cards due today in each deck, when known: with none, the queue does not look for them."""
    learning_from: datetime | None = None
    """With `learning`: no learning card of these decks is due before this moment (None: not known yet)."""


def new_allowance(conn: sqlite3.Connection, deck_id: int, rules: DeckRules, today: Today) -> int:
    """How many more unseen cards deck `deck_id` may introduce today.

    Before the interview date the day's allowance is at least the unseen cards (those
    introduced today included) divided by the days left, today through the day before
    the interview, rounded up.
    """
    introduced = _count(conn, _INTRODUCED, deck_id, today)
    days_left = _days_left(rules.interview_date, today)
    unseen = _count(conn, _UNSEEN, deck_id, today) + introduced if days_left else 0
    return max(0, day_allowance(rules.new_per_day, unseen, days_left) - introduced)


def day_allowance(new_per_day: int, unseen: int, days_left: int) -> int:
    """A day's new cards: `new_per_day`, raised to `unseen` (those introduced that day included)
    over `days_left` (that day through the day before the interview, 0: no interview), rounded up."""
    return max(new_per_day, math.ceil(unseen / days_left)) if days_left else new_per_day


def reviews_left(conn: sqlite3.Connection, deck_ids: list[int], rules: Rules, today: Today) -> dict[int, int | None]:
    """For each deck, how many more review-state cards it may show today (None: no limit).

    Counts the reviews of review-state cards (`reviews.phase` 2) made since the day began.
    """
    chosen = {deck_id: rules.of(deck_id).max_reviews for deck_id in deck_ids}
    if all(cap is None for cap in chosen.values()):
        return dict.fromkeys(deck_ids)
    done = reviews_today(conn, today)
    return {deck_id: None if cap is None else max(0, cap - done.get(deck_id, 0)) for deck_id, cap in chosen.items()}


def reviews_today(conn: sqlite3.Connection, today: Today) -> dict[int, int]:
    """Per deck, the reviews of review-state cards made today (through the time index)."""
    rows = conn.execute(
        "SELECT cards.deck_id, COUNT(*) FROM reviews JOIN cards ON cards.id = reviews.card_id"
        " WHERE reviews.reviewed_at >= ? AND reviews.reviewed_at < ? AND reviews.phase = 2"
        " GROUP BY cards.deck_id",
        (format_time(today.start), format_time(today.end)),
    )
    return {deck_id: count for deck_id, count in rows}


_INTRODUCED = "SELECT COUNT(*) FROM cards WHERE deck_id = :deck AND introduced_at >= :start"
"""Cards of a deck first reviewed since the day began."""

_UNSEEN = (
    "SELECT COUNT(*) FROM cards WHERE deck_id = :deck AND state = 0"
    " AND removed_at IS NULL AND suspended = 0"
)
"""A deck's cards never reviewed (buried ones included: they come back before the day)."""


def _count(conn: sqlite3.Connection, sql: str, deck_id: int, today: Today) -> int:
    """The count `sql` gives for deck `deck_id` today."""
    return int(conn.execute(sql, {"deck": deck_id, "start": format_time(today.start)}).fetchone()[0])


def _days_left(interview: date | None, today: Today) -> int:
    """Days from today through the day before the interview; 0 without one or once it has come."""
    if interview is None:
        return 0
    return max(0, today.days_until(interview))
