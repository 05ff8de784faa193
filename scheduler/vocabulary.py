"""The words of the memory room: `Rating` (how well an answer was recalled) and `Phase` (where a card is).

Standard library only, so the screens, the card list and the start-up path can name
ratings and states without loading FSRS. Every label the user reads comes from here, and
`counted` puts a count with its noun for the lines the scheduler writes itself.
"""

from __future__ import annotations

from enum import IntEnum


class Rating(IntEnum):
    """How well the answer was recalled, as the four buttons say it; the value is also the default key."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4

    @property
    def label(self) -> str:
        """The rating as a button says it: `Again`, `Hard`, `Good`, `Easy`."""
        return self.name.title()


class Phase(IntEnum):
    """Where a card is in its life: the `state` column of the cards table."""

    NEW = 0
    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3

    @property
    def label(self) -> str:
        """The phase as the card list and the JSON say it: `new`, `learning`, `review`, `relearning`."""
        return self.name.lower()


PHASE_LABELS: tuple[str, ...] = tuple(phase.label for phase in Phase)
"""Every phase's label, by `cards.state` value."""


def counted(count: int, noun: str) -> str:
    """A count with its noun, singular for one: `1 file`, `0 files`, `3 reviews`."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
