"""Today's counts and limits of a session's decks, counted once and then kept: `LiveQueue`.

Counting a day's cards takes a few indexed queries per deck; a session shows the counts
after every card. Within a local day they change only when the store does: they read the
day's bounds, never the time within it (a card is buried until a day starts; the session
trusts its counts from the moment it counted until the first such moment). So a session counts once, and after
each of its own ratings moves the counts by what that one rating changed (`_moved`).
Anything else makes it count again: another connection's commit (SQLite's
`data_version`), a write through this one that was not the rating (its `total_changes`:
a sync, a bury, an undo), a new day, and, always, a deck in the last days before its
interview, whose reviews brought forward depend on the hour.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from scheduler import queue
from scheduler.allowance import DayLimits
from scheduler.bring_forward import in_final_days
from scheduler.days import Today
from scheduler.due_first import DueFirst
from scheduler.engine import CardState
from scheduler.focus import Focus
from scheduler.queue import DueCounts
from scheduler.rules import Rules
from scheduler.store import Store, format_time, parse_time
from scheduler.vocabulary import Phase
from scheduler.weakest_first import WeakestFirst

_NEXT_UNBURIAL = (
    "SELECT MIN(cards.buried_until) FROM (SELECT DISTINCT card_id FROM card_events) AS events"
    " CROSS JOIN cards ON cards.id = events.card_id WHERE cards.buried_until > ?"
)
"""When the first buried card comes back (only `scheduler.actions` buries, and it journals)."""


class LiveQueue:
    """Counts, limits and the next card of some decks (None: all) for one session, under `rules`."""

    def __init__(self, store: Store, rules: Rules, deck_ids: list[int] | None, focus: Focus | None) -> None:
        """Nothing counted until asked."""
        self._store, self._rules, self._deck_ids, self._focus = store, rules, deck_ids, focus
        self._stamp: tuple[int, int] | None = None
        self._span: tuple[datetime, datetime, datetime] | None = None
        """When the counts were made, until when they hold (a buried card's return, else the
        day's end), the day's end."""
        self._decks: list[int] = []
        self._counts: dict[int, DueCounts] = {}
        self._limits = DayLimits({}, {}, {})
        self._picked: int | None = None
        self._today = Today(now=datetime.min, start=datetime.min, end=datetime.min, date=datetime.min.date())
        """The day the counts were made in (the day of every moment they hold for)."""
        self._checked = False
        """Whether `rated` has just compared the stamp with SQLite's (the next `_fresh` need not ask)."""
        self.weakest = WeakestFirst()
        self.due_first = DueFirst()

    def counts(self, now: datetime) -> DueCounts:
        """The cards available today across the decks, as `scheduler.queue.due_counts` counts them."""
        self._fresh(now)
        counts = self._counts
        if len(counts) == 1:  # one deck: its counts, as they are
            for deck in counts.values():
                return deck
        return sum(counts.values(), DueCounts())

    def next_card_id(self, now: datetime, avoid: int | None) -> int | None:
        """The card to show next, as `scheduler.queue.next_card_id` picks it."""
        self._fresh(now)
        counted = self._today
        today = counted if counted.now == now else Today(now, counted.start, counted.end, counted.date)
        self._picked = queue.next_card_id(
            self._store, now, self._rules, self._decks, avoid=avoid, focus=self._focus, limits=self._limits,
            weakest=self.weakest, due_first=self.due_first, today=today,
        )
        return self._picked

    def kept(self) -> bool:
        """Whether the counts still hold (nothing has changed the store since they were made or moved)."""
        return self._stamp is not None and self._stamp == self._stamp_now()

    def untouched(self) -> bool:
        """Whether nothing was written through this connection since the counts were made or moved.

        Other connections' commits are `rated`'s to see: SQLite's `data_version` after the
        rating tells whether any came since the counts, before the rating or during it.
        """
        return self._stamp is not None and self._stamp[0] == self._store.conn.total_changes

    def rated(
        self, card_id: int, deck_id: int, before: CardState, after: CardState, now: datetime, untouched: bool,
        version: int,
    ) -> None:
        """Move the counts by one rating of card `card_id`, just committed.

        `untouched` is what `untouched()` said just before the rating was written, `version`
        what `data_version` said in the rating's transaction. Only the card this queue
        picked last, with nothing changed since it was picked (so it is still in play, and
        among the cards counted), moves the counts; any other is counted afresh. The counts
        moved are then trusted by the pick that follows at once, without asking SQLite again.
        """
        span = self._span
        picked, self._picked = self._picked, None
        if not untouched or card_id != picked or span is None or not span[0] <= now < span[1]:
            return self.forget()
        if version != self._stamp[1]:  # type: ignore[index]
            return self.forget()
        end = span[2]
        moved = _moved(self._counts[deck_id], self._limits, deck_id, before, after, end)
        if moved is None:
            return self.forget()
        self._counts[deck_id] = moved
        if _review_due(after, end):
            self.weakest.forget()
            self.due_first.forget()
        elif _review_due(before, end):
            self.weakest.drop(card_id)
            self.due_first.drop(card_id)
        self._stamp = (self._store.conn.total_changes, version)
        self._checked = True
        return None

    def forget(self) -> None:
        """Count again at the next question."""
        self._stamp = None
        self.weakest.forget()
        self.due_first.forget()

    def _fresh(self, now: datetime) -> None:
        """Count again unless the counts still hold at `now` (checked just now by `rated`, or asked here)."""
        checked, self._checked = self._checked, False
        holds = self.untouched() if checked else self.kept()
        if holds and self._span is not None and self._span[0] <= now < self._span[1]:
            return
        store, rules = self._store, self._rules
        self._picked = None
        today = self._today = rules.today(now)
        self._decks = queue.resolve_decks(store, self._deck_ids)
        self._counts = queue.deck_counts(store, now, rules, self._decks, focus=self._focus)
        self._limits = queue.day_limits(store, now, rules, self._decks, focus=self._focus)
        self._limits.learning = {deck_id: counts.learning for deck_id, counts in self._counts.items()}
        self.weakest.forget()
        self.due_first.forget()
        if any(in_final_days(rules.of(deck_id).interview_date, today.date) for deck_id in self._decks):
            self._stamp = None
            return
        comeback = parse_time(store.conn.execute(_NEXT_UNBURIAL, (format_time(now),)).fetchone()[0])
        self._span = (now, today.end if comeback is None else min(today.end, comeback), today.end)
        self._stamp = self._stamp_now()

    def _stamp_now(self) -> tuple[int, int]:
        """What says the store has not changed: this connection's writes, and other connections' commits."""
        conn = self._store.conn
        return conn.total_changes, data_version(conn)


def data_version(conn: sqlite3.Connection) -> int:
    """SQLite's count of other connections' commits, as this connection has seen them.

    Inside a write transaction it is what it will be once that transaction commits: no
    other connection can commit meanwhile, and a connection's own commits leave it alone.
    """
    return conn.execute("PRAGMA data_version").fetchone()[0]


def _moved(
    counts: DueCounts, limits: DayLimits, deck_id: int, before: CardState, after: CardState, end: datetime
) -> DueCounts | None:
    """A deck's counts after one rating taking a card in play from `before` to `after` (limits moved too).

    None when the counts kept cannot tell (a review rated in a deck whose cap is spent).
    """
    learning = counts.learning - _learning_due(before, end) + _learning_due(after, end)
    change = _review_due(after, end) - _review_due(before, end)
    cap, over = limits.reviews[deck_id], limits.over_cap[deck_id]
    review = counts.review + change
    if cap is not None:
        cap = max(0, cap - (before.state == Phase.REVIEW))
        if not over:
            due = counts.review + change
            review, over = min(cap, due), due > cap
        elif limits.reviews[deck_id] == 0 and change < 0:
            return None
        else:
            review = cap
    limits.reviews[deck_id], limits.over_cap[deck_id] = cap, over
    if limits.learning is not None:
        limits.learning[deck_id] = learning
        due, learning_from = after.due, limits.learning_from
        if _learning_due(after, end) and learning_from is not None and due < learning_from:  # type: ignore[operator]
            limits.learning_from = due
    new = counts.new
    if before.state == Phase.NEW:
        limits.new[deck_id] = max(0, limits.new[deck_id] - 1)
        new = max(0, new - 1)
    return DueCounts(new, learning, review)


def _learning_due(state: CardState, end: datetime) -> int:
    """1 if the card is learning or relearning and due before `end`, else 0."""
    return int(state.state in (Phase.LEARNING, Phase.RELEARNING) and state.due is not None and state.due < end)


def _review_due(state: CardState, end: datetime) -> int:
    """1 if the card is a review due before `end`, else 0."""
    return int(state.state == Phase.REVIEW and state.due is not None and state.due < end)
