"""Review intervals are ordered Hard < Good < Easy after fuzz, and each is what the rating commits."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from scheduler.engine import CardState, Phase, Rating, intervals, make_fsrs, review
from scheduler.settings import Settings
from tests.scheduler.helpers import T0, UTC

_review_states = st.builds(
    CardState,
    state=st.just(Phase.REVIEW),
    stability=st.floats(min_value=0.01, max_value=3000),
    difficulty=st.floats(min_value=1, max_value=10),
    due=st.just(T0),
    last_review=st.integers(min_value=0, max_value=400).map(lambda days: T0 - timedelta(days=days)),
    reps=st.integers(min_value=1, max_value=60),
)
_settings = st.builds(
    Settings,
    desired_retention=st.floats(min_value=0.7, max_value=0.99),
    fuzz=st.booleans(),
    maximum_interval=st.sampled_from([36500, 365, 30]),
)


@settings(max_examples=300, deadline=None)
@given(_review_states, _settings, st.integers(min_value=1, max_value=10**6))
def test_review_intervals_are_strictly_ordered(state: CardState, chosen: Settings, card_id: int) -> None:
    """On a review card Hard < Good < Easy (unless the maximum interval caps them), each what `review` commits."""
    scheduler = make_fsrs(chosen, UTC)
    offered = intervals(scheduler, card_id, state, T0)
    days = [offered[rating].days for rating in (Rating.HARD, Rating.GOOD, Rating.EASY)]
    maximum = chosen.maximum_interval
    assert all(low < high or high == maximum for low, high in zip(days, days[1:], strict=False))
    assert max(days) <= maximum and min(days) >= 1
    for rating in Rating:
        assert review(scheduler, card_id, state, rating, T0).due == T0 + offered[rating]


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=10**6), st.booleans())
def test_graduating_easy_comes_later_than_graduating_good(card_id: int, fuzz: bool) -> None:
    """A learning card on its last step: Easy's interval is longer than Good's."""
    scheduler = make_fsrs(Settings(fuzz=fuzz), UTC)
    learning = review(scheduler, card_id, CardState(), Rating.GOOD, T0)
    offered = intervals(scheduler, card_id, learning, T0 + timedelta(minutes=10))
    assert offered[Rating.GOOD] < offered[Rating.EASY]
