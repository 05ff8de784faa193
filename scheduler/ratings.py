"""The closed sets of the memory room: `Rating` (the four buttons) and `Phase` (a card's FSRS state).

Their own home so that modules the engine uses can name them; `scheduler.engine`
re-exports both.
"""

from __future__ import annotations

from enum import IntEnum


class Rating(IntEnum):
    """How well the answer was recalled, as the four buttons say it."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4


class Phase(IntEnum):
    """Where a card is in its life: the `state` column of the cards table."""

    NEW = 0
    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3
