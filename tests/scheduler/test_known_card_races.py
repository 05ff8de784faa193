"""Two windows, and failures, between a session's rating and what follows it.

A rating after a rating of the same session skips reading its card when nothing was
written since (`scheduler.last_write`), and undo puts back the state the session saw
before its rating. Here a failure comes between a rating and the next card, and another
window rates a card between a rating and its undo: no rating is then written from a
state shown before, and the cache still equals a replay of the log.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from scheduler.clock import FixedClock
from scheduler.decks import sync_deck
from scheduler.engine import Rating
from scheduler.replay_check import check_states
from scheduler.reviews import StaleCard
from scheduler.settings import Settings
from scheduler.store import Store
from tests.scheduler.helpers import T0, card, deck, utc_session


def _reviews(store: Store) -> int:
    """How many reviews the log counts."""
    return store.conn.execute("SELECT COUNT(*) FROM reviews").fetchone()[0]


def test_a_rating_saved_before_a_failure_is_not_written_again(tmp_path: Path, clock: FixedClock) -> None:
    """Another window holds the write lock when the rating buries its sibling: the rating is saved, the session
    reports the failure and keeps the card; rating it again (as the screen invites) must not build on the state shown.
    """
    db = tmp_path / "s.db"
    with Store.open(db) as store, Store.open(db) as other:
        sync_deck(store, deck(replace(card(1), pair=1), replace(card(2), pair=1), card(3)), T0)
        session = utc_session(store, clock)
        shown = session.current
        assert shown is not None and shown.content.pair == 1
        store.conn.execute("PRAGMA busy_timeout = 0")
        committed = []

        def lock_after_commit(statement: str) -> None:
            """Once the rating has committed, the other window takes the write lock before the bury can."""
            if statement == "COMMIT":
                committed.append(statement)
            elif statement.startswith("BEGIN") and committed and not other.conn.in_transaction:
                other.conn.execute("BEGIN IMMEDIATE")

        store.conn.set_trace_callback(lock_after_commit)
        with pytest.raises(sqlite3.OperationalError):
            session.rate(Rating.GOOD, 1000)
        store.conn.set_trace_callback(None)
        other.conn.execute("ROLLBACK")  # the other window wrote nothing
        assert _reviews(store) == 1, "the rating was committed before the bury failed"
        assert session.current is not None and session.current.id == shown.id
        with pytest.raises(StaleCard):
            session.rate(Rating.GOOD, 1000)
        assert _reviews(store) == 1
        assert check_states(store, Settings(), repair=False).differing == {}


def test_an_undo_after_another_window_rated_the_card_replays_its_log(tmp_path: Path, clock: FixedClock) -> None:
    """Window a rates a card, window b rates it after, then a undoes its rating: the card is b's rating replayed
    on its own, not the state a saw before its rating (which would drop b's rating from the cache)."""
    db = tmp_path / "s.db"
    with Store.open(db) as store, Store.open(db) as second:
        sync_deck(store, deck(card(1)), T0)
        here = utc_session(store, clock)
        here.rate(Rating.GOOD, 1000)
        there = utc_session(second, clock)
        assert there.current is not None and there.current.state.reps == 1
        there.rate(Rating.AGAIN, 1000)
        here.undo()
        assert _reviews(store) == 1
        assert check_states(store, Settings(), repair=False).differing == {}
        assert here.current is not None and here.current.state.reps == 1
