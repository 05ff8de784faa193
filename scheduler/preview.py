"""A card's next state under each rating, worked out once: `Preview`, `preview`.

The review screen shows each rating's interval on its button, and the rating picked is
committed with that very outcome: FSRS runs once per card shown, not once to show and
again to commit. An outcome depends on the local day of the rating (FSRS counts whole
days since the last review), never on the time within it: rated later the same day, the
card's times move by the wait and nothing else changes. Only the rating picked becomes a
`CardState`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from scheduler.clock import as_utc
from scheduler.engine import CardScheduler, CardState, Rating, elapsed_days, outcome_steps, state_after
from scheduler.fsrs_maths import Step
from scheduler.fuzz import review_draw
from scheduler.review_outcomes import review_outcomes
from scheduler.vocabulary import Phase

_RATINGS = tuple(Rating)


@dataclass(frozen=True)
class Preview:
    """The outcome of each rating of card `card_id`, from state `before`, worked out at `at` (local day `day`).

    `steps` holds, by rating, FSRS's step and the due time it gives at `at`.
    """

    card_id: int
    before: CardState
    at: datetime
    day: int
    steps: dict[Rating, tuple[Step, datetime]]

    @property
    def intervals(self) -> dict[Rating, timedelta]:
        """For each rating, how long after the rating the card comes due."""
        at = self.at
        return {rating: due - at for rating, (_, due) in self.steps.items()}

    def fits(self, card_id: int, before: CardState, day: int) -> bool:
        """Whether this preview holds for card `card_id` in state `before` rated on local day `day`."""
        return self.card_id == card_id and self.day == day and (self.before is before or self.before == before)

    def after(self, rating: Rating, when: datetime) -> CardState:
        """The state rating so at `when` gives (`when` on this preview's local day): its outcome moved to `when`."""
        step, due = self.steps[rating]
        return state_after(self.before, step, rating, when, due + (when - self.at), self.day)


def preview(fsrs_scheduler: CardScheduler, card_id: int, before: CardState, at: datetime) -> Preview:
    """Every rating's outcome for card `card_id` in state `before`, rated at `at`."""
    at = as_utc(at)
    day = fsrs_scheduler.day_of(at)
    steps = None
    if before.state == Phase.REVIEW and before.stability is not None and before.difficulty is not None:
        elapsed = elapsed_days(fsrs_scheduler, before, day)  # the common case, in one pass (same outcomes)
        steps = review_outcomes(fsrs_scheduler.maths, fsrs_scheduler.fuzz, card_id, before.reps, before.stability,
                                before.difficulty, elapsed, at)
    if steps is None:
        draw = review_draw(card_id=card_id, index=before.reps)  # the draw the rating records
        steps = outcome_steps(fsrs_scheduler, card_id, before, at, day, _RATINGS, draw)
    return Preview(card_id, before, at, day, steps)
