"""The review log and the card-state cache of the cards table.

Holds `record_review` (append a review), `undo_review` (take one back: an undo event), `card_log`
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
from scheduler.fuzz import fuzz_factor
from scheduler.log_order import LATEST_ORDER_TIME, LOG_ORDER, order_after
from scheduler.recipes import SCHEDULE_OF, from_recipe, recipe_of, schedule_id
from scheduler.store import Store, StoreError, format_time, parse_time
from scheduler.undos import record_undo

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


_LOAD_STATE = f"SELECT {', '.join(STATE_COLUMNS)} FROM cards WHERE id = ?"


def load_state(conn: sqlite3.Connection, card_id: int) -> CardState:
    """The cached state of card `card_id`; `StoreError` if there is no such card."""
    row = conn.execute(_LOAD_STATE, (card_id,)).fetchone()
    if row is None:
        raise StoreError(f"no card with id {card_id}")
    return state_from_row(row)


_SAVE_STATE = f"UPDATE cards SET {', '.join(f'{column} = ?' for column in STATE_COLUMNS)} WHERE id = ?"
_SAVE_LATER_STATE = _SAVE_STATE.replace(" introduced_at = ?,", "")
"""The same, leaving `introduced_at` (and so its index) alone."""


def save_state(conn: sqlite3.Connection, card_id: int, state: CardState, before: CardState | None = None) -> None:
    """Write `state` into the cache columns of card `card_id`.

    With `before` (the state it replaces) introduced at the same time, `introduced_at` is
    not written: SQLite then leaves its index alone, one page fewer to commit.
    """
    values = _state_values(state)
    if before is not None and before.introduced_at == state.introduced_at:
        conn.execute(_SAVE_LATER_STATE, (*values[:8], values[9], card_id))
    else:
        conn.execute(_SAVE_STATE, (*values, card_id))


def card_log(
    conn: sqlite3.Connection, card_id: int, fsrs_scheduler: CardScheduler | None = None
) -> list[Logged]:
    """Card `card_id`'s reviews since its last reset, oldest first, as replay needs them.

    Each carries the local day, fuzz draw and settings recorded with it (a recorded recipe
    keeps `fsrs_scheduler`'s day rule; without `fsrs_scheduler`, none is attached).
    A reset (a `card_events` row of kind 'reset') keeps the history but restarts the
    state: only the reviews after its `after_review` count (`counted_reviews`). Undone
    reviews do not count. The order is global (`LOG_ORDER`), the same on every machine.
    """
    rows = conn.execute(
        "SELECT rating, reviewed_at, day, recipe, draw FROM counted_reviews"
        " LEFT JOIN schedules ON schedules.id = counted_reviews.schedule_id"
        f" WHERE card_id = ? ORDER BY {LOG_ORDER}",
        (card_id,),
    )
    return [logged(row, fsrs_scheduler) for row in rows]


def logged(row: Mapping[str, Any], fsrs_scheduler: CardScheduler | None) -> Logged:
    """A review row (`rating`, `reviewed_at`, `day`, `recipe`, `draw`) as a `Logged` review."""
    recipe = row["recipe"]
    scheduler = None
    if recipe is not None and fsrs_scheduler is not None:
        scheduler = from_recipe(recipe, fsrs_scheduler.day_starts_at, fsrs_scheduler.tz)
    return Logged(Rating(row["rating"]), _time(row["reviewed_at"]), row["day"], scheduler, row["draw"])


class StaleCard(Exception):
    """The card changed in the database (another window rated it) since its state was shown; nothing was saved."""

    def __init__(self, card_id: int, now: CardState) -> None:
        """Card `card_id`, whose state in the database is now `now`."""
        super().__init__(f"card {card_id} changed since it was shown")
        self.card_id = card_id
        self.now = now


_BEFORE = (
    f"SELECT deck_id, {', '.join(STATE_COLUMNS)}, {LATEST_ORDER_TIME} AS latest, {SCHEDULE_OF} AS schedule"
    " FROM cards WHERE id = ?"
)
"""A card's deck, cached state and latest order time, and the id of a recipe (NULL: new): what recording reads."""

_APPEND = (
    "INSERT INTO review_log (card_id, rating, reviewed_at, duration_ms, phase, day, schedule_id, draw, sort_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


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

    The review records its local day, its fuzz draw and the settings it was scheduled with
    (what a replay on any machine needs). The rating
    is applied to the card's state as the database holds it inside the transaction. With
    `expected` (the state the user was shown), a different state raises `StaleCard` and
    nothing is written. `after` is the state the rating gives from `expected` at `when`
    when the caller has worked it out already (`scheduler.preview`); None: worked out here.
    One transaction (`write_review`).
    """
    with store.transaction() as conn:
        return write_review(conn, fsrs_scheduler, card_id, rating, when, duration_ms, expected=expected, after=after)


def write_review(
    conn: sqlite3.Connection,
    fsrs_scheduler: CardScheduler,
    card_id: int,
    rating: Rating,
    when: datetime,
    duration_ms: int,
    *,
    expected: CardState | None = None,
    after: CardState | None = None,
) -> int:
    """`record_review` inside the caller's write transaction: four statements (read the card
    and the recipe's id, append the review, count its hour, write the card's state)."""
    row = conn.execute(_BEFORE, (recipe_of(fsrs_scheduler), card_id)).fetchone()
    if row is None:
        raise StoreError(f"no card with id {card_id}")
    before = state_from_row(row)
    if expected is not None and before != expected:
        raise StaleCard(card_id, before)
    day = fsrs_scheduler.day_of(when)
    draw = fuzz_factor(card_id=card_id, index=before.reps)
    if after is None or expected is None:
        after = review(fsrs_scheduler, card_id, before, rating, when, day, draw)
    duration_ms, stamp, schedule = max(0, int(duration_ms)), format_time(when), row["schedule"]
    if schedule is None:  # settings never used before: their recipe joins `schedules`
        schedule = schedule_id(conn, fsrs_scheduler)
    values = (card_id, int(rating), stamp, duration_ms, int(before.state), day, schedule, draw,
              order_after(row["latest"], stamp))
    review_id = conn.execute(_APPEND, values).lastrowid
    _add_hour(conn, row["deck_id"], when, int(rating), int(before.state), duration_ms)
    save_state(conn, card_id, after, before)
    assert review_id is not None
    return review_id


def undo_review(
    store: Store,
    fsrs_scheduler: CardScheduler,
    review_id: int,
    restore: CardState | None = None,
    when: datetime | None = None,
) -> int:
    """Take back review `review_id` and put its card back as it was; the card's id.

    Undo is an event, never a deletion (`scheduler.undos`): the review stays in the log,
    marked undone, so the undo can travel to other machines. `restore` is the card's state
    from just before the review (the session keeps it): written back as it was, whatever
    changed since. Without it, the state is replayed from the rest of the log. `StoreError`
    if there is no such review, or it is already undone.
    """
    with store.transaction() as conn:
        row = conn.execute("SELECT card_id FROM reviews WHERE id = ?", (review_id,)).fetchone()
        if row is None:
            raise StoreError(f"no review with id {review_id}")
        card_id = int(row["card_id"])
        _count_hour(conn, review_id, -1)
        record_undo(conn, "review", review_id, when)
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
