"""FSRS for one card: the same memory model as py-fsrs, with deterministic fuzz."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import fsrs
import pytest

from scheduler.engine import (
    CardScheduler,
    CardState,
    Phase,
    Rating,
    intervals,
    make_fsrs,
    replay,
    retrievability,
    review,
)
from scheduler.fuzz import fuzz_range, fuzzed_days
from scheduler.settings import Settings
from tests.scheduler.helpers import T0, UTC

CARD = 42


@pytest.fixture
def scheduler() -> CardScheduler:
    """Our py-fsrs scheduler for the default settings."""
    return make_fsrs(Settings())


def _due(state: CardState) -> datetime:
    """The due time of a reviewed card."""
    assert state.due is not None
    return state.due


def _reference(rating: Rating) -> fsrs.Card:
    """What plain py-fsrs, fuzzing off, makes of a new card rated `rating` at T0."""
    reference = fsrs.Scheduler(enable_fuzzing=False)
    card, _ = reference.review_card(fsrs.Card(card_id=CARD, due=T0), fsrs.Rating(rating), T0)
    return card


@pytest.mark.parametrize(
    ("rating", "interval"),
    [
        (Rating.AGAIN, timedelta(minutes=1)),
        (Rating.HARD, timedelta(minutes=5, seconds=30)),
        (Rating.GOOD, timedelta(minutes=10)),
    ],
)
def test_first_rating_uses_the_learning_steps(
    scheduler: CardScheduler, rating: Rating, interval: timedelta
) -> None:
    """A new card rated Again/Hard/Good comes back after py-fsrs's learning step (1m, 5.5m, 10m)."""
    state = review(scheduler, CARD, CardState(), rating, T0)
    expected = _reference(rating)
    assert _due(state) - T0 == expected.due - T0 == interval
    assert (state.state, state.step) == (Phase.LEARNING, expected.step)
    assert (state.stability, state.difficulty) == (expected.stability, expected.difficulty)


def test_first_easy_graduates_with_fuzzed_days(scheduler: CardScheduler) -> None:
    """A new card rated Easy goes to review after py-fsrs's interval in days, fuzzed within the FSRS range."""
    state = review(scheduler, CARD, CardState(), Rating.EASY, T0)
    plain_days = (_reference(Rating.EASY).due - T0).days
    low, high = fuzz_range(plain_days, 36500)
    assert state.state == Phase.REVIEW and state.step is None
    assert _due(state) - T0 == timedelta(
        days=fuzzed_days(plain_days, card_id=CARD, index=0, maximum=36500)
    )
    assert low <= (_due(state) - T0).days <= high


def test_first_review_sets_counters(scheduler: CardScheduler) -> None:
    """The first review sets last_review and introduced_at to its time and reps to 1."""
    state = review(scheduler, CARD, CardState(), Rating.GOOD, T0)
    assert (state.last_review, state.introduced_at, state.reps, state.lapses) == (T0, T0, 1, 0)


def test_memory_model_matches_py_fsrs_over_a_history(scheduler: CardScheduler) -> None:
    """Over a long history, state, step, stability and difficulty equal plain py-fsrs's; only due dates are fuzzed."""
    reference = fsrs.Scheduler(enable_fuzzing=False)
    plain = fsrs.Card(card_id=CARD, due=T0)
    ours = CardState()
    when = T0
    for rating in [3, 3, 3, 1, 3, 2, 4, 3, 1, 1, 3, 3, 4]:
        plain, _ = reference.review_card(plain, fsrs.Rating(rating), when)
        ours = review(scheduler, CARD, ours, Rating(rating), when)
        assert (int(ours.state), ours.step) == (int(plain.state), plain.step)
        assert (ours.stability, ours.difficulty) == (plain.stability, plain.difficulty)
        if ours.state != Phase.REVIEW:
            assert ours.due == plain.due
        when = max(_due(ours), plain.due)


def test_lapses_count_forgotten_reviews(scheduler: CardScheduler) -> None:
    """Again on a card in review is a lapse; Again while learning is not."""
    state = replay(scheduler, CARD, [(Rating.AGAIN, T0), (Rating.EASY, T0 + timedelta(minutes=1))])
    assert state.lapses == 0
    state = review(scheduler, CARD, state, Rating.AGAIN, _due(state))
    assert (state.state, state.lapses, state.reps) == (Phase.RELEARNING, 1, 3)


def test_replay_equals_reviewing_step_by_step(scheduler: CardScheduler) -> None:
    """Replaying a log gives exactly the state that reviewing one by one gave."""
    log = [
        (Rating.GOOD, T0),
        (Rating.GOOD, T0 + timedelta(minutes=10)),
        (Rating.GOOD, T0 + timedelta(days=3)),
    ]
    state = CardState()
    for rating, when in log:
        state = review(scheduler, CARD, state, rating, when)
    assert replay(scheduler, CARD, log) == state
    assert replay(scheduler, CARD, []) == CardState()


def test_fuzz_depends_on_card_and_review_index(scheduler: CardScheduler) -> None:
    """The same review replays to the same due date; other cards spread over the fuzz range."""
    dues = {review(scheduler, card_id, CardState(), Rating.EASY, T0).due for card_id in range(60)}
    assert len(dues) > 1
    assert review(scheduler, 5, CardState(), Rating.EASY, T0) == review(
        scheduler, 5, CardState(), Rating.EASY, T0
    )


def test_intervals_preview_every_rating(scheduler: CardScheduler) -> None:
    """intervals() gives, per rating, exactly the due - now that rating would give."""
    state = replay(scheduler, CARD, [(Rating.GOOD, T0), (Rating.GOOD, T0 + timedelta(minutes=10))])
    now = _due(state) + timedelta(hours=5)
    preview = intervals(scheduler, CARD, state, now)
    assert list(preview) == list(Rating)
    for rating, interval in preview.items():
        assert interval == _due(review(scheduler, CARD, state, rating, now)) - now
    assert preview[Rating.AGAIN] == timedelta(minutes=10)


@pytest.mark.parametrize("fuzz", [True, False])
def test_make_fsrs_follows_settings(fuzz: bool) -> None:
    """make_fsrs takes retention, steps in minutes, maximum interval and fuzz from settings; py-fsrs's own fuzz stays off."""
    settings = Settings(
        desired_retention=0.8, learning_steps=[2], relearning_steps=[], maximum_interval=300, fuzz=fuzz
    )
    made = make_fsrs(settings)
    assert (made.fsrs.desired_retention, made.maximum_interval, made.fsrs.enable_fuzzing) == (0.8, 300, False)
    assert (made.fsrs.learning_steps, made.fsrs.relearning_steps) == ((timedelta(minutes=2),), ())
    assert made.fuzz is fuzz


def test_scheduling_needs_no_py_fsrs_and_its_reference_is_made_on_demand() -> None:
    """A scheduler is made and used without py-fsrs; its py-fsrs reference, asked for, has the same settings."""
    made = make_fsrs(Settings(desired_retention=0.85, maximum_interval=400))
    review(made, CARD, CardState(), Rating.GOOD, T0)
    assert "fsrs" not in made.__dict__
    reference = made.fsrs
    assert reference.parameters == made.maths.parameters and reference.desired_retention == 0.85
    assert (reference.maximum_interval, reference.enable_fuzzing) == (400, False)


def test_naive_time_is_refused(scheduler: CardScheduler) -> None:
    """Review times must be aware; a naive datetime is an error, not a guess."""
    with pytest.raises(ValueError, match="naive"):
        review(scheduler, CARD, CardState(), Rating.GOOD, datetime(2026, 3, 10, 12))


def test_time_in_another_zone_is_stored_as_utc(scheduler: CardScheduler) -> None:
    """A review time given in another zone is the same instant, recorded in UTC."""
    local = T0.astimezone(timezone(timedelta(hours=9)))
    state = review(scheduler, CARD, CardState(), Rating.GOOD, local)
    assert state.last_review == T0
    assert state.last_review is not None and state.last_review.tzinfo is UTC


def test_fuzz_off_keeps_py_fsrs_intervals_fuzz_on_spreads_them() -> None:
    """With fuzz off a graduated card's interval is py-fsrs's own; with fuzz on it varies by card, within the FSRS range."""
    plain_days = (_reference(Rating.EASY).due - T0).days
    off, on = make_fsrs(Settings(fuzz=False)), make_fsrs(Settings(fuzz=True))
    off_days = {(_due(review(off, card_id, CardState(), Rating.EASY, T0)) - T0).days for card_id in range(1, 40)}
    on_days = {(_due(review(on, card_id, CardState(), Rating.EASY, T0)) - T0).days for card_id in range(1, 40)}
    low, high = fuzz_range(plain_days, 36500)
    assert off_days == {plain_days}
    assert len(on_days) > 1 and all(low <= days <= high for days in on_days)


def test_retrievability_of_a_new_card_is_unknown(scheduler: CardScheduler) -> None:
    """A card never reviewed has no predicted recall."""
    assert retrievability(CardState(), T0, scheduler) is None


def test_retrievability_counts_local_days_as_fsrs_is_fed() -> None:
    """Reviewed at 21:00, a card is a day old from 04:00 the next morning (not 24 hours later), two the morning after."""
    zone = ZoneInfo("Europe/Berlin")
    scheduler = make_fsrs(Settings(fuzz=False), zone)
    evening = datetime(2026, 3, 10, 21, 0, tzinfo=zone)
    state = CardState(Phase.REVIEW, stability=3.0, difficulty=5.0, last_review=evening.astimezone(UTC), due=evening)

    def local(day: int, hour: int, minute: int = 0) -> datetime:
        return datetime(2026, 3, day, hour, minute, tzinfo=zone)

    assert retrievability(state, local(10, 23, 30), scheduler) == 1.0
    assert retrievability(state, local(11, 3, 59), scheduler) == 1.0  # the day starts at 04:00
    one_day = scheduler.maths.retrievability(1, 3.0)
    assert one_day < 1.0
    assert retrievability(state, local(11, 4), scheduler) == one_day
    assert retrievability(state, local(11, 20, 59), scheduler) == one_day  # under 24 hours, yet a day
    assert retrievability(state, local(12, 4, 30), scheduler) == scheduler.maths.retrievability(2, 3.0)


def test_retrievability_is_py_fsrs_and_falls_over_time() -> None:
    """Predicted recall is py-fsrs's: 1 right after a review, about the desired retention when due, lower later."""
    scheduler = make_fsrs(Settings(fuzz=False, desired_retention=0.9))
    state = review(scheduler, CARD, CardState(), Rating.EASY, T0)
    card = fsrs.Card(card_id=CARD, state=fsrs.State.Review, stability=state.stability, difficulty=state.difficulty,
                     due=_due(state), last_review=T0)
    later = T0 + timedelta(days=40)
    assert retrievability(state, later, scheduler) == scheduler.fsrs.get_card_retrievability(card, later)
    at_due = retrievability(state, _due(state), scheduler)
    assert retrievability(state, T0, scheduler) == 1.0
    assert at_due is not None and abs(at_due - 0.9) < 0.02
    assert retrievability(state, later, scheduler) < at_due  # type: ignore[operator]
