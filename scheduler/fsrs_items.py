"""The review log as FSRS training items: `Items`, `deck_items`, `items_from_log`, `LoggedReview`, `deck_log`.

FSRS learns from items: a card's reviews up to one review made at least a day after
the one before it (a "long-term" review), with the elapsed time between reviews in
whole local days, the days that roll over at `day_starts_at` (as Anki counts them,
the convention FSRS's default parameters were fitted with): the day recorded with each
review (`reviews.day`, as the scheduler counted it), else the day reckoned from its time. The item asks: given this
history, was the last review a success? Every card gives one item per long-term
review. A review dated on an earlier day than the one before it (a clock set back)
counts 0 days after it. A card's log starts after its last reset, as the scheduler
replays it.

Built for a million reviews: the log is read in one scan of the table, in the table's
own order, and walked once: each review goes onto its card's history, and a long-term
one makes an item, a span of that history. Nothing is sorted by card, no column is
copied, and one object stands for every review with the same rating and elapsed days
(`review`, a pair unless asked otherwise: `scheduler.optimize` asks for fsrs-rs-python's
own, so its items need no conversion). Plain Python only.
"""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from operator import itemgetter
from typing import NamedTuple

from scheduler.days import DAY_MS, QUARTER_HOUR_MS, DayShifts
from scheduler.stats_queries import Decks


class LoggedReview(NamedTuple):
    """One review of the log, as training and export need it."""

    card_id: int
    rating: int
    at_ms: int
    """When, in unix milliseconds."""
    duration_ms: int
    phase: int | None
    """The card's `Phase` before the review (None for reviews from before schema 3)."""
    day: int | None = None
    """The local day (`date.toordinal`) recorded with the review; None: reckon it from `at_ms`."""

    @property
    def at(self) -> datetime:
        """When, as an aware UTC datetime."""
        return datetime.fromtimestamp(self.at_ms / 1000, UTC)


ReviewMaker = Callable[[int, int], object]
"""Makes the object an item holds for a review, from its rating and elapsed days."""


def pair(rating: int, elapsed: int) -> tuple[int, int]:
    """A review as (rating, elapsed days): how items hold their reviews unless asked otherwise."""
    return rating, elapsed


@dataclass(frozen=True)
class Items:
    """FSRS training items, oldest first: `spans[i]` is item `i` as (when, card, length, history).

    `history` is the card's reviews since its last reset, oldest first, each as made by
    the `ReviewMaker` (one object per distinct rating and elapsed days); the items of one
    card share the one list. The item is its first `length` reviews: the last of them is
    its long-term review, made `when` (unix ms; held-out items are the latest ones).
    Items made at the same moment go by card, then in the card's own order.
    """

    spans: list[tuple[int, int, int, list]]

    def __len__(self) -> int:
        """How many items (long-term reviews)."""
        return len(self.spans)

    def reviews(self, index: int) -> tuple:
        """Item `index`'s reviews as made (by default (rating, elapsed days)), its long-term review last."""
        _when, _card, length, history = self.spans[index]
        return tuple(history[:length])

    def remade(self, review: ReviewMaker) -> Items:
        """The same items with each review made by `review` instead (from items holding `pair`s)."""
        made: dict[object, object] = {}
        histories: dict[int, list] = {}
        spans = []
        for when, card, length, history in self.spans:
            if card not in histories:
                histories[card] = [made[old] if old in made else made.setdefault(old, review(*old)) for old in history]
            spans.append((when, card, length, histories[card]))
        return Items(spans)


_AT_MS = "CAST(round((julianday(substr(reviews.reviewed_at, 1, 23)) - 2440587.5) * 86400000) AS INTEGER)"
"""SQL for a stored review time as unix milliseconds, the microseconds cut off (stored times are UTC, six decimals).

SQLite holds a Julian day as whole milliseconds, exactly; its fraction as a float is
within a hundredth of a millisecond of them, which the rounding takes back.
"""

_RESETS = """SELECT card_events.card_id, MAX(COALESCE(covered.sort_at, covered.reviewed_at)) AS after
FROM card_events JOIN review_log AS covered ON covered.id = card_events.after_review
WHERE card_events.kind = 'reset' GROUP BY card_events.card_id"""
"""Each reset card's last reset point: the order time of the review it was made after; its reviews ordered
until then no longer count (`scheduler.log_order`), merged ones too."""


def _select(conn: sqlite3.Connection, columns: str, deck_ids: Sequence[int] | None) -> list[tuple]:
    """`columns` of the reviews (since each card's last reset) of decks `deck_ids` (None: every deck), table order.

    Without a reset in the log, no review is looked up among the resets (a sixth of the reading). The
    reviews of a card that starts from the spaced-repetition plugin's schedule (`scheduler.plugin_seeds`)
    are left out until it is reset: their history has no start for FSRS to learn from.
    """
    decks = Decks(deck_ids)
    resets, joined, conditions = "", "", []
    if conn.execute("SELECT 1 FROM card_events WHERE kind = 'reset' LIMIT 1").fetchone() is not None:
        resets, joined = f"WITH resets AS ({_RESETS}) ", " LEFT JOIN resets ON resets.card_id = reviews.card_id"
        conditions.append("COALESCE(reviews.sort_at, reviews.reviewed_at) > COALESCE(resets.after, '')")
    if conn.execute("SELECT 1 FROM counted_seeds LIMIT 1").fetchone() is not None:
        conditions.append("reviews.card_id NOT IN (SELECT card_id FROM counted_seeds)")  # histories without a start
    if deck_ids is not None:
        conditions.append(f"+reviews.card_id IN (SELECT id FROM cards WHERE {decks.where('deck_id')})")
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    cursor = conn.cursor()
    cursor.row_factory = None  # plain tuples, a tenth cheaper by the million than the connection's rows
    query = f"{resets}SELECT {columns} FROM reviews{joined}{where} ORDER BY reviews.id"
    return cursor.execute(query, decks.params).fetchall()


def _merged(conn: sqlite3.Connection) -> bool:
    """Whether the log holds reviews merged from other machines (later in the table than their time)."""
    return conn.execute("SELECT 1 FROM review_log WHERE origin IS NOT NULL LIMIT 1").fetchone() is not None


def deck_log(conn: sqlite3.Connection, deck_ids: Sequence[int] | None = None) -> list[LoggedReview]:
    """The reviews (since each card's last reset) of decks `deck_ids` (None: every deck), card by card, oldest first.

    The table is read once in its own order, then grouped by card here (a stable sort,
    so each card's reviews stay in the order they were made): much faster for a large
    log than asking SQLite for card order, which reads the rows in random order. With
    merged reviews, each card's reviews are put in time order.
    """
    columns = f"reviews.card_id, rating, {_AT_MS}, duration_ms, phase, day"
    rows = _select(conn, columns, deck_ids)
    rows.sort(key=itemgetter(0, 2) if _merged(conn) else itemgetter(0))
    return list(map(LoggedReview._make, rows))


def deck_items(
    conn: sqlite3.Connection, deck_ids: Sequence[int] | None = None, day_starts_at: int = 4, tz: tzinfo | None = None,
    review: ReviewMaker = pair,
) -> Items:
    """The training items of decks `deck_ids` (None: every deck), read in one scan of the log in the table's order."""
    with _bulk():
        rows = _read(conn, deck_ids)
        return _items(rows, day_starts_at, tz, review, _cards_below(conn, len(rows)))


def _cards_below(conn: sqlite3.Connection, reviews: int) -> int | None:
    """A bound on the log's card ids small enough to index a list by (a few per review), if there is one."""
    low, high = conn.execute(
        "SELECT (SELECT MIN(card_id) FROM review_log WHERE undone = 0),"
        " (SELECT MAX(card_id) FROM review_log WHERE undone = 0)"  # each read off an end of reviews_card_order
    ).fetchone()
    return high + 1 if low is not None and low >= 0 and high < 4 * reviews + 1024 else None


def items_from_log(
    log: Sequence[LoggedReview], day_starts_at: int = 4, tz: tzinfo | None = None, review: ReviewMaker = pair
) -> Items:
    """The training items of `log` (each card's reviews oldest first; the cards in any order)."""
    with _bulk():
        return _items(map(itemgetter(0, 1, 2, 5), log), day_starts_at, tz, review)


def _read(conn: sqlite3.Connection, deck_ids: Sequence[int] | None) -> list[tuple]:
    """(card, rating, time in ms, recorded day) of the reviews since each card's last reset, each card's in order.

    In the table's order, which is each card's order unless reviews were merged from other
    machines (they come later in the table): then the reviews are put in time order.
    """
    rows = _select(conn, f"reviews.card_id, rating, {_AT_MS}, day", deck_ids)
    if _merged(conn):
        rows.sort(key=itemgetter(2))  # stable: reviews made at the same moment stay in the table's order
    return rows


@contextmanager
def _bulk() -> Iterator[None]:
    """Hold the cyclic garbage collector while millions of tuples and lists are made (none of them cyclic)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


class _ByCard(dict[int, object]):
    """A table by card id for ids too large or scattered to index a list: None for a card not in it yet."""

    def __missing__(self, card: int) -> None:
        """Nothing kept for `card` yet."""
        return None


class _Made(dict[int, object]):
    """One review object for each rating and elapsed days (keyed `rating + 8 * elapsed`), made when first asked for."""

    def __init__(self, review: ReviewMaker) -> None:
        """Reviews made by `review`."""
        super().__init__()
        self.review = review

    def __missing__(self, code: int) -> object:
        """Make the review of `code` (ratings are 1-4: the low three bits)."""
        made = self[code] = self.review(code & 7, code >> 3)
        return made


def _items(
    rows: Iterable[tuple[int, int, int, int | None]], day_starts_at: int, tz: tzinfo | None, review: ReviewMaker,
    cards_below: int | None = None,
) -> Items:
    """The items of `rows` (card, rating, time in ms, recorded day or None), each card's reviews in their order.

    With `cards_below` (every card id is in `range(cards_below)`), each card's history
    and last day are kept in lists indexed by its id: a third faster than dictionaries.
    """
    shifts, made = DayShifts(day_starts_at, tz), _Made(review)
    histories: list | _ByCard = _ByCard() if cards_below is None else [None] * cards_below
    last_day: list | _ByCard = _ByCard() if cards_below is None else [0] * cards_below
    spans = []
    for card, rating, at_ms, day in rows:
        if day is None:
            day = (at_ms + shifts[at_ms // QUARTER_HOUR_MS]) // DAY_MS
        history = histories[card]
        if history is None:
            histories[card] = [made[rating]]
        elif day > last_day[card]:
            history.append(made[rating + 8 * (day - last_day[card])])
            spans.append((at_ms, card, len(history), history))
        else:
            history.append(made[rating])
        last_day[card] = day
    spans.sort()  # by time, then card, then length: the card's own order (never down to the history)
    return Items(spans)


def logged(reviews: Iterable[tuple[int, int, datetime, int, int | None]]) -> list[LoggedReview]:
    """`LoggedReview`s from (card, rating, aware time, duration ms, phase) tuples."""
    return [
        LoggedReview(card, rating, round(at.timestamp() * 1000), ms, phase) for card, rating, at, ms, phase in reviews
    ]
