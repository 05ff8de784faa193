"""Today's queue in plain, indexed SQL: `DueCounts`, `due_counts`, `deck_counts`, `next_card_id`.

The counts say which cards are available in the local day; `next_card_id` picks the
card to show next (in the order `scheduler.queue_order` describes); when the next card
comes after the day's are done is `scheduler.next_card`. Each call runs under the `Rules` of its decks
(`scheduler.rules.rules_for` makes them from the settings), and may keep to a tag or some notes
(`scheduler.focus`).
Light on purpose (standard library only): the home screen counts at start-up.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from typing import NamedTuple

from scheduler.allowance import DayLimits, new_allowance, reviews_left
from scheduler.bring_forward import brought_forward, in_final_days
from scheduler.days import Today, day_start
from scheduler.due_first import DueFirst
from scheduler.focus import Focus, focus_sql
from scheduler.learning_due import learning_due
from scheduler.queue_order import (
    DUE_ORDER,
    IN_PLAY,
    LEARNING_STATES,
    NOTE_ORDER,
    SHUFFLED,
    WEAKEST_FIRST,
    day_seed,
    deck_params,
    due_in,
)
from scheduler.rules import Rules
from scheduler.store import Store, format_time
from scheduler.weakest_first import WeakestFirst

DEFAULT_RULES = Rules()
"""Rules when none are given: 10 new cards a day per deck, no review limit, days from 04:00 local."""

__all__ = ["IN_PLAY", "LEARNING_STATES", "DueCounts", "day_limits", "deck_counts", "due_counts", "next_card_id"]

_COUNTS = f"""
SELECT
  (SELECT COUNT(*) FROM cards WHERE cards.deck_id = :deck
     AND cards.state IN (1, 3) AND cards.due < :end AND {IN_PLAY}{{narrowed}}
  ) AS learning,
  (SELECT COUNT(*) FROM (SELECT 1 FROM cards WHERE cards.deck_id = :deck
     AND cards.state = 2 AND cards.due < :end AND {IN_PLAY}{{narrowed}} LIMIT :reviews)
  ) AS review,
  (SELECT COUNT(*) FROM (SELECT 1 FROM cards WHERE cards.deck_id = :deck
     AND cards.state = 0 AND {IN_PLAY}{{narrowed}} LIMIT :new)
  ) AS new
"""
"""One deck's learning cards, its reviews due today up to `:reviews` (-1: all), and its unseen
cards up to `:new`; `{narrowed}` narrows them to a tag or some notes (`scheduler.focus.Focus.sql`)."""


class DueCounts(NamedTuple):
    """Cards available today: new ones, learning ones and reviews (a named tuple: cheap to define at start-up)."""

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
    rules: Rules = DEFAULT_RULES,
    deck_ids: Sequence[int] | None = None,
    *,
    focus: Focus | None = None,
) -> dict[int, DueCounts]:
    """Per deck, the cards available in the local day holding `now`.

    Learning: due before the day ends. Reviews: due before the day ends, and in the
    last days before the deck's interview those brought forward (`scheduler.bring_forward`),
    up to the deck's `max_reviews` less the review-state cards reviewed today. New: the deck's
    unseen cards, up to its allowance (`scheduler.allowance.new_allowance`). Each deck
    under its own `rules.of(deck)`. Removed, suspended and buried cards never count.
    `deck_ids=None` means every deck; `focus` counts only the cards it keeps (those
    brought forward before an interview too).
    """
    today = rules.today(now)
    decks = resolve_decks(store, deck_ids)
    reviews = reviews_left(store.conn, decks, rules, today)
    narrowed, narrow_params = focus_sql(focus)
    counts = {}
    for deck_id in decks:
        new = new_allowance(store.conn, deck_id, rules.of(deck_id), today)
        cap = reviews[deck_id]
        params = {**_times(today), **narrow_params, "deck": deck_id, "new": new, "reviews": -1 if cap is None else cap}
        row = store.conn.execute(_COUNTS.format(narrowed=narrowed), params).fetchone()
        room = -1 if cap is None else cap - row["review"]
        forward = _forward(store.conn, deck_id, today, rules, room, (narrowed, narrow_params))
        review = row["review"] + len(forward)
        counts[deck_id] = DueCounts(new=row["new"], learning=row["learning"], review=review)
    return counts


def due_counts(
    store: Store,
    now: datetime,
    rules: Rules = DEFAULT_RULES,
    deck_ids: Sequence[int] | None = None,
    *,
    focus: Focus | None = None,
) -> DueCounts:
    """The cards available today across decks (only those `focus` keeps, if given): the per-deck counts summed."""
    return sum(deck_counts(store, now, rules, deck_ids, focus=focus).values(), DueCounts())


def next_card_id(
    store: Store,
    now: datetime,
    rules: Rules = DEFAULT_RULES,
    deck_ids: Sequence[int] | None = None,
    *,
    avoid: int | None = None,
    focus: Focus | None = None,
    limits: DayLimits | None = None,
    weakest: WeakestFirst | None = None,
    due_first: DueFirst | None = None,
    today: Today | None = None,
) -> int | None:
    """The id of the card to show next, or None when nothing is left for now.

    In order: learning cards due by `now`, reviews due today in decks whose review
    limit is not reached (by due date, or weakest first when more are due than the
    limit lets through), then those brought forward before an interview, new cards in
    note order or shuffled while the deck's allowance lasts, learning cards due within
    `rules.learn_ahead`. Card `avoid` (the one just rated) is only chosen when no other
    card is available. `focus` keeps to some cards (a tag, some notes). `limits` are today's limits
    of `deck_ids` when the caller keeps them (`scheduler.live_queue`), else they are counted;
    `weakest` and `due_first` keep the order of the reviews over and under the cap between
    calls; `today` is the day holding `now`, when the caller knows it.
    """
    today = rules.today(now) if today is None else today
    decks = resolve_decks(store, deck_ids)
    fallback = None
    for candidates in _stages(store.conn, decks, today, rules, focus, limits, weakest, due_first):
        for card_id in candidates:
            if card_id != avoid:
                return card_id
            fallback = card_id
    return fallback


def day_limits(
    store: Store, now: datetime, rules: Rules, decks: Sequence[int], focus: Focus | None = None
) -> DayLimits:
    """Today's limits of `decks` as `next_card_id` would count them (`focus`: among the cards it keeps)."""
    today = rules.today(now)
    caps = reviews_left(store.conn, list(decks), rules, today)
    narrowed, narrow_params = focus_sql(focus)
    return DayLimits(
        reviews=caps,
        new={deck_id: new_allowance(store.conn, deck_id, rules.of(deck_id), today) for deck_id in decks},
        over_cap={deck_id: _over_cap(store.conn, [deck_id], caps, today, narrowed, narrow_params) for deck_id in decks},
    )


def _stages(
    conn: sqlite3.Connection,
    decks: list[int],
    today: Today,
    rules: Rules,
    focus: Focus | None,
    limits: DayLimits | None = None,
    weakest: WeakestFirst | None = None,
    due_first: DueFirst | None = None,
) -> Iterator[list[int]]:
    """Up to two candidate ids per queue stage, each stage queried only when reached."""
    narrowed, narrow_params = focus_sql(focus)
    now = {"now": format_time(today.now)} | narrow_params
    learning = f"{due_in(decks, narrowed)} IN {LEARNING_STATES} AND due <= :until {DUE_ORDER}"
    learning_today = limits is None or limits.learning is None or any(limits.learning[deck] for deck in decks)
    if learning_today:
        yield learning_due(conn, learning, deck_params(decks) | now, today, limits)
    caps = reviews_left(conn, decks, rules, today) if limits is None else limits.reviews
    open_decks = [deck_id for deck_id in decks if caps[deck_id] != 0]
    if limits is None:
        over = _over_cap(conn, open_decks, caps, today, narrowed, narrow_params)
    else:
        over = any(limits.over_cap[deck_id] for deck_id in open_decks)
    reviews, params = f"{due_in(open_decks, narrowed)} = 2 AND due < :until", deck_params(open_decks) | now
    params["until"] = format_time(today.end)
    if over and weakest is not None:
        yield weakest.top(conn, reviews, params, today.now)
    elif not over and due_first is not None:
        yield due_first.top(conn, reviews, params)
    else:
        yield _ids(conn, f"{reviews} {WEAKEST_FIRST if over else DUE_ORDER}", params)
    for deck_id in open_decks:
        yield _forward(conn, deck_id, today, rules, 2, (narrowed, narrow_params))
    for deck_id in sorted(decks):
        deck_rules = rules.of(deck_id)
        allowance = new_allowance(conn, deck_id, deck_rules, today) if limits is None else limits.new[deck_id]
        if allowance > 0:
            new = f"{_NEW}{narrowed} {SHUFFLED if deck_rules.shuffle_new else NOTE_ORDER}"
            yield _ids(conn, new, {"deck": deck_id, "seed": day_seed(today.date)} | now)
    if learning_today or today.now + rules.learn_ahead >= today.end:
        yield _ids(conn, learning, deck_params(decks) | now | {"until": format_time(today.now + rules.learn_ahead)})


def _over_cap(
    conn: sqlite3.Connection,
    decks: Sequence[int],
    caps: Mapping[int, int | None],
    today: Today,
    narrowed: str,
    narrow_params: dict[str, object],
) -> bool:
    """Whether any of `decks` has more reviews due today than its cap lets through."""
    sql = (
        "SELECT COUNT(*) FROM (SELECT 1 FROM cards WHERE deck_id = :deck AND state = 2 AND due < :end"
        f" AND {IN_PLAY}{narrowed} LIMIT :over)"
    )
    for deck_id in decks:
        cap = caps[deck_id]
        if cap is not None:
            params = {**_times(today), **narrow_params, "deck": deck_id, "over": cap + 1}
            if conn.execute(sql, params).fetchone()[0] > cap:
                return True
    return False


def _forward(
    conn: sqlite3.Connection,
    deck_id: int,
    today: Today,
    rules: Rules,
    limit: int,
    focused: tuple[str, dict[str, object]] = ("", {}),
) -> list[int]:
    """Up to `limit` (-1: all) review cards brought forward in the deck's last days before its interview (only those
    with the focus's tag or notes, when there is one), predicted under the deck's own FSRS parameters."""
    deck = rules.of(deck_id)
    if deck.interview_date is None or limit == 0 or not in_final_days(deck.interview_date, today.date):
        return []
    narrowed, narrow_params = focused
    return brought_forward(
        conn, deck_id,
        interview_start=day_start(deck.interview_date, rules.day_starts_at, rules.tz),
        target=deck.readiness_target, now=today.now, day_start=today.start, day_end=today.end,
        in_play=IN_PLAY + narrowed, limit=limit, parameters=deck.parameters, extra=narrow_params,
    )


_NEW = f"SELECT id FROM cards WHERE deck_id = :deck AND state = 0 AND {IN_PLAY}"
"""The start of the query for a deck's new cards in play, to be followed by an order."""


def _times(today: Today) -> dict[str, str]:
    """The `:now`, `:start` and `:end` parameters for `today`."""
    return {"now": format_time(today.now), "start": format_time(today.start), "end": format_time(today.end)}


def resolve_decks(store: Store, deck_ids: Sequence[int] | None) -> list[int]:
    """`deck_ids`, or every deck's id when None (in the order the queue takes them)."""
    if deck_ids is not None:
        return list(deck_ids)
    return [row[0] for row in store.conn.execute("SELECT id FROM decks")]


def _ids(conn: sqlite3.Connection, sql: str, params: dict[str, object]) -> list[int]:
    """The ids a query returns."""
    return [row[0] for row in conn.execute(sql, params)]
