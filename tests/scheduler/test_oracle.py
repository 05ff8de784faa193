"""The fsrs-rs oracle: Anki's own FSRS engine replays what starcards stored and agrees on every card.

Random histories are driven through starcards' session API with a fake clock: time
zones with daylight saving and half-hour offsets, travel between them, ratings at any
hour, undo, bury, suspend, practice, note edits and settings changes. fsrs-rs
(`fsrs-rs-python`) then gets each card's stored reviews as whole local days between
them, reckoned here independently in the zone the learner was in, and must agree with
the cached stability (relative 1e-4) and difficulty (absolute 1e-4).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

import fsrs_rs_python as fsrs_rs
import pytest

from scheduler import actions
from scheduler.clock import FixedClock
from scheduler.decks import sync_deck
from scheduler.engine import Rating
from scheduler.practice import PracticeSession
from scheduler.session import ReviewSession
from scheduler.settings import Settings
from scheduler.store import Store, parse_time
from tests.scheduler.helpers import T0, card, deck

ZONES = ("Europe/Berlin", "America/New_York", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Adelaide",
         "America/St_Johns", "Pacific/Chatham", "UTC")
"""Zones with daylight saving, half-hour and quarter-hour offsets, and none."""
SETTINGS = (Settings(), Settings(desired_retention=0.8, learning_steps=[5], relearning_steps=[1, 20]),
            Settings(desired_retention=0.95, fuzz=False, maximum_interval=60))
HISTORIES = 24
STEPS = 60


class _Learner:
    """One random history: the store, the clock, the zone the learner is in and when each zone began."""

    def __init__(self, seed: int) -> None:
        """A three-card deck and a learner starting in a random zone."""
        self.rng = random.Random(seed)
        self.store = Store.open(":memory:")
        self.clock = FixedClock(T0)
        self.zones: list[tuple[datetime, tzinfo]] = [(T0, ZoneInfo(self.rng.choice(ZONES)))]
        self.edits = 0
        sync_deck(self.store, self._deck(), T0)
        self.session = self._new_session()

    def _deck(self) -> object:
        """The deck's content; note edits change the answers, never the questions."""
        return deck(*(card(n, answer=f"Answer {n}, edit {self.edits}") for n in (1, 2, 3)))

    def _new_session(self) -> ReviewSession:
        """A review session in the current zone under random settings."""
        return ReviewSession(self.store, self.rng.choice(SETTINGS), self.clock, tz=self.zones[-1][1])

    def step(self) -> None:
        """One random thing: wait, rate, undo, bury, suspend, unsuspend, practise, edit, change settings or travel."""
        choice = self.rng.random()
        if choice < 0.55:
            self._wait_and_rate()
        elif choice < 0.63 and self.session.can_undo:
            self.session.undo()
        elif choice < 0.68 and self.session.current is not None:
            self.rng.choice((self.session.bury, self.session.suspend))()
        elif choice < 0.72:
            for card_id in range(1, 4):
                actions.unsuspend(self.store, card_id, self.clock.now())
        elif choice < 0.77:
            self._practise()
        elif choice < 0.82:
            self.edits += 1
            sync_deck(self.store, self._deck(), self.clock.now())
        elif choice < 0.90:
            self.session = self._new_session()
        else:
            self.clock.advance(hours=self.rng.randint(1, 20))
            self.zones.append((self.clock.now(), ZoneInfo(self.rng.choice(ZONES))))
            self.session = self._new_session()

    def _wait_and_rate(self) -> None:
        """Let minutes, hours or days pass, then rate the current card, if any."""
        self.clock.advance(minutes=self.rng.choice((1, 10, 300, 700, 1440, 2 * 1440, 9 * 1440)) + self.rng.random())
        if self.session.current is not None:
            self.session.rate(Rating(self.rng.randint(1, 4)), 1000)

    def _practise(self) -> None:
        """Rate a card or two in practice mode (never fed to FSRS)."""
        practice = PracticeSession(self.store, Settings(), self.clock, tz=self.zones[-1][1])
        for _ in range(2):
            if practice.current is not None:
                practice.rate(Rating(self.rng.randint(1, 4)), 1000)

    def zone_at(self, moment: datetime) -> tzinfo:
        """The zone the learner was in at `moment`."""
        return [zone for start, zone in self.zones if start <= moment][-1]


def _oracle(learner: _Learner, card_id: int, model: object) -> tuple[float, float] | None:
    """fsrs-rs's stability and difficulty for the card's stored log, days reckoned here; None if never reviewed."""
    rows = learner.store.conn.execute(
        "SELECT rating, reviewed_at FROM reviews WHERE card_id = ? ORDER BY id", (card_id,)
    ).fetchall()
    if not rows:
        return None
    reviews, last = [], None
    for rating, reviewed_at in rows:
        moment = parse_time(reviewed_at)
        assert moment is not None
        day = (moment.astimezone(learner.zone_at(moment)) - timedelta(hours=4)).date().toordinal()
        reviews.append(fsrs_rs.FSRSReview(rating, 0 if last is None else max(0, day - last)))
        last = day
    state = model.memory_state(fsrs_rs.FSRSItem(reviews))  # type: ignore[attr-defined]
    return state.stability, state.difficulty


@pytest.mark.parametrize("seed", range(HISTORIES))
def test_fsrs_rs_agrees_with_every_card(seed: int) -> None:
    """After a random history, each card's cached memory state is what fsrs-rs computes from its log."""
    learner = _Learner(seed)
    for _ in range(STEPS):
        learner.step()
    model = fsrs_rs.FSRS(fsrs_rs.DEFAULT_PARAMETERS)
    checked = 0
    for card_id, stability, difficulty in learner.store.conn.execute("SELECT id, stability, difficulty FROM cards"):
        expected = _oracle(learner, card_id, model)
        if expected is None:
            assert stability is None
            continue
        assert stability == pytest.approx(expected[0], rel=1e-4)
        assert difficulty == pytest.approx(expected[1], abs=1e-4)
        checked += 1
    assert checked
    learner.store.close()
