"""FSRS for one card: `CardState`, `CardScheduler`, `make_fsrs`, `Logged`, `review`, `outcomes`,
`replay`, `intervals`, `retrievability` (and `Rating` and `Phase`, from `scheduler.vocabulary`).

FSRS-6 as py-fsrs computes it (its formulas on plain numbers, `scheduler.fsrs_maths`, so
scheduling never imports py-fsrs), fed as FSRS's parameters were fitted: the elapsed time it sees is the
whole local days between two reviews' days (a second review the same day takes FSRS-6's
same-day formula), learning steps stay in minutes. Review intervals are kept in order,
Hard < Good < Easy, with deterministic fuzz (`scheduler.fuzz`) when the settings ask for
it. The review log is the truth; a `CardState` is what replaying a card's log gives.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import field
from datetime import datetime, timedelta, tzinfo
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple

from deck.records import record
from scheduler.card_state import CardState
from scheduler.clock import as_utc
from scheduler.days import day_bounds, day_number, recall_moment
from scheduler.fsrs_maths import DEFAULT_PARAMETERS, LEARNING, REVIEW, Maths, Step
from scheduler.review_days import ordered_days
from scheduler.vocabulary import Phase, Rating

if TYPE_CHECKING:
    import fsrs

    from scheduler.settings import Settings


@record(eq=False)
class CardScheduler:
    """The FSRS settings one deck's cards are scheduled with, whether to fuzz, and the day rule.

    `maths` holds the FSRS settings (parameters, desired retention, steps, maximum
    interval) and computes on plain numbers (`scheduler.fsrs_maths`); when `fuzz` is True,
    review intervals are fuzzed deterministically (`scheduler.fuzz`). `day_starts_at` and
    `tz` (None: the machine's zone) say which local day a review falls on when the log
    does not say. Compared (and hashed) by identity.
    """

    maths: Maths
    fuzz: bool = True
    day_starts_at: int = 4
    tz: tzinfo | None = None
    _day: tuple[datetime, datetime, int] | None = field(default=None, init=False, repr=False)
    """The last local day `day_of` found: its UTC start and end, and its number."""

    @property
    def maximum_interval(self) -> int:
        """The longest interval, in days."""
        return self.maths.maximum_interval

    @cached_property
    def fsrs(self) -> fsrs.Scheduler:
        """A py-fsrs scheduler with these settings, its own (random) fuzz off, made (py-fsrs imported) when asked for.

        The reference `maths` is held equal to; scheduling never needs it.
        """
        import fsrs  # noqa: PLC0415 - py-fsrs only for those who ask for it

        maths = self.maths
        return fsrs.Scheduler(
            parameters=maths.parameters, desired_retention=maths.desired_retention,
            learning_steps=maths.learning_steps, relearning_steps=maths.relearning_steps,
            maximum_interval=maths.maximum_interval, enable_fuzzing=False,
        )

    def day_of(self, moment: datetime) -> int:
        """The local day number holding `moment` under this scheduler's day rule.

        The last day asked about is kept with its bounds: a session asks about the same day
        at every card.
        """
        held = self._day
        if held is not None and moment.tzinfo is not None and held[0] <= moment < held[1]:
            return held[2]
        number = day_number(moment, self.day_starts_at, self.tz)
        if moment.tzinfo is not None:
            start, end = day_bounds(moment, self.day_starts_at, self.tz)
            object.__setattr__(self, "_day", (start, end, number))
        return number


def make_fsrs(settings: Settings, tz: tzinfo | None = None) -> CardScheduler:
    """The scheduler for `settings` (a deck's effective settings: `Settings.for_deck`), days in `tz`."""
    maths = Maths(
        tuple(settings.parameters or DEFAULT_PARAMETERS),
        settings.desired_retention,
        tuple(timedelta(minutes=m) for m in settings.learning_steps),
        tuple(timedelta(minutes=m) for m in settings.relearning_steps),
        settings.maximum_interval,
    )
    return CardScheduler(maths, fuzz=settings.fuzz, day_starts_at=settings.day_starts_at, tz=tz)


class Logged(NamedTuple):
    """One review of a card's log, as replay needs it.

    `day` is the local day number it was made on and `scheduler` the settings it was
    scheduled with, as recorded; None for either means "as the replaying scheduler has it".
    """

    rating: Rating
    when: datetime
    day: int | None = None
    scheduler: CardScheduler | None = None
    draw: float | None = None
    """The fuzz draw recorded with the review (None, none recorded: `scheduler.fuzz.fuzz_factor`'s)."""


def review(
    fsrs_scheduler: CardScheduler,
    card_id: int,
    state: CardState,
    rating: Rating,
    when: datetime,
    day: int | None = None,
    draw: float | None = None,
) -> CardState:
    """The state of card `card_id` after rating it `rating` at `when`, on local day number `day`.

    `day` None: the day `fsrs_scheduler`'s day rule gives `when`; `draw` None: the draw of a
    review recorded without one (`scheduler.fuzz.fuzz_factor`); a new review's is `review_draw`.
    """
    rating = Rating(rating)
    needed = (rating,) if rating == Rating.AGAIN else _PASSING
    return _outcomes(fsrs_scheduler, card_id, state, when, day, needed, draw)[rating]


def outcomes(
    fsrs_scheduler: CardScheduler,
    card_id: int,
    state: CardState,
    when: datetime,
    day: int | None = None,
    draw: float | None = None,
) -> dict[Rating, CardState]:
    """For each rating, the state rating card `card_id` so at `when` gives (as `review`)."""
    return _outcomes(fsrs_scheduler, card_id, state, when, day, tuple(Rating), draw)


def replay(
    fsrs_scheduler: CardScheduler,
    card_id: int,
    reviews: Iterable[Logged | tuple[Rating, datetime]],
    start: CardState | None = None,
) -> CardState:
    """The state that card `card_id`'s log leads to, from `start` (None: a new card's; a seed's,
    `scheduler.plugin_seeds`).

    Each review is a `Logged` (or a (rating, time) pair); one that records its day and
    settings is replayed with them, others with `fsrs_scheduler`'s.
    """
    state = start or CardState()
    entries = [Logged(*entry) for entry in reviews]
    for position, logged in enumerate(entries):
        scheduler, rating = logged.scheduler or fsrs_scheduler, Rating(logged.rating)
        if position == len(entries) - 1:
            state = review(scheduler, card_id, state, rating, logged.when, logged.day, logged.draw)
        else:  # only the last due counts: the ratings it is ordered after need not be computed
            state = _outcomes(scheduler, card_id, state, logged.when, logged.day, (rating,), logged.draw)[rating]
    return state


def intervals(
    fsrs_scheduler: CardScheduler, card_id: int, state: CardState, now: datetime, draw: float | None = None
) -> dict[Rating, timedelta]:
    """For each rating, how long after `now` the card would be due if rated so now.

    Exactly what `review` at `now` with `draw` would commit, fuzz and ordering included.
    """
    now = as_utc(now)
    after = outcomes(fsrs_scheduler, card_id, state, now, None, draw)
    return {rating: _due(outcome) - now for rating, outcome in after.items()}


def retrievability(state: CardState, at: datetime, fsrs_scheduler: CardScheduler) -> float | None:
    """The predicted probability of recalling the card at `at`; None for a new card.

    py-fsrs's forgetting curve over the local days from the last review's day to `at`'s, as
    the scheduler counts them (`scheduler.days.recall_moment`), not over 24-hour periods.
    """
    if state.state == Phase.NEW or state.stability is None or state.last_review is None:
        return None
    moment = recall_moment(as_utc(at), fsrs_scheduler.day_starts_at, fsrs_scheduler.tz)
    elapsed = max(0, (moment - state.last_review).days)
    return float(fsrs_scheduler.maths.retrievability(elapsed, state.stability))


_PASSING = (Rating.HARD, Rating.GOOD, Rating.EASY)
"""The ratings that recall the card, whose review intervals are kept in order."""


def _outcomes(
    fsrs_scheduler: CardScheduler,
    card_id: int,
    state: CardState,
    when: datetime,
    day: int | None,
    ratings: tuple[Rating, ...],
    draw: float | None = None,
) -> dict[Rating, CardState]:
    """The states `ratings` give (all three passing ones together: their intervals depend on each other)."""
    when = as_utc(when)
    day = fsrs_scheduler.day_of(when) if day is None else day
    steps = outcome_steps(fsrs_scheduler, card_id, state, when, day, ratings, draw)
    return {rating: state_after(state, step, rating, when, due, day) for rating, (step, due) in steps.items()}


def outcome_steps(
    fsrs_scheduler: CardScheduler,
    card_id: int,
    state: CardState,
    when: datetime,
    day: int,
    ratings: tuple[Rating, ...],
    draw: float | None = None,
) -> dict[Rating, tuple[Step, datetime]]:
    """For each of `ratings`, FSRS's step from `state` at `when` (UTC, on local day `day`) and the due time it gives.

    FSRS sees the whole local days since the last review as its elapsed time; the review
    intervals are then kept in order (`scheduler.review_days.ordered_days`). `state_after`
    turns one into the card's next `CardState`.
    """
    steps = _steps(fsrs_scheduler, state, elapsed_days(fsrs_scheduler, state, day), ratings)
    raw = {rating: step.interval.days for rating, step in steps.items() if step.phase == REVIEW}
    days = ordered_days(raw, card_id=card_id, index=state.reps, maximum=fsrs_scheduler.maximum_interval,
                        fuzz=fsrs_scheduler.fuzz, draw=draw) if raw else raw
    return {
        rating: (step, when + (timedelta(days=days[rating]) if rating in days else step.interval))
        for rating, step in steps.items()
    }


def _steps(
    fsrs_scheduler: CardScheduler, state: CardState, elapsed: int, ratings: tuple[Rating, ...]
) -> dict[Rating, Step]:
    """FSRS's step for each of `ratings`, `elapsed` whole local days after the last review.

    As py-fsrs sees it: a new card is a learning card at step 0 never reviewed.
    """
    maths = fsrs_scheduler.maths
    if state.state == Phase.NEW:
        return maths.steps(LEARNING, 0, None, None, None, ratings)  # type: ignore[return-value]
    return maths.steps(int(state.state), state.step, state.stability, state.difficulty, elapsed, ratings)  # type: ignore[return-value]


def state_after(state: CardState, after: Step, rating: int, when: datetime, due: datetime, day: int) -> CardState:
    """The `CardState` that rating `rating` at `when` (UTC, local day `day`) leads to from `state`.

    `after` is FSRS's step for it and `due` the due time it gives (`outcome_steps`).
    """
    return CardState(
        _PHASES[after.phase], after.step, after.stability, after.difficulty, due, when, state.reps + 1,
        state.lapses + (state.state == Phase.REVIEW and rating == Rating.AGAIN), state.introduced_at or when, day,
    )


_PHASES = tuple(Phase)
"""Each phase by its value."""


def elapsed_days(fsrs_scheduler: CardScheduler, state: CardState, day: int) -> int:
    """Whole local days from the last review's day to `day` (never negative)."""
    if state.last_review is None:
        return 0
    last = state.last_day if state.last_day is not None else fsrs_scheduler.day_of(state.last_review)
    return max(0, day - last)


def _due(state: CardState) -> datetime:
    """The due date of a reviewed card (one that has been reviewed always has one)."""
    if state.due is None:
        raise ValueError("a reviewed card must have a due date")
    return state.due


__all__ = [
    "CardScheduler",
    "CardState",
    "Logged",
    "Phase",
    "Rating",
    "elapsed_days",
    "intervals",
    "make_fsrs",
    "outcome_steps",
    "outcomes",
    "replay",
    "retrievability",
    "review",
    "state_after",
]
