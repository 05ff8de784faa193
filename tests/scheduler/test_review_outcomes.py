"""`scheduler.review_outcomes` gives `outcome_steps`'s answer bit for bit, and `preview` takes it for reviews."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

from fsrs.scheduler import LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS
from hypothesis import given, settings
from hypothesis import strategies as st

from scheduler.engine import CardScheduler, CardState, Phase, Rating, outcome_steps
from scheduler.fsrs_maths import DEFAULT_PARAMETERS, Maths
from scheduler.fuzz import review_draw
from scheduler.preview import preview
from scheduler.review_outcomes import review_outcomes

WHEN = datetime(2026, 3, 1, 9, 30, 15, 123456, tzinfo=UTC)

minutes = st.integers(min_value=1, max_value=60 * 24 * 3).map(lambda m: timedelta(minutes=m))


@st.composite
def schedulers(draw: st.DrawFn) -> CardScheduler:
    """A scheduler with parameters anywhere within py-fsrs's bounds (or the defaults), fuzz on or off."""
    parameters = draw(
        st.one_of(
            st.just(DEFAULT_PARAMETERS),
            st.tuples(*(st.floats(low, high) for low, high in zip(LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS,
                                                                   strict=True))),
        )
    )
    maths = Maths(
        tuple(parameters), draw(st.floats(0.7, 0.99)), tuple(draw(st.lists(minutes, max_size=3))),
        tuple(draw(st.lists(minutes, max_size=3))), draw(st.one_of(st.integers(1, 36500), st.integers(1, 12))),
    )
    return CardScheduler(maths, fuzz=draw(st.booleans()))


@st.composite
def reviews(draw: st.DrawFn) -> tuple[CardState, int]:
    """A review card's state, reviewed `elapsed` whole days (0 included) before `WHEN`'s day, and its id."""
    elapsed = draw(st.one_of(st.integers(0, 3), st.integers(0, 40_000)))
    last = WHEN - timedelta(days=elapsed)
    state = CardState(
        Phase.REVIEW, None, draw(st.one_of(st.floats(0.001, 100.0), st.floats(0.001, 40_000.0))),
        draw(st.floats(1.0, 10.0)), last, last, draw(st.integers(1, 400)), draw(st.integers(0, 50)), last,
        20_000 - elapsed,
    )
    return state, draw(st.integers(1, 10**9))


@settings(max_examples=1500, deadline=None)
@given(schedulers(), reviews())
def test_the_same_outcomes_as_the_general_code(scheduler: CardScheduler, drawn: tuple[CardState, int]) -> None:
    """Every rating's step (state, step, stability, difficulty, interval) and due time are the general code's."""
    state, card_id = drawn
    elapsed = 20_000 - state.last_day  # type: ignore[operator]
    fast = review_outcomes(scheduler.maths, scheduler.fuzz, card_id, state.reps, state.stability,  # type: ignore[arg-type]
                           state.difficulty, elapsed, WHEN)  # type: ignore[arg-type]
    if not scheduler.maths.relearning_steps or elapsed < 1:
        assert fast is None
        return
    general = outcome_steps(scheduler, card_id, state, WHEN, 20_000, tuple(Rating),
                            review_draw(card_id=card_id, index=state.reps))
    assert fast is not None
    assert list(fast) == list(general)
    for rating, (step, due) in general.items():
        fast_step, fast_due = fast[rating]
        assert fast_due == due
        assert fast_step.phase == step.phase and fast_step.step == step.step and fast_step.interval == step.interval
        assert _bits(fast_step.stability) == _bits(step.stability)
        assert _bits(fast_step.difficulty) == _bits(step.difficulty)


def test_a_preview_of_a_review_is_the_general_codes() -> None:
    """`preview` of a review card, through the one-pass path, shows and commits what `outcome_steps` gives."""
    scheduler = CardScheduler(Maths(DEFAULT_PARAMETERS, 0.9, (timedelta(minutes=1),), (timedelta(minutes=10),), 36500))
    day = scheduler.day_of(WHEN)
    last = WHEN - timedelta(days=12)
    state = CardState(Phase.REVIEW, None, 9.5, 5.2, WHEN, last, 6, 1, last - timedelta(days=40), day - 12)
    shown = preview(scheduler, 4242, state, WHEN)
    general = outcome_steps(scheduler, 4242, state, WHEN, day, tuple(Rating), review_draw(card_id=4242, index=6))
    assert shown.steps == general
    assert shown.intervals[Rating.GOOD] == general[Rating.GOOD][1] - WHEN
    assert shown.intervals[Rating.AGAIN] == timedelta(minutes=10)


def _bits(value: float) -> str:
    """The exact bits of a float (NaN-safe, -0.0 told from 0.0)."""
    return math.nan.hex() if math.isnan(value) else value.hex()
