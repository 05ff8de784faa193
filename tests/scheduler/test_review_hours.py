"""The review log's companions in schema 3: `review_hours` in step with it, `phase`, resets."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from scheduler import schema
from scheduler.clock import FixedClock
from scheduler.decks import sync_deck
from scheduler.engine import Phase, Rating
from scheduler.reviews import card_log
from scheduler.store import Store
from tests.scheduler.helpers import T0, card, card_ids, deck, utc_session


def _hours(store: Store) -> list[tuple[object, ...]]:
    """The non-empty rows of `review_hours`, in key order."""
    rows = store.conn.execute("SELECT * FROM review_hours WHERE reviews > 0 ORDER BY deck_id, hour")
    return [tuple(row) for row in rows]


def _hours_from_log(store: Store) -> list[tuple[object, ...]]:
    """What `review_hours` should hold: the review log summed by deck and hour."""
    rows = store.conn.execute(f"SELECT * FROM ({schema.HOURS_FROM_REVIEWS}) ORDER BY 1, 2")
    return [tuple(row) for row in rows]


@settings(max_examples=40, deadline=None)
@given(
    steps=st.lists(
        st.one_of(st.sampled_from(list(Rating)), st.just("undo")),
        min_size=1,
        max_size=25,
    ),
    gaps=st.lists(st.integers(min_value=0, max_value=3 * 24 * 60), min_size=25, max_size=25),
)
def test_review_hours_always_equal_the_log_summed(steps: list[Rating | str], gaps: list[int]) -> None:
    """Whatever ratings and undos happen, hours apart or not, `review_hours` is the log summed."""
    with Store.open(":memory:") as store:
        clock = FixedClock(T0)
        sync_deck(store, deck(card(1), card(2), card(3)), T0)
        session = utc_session(store, clock)
        for step, gap in zip(steps, gaps, strict=False):
            clock.set(clock.now() + timedelta(minutes=gap))
            if step == "undo":
                if session.can_undo:
                    session.undo()
            elif session.current is not None:
                session.rate(step, 1000 + gap)
            assert _hours(store) == _hours_from_log(store)


def test_phase_records_the_state_before_each_review(store: Store, clock: FixedClock) -> None:
    """A new card's first review has phase NEW, later ones the phase the card was in."""
    sync_deck(store, deck(card(1)), T0)
    session = utc_session(store, clock)
    session.rate(Rating.GOOD, 1000)
    clock.set(T0 + timedelta(minutes=10))
    session.rate(Rating.GOOD, 1000)
    clock.set(T0 + timedelta(days=30))
    session.rate(Rating.AGAIN, 1000)
    phases = [row[0] for row in store.conn.execute("SELECT phase FROM reviews ORDER BY id")]
    assert phases == [Phase.NEW, Phase.LEARNING, Phase.REVIEW]
    assert _hours(store)[-1][4:6] == (1, 1), "the lapse counts as a mature review rated Again"


def test_card_log_starts_after_the_last_reset(store: Store, clock: FixedClock) -> None:
    """A reset event hides the reviews before it from the card's log; they stay in the table."""
    sync_deck(store, deck(card(1)), T0)
    session = utc_session(store, clock)
    session.rate(Rating.GOOD, 1000)
    card_id = card_ids(store)["q1"]
    last = store.conn.execute("SELECT MAX(id) FROM reviews").fetchone()[0]
    store.conn.execute(
        "INSERT INTO card_events (card_id, kind, at, after_review) VALUES (?, 'reset', ?, ?)",
        (card_id, "2026-03-10T12:00:00.000000+00:00", last),
    )
    assert card_log(store.conn, card_id) == []
    clock.set(T0 + timedelta(minutes=1))
    session.rate(Rating.EASY, 1000)
    assert [logged.rating for logged in card_log(store.conn, card_id)] == [Rating.EASY]
    assert store.conn.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 2
