"""`scheduler.fsrs_maths` is py-fsrs to the last bit: every step over random states, settings and ratings."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import fsrs
from fsrs.scheduler import LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS
from hypothesis import given, settings
from hypothesis import strategies as st

from scheduler.fsrs_maths import DEFAULT_PARAMETERS, LEARNING, REVIEW, Maths

WHEN = datetime(2026, 3, 1, 9, 30, 15, 123456, tzinfo=timezone.utc)

steps = st.lists(st.integers(min_value=1, max_value=60 * 24 * 3).map(lambda m: timedelta(minutes=m)), max_size=3)


@st.composite
def schedulers(draw: st.DrawFn) -> fsrs.Scheduler:
    """A py-fsrs scheduler with parameters anywhere within py-fsrs's bounds (or its defaults)."""
    parameters = draw(
        st.one_of(
            st.just(fsrs.scheduler.DEFAULT_PARAMETERS),
            st.tuples(*(st.floats(low, high) for low, high in zip(LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS, strict=True))),
        )
    )
    return fsrs.Scheduler(
        parameters=parameters,
        desired_retention=draw(st.floats(0.7, 0.99)),
        learning_steps=draw(steps),
        relearning_steps=draw(steps),
        maximum_interval=draw(st.integers(1, 36500)),
        enable_fuzzing=False,
    )


@st.composite
def cards(draw: st.DrawFn) -> tuple[fsrs.Card, int | None]:
    """A py-fsrs card as a review finds it (a new card: learning at step 0, never reviewed), and its elapsed days."""
    state = draw(st.sampled_from([None, fsrs.State.Learning, fsrs.State.Review, fsrs.State.Relearning]))
    if state is None:
        return fsrs.Card(card_id=1, state=fsrs.State.Learning, step=0, due=WHEN), None
    elapsed = draw(st.one_of(st.just(0), st.integers(0, 3), st.integers(0, 40_000)))
    card = fsrs.Card(
        card_id=1,
        state=state,
        step=None if state == fsrs.State.Review else draw(st.integers(0, 4)),
        stability=draw(st.one_of(st.floats(0.001, 100.0), st.floats(0.001, 40_000.0))),
        difficulty=draw(st.floats(1.0, 10.0)),
        due=WHEN,
        last_review=WHEN - timedelta(days=elapsed),
    )
    return card, elapsed


@settings(max_examples=1500, deadline=None)
@given(schedulers(), cards(), st.sampled_from(list(fsrs.Rating)))
def test_every_step_is_py_fsrs(py_fsrs: fsrs.Scheduler, drawn: tuple[fsrs.Card, int | None], rating: fsrs.Rating) -> None:
    """State, step, stability, difficulty and interval are exactly py-fsrs's, bit for bit."""
    card, elapsed = drawn
    expected = py_fsrs.review_card(card, rating, WHEN)[0]
    maths = Maths(
        tuple(py_fsrs.parameters), py_fsrs.desired_retention, py_fsrs.learning_steps, py_fsrs.relearning_steps,
        py_fsrs.maximum_interval,
    )
    new = card.stability is None
    got = maths.step(
        LEARNING if new else int(card.state), card.step, card.stability, card.difficulty, elapsed, int(rating)
    )
    assert (got.phase, got.step, got.interval) == (int(expected.state), expected.step, expected.due - WHEN)
    assert (got.stability, got.difficulty) == (expected.stability, expected.difficulty)


@settings(max_examples=200, deadline=None)
@given(schedulers(), cards())
def test_steps_of_every_rating_are_each_ratings_step(py_fsrs: fsrs.Scheduler, drawn: tuple[fsrs.Card, int | None]) -> None:
    """`steps` (what the ratings share worked out once, a new card's steps kept) gives each rating's `step`, asked
    twice (the second time from what it kept)."""
    card, elapsed = drawn
    maths = Maths(
        tuple(py_fsrs.parameters), py_fsrs.desired_retention, py_fsrs.learning_steps, py_fsrs.relearning_steps,
        py_fsrs.maximum_interval,
    )
    phase = LEARNING if card.stability is None else int(card.state)
    state = (phase, card.step, card.stability, card.difficulty, elapsed)
    expected = {int(rating): maths.step(*state, int(rating)) for rating in fsrs.Rating}
    ratings = tuple(int(rating) for rating in fsrs.Rating)
    assert maths.steps(*state, ratings) == expected
    assert maths.steps(*state, ratings[::-1]) == expected


@settings(max_examples=500, deadline=None)
@given(schedulers(), st.integers(0, 40_000), st.floats(0.001, 40_000.0))
def test_retrievability_is_py_fsrs(py_fsrs: fsrs.Scheduler, elapsed: int, stability: float) -> None:
    """The forgetting curve is py-fsrs's `get_card_retrievability`, bit for bit."""
    card = fsrs.Card(card_id=1, state=fsrs.State.Review, stability=stability, difficulty=5.0,
                     due=WHEN, last_review=WHEN - timedelta(days=elapsed))
    maths = Maths(tuple(py_fsrs.parameters), py_fsrs.desired_retention, (), (), py_fsrs.maximum_interval)
    assert maths.retrievability(elapsed, stability) == py_fsrs.get_card_retrievability(card, WHEN)


def test_review_state_graduates_with_whole_days() -> None:
    """A sanity anchor: Good on a review card at its due date schedules review again, in whole days."""
    maths = Maths(fsrs.scheduler.DEFAULT_PARAMETERS, 0.9, (), (timedelta(minutes=10),), 36500)
    step = maths.step(REVIEW, None, 10.0, 5.0, 10, 3)
    assert step.phase == REVIEW and step.interval.seconds == 0 and step.interval.days > 10


def test_default_parameters_are_py_fsrs_own() -> None:
    """The defaults kept here (so scheduling needs no py-fsrs) are py-fsrs's, value for value."""
    assert tuple(fsrs.scheduler.DEFAULT_PARAMETERS) == DEFAULT_PARAMETERS
