"""A card's next state under each rating, worked out once: `Preview`, `preview`.

The review screen shows each rating's interval on its button, and the rating picked is
committed with that very outcome: FSRS runs once per card shown, not once to show and
again to commit. An outcome depends on the local day of the rating (FSRS counts whole
days since the last review), never on the time within it: rated later the same day, the
card's times move by the wait and nothing else changes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from scheduler.clock import as_utc
from scheduler.engine import CardScheduler, CardState, Rating, outcomes


@dataclass(frozen=True)
class Preview:
    """The outcome of each rating of card `card_id`, from state `before`, worked out at `at` (local day `day`)."""

    card_id: int
    before: CardState
    at: datetime
    day: int
    states: Mapping[Rating, CardState]

    @property
    def intervals(self) -> dict[Rating, timedelta]:
        """For each rating, how long after the rating the card comes due."""
        return {rating: state.due - self.at for rating, state in self.states.items()}  # type: ignore[operator]

    def fits(self, card_id: int, before: CardState, day: int) -> bool:
        """Whether this preview holds for card `card_id` in state `before` rated on local day `day`."""
        return self.card_id == card_id and self.day == day and self.before == before

    def after(self, rating: Rating, when: datetime) -> CardState:
        """The state rating so at `when` gives (`when` on this preview's local day): its outcome moved to `when`."""
        state = self.states[Rating(rating)]
        shift = when - self.at
        return replace(
            state,
            due=state.due + shift,  # type: ignore[operator]
            last_review=when,
            introduced_at=self.before.introduced_at or when,
        )


def preview(fsrs_scheduler: CardScheduler, card_id: int, before: CardState, at: datetime) -> Preview:
    """Every rating's outcome for card `card_id` in state `before`, rated at `at`."""
    at = as_utc(at)
    day = fsrs_scheduler.day_of(at)
    return Preview(card_id, before, at, day, outcomes(fsrs_scheduler, card_id, before, at, day))
