"""FSRS for one card: `CardState`, `CardScheduler`, `make_fsrs`, `review`, `replay`, `intervals`,
`retrievability` (and `Rating` and `Phase`, from `scheduler.vocabulary`).

Built on py-fsrs, with deterministic fuzz (`scheduler.fuzz`) when the settings ask for
it. The review log is the truth; a `CardState` is what replaying a card's log gives.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import fsrs

from scheduler.clock import as_utc
from scheduler.fuzz import fuzzed_days
from scheduler.vocabulary import Phase, Rating

if TYPE_CHECKING:
    from scheduler.settings import Settings


@dataclass(frozen=True)
class CardState:
    """A card's FSRS memory state; the default is a card never reviewed."""

    state: Phase = Phase.NEW
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: datetime | None = None
    last_review: datetime | None = None
    reps: int = 0
    lapses: int = 0
    introduced_at: datetime | None = None


@dataclass(frozen=True)
class CardScheduler:
    """The FSRS parameters one deck's cards are scheduled with, and whether to fuzz.

    `fsrs` is a py-fsrs scheduler whose own (random) fuzz is always off; when `fuzz` is
    True, review intervals are fuzzed deterministically instead (`scheduler.fuzz`).
    """

    fsrs: fsrs.Scheduler
    fuzz: bool = True

    def __post_init__(self) -> None:
        """Refuse a py-fsrs scheduler with its own fuzz on: it would make replay random."""
        if self.fsrs.enable_fuzzing:
            raise ValueError("use make_fsrs: py-fsrs fuzz would make replay random")

    @property
    def maximum_interval(self) -> int:
        """The longest interval, in days."""
        return int(self.fsrs.maximum_interval)


def make_fsrs(settings: Settings) -> CardScheduler:
    """The scheduler for `settings` (a deck's effective settings: `Settings.for_deck`)."""
    py_fsrs = fsrs.Scheduler(
        desired_retention=settings.desired_retention,
        learning_steps=[timedelta(minutes=m) for m in settings.learning_steps],
        relearning_steps=[timedelta(minutes=m) for m in settings.relearning_steps],
        maximum_interval=settings.maximum_interval,
        enable_fuzzing=False,
    )
    return CardScheduler(py_fsrs, fuzz=settings.fuzz)


def review(
    fsrs_scheduler: CardScheduler,
    card_id: int,
    state: CardState,
    rating: Rating,
    when: datetime,
) -> CardState:
    """The state of card `card_id` after rating it `rating` at `when`."""
    when, rating = as_utc(when), Rating(rating)
    before = _to_fsrs(card_id, state, when)
    after, _ = fsrs_scheduler.fsrs.review_card(before, fsrs.Rating(int(rating)), when)
    due = _fuzzed_due(fsrs_scheduler, card_id, state.reps, after, when)
    return CardState(
        state=Phase(int(after.state)),
        step=after.step,
        stability=after.stability,
        difficulty=after.difficulty,
        due=due,
        last_review=when,
        reps=state.reps + 1,
        lapses=state.lapses + _is_lapse(state, rating),
        introduced_at=state.introduced_at or when,
    )


def replay(
    fsrs_scheduler: CardScheduler,
    card_id: int,
    reviews: Iterable[tuple[Rating, datetime]],
) -> CardState:
    """The state that card `card_id`'s log of (rating, time) reviews leads to."""
    state = CardState()
    for rating, when in reviews:
        state = review(fsrs_scheduler, card_id, state, rating, when)
    return state


def intervals(
    fsrs_scheduler: CardScheduler, card_id: int, state: CardState, now: datetime
) -> dict[Rating, timedelta]:
    """For each rating, how long after `now` the card would be due if rated so now.

    Exactly what `review` at `now` would commit, fuzz included.
    """
    return {
        rating: _due(review(fsrs_scheduler, card_id, state, rating, now)) - now for rating in Rating
    }


def retrievability(state: CardState, at: datetime, fsrs_scheduler: CardScheduler) -> float | None:
    """The predicted probability of recalling the card at `at` (py-fsrs's); None for a new card."""
    if state.state == Phase.NEW or state.stability is None or state.last_review is None:
        return None
    card = _to_fsrs(0, state, as_utc(at))
    return float(fsrs_scheduler.fsrs.get_card_retrievability(card, as_utc(at)))


def _to_fsrs(card_id: int, state: CardState, when: datetime) -> fsrs.Card:
    """The py-fsrs card for `state`; a new card is a learning card at step 0."""
    if state.state == Phase.NEW:
        return fsrs.Card(card_id=card_id, state=fsrs.State.Learning, step=0, due=when)
    return fsrs.Card(
        card_id=card_id,
        state=fsrs.State(int(state.state)),
        step=state.step,
        stability=state.stability,
        difficulty=state.difficulty,
        due=_due(state),
        last_review=state.last_review,
    )


def _fuzzed_due(
    fsrs_scheduler: CardScheduler,
    card_id: int,
    index: int,
    card: fsrs.Card,
    when: datetime,
) -> datetime:
    """py-fsrs's due date, with a review-state interval fuzzed deterministically if fuzz is on."""
    if card.state != fsrs.State.Review or not fsrs_scheduler.fuzz:
        return card.due
    days = (card.due - when).days
    fuzzed = fuzzed_days(
        days, card_id=card_id, index=index, maximum=fsrs_scheduler.maximum_interval
    )
    return when + timedelta(days=fuzzed)


def _is_lapse(state: CardState, rating: Rating) -> bool:
    """Whether this rating forgets a card that had graduated to review."""
    return state.state == Phase.REVIEW and rating == Rating.AGAIN


def _due(state: CardState) -> datetime:
    """The due date of a reviewed card (one that has been reviewed always has one)."""
    if state.due is None:
        raise ValueError("a reviewed card must have a due date")
    return state.due


__all__ = [
    "CardScheduler",
    "CardState",
    "Phase",
    "Rating",
    "intervals",
    "make_fsrs",
    "replay",
    "retrievability",
    "review",
]
