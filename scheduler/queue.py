"""Today's queue in plain, indexed SQL: `DueCounts`, `due_counts`, `deck_counts`, `next_card_id`.

The counts say which cards are available in the local day; `next_card_id` picks the
card to show next. Light on purpose (standard library only): the home screen counts at
start-up.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from scheduler.clock import day_bounds
from scheduler.store import Store, format_time

LEARNING_STATES = "(1, 3)"
"""The learning and relearning values of `cards.state`, as an SQL list."""

IN_PLAY = (
    "cards.removed_at IS NULL AND cards.suspended = 0"
    " AND (cards.buried_until IS NULL OR cards.buried_until <= :now)"
)
"""SQL: the card may be shown (not removed, suspended or buried at `:now`)."""

_COUNTS = f"""
SELECT decks.id AS deck_id,
  (SELECT COUNT(*) FROM cards WHERE cards.deck_id = decks.id
     AND cards.state IN (1, 3) AND cards.due < :end AND {IN_PLAY}
  ) AS learning,
  (SELECT COUNT(*) FROM cards WHERE cards.deck_id = decks.id
     AND cards.state = 2 AND cards.due < :end AND {IN_PLAY}
  ) AS review,
  (SELECT COUNT(*) FROM (SELECT 1 FROM cards WHERE cards.deck_id = decks.id
     AND cards.state = 0 AND {IN_PLAY} LIMIT :new_per_day)
  ) AS unseen,
  (SELECT COUNT(*) FROM cards WHERE cards.deck_id = decks.id
     AND cards.introduced_at >= :start
  ) AS introduced
FROM decks
"""


@dataclass(frozen=True)
class DueCounts:
    """Cards available today: new ones, learning ones and reviews."""

    new: int = 0
    learning: int = 0
    review: int = 0

    @property
    def total(self) -> int:
        """All cards available today."""
        return self.new + self.learning + self.review

    def __add__(self, other: DueCounts) -> DueCounts:
        """The counts of two sets of decks together."""
        return DueCounts(
            self.new + other.new,
            self.learning + other.learning,
            self.review + other.review,
        )


def deck_counts(
    store: Store,
    now: datetime,
    *,
    new_per_day: int = 10,
    day_starts_at: int = 4,
    deck_ids: Sequence[int] | None = None,
    tz: tzinfo | None = None,
) -> dict[int, DueCounts]:
    """Per deck, the cards available in the local day holding `now`.

    Learning and reviews: due before the day ends. New: the deck's unseen cards, up to
    `new_per_day` minus the cards it introduced since the day began. Removed cards
    never count. `deck_ids=None` means every deck.
    """
    start, end = day_bounds(now, day_starts_at, tz)
    where, params = _deck_filter("decks.id", deck_ids)
    params |= {"start": format_time(start), "end": format_time(end), "now": format_time(now)}
    params["new_per_day"] = new_per_day
    rows = store.conn.execute(f"{_COUNTS} WHERE {where}", params)
    return {row["deck_id"]: _counts(row, new_per_day) for row in rows}


def due_counts(
    store: Store,
    now: datetime,
    *,
    new_per_day: int = 10,
    day_starts_at: int = 4,
    deck_ids: Sequence[int] | None = None,
    tz: tzinfo | None = None,
) -> DueCounts:
    """The cards available today across decks: the per-deck counts summed."""
    per_deck = deck_counts(
        store,
        now,
        new_per_day=new_per_day,
        day_starts_at=day_starts_at,
        deck_ids=deck_ids,
        tz=tz,
    )
    return sum(per_deck.values(), DueCounts())


def next_card_id(
    store: Store,
    now: datetime,
    *,
    new_per_day: int = 10,
    day_starts_at: int = 4,
    learn_ahead: timedelta = timedelta(minutes=20),
    deck_ids: Sequence[int] | None = None,
    tz: tzinfo | None = None,
    avoid: int | None = None,
) -> int | None:
    """The id of the card to show next, or None when nothing is left for now.

    In order: learning cards due by `now`, reviews due today, new cards in note order
    while the deck's allowance lasts, learning cards due within `learn_ahead`. Card
    `avoid` (the one just rated) is only chosen when no other card is available.
    """
    start, end = day_bounds(now, day_starts_at, tz)
    decks = _resolve_decks(store, deck_ids)
    stages = _stages(store.conn, decks, now, start, end, new_per_day, learn_ahead)
    fallback = None
    for candidates in stages:
        for card_id in candidates:
            if card_id != avoid:
                return card_id
            fallback = card_id
    return fallback


def _stages(
    conn: sqlite3.Connection,
    decks: list[int],
    now: datetime,
    start: datetime,
    end: datetime,
    new_per_day: int,
    learn_ahead: timedelta,
) -> Iterator[list[int]]:
    """Up to two candidate ids per queue stage, each stage queried only when reached."""
    where, params = _deck_filter("deck_id", decks)
    params = params | {"now": format_time(now)}
    due = f"SELECT id FROM cards WHERE {where} AND {IN_PLAY} AND state"
    order = "ORDER BY due, id LIMIT 2"
    learning = f"{due} IN {LEARNING_STATES} AND due <= :until {order}"
    yield _ids(conn, learning, params | {"until": format_time(now)})
    reviews = f"{due} = 2 AND due < :until {order}"
    yield _ids(conn, reviews, params | {"until": format_time(end)})
    for deck_id in _decks_with_allowance(conn, decks, start, new_per_day):
        yield _ids(conn, _NEW_IN_NOTE_ORDER, {"deck": deck_id, "now": params["now"]})
    yield _ids(conn, learning, params | {"until": format_time(now + learn_ahead)})


_NEW_IN_NOTE_ORDER = (
    f"SELECT id FROM cards WHERE deck_id = :deck AND state = 0 AND {IN_PLAY}"
    " ORDER BY file, line LIMIT 2"
)


def _decks_with_allowance(
    conn: sqlite3.Connection, decks: list[int], start: datetime, new_per_day: int
) -> Iterator[int]:
    """The decks, in id order, that may still introduce a new card today."""
    for deck_id in sorted(decks):
        introduced = conn.execute(
            "SELECT COUNT(*) FROM cards WHERE deck_id = ? AND introduced_at >= ?",
            (deck_id, format_time(start)),
        ).fetchone()[0]
        if introduced < new_per_day:
            yield deck_id


def _counts(row: sqlite3.Row, new_per_day: int) -> DueCounts:
    """A deck's counts from its row of `_COUNTS`, the new-card limit applied."""
    allowance = max(0, new_per_day - row["introduced"])
    return DueCounts(
        new=min(row["unseen"], allowance),
        learning=row["learning"],
        review=row["review"],
    )


def _resolve_decks(store: Store, deck_ids: Sequence[int] | None) -> list[int]:
    """`deck_ids`, or every deck's id when None."""
    if deck_ids is not None:
        return list(deck_ids)
    return [row[0] for row in store.conn.execute("SELECT id FROM decks")]


def _deck_filter(column: str, deck_ids: Sequence[int] | None) -> tuple[str, dict[str, object]]:
    """An SQL condition restricting `column` to `deck_ids` (None: no restriction)."""
    if deck_ids is None:
        return "1", {}
    names = [f"d{index}" for index in range(len(deck_ids))]
    condition = f"{column} IN ({', '.join(':' + name for name in names)})"
    return condition, dict(zip(names, deck_ids, strict=True))


def _ids(conn: sqlite3.Connection, sql: str, params: dict[str, object]) -> list[int]:
    """The ids a query returns."""
    return [row[0] for row in conn.execute(sql, params)]
