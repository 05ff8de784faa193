"""A preview worked out once gives, for a rating later the same local day, exactly what FSRS would then."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from scheduler.engine import CardState, Rating, make_fsrs, replay, review
from scheduler.fuzz import review_draw
from scheduler.preview import preview
from scheduler.settings import Settings
from tests.scheduler.helpers import T0

ZONES = ("UTC", "Europe/Berlin", "Asia/Kathmandu", "America/St_Johns")

histories = st.lists(
    st.tuples(st.sampled_from(list(Rating)), st.integers(min_value=0, max_value=90 * 24 * 3600)), max_size=12
)
"""(rating, seconds since the previous review) sequences."""


@settings(max_examples=150, deadline=None)
@given(
    history=histories,
    zone=st.sampled_from(ZONES),
    fuzz=st.booleans(),
    first=st.integers(min_value=0, max_value=30 * 24 * 3600),
    wait=st.integers(min_value=0, max_value=24 * 3600),
)
def test_a_rating_later_the_same_day_commits_the_preview_moved_by_the_wait(
    history: list[tuple[Rating, int]], zone: str, fuzz: bool, first: int, wait: int
) -> None:
    """`preview(at).after(rating, later)` equals `review(..., later)` whenever `later` is on `at`'s local day."""
    scheduler = make_fsrs(Settings(fuzz=fuzz), ZoneInfo(zone))
    when, reviews = T0, []
    for rating, seconds in history:
        when += timedelta(seconds=seconds)
        reviews.append((rating, when))
    state = replay(scheduler, 7, reviews) if reviews else CardState()
    at = when + timedelta(seconds=first)
    later = at + timedelta(seconds=wait)
    shown = preview(scheduler, 7, state, at)
    draw = review_draw(card_id=7, index=state.reps)  # the draw a new review records
    for rating in Rating:
        expected = review(scheduler, 7, state, rating, later, draw=draw)
        if scheduler.day_of(later) == shown.day:
            assert shown.fits(7, state, shown.day)
            assert shown.after(rating, later) == expected
        assert shown.intervals[rating] == review(scheduler, 7, state, rating, at, draw=draw).due - at
