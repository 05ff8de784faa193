"""`WeakestFirst` against the full weakest-first query, on collections built to tie and nearly tie (hypothesis).

Cards of stabilities a hundred thousand times apart are given one of a few weaknesses,
nudged by a microsecond to an hour: they share their weakness exactly (the order then
falls to due date and id) or differ by a hair, the faster-weakening one just behind.
Picks come a microsecond to days apart, the card on top rated away (`drop`) between
them. Each pick, whether it asks SQLite or trusts the kept order (the first two far
enough apart), must be the full query's.
"""

from __future__ import annotations

from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scheduler.decks import sync_deck
from scheduler.queue_order import WEAKEST_FIRST
from scheduler.store import Store, format_time
from scheduler.weakest_first import WeakestFirst
from tests.scheduler.helpers import T0, card, deck

QUERY = "SELECT id FROM cards WHERE state = 2 AND due < :until AND removed_at IS NULL"
STABILITIES = (0.0005, 0.001, 0.5, 1.0, 3.0, 100.0)
WEAKNESSES = (0.5, 1.0, 40.0)
"""Elapsed days over stability at the first pick, before the nudge: cards of any stability meet on these."""
NUDGES = (timedelta(0), timedelta(microseconds=1), timedelta(microseconds=-1), timedelta(seconds=1),
          timedelta(seconds=-1), timedelta(minutes=-1), timedelta(hours=1))
STEPS = (timedelta(0), timedelta(microseconds=1), timedelta(milliseconds=1), timedelta(seconds=1),
         timedelta(minutes=1), timedelta(hours=1), timedelta(days=1))

_cards = st.lists(
    st.tuples(st.sampled_from(STABILITIES), st.sampled_from(WEAKNESSES), st.sampled_from(NUDGES), st.integers(0, 1)),
    min_size=2, max_size=14,
)
_picks = st.lists(st.tuples(st.sampled_from(STEPS), st.booleans()), min_size=1, max_size=12)


def _collection(cards: list[tuple[float, float, timedelta, int]]) -> Store:
    """A store whose cards are reviews due, each with its stability, weakness at T0 (nudged) and due day."""
    store = Store.open(":memory:")
    sync_deck(store, deck(*(card(number) for number in range(1, len(cards) + 1))), T0 - timedelta(days=400))
    with store.transaction() as conn:
        ids = [row[0] for row in conn.execute("SELECT id FROM cards ORDER BY id")]
        for card_id, (stability, weakness, nudge, due_day) in zip(ids, cards, strict=True):
            last = T0 - timedelta(days=max(stability, 0.001) * weakness) + nudge
            conn.execute(
                "UPDATE cards SET state = 2, stability = ?, difficulty = 5, last_review = ?, due = ?, reps = 3"
                " WHERE id = ?",
                (stability, format_time(last), format_time(T0 - timedelta(days=due_day)), card_id),
            )
    return store


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cards=_cards, picks=_picks)
def test_each_pick_is_the_full_querys_through_ties_and_near_ties(
    cards: list[tuple[float, float, timedelta, int]], picks: list[tuple[timedelta, bool]]
) -> None:
    """Every pick equals the full query's top two at its moment, the top one rated away or not between picks."""
    store = _collection(cards)
    weakest, now = WeakestFirst(), T0
    try:
        for step, rate_top in picks:
            now += step
            params = {"now": format_time(now), "until": format_time(T0 + timedelta(days=1))}
            full = [row[0] for row in store.conn.execute(f"{QUERY} {WEAKEST_FIRST}", params)]
            assert weakest.top(store.conn, QUERY, params, now) == full
            if rate_top and full:
                with store.transaction() as conn:  # rated Again: a relearning card, no longer a review due
                    conn.execute("UPDATE cards SET state = 3 WHERE id = ?", (full[0],))
                weakest.drop(full[0])
    finally:
        store.close()
