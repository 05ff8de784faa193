"""What a session knows after its own rating, so the next rating need not read its card again: `LastWrite`.

A rating reads its card inside the write transaction, to check it is as shown and to
order its review after the card's last. Right after a rating of this session the card
shown next was read after that rating's commit; if nothing has been written since, by
this connection (its `total_changes`) or another (SQLite's `data_version`, as the new
write transaction sees it), the store still holds what was read, and the recipe id
that rating was written with still names the same settings.
"""

from __future__ import annotations

from deck.records import record
from scheduler.cards import ReviewCard
from scheduler.engine import CardScheduler
from scheduler.reviews import Before


@record
class LastWrite:
    """A session's last rating as written: the connection's `total_changes` and SQLite's `data_version` then,
    the scheduler the card was scheduled with and its recipe's id in `schedules`."""

    changes: int
    version: int
    scheduler: CardScheduler
    schedule: int

    def __init__(self, changes: int, version: int, scheduler: CardScheduler, schedule: int) -> None:
        """Keep the fields given (written out: one is made at every rating)."""
        put = object.__setattr__
        put(self, "changes", changes)
        put(self, "version", version)
        put(self, "scheduler", scheduler)
        put(self, "schedule", schedule)

    def before(self, card: ReviewCard, scheduler: CardScheduler, changes: int, version: int) -> Before | None:
        """`card` (read since this write) as a new write transaction sees it, when `changes` and `version` are
        still those of this write and `scheduler` is the same; None: read it."""
        if changes != self.changes or version != self.version:
            return None
        if scheduler is not self.scheduler and scheduler != self.scheduler:
            return None
        return Before(card.deck_id, card.state, card.order_time, self.schedule)
