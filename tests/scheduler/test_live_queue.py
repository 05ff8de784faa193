"""A session's kept counts and picks are always what counting afresh gives (`scheduler.live_queue`).

Random days of study under random limits: ratings, buries, suspensions, undo, time
passing over day boundaries, two-way cards burying their siblings, a tag or a folder, an interview
close by, and another session (on the same connection, or another one) rating the same
cards. After every step the session's `left` and its next card must equal
`scheduler.queue`'s, counted from scratch at that moment.
"""

from __future__ import annotations

import contextlib
import random
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from scheduler import actions, queue
from scheduler.clock import FixedClock
from scheduler.decks import sync_deck
from scheduler.due_first import BATCH, DueFirst
from scheduler.engine import Rating
from scheduler.focus import Focus
from scheduler.reviews import StaleCard
from scheduler.rules import rules_for
from scheduler.session import ReviewSession
from scheduler.settings import Settings
from scheduler.store import Store
from tests.scheduler.helpers import T0, UTC, card, deck

SEEDS = range(40)


def _cards(first: int, count: int, rng: random.Random) -> list:
    """Cards, some of them the two sides of a two-way card, some tagged `work`, some in folder `sub`."""
    made = []
    for number in range(first, first + count):
        pair = (number + 1) // 2 if rng.random() < 0.4 else None
        tags = ["work"] if rng.random() < 0.5 else []
        file = rng.choice(["n.md", "sub/m.md", "subway.md"])
        made.append(replace(card(number, file=file), pair=pair, tags=tags))
    return made


def _settings(rng: random.Random) -> Settings:
    """Random daily limits, steps, order and interview date."""
    interview = None if rng.random() < 0.6 else date(2026, 3, 10) + timedelta(days=rng.randint(1, 12))
    return Settings(
        new_per_day=rng.choice([0, 1, 3, 10]),
        maximum_reviews_per_day=rng.choice([0, 1, 2, 5, 200]),
        learning_steps=rng.choice([[], [1], [1, 10]]),
        relearning_steps=rng.choice([[], [10]]),
        shuffle_new_cards=rng.random() < 0.3,
        bury_siblings=rng.random() < 0.7,
        interview_date=interview,
        fuzz=False,
    )


def _check(
    session: ReviewSession, store: Store, clock: FixedClock, settings: Settings, focus: Focus | None, picked: bool
) -> None:
    """The session's count, and its current card if it was `picked` just now, equal a fresh count and pick."""
    now = clock.now()
    rules = rules_for(store, settings, None, UTC)
    assert session.left == queue.due_counts(store, now, rules, None, focus=focus).total
    if picked and session._current is not None:  # noqa: SLF001 - the card the queue gave, at this moment
        last = session._actions[-1] if session._actions else None  # noqa: SLF001
        avoid = last.card_id if last is not None and last.kind == "rate" else None
        fresh = queue.next_card_id(store, now, rules, None, avoid=avoid, focus=focus)
        assert session._current.id == fresh  # noqa: SLF001


@pytest.mark.parametrize("seed", SEEDS)
def test_kept_counts_and_picks_equal_fresh_ones(seed: int, tmp_path: Path) -> None:
    """Every step of a random history leaves the session agreeing with the queue counted afresh."""
    rng = random.Random(seed)
    path = ":memory:" if seed % 2 else tmp_path / "s.db"
    store = Store.open(path)
    other = Store.open(path) if path != ":memory:" else store
    sync_deck(store, deck(*_cards(1, 8, rng), root="/a", name="a"), T0 - timedelta(days=3))
    sync_deck(store, deck(*_cards(20, 6, rng), root="/b", name="b"), T0 - timedelta(days=3))
    clock = FixedClock(T0 - timedelta(days=3))
    settings = _settings(rng)
    focus = rng.choice([None, None, Focus(tag="work"), Focus(notes="sub"), Focus(tag="#Work", notes="sub")])
    session = ReviewSession(store, settings, clock, tz=UTC, focus=focus)
    session._queue.due_first = DueFirst(batch=(2, 3, BATCH)[seed % 3])  # noqa: SLF001 - small batches run out
    rival = ReviewSession(other, settings, clock, tz=UTC)
    for _ in range(70):
        picked = _step(rng, session, rival, clock)
        _check(session, store, clock, settings, focus, picked)
    store.close()
    if other is not store:
        other.close()


def _step(rng: random.Random, session: ReviewSession, rival: ReviewSession, clock: FixedClock) -> bool:
    """One random thing: mostly a rating, sometimes time passing, an undo, a bury, or the rival rating.

    True when the session then picked its next card (at the clock's time).
    """
    roll = rng.random()
    if roll < 0.03:
        clock.set(clock.now() - timedelta(hours=rng.choice([1, 5])))  # the machine's clock set back
    elif roll < 0.06:
        _bury_for_hours(rival, clock, rng)
    elif roll < 0.15:
        clock.advance(seconds=rng.choice([30, 600, 3600, 6 * 3600, 86400]))
    elif roll < 0.22 and session.can_undo:
        session.undo()
    elif roll < 0.27 and session.current is not None:
        rng.choice([session.bury, session.suspend])()
        return True
    elif roll < 0.35 and rival.current is not None:
        with contextlib.suppress(StaleCard):
            rival.rate(rng.choice(list(Rating)), 1000)
    elif session.current is not None:
        try:
            session.rate(rng.choice(list(Rating)), 1000)
        except StaleCard:  # the rival rated it: the session read it again
            return False
        return True
    return False


def _bury_for_hours(rival: ReviewSession, clock: FixedClock, rng: random.Random) -> None:
    """Another window buries a card for a few hours only (until within today, say)."""
    card_id = rng.choice([row[0] for row in rival._store.conn.execute("SELECT id FROM cards")])  # noqa: SLF001
    actions.bury(rival._store, card_id, clock.now(), clock.now() + timedelta(hours=rng.choice([1, 3])))  # noqa: SLF001


def _overdue_reviews(store: Store, count: int, rng: random.Random) -> None:
    """`count` review cards, all due, with random stabilities and last reviews."""
    sync_deck(store, deck(*(card(number) for number in range(1, count + 1))), T0 - timedelta(days=400))
    with store.transaction() as conn:
        for card_id in [row[0] for row in conn.execute("SELECT id FROM cards")]:
            last = T0 - timedelta(days=rng.uniform(1, 300))
            conn.execute(
                "UPDATE cards SET state = 2, stability = ?, difficulty = 5, last_review = ?, due = ?, reps = 3"
                " WHERE id = ?",
                (rng.choice([rng.uniform(0.05, 2), rng.uniform(1, 200)]), last.isoformat(timespec="microseconds"),
                 (last + timedelta(days=1)).isoformat(timespec="microseconds"), card_id),
            )


@pytest.mark.parametrize("seed", range(6))
def test_the_weakest_first_over_the_cap_are_those_a_full_sort_gives(seed: int) -> None:
    """Over the cap, each pick, minutes or hours after the last, is the full weakest-first query's."""
    rng = random.Random(seed)
    store = Store.open(":memory:")
    _overdue_reviews(store, 300, rng)
    clock = FixedClock(T0)
    settings = Settings(maximum_reviews_per_day=150, new_per_day=0, fuzz=False)
    session = ReviewSession(store, settings, clock, tz=UTC)
    for _ in range(60):
        clock.advance(seconds=rng.choice([5, 60, 900, 3 * 3600]))
        session.rate(rng.choice(list(Rating)), 1000)
        _check(session, store, clock, settings, None, True)
    assert session._queue.weakest._fastest is not None  # noqa: SLF001 - the kept order was used, not bypassed
    store.close()


def test_the_first_pick_over_the_cap_sorts_nothing_and_the_second_sorts() -> None:
    """A session's first card over the cap is the full query's first, asked without sorting the due cards in Python."""
    rng = random.Random(7)
    store = Store.open(":memory:")
    _overdue_reviews(store, 300, rng)
    clock = FixedClock(T0)
    settings = Settings(maximum_reviews_per_day=150, new_per_day=0, fuzz=False)
    session = ReviewSession(store, settings, clock, tz=UTC)
    _check(session, store, clock, settings, None, session.current is not None)
    weakest = session._queue.weakest  # noqa: SLF001 - what was asked of SQLite for the first card
    assert weakest._order == []  # noqa: SLF001
    session.rate(Rating.GOOD, 1000)
    _check(session, store, clock, settings, None, True)
    assert len(weakest._order) == 299  # noqa: SLF001 - all but the card rated, sorted for the second card
    store.close()


def test_a_card_weakening_faster_overtakes_cards_sorted_ahead_of_it(store: Store, clock: FixedClock) -> None:
    """Sorted at one moment, a card of small stability further down is first three hours on, as a full sort says."""
    sync_deck(store, deck(*(card(number) for number in range(1, 5))), T0 - timedelta(days=3000))
    weakness = {"q1": (20.0, 100.0), "q2": (10.0, 100.0), "q3": (9.99, 100.0), "q4": (9.5, 0.1)}
    with store.transaction() as conn:
        for key, (ratio, stability) in weakness.items():
            last = T0 - timedelta(days=ratio * stability)
            conn.execute(
                "UPDATE cards SET state = 2, stability = ?, difficulty = 5, last_review = ?, due = ?, reps = 3"
                " WHERE key = ?",
                (stability, last.isoformat(timespec="microseconds"), T0.isoformat(timespec="microseconds"), key),
            )
    clock.set(T0 + timedelta(minutes=1))
    session = ReviewSession(store, Settings(maximum_reviews_per_day=2, new_per_day=0, fuzz=False), clock, tz=UTC)
    assert session.current.content.key == "q1"
    clock.advance(seconds=3 * 3600)
    session.rate(Rating.GOOD, 1000)
    assert session.current.content.key == "q4"


def test_a_card_put_in_learning_comes_back_before_the_learning_card_kept_as_next(store: Store, clock: FixedClock) -> None:
    """The session skips the learning query until the next learning card is due; a rating that puts a card in
    learning due sooner brings that moment forward."""
    sync_deck(store, deck(*(card(number) for number in range(1, 5))), T0)
    clock.set(T0 + timedelta(hours=1))
    settings = Settings(learning_steps=[1, 10], fuzz=False)
    session = ReviewSession(store, settings, clock, tz=UTC)
    session.rate(Rating.GOOD, 1000)  # q1: learning, due in ten minutes
    assert session.current.content.key == "q2"
    session.rate(Rating.AGAIN, 1000)  # q2: learning, due in one minute, before q1
    assert session.current.content.key == "q3"
    clock.advance(seconds=61)
    session.rate(Rating.GOOD, 1000)
    assert session.current.content.key == "q2"
    _check(session, store, clock, settings, None, True)
