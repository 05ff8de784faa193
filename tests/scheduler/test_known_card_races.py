"""Two windows, and failures, between a session's rating and what follows it.

A rating after a rating of the same session skips reading its card when nothing was
written since (`scheduler.last_write`), and undo puts back the state the session saw
before its rating. Here a failure comes inside a rating (its sibling's bury), between a
rating and the next card, and another window rates a card between a rating and its
undo: a rating is saved whole or not at all, none is then written from a state shown
before, and the cache still equals a replay of the log.
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


def _buried(store: Store) -> int:
    """How many bury events the journal counts."""
    return store.conn.execute("SELECT COUNT(*) FROM card_events WHERE kind = 'bury'").fetchone()[0]


def test_a_rating_and_its_sibling_bury_are_saved_together_or_not_at_all(
    tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Burying the other side of a two-way card fails as one side is rated: neither the rating nor the bury is
    saved (the screen's "could not save" is true) and the card stays; rated again, both are saved, once."""
    from scheduler import actions

    with Store.open(tmp_path / "s.db") as store:
        sync_deck(store, deck(replace(card(1), pair=1), replace(card(2), pair=1), card(3)), T0)
        session = utc_session(store, clock)
        shown = session.current
        assert shown is not None and shown.content.pair == 1

        def fail_once(*_args: object) -> int:
            """The bury cannot be written this time (another window's lock, a full disk...)."""
            monkeypatch.undo()
            raise sqlite3.OperationalError("database is locked")

        monkeypatch.setattr(actions, "bury_within", fail_once)
        with pytest.raises(sqlite3.OperationalError):
            session.rate(Rating.GOOD, 1000)
        assert (_reviews(store), _buried(store)) == (0, 0), "nothing saved: the rating and the bury are one write"
        assert session.current is not None and session.current.id == shown.id
        session.rate(Rating.GOOD, 1000)
        assert (_reviews(store), _buried(store)) == (1, 1)
        assert session.current is not None and session.current.content.question == "Question 3?", "its sibling waits"
        assert check_states(store, Settings(), repair=False).differing == {}


def test_a_rating_saved_before_a_failure_is_not_written_again(
    tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rating is committed, then reading the next card fails: the session keeps the card; rating it again (as
    the screen invites) must not build on the state shown before the rating that was saved."""
    db = tmp_path / "s.db"
    with Store.open(db) as store:
        sync_deck(store, deck(card(1), card(2)), T0)
        session = utc_session(store, clock)
        shown = session.current
        assert shown is not None

        def fail_once() -> None:
            """The next card cannot be read this time."""
            monkeypatch.undo()
            raise sqlite3.OperationalError("disk I/O error")

        monkeypatch.setattr(session, "_pick", fail_once)
        with pytest.raises(sqlite3.OperationalError):
            session.rate(Rating.GOOD, 1000)
        assert _reviews(store) == 1, "the rating was committed before the failure"
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
