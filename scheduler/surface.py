"""What every session offers the review screen: the `Session` protocol and the `SessionSummary` it ends with.

`scheduler.session.ReviewSession` (ratings go to FSRS) and
`scheduler.practice.PracticeSession` (ratings leave the schedule alone) both implement
`Session`; the review screen and its card actions know only this surface. The one
spelling of the difference between them is `practice`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from scheduler.cards import ReviewCard
    from scheduler.engine import Rating


@dataclass(frozen=True)
class SessionSummary:
    """How a session went, and when the next card of its decks comes due (None in practice)."""

    reviewed: int
    """Ratings made (a card rated twice counts twice)."""
    again: int
    seconds: float
    next_due: datetime | None
    cards: int | None = None
    """Distinct cards rated; None where a caller did not count them (then take `reviewed`)."""
    kept: str = ""
    """What the session kept to, in words (`in Amazon/Ownership.md`, `tagged #work`: `scheduler.focus`), else ""."""

    @property
    def card_count(self) -> int:
        """How many different cards were rated."""
        return self.reviewed if self.cards is None else self.cards


class Session(Protocol):
    """Cards shown one at a time, each rating committed before the next card shows.

    `bury` and `suspend` apply only when `practice` is False; in practice they raise
    `LookupError`. `rate`, `bury` and `suspend` raise `LookupError` without a current card.
    """

    @property
    def practice(self) -> bool:
        """Whether ratings leave the schedule alone (a practice drill) rather than feed FSRS (a review)."""
        ...

    @property
    def current(self) -> ReviewCard | None:
        """The card to show now, or None when nothing is left."""
        ...

    @property
    def done(self) -> int:
        """Ratings made in this session, less those undone."""
        ...

    @property
    def left(self) -> int:
        """Cards still to show in this session."""
        ...

    @property
    def can_undo(self) -> bool:
        """Whether something done in this session can still be taken back."""
        ...

    def intervals(self) -> dict[Rating, timedelta]:
        """For each rating, how long until the current card would come back (empty when nothing is scheduled)."""
        ...

    def rate(self, rating: Rating, duration_ms: int) -> None:
        """Record `rating` for the current card (committed at once), then move on.

        A review raises `scheduler.reviews.StaleCard` and saves nothing when the card
        changed in the database since it was shown (then the card is read again).
        """
        ...

    def bury(self) -> None:
        """Hide the current card until the next local day, then move on."""
        ...

    def suspend(self) -> None:
        """Take the current card out of every queue, then move on."""
        ...

    def undo(self) -> ReviewCard:
        """Take back the last action; its card becomes current. `IndexError` when there is none."""
        ...

    def reload(self) -> ReviewCard | None:
        """Read the current card again after its note was edited; the next card if it is gone."""
        ...

    def summary(self) -> SessionSummary:
        """What this session did, and when the next card is due."""
        ...
