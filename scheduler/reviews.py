"""The review log and the card-state cache of the cards table.

Holds `record_review` (append a review), `undo_review` (take one back), `card_log`
(a card's reviews), and `load_state` / `save_state` / `state_from_row` for the cached
FSRS state. Every write here is one transaction, committed before the function returns.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from scheduler import schema
from scheduler.clock import as_utc
from scheduler.engine import CardScheduler, CardState, Logged, Phase, Rating, replay, review
from scheduler.recipes import from_recipe, schedule_id
from scheduler.store import Store, StoreError, format_time, parse_time

STATE_COLUMNS = (
    "state",
    "step",
    "stability",
    "difficulty",
    "due",
    "last_review",
    "reps",
    "lapses",
    "introduced_at",
    "last_day",
)
"""The columns of the cards table that cache the FSRS state."""


def state_from_row(row: Mapping[str, Any]) -> CardState:
    """The `CardState` cached in a cards row."""
    return CardState(
        state=Phase(row["state"]),
        step=row["step"],
        stability=row["stability"],
        difficulty=row["difficulty"],
        due=parse_time(row["due"]),
        last_review=parse_time(row["last_review"]),
        reps=row["reps"],
        lapses=row["lapses"],
        introduced_at=parse_time(row["introduced_at"]),
        last_day=row["last_day"],
    )


def load_state(conn: sqlite3.Connection, card_id: int) -> CardState:
    """The cached state of card `card_id`; `StoreError` if there is no such card."""
    columns = ", ".join(STATE_COLUMNS)
    row = conn.execute(f"SELECT {columns} FROM cards WHERE id = ?", (card_id,)).fetchone()
    if row is None:
        raise StoreError(f"no card with id {card_id}")
    return state_from_row(row)


def save_state(conn: sqlite3.Connection, card_id: int, state: CardState) -> None:
    """Write `state` into the cache columns of card `card_id`."""
    assignments = ", ".join(f"{column} = ?" for column in STATE_COLUMNS)
    conn.execute(
        f"UPDATE cards SET {assignments} WHERE id = ?",
        (*_state_values(state), card_id),
    )


def card_log(
    conn: sqlite3.Connection, card_id: int, fsrs_scheduler: CardScheduler | None = None
) -> list[Logged]:
    """Card `card_id`'s reviews since its last reset, oldest first, as replay needs them.

    Each carries the local day and the settings recorded with it (a recorded recipe
    keeps `fsrs_scheduler`'s day rule; without `fsrs_scheduler`, none is attached).
    A reset (a `card_events` row of kind 'reset') keeps the history but restarts the
    state: only the reviews after its `after_review` count.
    """
    rows = conn.execute(
        "SELECT rating, reviewed_at, day, recipe FROM reviews"
        " LEFT JOIN schedules ON schedules.id = reviews.schedule_id"
        " WHERE card_id = :card AND reviews.id >"
        " COALESCE((SELECT MAX(after_review) FROM card_events"
        "   WHERE card_id = :card AND kind = 'reset'), 0)"
        " ORDER BY reviews.id",
        {"card": card_id},
    )
    return [logged(row, fsrs_scheduler) for row in rows]


def logged(row: Mapping[str, Any], fsrs_scheduler: CardScheduler | None) -> Logged:
    """A review row (`rating`, `reviewed_at`, `day`, `recipe`) as a `Logged` review."""
    recipe = row["recipe"]
    scheduler = None
    if recipe is not None and fsrs_scheduler is not None:
        scheduler = from_recipe(recipe, fsrs_scheduler.day_starts_at, fsrs_scheduler.tz)
    return Logged(Rating(row["rating"]), _time(row["reviewed_at"]), row["day"], scheduler)


class StaleCard(Exception):
    """The card changed in the database (another window rated it) since its state was shown; nothing was saved."""

    def __init__(self, card_id: int, now: CardState) -> None:
        """Card `card_id`, whose state in the database is now `now`."""
        super().__init__(f"card {card_id} changed since it was shown")
        self.card_id = card_id
        self.now = now


def record_review(
    store: Store,
    fsrs_scheduler: CardScheduler,
    card_id: int,
    rating: Rating,
    when: datetime,
    duration_ms: int,
    *,
    expected: CardState | None = None,
    after: CardState | None = None,
) -> int:
    """Append a review of card `card_id` and update its cached state; the review's id.

    The review records its local day and the settings it was scheduled with. The rating
    is applied to the card's state as the database holds it inside the transaction. With
    `expected` (the state the user was shown), a different state raises `StaleCard` and
    nothing is written. `after` is the state the rating gives from `expected` at `when`
    when the caller has worked it out already (`scheduler.preview`); None: worked out here.
    """
    with store.transaction() as conn:
        deck_id, before = _deck_and_state(conn, card_id)
        if expected is not None and before != expected:
            raise StaleCard(card_id, before)
        day = fsrs_scheduler.day_of(when)
        if after is None or expected is None:
            after = review(fsrs_scheduler, card_id, before, rating, when, day)
        duration_ms = max(0, int(duration_ms))
        cursor = conn.execute(
            "INSERT INTO reviews (card_id, rating, reviewed_at, duration_ms, phase, day, schedule_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (card_id, int(rating), format_time(when), duration_ms, int(before.state), day,
             schedule_id(conn, fsrs_scheduler)),
        )
        review_id = _row_id(cursor)
        _add_hour(conn, deck_id, when, int(rating), int(before.state), duration_ms)
        save_state(conn, card_id, after)
    return review_id


def _deck_and_state(conn: sqlite3.Connection, card_id: int) -> tuple[int, CardState]:
    """Card `card_id`'s deck and cached state; `StoreError` if there is no such card."""
    row = conn.execute(f"SELECT deck_id, {', '.join(STATE_COLUMNS)} FROM cards WHERE id = ?", (card_id,)).fetchone()
    if row is None:
        raise StoreError(f"no card with id {card_id}")
    return row["deck_id"], state_from_row(row)


def undo_review(
    store: Store, fsrs_scheduler: CardScheduler, review_id: int, restore: CardState | None = None
) -> int:
    """Delete review `review_id` and put its card back as it was; the card's id.

    `restore` is the card's state from just before the review (the session keeps it):
    written back as it was, whatever changed since. Without it, the state is replayed
    from the rest of the log, each review with its recorded settings. `StoreError` if
    there is no such review.
    """
    with store.transaction() as conn:
        row = conn.execute("SELECT card_id FROM reviews WHERE id = ?", (review_id,)).fetchone()
        if row is None:
            raise StoreError(f"no review with id {review_id}")
        card_id = int(row["card_id"])
        _count_hour(conn, review_id, -1)
        conn.execute("DELETE FROM reviews WHERE id = ?", (review_id,))
        if restore is None:
            restore = replay(fsrs_scheduler, card_id, card_log(conn, card_id, fsrs_scheduler))
        save_state(conn, card_id, restore)
    return card_id


_COUNT_HOUR = f"""
INSERT INTO review_hours (deck_id, hour, reviews, again, mature, mature_again, duration_ms)
SELECT cards.deck_id, {schema.HOUR_OF}, :sign, :sign * (reviews.rating = 1),
       :sign * (reviews.phase = 2), :sign * (reviews.phase = 2 AND reviews.rating = 1),
       :sign * reviews.duration_ms
FROM reviews JOIN cards ON cards.id = reviews.card_id WHERE reviews.id = :review
ON CONFLICT (deck_id, hour) DO UPDATE SET
  reviews = reviews + excluded.reviews, again = again + excluded.again,
  mature = mature + excluded.mature, mature_again = mature_again + excluded.mature_again,
  duration_ms = duration_ms + excluded.duration_ms
"""


_DROP_EMPTY_HOUR = f"""
DELETE FROM review_hours WHERE reviews = 0 AND (deck_id, hour) =
  (SELECT cards.deck_id, {schema.HOUR_OF} FROM reviews JOIN cards ON cards.id = reviews.card_id
   WHERE reviews.id = :review)
"""


_ADD_HOUR = """
INSERT INTO review_hours (deck_id, hour, reviews, again, mature, mature_again, duration_ms)
VALUES (:deck, :hour, 1, :again, :mature, :again * :mature, :duration)
ON CONFLICT (deck_id, hour) DO UPDATE SET
  reviews = reviews + 1, again = again + excluded.again, mature = mature + excluded.mature,
  mature_again = mature_again + excluded.mature_again, duration_ms = duration_ms + excluded.duration_ms
"""


def _add_hour(conn: sqlite3.Connection, deck_id: int, when: datetime, rating: int, phase: int, duration: int) -> None:
    """Count a review just recorded in `review_hours` (its UTC hour as `schema.HOUR_OF` reckons it)."""
    hour = int(as_utc(when).timestamp()) // 3600
    values = {"deck": deck_id, "hour": hour, "again": int(rating == Rating.AGAIN), "mature": int(phase == Phase.REVIEW)}
    conn.execute(_ADD_HOUR, values | {"duration": duration})


def _count_hour(conn: sqlite3.Connection, review_id: int, sign: int) -> None:
    """Add (`sign` +1) or take away (-1) review `review_id` in `review_hours`.

    An hour left with no review is deleted, so the table holds exactly the log summed
    and undoing every review leaves it as it was.
    """
    conn.execute(_COUNT_HOUR, {"sign": sign, "review": review_id})
    if sign < 0:
        conn.execute(_DROP_EMPTY_HOUR, {"review": review_id})


def _state_values(state: CardState) -> tuple[object, ...]:
    """`state` as values for `STATE_COLUMNS`, times in the stored text format."""
    return (
        int(state.state),
        state.step,
        state.stability,
        state.difficulty,
        _text(state.due),
        _text(state.last_review),
        state.reps,
        state.lapses,
        _text(state.introduced_at),
        state.last_day,
    )


def _text(moment: datetime | None) -> str | None:
    """A time in the stored format; None stays None."""
    return None if moment is None else format_time(moment)


def _time(text: str) -> datetime:
    """A stored, non-null time."""
    moment = parse_time(text)
    assert moment is not None
    return moment


def _row_id(cursor: sqlite3.Cursor) -> int:
    """The id of the row the cursor just inserted."""
    assert cursor.lastrowid is not None
    return cursor.lastrowid
