"""`CardState`: a card's FSRS memory state, as the cards table caches it and replaying its log gives it.

`scheduler.engine` makes and moves states on (and names `CardState` too, where most callers find it).
"""

from __future__ import annotations

from datetime import datetime

from deck.records import record
from scheduler.vocabulary import Phase


@record
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
    last_day: int | None = None
    """The local day number (`scheduler.days.day_number`) of the last review."""

    def __init__(
        self, state: Phase = Phase.NEW, step: int | None = None, stability: float | None = None,
        difficulty: float | None = None, due: datetime | None = None, last_review: datetime | None = None,
        reps: int = 0, lapses: int = 0, introduced_at: datetime | None = None, last_day: int | None = None,
    ) -> None:
        """Keep the fields given (written out: a state is made at every rating and every card loaded)."""
        put = object.__setattr__
        put(self, "state", state)
        put(self, "step", step)
        put(self, "stability", stability)
        put(self, "difficulty", difficulty)
        put(self, "due", due)
        put(self, "last_review", last_review)
        put(self, "reps", reps)
        put(self, "lapses", lapses)
        put(self, "introduced_at", introduced_at)
        put(self, "last_day", last_day)
