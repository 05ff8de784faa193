"""The log's identity: review and event ids are never given twice, and a failed undo keeps its place."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC

import pytest

from scheduler import actions
from scheduler.clock import FixedClock
from scheduler.decks import sync_deck
from scheduler.engine import Phase, Rating, make_fsrs
from scheduler.practice import PracticeSession
from scheduler.reviews import card_log
from scheduler.settings import Settings
from scheduler.store import Store
from tests.scheduler.helpers import T0, card, card_ids, deck, utc_session


@contextmanager
def refusing_writes(store: Store) -> Iterator[None]:
    """While the block runs, every write transaction fails as a failing disk makes it fail."""
    real = store.transaction

    def refusing() -> None:
        raise sqlite3.OperationalError("disk I/O error")

    store.transaction = refusing  # type: ignore[method-assign]
    try:
        yield
    finally:
        store.transaction = real  # type: ignore[method-assign]


def test_reset_then_undo_then_rate_keeps_the_new_review(store: Store, clock: FixedClock) -> None:
    """After reset → undo → rate again, the new review has a fresh id and counts in the card's log.

    With SQLite's rowid reuse the new review took the undone one's id, which the reset's
    `after_review` already covered, so it fell out of the log.
    """
    sync_deck(store, deck(card(1)), T0)
    session = utc_session(store, clock)
    card_id = card_ids(store)["q1"]
    session.rate(Rating.GOOD, 1000)
    last = store.conn.execute("SELECT MAX(id) FROM reviews").fetchone()[0]
    actions.reset(store, make_fsrs(Settings()), card_id, T0)
    session.undo()
    session.rate(Rating.EASY, 1000)
    newest = store.conn.execute("SELECT MAX(id) FROM reviews").fetchone()[0]
    assert newest > last
    assert [entry.rating for entry in card_log(store.conn, card_id)] == [Rating.EASY]
    assert store.conn.execute("SELECT state FROM cards WHERE id = ?", (card_id,)).fetchone()[0] != Phase.NEW


def test_undone_event_id_is_not_given_again(store: Store, clock: FixedClock) -> None:
    """A bury taken back leaves its id unused: the next event gets a higher one."""
    sync_deck(store, deck(card(1), card(2)), T0)
    session = utc_session(store, clock)
    session.bury()
    first = store.conn.execute("SELECT MAX(id) FROM card_events").fetchone()[0]
    session.undo()
    session.bury()
    assert store.conn.execute("SELECT MAX(id) FROM card_events").fetchone()[0] > first


def test_failed_undo_leaves_the_undo_stack(store: Store, clock: FixedClock) -> None:
    """When the database refuses an undo, the rating stays on the stack and the next undo takes back that one."""
    sync_deck(store, deck(card(1), card(2)), T0)
    session = utc_session(store, clock)
    session.rate(Rating.GOOD, 1000)
    session.rate(Rating.AGAIN, 1000)
    with refusing_writes(store), pytest.raises(sqlite3.OperationalError):
        session.undo()
    assert session.done == 2
    session.undo()
    remaining = [row[0] for row in store.conn.execute("SELECT rating FROM reviews ORDER BY id")]
    assert remaining == [Rating.GOOD]


def test_failed_practice_undo_leaves_the_undo_stack(store: Store, clock: FixedClock) -> None:
    """In practice too, an undo the database refuses keeps the rating on the stack for the next undo."""
    sync_deck(store, deck(card(1), card(2)), T0)
    session = PracticeSession(store, Settings(), clock, tz=UTC)
    session.rate(Rating.GOOD, 1000)
    with refusing_writes(store), pytest.raises(sqlite3.OperationalError):
        session.undo()
    assert session.can_undo
    session.undo()
    assert store.conn.execute("SELECT COUNT(*) FROM practice").fetchone()[0] == 0
