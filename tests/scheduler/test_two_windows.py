"""Two review windows on one database file, and every other kind of write between their ratings (hypothesis).

Windows `a` and `a2` share one connection (two sessions of one process), `b` has its
own (another process). Between their ratings come undos, buries, suspends from a card
browser, resets, note edits synced in, and a clock that stands still, steps a
microsecond, jumps days or is set back. At every rating, a card changed since it was
shown must be refused (`StaleCard`, nothing saved) and any other saved; after every
step each card's cached state equals a replay of its log (what `starcards doctor` checks).
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import UTC, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from scheduler import actions
from scheduler.clock import FixedClock
from scheduler.decks import sync_deck
from scheduler.engine import Rating, make_fsrs
from scheduler.replay_check import check_states
from scheduler.reviews import StaleCard, load_state
from scheduler.settings import Settings
from scheduler.store import Store
from tests.scheduler.helpers import T0, card, deck, utc_session

WINDOWS = ("a", "a2", "b")
STEPS = (timedelta(0), timedelta(microseconds=1), timedelta(minutes=1), timedelta(minutes=10), timedelta(hours=-2),
         timedelta(hours=11), timedelta(days=1), timedelta(days=4))
"""How the clock moves between steps: not at all, a microsecond, up to days ahead, or set back."""


def _cards(edit: int) -> list:
    """The deck's cards, two of them the sides of a two-way card; `edit` changes one answer's text."""
    return [replace(card(1), pair=1), replace(card(2), pair=1), card(3, answer=f"A{edit}"), card(4)]


class TwoWindows(RuleBasedStateMachine):
    """Three sessions over one file on two connections, and writes of every kind between their ratings."""

    def __init__(self) -> None:
        """A fresh database with a few cards and the three sessions, nothing shown yet."""
        super().__init__()
        self.folder = tempfile.TemporaryDirectory()
        db = Path(self.folder.name) / "s.db"
        self.stores = {"a": Store.open(db), "b": Store.open(db)}
        self.edits = 0
        sync_deck(self.stores["a"], deck(*_cards(0)), T0)
        self.clock = FixedClock(T0)
        self.sessions = {name: utc_session(self._store(name), self.clock) for name in WINDOWS}
        self.ids = [row[0] for row in self.stores["a"].conn.execute("SELECT id FROM cards ORDER BY id")]

    def _store(self, window: str) -> Store:
        """The store (connection) window `window` writes through."""
        return self.stores["b" if window == "b" else "a"]

    def _reviews(self) -> int:
        """Reviews in the log (undone ones excluded)."""
        return self.stores["a"].conn.execute("SELECT COUNT(*) FROM reviews").fetchone()[0]

    @rule(window=st.sampled_from(WINDOWS), rating=st.sampled_from(list(Rating)))
    def rate(self, window: str, rating: Rating) -> None:
        """Rate the card shown: refused when it changed since it was shown, else saved."""
        session = self.sessions[window]
        shown = session.current
        if shown is None:
            return
        stale = load_state(self.stores["a"].conn, shown.id) != shown.state
        count = self._reviews()
        if stale:
            with pytest.raises(StaleCard):
                session.rate(rating, 1000)
            assert self._reviews() == count
            assert session.current is not None and session.current.id == shown.id
        else:
            session.rate(rating, 1000)
            assert self._reviews() == count + 1

    @rule(window=st.sampled_from(WINDOWS))
    def undo(self, window: str) -> None:
        """Take back the window's last action."""
        if self.sessions[window].can_undo:
            self.sessions[window].undo()

    @rule(window=st.sampled_from(WINDOWS), suspend=st.booleans())
    def put_off(self, window: str, suspend: bool) -> None:
        """Bury or suspend the card shown in the window."""
        session = self.sessions[window]
        if session.current is not None:
            session.suspend() if suspend else session.bury()

    @rule(window=st.sampled_from(WINDOWS), index=st.integers(0, 3), kind=st.sampled_from(["suspend", "unsuspend"]))
    def browse(self, window: str, index: int, kind: str) -> None:
        """Suspend or unsuspend any card from a card browser on the window's connection."""
        getattr(actions, kind)(self._store(window), self.ids[index], self.clock.now())

    @rule(window=st.sampled_from(WINDOWS), index=st.integers(0, 3))
    def reset(self, window: str, index: int) -> None:
        """Restart a card as new from the window's connection."""
        actions.reset(self._store(window), make_fsrs(Settings(), UTC), self.ids[index], self.clock.now())

    @rule(window=st.sampled_from(WINDOWS))
    def edit_notes(self, window: str) -> None:
        """A note's answer edited and synced in through the window's connection."""
        self.edits += 1
        sync_deck(self._store(window), deck(*_cards(self.edits)), self.clock.now())

    @rule(window=st.sampled_from(WINDOWS))
    def reload(self, window: str) -> None:
        """The window reads its card again (as after a sync it saw)."""
        self.sessions[window].reload()

    @rule(step=st.sampled_from(STEPS))
    def move_clock(self, step: timedelta) -> None:
        """The clock moves on, stands still, or is set back."""
        self.clock.set(self.clock.now() + step)

    @invariant()
    def cache_is_the_log_replayed(self) -> None:
        """Every card's cached state equals its log replayed."""
        assert check_states(self.stores["a"], Settings(), repair=False, tz=UTC).differing == {}

    def teardown(self) -> None:
        """Close both connections and remove the folder."""
        for session in self.sessions.values():
            session.wait_for_backup()
        for store in self.stores.values():
            store.close()
        self.folder.cleanup()


_QUICK = settings(max_examples=25, stateful_step_count=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_two_windows_never_write_from_a_stale_card() -> None:
    """Twenty-five runs of twenty steps."""
    run_state_machine_as_test(TwoWindows, settings=_QUICK)



@pytest.mark.soak
def test_two_windows_never_write_from_a_stale_card_long() -> None:
    """Six hundred runs of forty steps (`-m soak`)."""
    run_state_machine_as_test(TwoWindows, settings=settings(_QUICK, max_examples=600, stateful_step_count=40))
