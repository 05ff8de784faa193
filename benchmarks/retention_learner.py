"""A simulated learner for the retention benchmark, behaving as fsrs-rs's simulator assumes.

Its true memory is FSRS with the default parameters, kept by fsrs-rs itself
(`FSRS.next_states`) with the elapsed time in whole days between the days of two
reviews, as the simulator keeps it. It recalls a review card with the probability the
true memory gives on the day it is asked; its ratings follow the simulator's default
distributions: the first rating of a new card, Hard/Good/Easy when it recalls, and the
rating of each learning or relearning step given the step before.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import fsrs_rs_python as fsrs_rs

from scheduler.engine import Phase, Rating

_CONFIG = fsrs_rs.default_simulator_config()
FIRST = tuple(_CONFIG.first_rating_prob)
"""Chances of Again, Hard, Good, Easy as the first rating of a new card."""
PASSED = tuple(_CONFIG.review_rating_prob)
"""Chances of Hard, Good, Easy when a review card is recalled."""
LEARNING = tuple(tuple(row) for row in _CONFIG.learning_step_transitions)
"""The rating of a learning step, by the rating before it (Again, Hard, Good)."""
RELEARNING = tuple(tuple(row) for row in _CONFIG.relearning_step_transitions)
"""The rating of a relearning step, by the rating before it (Again, Hard, Good)."""
DECAY = -fsrs_rs.DEFAULT_PARAMETERS[20]
FACTOR = 0.9 ** (1 / DECAY) - 1


@dataclass
class _Memory:
    """One card's true memory: fsrs-rs's state, the day of its last review, the last rating."""

    state: object | None = None
    day: int = 0
    rating: Rating = Rating.AGAIN


@dataclass
class Learner:
    """Answers cards as the simulator's learner would, keeping each card's true memory."""

    seed: int
    desired_retention: float
    rng: random.Random = field(init=False)
    memory: dict[int, _Memory] = field(default_factory=dict)
    model: object = field(default_factory=lambda: fsrs_rs.FSRS(fsrs_rs.DEFAULT_PARAMETERS))

    def __post_init__(self) -> None:
        """Seed the learner's draws."""
        self.rng = random.Random(self.seed)

    def answer(self, card_id: int, phase: Phase, day: int) -> Rating:
        """The rating the learner gives card `card_id` (in `phase`) on day number `day`, its memory updated."""
        memory = self.memory.setdefault(card_id, _Memory())
        if phase == Phase.NEW:
            rating = self._draw(FIRST, Rating.AGAIN)
        elif phase == Phase.REVIEW:
            rating = self._review(memory, day)
        else:
            table = LEARNING if phase == Phase.LEARNING else RELEARNING
            rating = self._draw(table[min(int(memory.rating), 3) - 1], Rating.AGAIN)
        elapsed = 0 if memory.state is None else max(0, day - memory.day)
        states = self.model.next_states(memory.state, self.desired_retention, elapsed)  # type: ignore[attr-defined]
        memory.state = getattr(states, rating.name.lower()).memory
        memory.day, memory.rating = day, rating
        return rating

    def _review(self, memory: _Memory, day: int) -> Rating:
        """Again when the card is forgotten (by its true recall on `day`), else Hard, Good or Easy."""
        stability = memory.state.stability  # type: ignore[union-attr]
        recall = (1 + FACTOR * max(0, day - memory.day) / stability) ** DECAY
        if self.rng.random() >= recall:
            return Rating.AGAIN
        return self._draw(PASSED, Rating.HARD)

    def _draw(self, chances: tuple[float, ...], first: Rating) -> Rating:
        """A rating drawn with `chances`, the first of them being `first`."""
        ratings = [Rating(int(first) + offset) for offset in range(len(chances))]
        return self.rng.choices(ratings, weights=chances)[0]
