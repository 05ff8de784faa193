"""FSRS-6's step for one card on plain numbers: `Maths` (one scheduler's constants) and `Step`.

py-fsrs's `Scheduler.review_card` wraps the formulas in card objects, copies and
datetimes, which cost more than the arithmetic; the review path asks for several steps
per card. Here they are written out on floats, operation for operation as py-fsrs 6
writes them: the same floating-point operations in the same order give the same bits
(`math.e ** x`, never `math.exp(x)`; constants folded only where py-fsrs computes the
same sub-expression). `tests/scheduler/test_fsrs_maths.py` holds every outcome equal to
py-fsrs's over random states, parameters and steps. Standard library only.
"""

from __future__ import annotations

import math
from dataclasses import field
from datetime import timedelta
from typing import NamedTuple

from deck.records import record

LEARNING, REVIEW, RELEARNING = 1, 2, 3
"""py-fsrs's card states (`scheduler.vocabulary.Phase` values; a new card is learning at step 0)."""

AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4
"""The ratings' values."""

STABILITY_MIN = 0.001
MIN_DIFFICULTY, MAX_DIFFICULTY = 1.0, 10.0

DEFAULT_PARAMETERS: tuple[float, ...] = (
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
)
"""FSRS-6's default parameters, py-fsrs 6's (`tests/scheduler/test_fsrs_maths.py` holds them equal),
here so that scheduling with them never imports py-fsrs."""


class Step(NamedTuple):
    """A card's FSRS state after one rating, and how long until it is due."""

    phase: int
    step: int | None
    stability: float
    difficulty: float
    interval: timedelta


@record
class Maths:
    """One py-fsrs scheduler's settings, with the sub-expressions its formulas share computed once."""

    parameters: tuple[float, ...]
    desired_retention: float
    learning_steps: tuple[timedelta, ...]
    relearning_steps: tuple[timedelta, ...]
    maximum_interval: int
    _c: tuple[float, ...] = field(init=False, repr=False)
    _first: dict[int, Step] = field(init=False, repr=False, compare=False)
    """A new card's step by rating, worked out when first asked for (they depend on nothing else)."""

    def __post_init__(self) -> None:
        """Fold the constants: decay, factor, the interval's retention term, e**w8, e**(w17*w18), D0(Easy)."""
        w = self.parameters
        decay = -w[20]
        factor = 0.9 ** (1 / decay) - 1
        constants = (
            decay,
            factor,
            (self.desired_retention ** (1 / decay)) - 1,
            math.e ** w[8],
            math.e ** (w[17] * w[18]),
            w[4] - (math.e ** (w[5] * (EASY - 1))) + 1,
        )
        object.__setattr__(self, "_c", constants)
        object.__setattr__(self, "_first", {})

    def retrievability(self, elapsed_days: int, stability: float) -> float:
        """The probability of recall `elapsed_days` whole days after a review, at `stability`."""
        decay, factor = self._c[0], self._c[1]
        return (1 + factor * elapsed_days / stability) ** decay

    def step(
        self, phase: int, step: int | None, stability: float | None, difficulty: float | None,
        elapsed: int | None, rating: int,
    ) -> Step:
        """The state after `rating`, `elapsed` whole days (None: never reviewed) after the last review.

        `phase` is py-fsrs's state (a new card: learning, step 0, no stability).
        """
        if phase == REVIEW:
            return self._review(stability, difficulty, elapsed, rating)  # type: ignore[arg-type]
        steps = self.learning_steps if phase == LEARNING else self.relearning_steps
        if stability is None or difficulty is None:
            stability, difficulty = self._initial_stability(rating), self._initial_difficulty(rating)
        elif elapsed is not None and elapsed < 1:
            stability, difficulty = self._short_term(stability, rating), self._next_difficulty(difficulty, rating)
        else:
            recall = self._recall(elapsed, stability)
            stability = self._next_stability(difficulty, stability, recall, rating)
            difficulty = self._next_difficulty(difficulty, rating)
        return self._stepped(phase, steps, step or 0, stability, difficulty, rating)

    def steps(
        self, phase: int, step: int | None, stability: float | None, difficulty: float | None,
        elapsed: int | None, ratings: tuple[int, ...],
    ) -> dict[int, Step]:
        """`step` for each of `ratings` from one state, what they share worked out once: a review's recall, a new
        card's steps (the same for every new card)."""
        if phase == REVIEW and not (elapsed is not None and elapsed < 1):
            recall = self._recall(elapsed, stability)  # type: ignore[arg-type]
            return {rating: self._review(stability, difficulty, elapsed, rating, recall) for rating in ratings}  # type: ignore[arg-type]
        if phase == LEARNING and not step and stability is None and difficulty is None and elapsed is None:
            first = self._first
            for rating in ratings:
                if rating not in first:
                    first[rating] = self.step(phase, step, stability, difficulty, elapsed, rating)
            return {rating: first[rating] for rating in ratings}
        return {rating: self.step(phase, step, stability, difficulty, elapsed, rating) for rating in ratings}

    def _review(
        self, stability: float, difficulty: float, elapsed: int | None, rating: int, recall: float | None = None
    ) -> Step:
        """A review-state card's step: relearning after Again (if there are relearning steps). `recall`: the
        card's recall at the review, when worked out already."""
        if elapsed is not None and elapsed < 1:
            stability = self._short_term(stability, rating)
        else:
            recall = self._recall(elapsed, stability) if recall is None else recall
            stability = self._next_stability(difficulty, stability, recall, rating)
        difficulty = self._next_difficulty(difficulty, rating)
        if rating == AGAIN and self.relearning_steps:
            return Step(RELEARNING, 0, stability, difficulty, self.relearning_steps[0])
        return Step(REVIEW, None, stability, difficulty, timedelta(days=self._next_interval(stability)))

    def _stepped(
        self, phase: int, steps: tuple[timedelta, ...], step: int, stability: float, difficulty: float, rating: int
    ) -> Step:
        """A (re)learning card's next step and interval, or its graduation to review."""
        graduate = Step(REVIEW, None, stability, difficulty, timedelta(days=self._next_interval(stability)))
        if not steps or (step >= len(steps) and rating != AGAIN):
            return graduate
        if rating == AGAIN:
            return Step(phase, 0, stability, difficulty, steps[0])
        if rating == HARD:
            if step == 0 and len(steps) == 1:
                return Step(phase, step, stability, difficulty, steps[0] * 1.5)
            if step == 0:
                return Step(phase, step, stability, difficulty, (steps[0] + steps[1]) / 2.0)
            return Step(phase, step, stability, difficulty, steps[step])
        if rating == GOOD and step + 1 != len(steps):
            return Step(phase, step + 1, stability, difficulty, steps[step + 1])
        return graduate

    def _recall(self, elapsed: int | None, stability: float) -> float:
        """py-fsrs's retrievability at the review (0 without a last review)."""
        return 0 if elapsed is None else self.retrievability(max(0, elapsed), stability)

    def _initial_stability(self, rating: int) -> float:
        """S0 of a first rating."""
        return max(self.parameters[rating - 1], STABILITY_MIN)

    def _initial_difficulty(self, rating: int) -> float:
        """D0 of a first rating, clamped."""
        w = self.parameters
        return min(max(w[4] - (math.e ** (w[5] * (rating - 1))) + 1, MIN_DIFFICULTY), MAX_DIFFICULTY)

    def _next_difficulty(self, difficulty: float, rating: int) -> float:
        """Difficulty after a rating: linear damping, then mean reversion towards D0(Easy)."""
        w = self.parameters
        delta = -(w[6] * (rating - 3))
        damped = difficulty + (10.0 - difficulty) * delta / 9.0
        return min(max(w[7] * self._c[5] + (1 - w[7]) * damped, MIN_DIFFICULTY), MAX_DIFFICULTY)

    def _short_term(self, stability: float, rating: int) -> float:
        """Stability after a same-day rating."""
        w = self.parameters
        increase = (math.e ** (w[17] * (rating - 3 + w[18]))) * (stability ** -w[19])
        if rating != AGAIN:
            increase = max(increase, 1.0)
        return max(stability * increase, STABILITY_MIN)

    def _next_stability(self, difficulty: float, stability: float, recall: float, rating: int) -> float:
        """Stability after a rating a day or more after the last: forgotten (Again) or recalled."""
        w = self.parameters
        if rating == AGAIN:
            long_term = w[11] * (difficulty ** -w[12]) * (((stability + 1) ** (w[13])) - 1) * (
                math.e ** ((1 - recall) * w[14])
            )
            new = min(long_term, stability / self._c[4])
        else:
            hard_penalty = w[15] if rating == HARD else 1
            easy_bonus = w[16] if rating == EASY else 1
            new = stability * (
                1 + self._c[3] * (11 - difficulty) * (stability ** -w[9])
                * ((math.e ** ((1 - recall) * w[10])) - 1) * hard_penalty * easy_bonus
            )
        return max(new, STABILITY_MIN)

    def _next_interval(self, stability: float) -> int:
        """Whole days until recall falls to the desired retention, within 1 and the maximum interval."""
        days = round((stability / self._c[1]) * self._c[2])
        return min(max(days, 1), self.maximum_interval)
