"""Adversarial interleavings for a rating that trusts the card shown (`scheduler.last_write`).

A rating after a rating of the same session skips reading its card when nothing was
written since. These tests write between the two in every way a second window, the
same window or a failure can, and check the second rating then refuses a stale card
and that the cache still equals a replay of the log.
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


def test_a_rating_saved_before_its_sibling_could_be_buried_is_not_written_twice(tmp_path: Path, clock: FixedClock) -> None:
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
