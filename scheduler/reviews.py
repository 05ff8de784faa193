"""The review log and the card-state cache of the cards table.

Holds `record_review` (append a review; `write_review` and `read_before` inside a caller's
transaction), `undo_review` (take one back: an undo event), `card_log` (a card's reviews),
and `load_state` / `save_state` / `state_from_row` for the cached FSRS state; the hourly
totals kept with them are `scheduler.hour_totals`. Every write here is one transaction,
committed before the function returns.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, NamedTuple

from scheduler.engine import CardScheduler, CardState, Logged, Phase, Rating, replay, review
from scheduler.fuzz import review_draw
from scheduler.hour_totals import add_hour, count_hour
from scheduler.log_order import LATEST_ORDER_TIME, LOG_ORDER, order_after
from scheduler.plugin_seeds import seed_start
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
    return state_from_values(tuple(row[column] for column in STATE_COLUMNS))


def state_from_values(values: Sequence[Any]) -> CardState:
    """The `CardState` whose `STATE_COLUMNS` values are `values`, in that order."""
    state, step, stability, difficulty, due, last_review, reps, lapses, introduced_at, last_day = values
    return CardState(
        _PHASES[state], step, stability, difficulty, _parsed(due), _parsed(last_review), reps, lapses,
        _parsed(introduced_at), last_day,
    )


_PHASES = tuple(Phase)
"""Each phase by its value."""


def _parsed(text: str | None) -> datetime | None:
    """A stored time (UTC, as `format_time` writes it) as an aware datetime; None stays None."""
    return None if text is None else _from_text(text).astimezone(UTC)


_from_text = datetime.fromisoformat


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
    if before is not None and before.introduced_at == state.introduced_at:
        conn.execute(_SAVE_LATER_STATE, (*state_values(state, introduced=False), card_id))
    else:
        conn.execute(_SAVE_STATE, (*state_values(state), card_id))


def save_states(conn: sqlite3.Connection, states: Iterable[tuple[int, CardState]]) -> None:
    """`save_state` for each (card id, state) of `states`, in one statement run over them all; a state several
    cards share is turned into values once (a sync seeding cards from the same schedule)."""
    states = list(states)  # each state alive while its `id` names it
    values: dict[int, tuple[object, ...]] = {}
    for _card_id, state in states:
        if id(state) not in values:
            values[id(state)] = state_values(state)
    conn.executemany(_SAVE_STATE, [(*values[id(state)], card_id) for card_id, state in states])


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


class Before(NamedTuple):
    """A card as recording a rating needs it from the database first."""

    deck_id: int
    state: CardState
    """Its cached FSRS state."""
    latest: str | None
    """The latest order time among its reviews (`scheduler.log_order`); None: it has none."""
    schedule: int
    """The id in `schedules` of the recipe the rating is scheduled with."""


def read_before(conn: sqlite3.Connection, fsrs_scheduler: CardScheduler, card_id: int) -> Before:
    """Card `card_id` as the open write transaction sees it, with `fsrs_scheduler`'s recipe id (the recipe is
    stored first if it is new); `StoreError` if there is no such card. One statement, as a rule."""
    row = conn.execute(_BEFORE, (recipe_of(fsrs_scheduler), card_id)).fetchone()
    if row is None:
        raise StoreError(f"no card with id {card_id}")
    schedule = row["schedule"]
    if schedule is None:  # settings never used before: their recipe joins `schedules`
        schedule = schedule_id(conn, fsrs_scheduler)
    return Before(row["deck_id"], state_from_row(row), row["latest"], schedule)


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
    before: Before | None = None,
) -> int:
    """`record_review` inside the caller's write transaction: the card read (`read_before`), its review appended,
    the review's hour counted, the card's state written.

    `before` is the card as the caller knows the transaction sees it (nobody has written
    since the caller read it): it is not read again.
    """
    if before is None:
        before = read_before(conn, fsrs_scheduler, card_id)
    state = before.state
    if expected is not None and state is not expected and state != expected:
        raise StaleCard(card_id, state)
    day = fsrs_scheduler.day_of(when)
    draw = review_draw(card_id=card_id, index=state.reps)
    if after is None or expected is None:
        after = review(fsrs_scheduler, card_id, state, rating, when, day, draw)
    duration_ms, stamp = max(0, int(duration_ms)), format_time(when)
    values = (card_id, int(rating), stamp, duration_ms, int(state.state), day, before.schedule, draw,
              order_after(before.latest, stamp))
    review_id = conn.execute(_APPEND, values).lastrowid
    add_hour(conn, before.deck_id, when, int(rating), int(state.state), duration_ms)
    save_state(conn, card_id, after, state)
    assert review_id is not None
    return review_id


def undo_review(
    store: Store,
    fsrs_scheduler: CardScheduler,
    review_id: int,
    restore: CardState | None = None,
    when: datetime | None = None,
    *,
    written: CardState | None = None,
) -> int:
    """Take back review `review_id` and put its card back as it was; the card's id.

    Undo is an event, never a deletion (`scheduler.undos`): the review stays in the log,
    marked undone, so the undo can travel to other machines. `restore` is the card's state
    from just before the review and `written` the state the review left (the session keeps
    both): `restore` is written back while the card still holds `written`. Otherwise (the
    card was rated, reset or merged since, in another window or by a sync) the state is
    replayed from the rest of the log. `StoreError` if there is no such review, or it is
    already undone.
    """
    with store.transaction() as conn:
        row = conn.execute("SELECT card_id FROM reviews WHERE id = ?", (review_id,)).fetchone()
        if row is None:
            raise StoreError(f"no review with id {review_id}")
        card_id = int(row["card_id"])
        count_hour(conn, review_id, -1)
        record_undo(conn, "review", review_id, when)
        if restore is None or written is None or load_state(conn, card_id) != written:
            start = seed_start(conn, card_id, fsrs_scheduler)
            restore = replay(fsrs_scheduler, card_id, card_log(conn, card_id, fsrs_scheduler), start)
        save_state(conn, card_id, restore)
    return card_id


def state_values(state: CardState, *, introduced: bool = True) -> tuple[object, ...]:
    """`state` as values for `STATE_COLUMNS`, times in the stored text format (without `introduced_at` unless
    `introduced`: the columns `_SAVE_LATER_STATE` writes)."""
    head = (int(state.state), state.step, state.stability, state.difficulty, _text(state.due),
            _text(state.last_review), state.reps, state.lapses)
    return (*head, _text(state.introduced_at), state.last_day) if introduced else (*head, state.last_day)


def _text(moment: datetime | None) -> str | None:
    """A time in the stored format; None stays None."""
    return None if moment is None else format_time(moment)


def _time(text: str) -> datetime:
    """A stored, non-null time."""
    moment = parse_time(text)
    assert moment is not None
    return moment
