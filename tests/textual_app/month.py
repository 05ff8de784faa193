"""A simulated month of reviews through the real session, and a tally of what was done, to check stats against."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo

from scheduler.clock import FixedClock
from scheduler.days import local_day
from scheduler.engine import Phase, Rating
from scheduler.session import ReviewSession
from scheduler.settings import Settings
from scheduler.store import Store


@dataclass
class Tally:
    """What the simulated user did, per local day."""

    reviews: Counter[date] = field(default_factory=Counter)
    mature: Counter[date] = field(default_factory=Counter)
    mature_again: Counter[date] = field(default_factory=Counter)

    def retention(self, today: date, days: int) -> float | None:
        """Share of review-state reviews not rated Again over the `days` days ending `today`."""
        span = [today - timedelta(days=back) for back in range(days)]
        mature = sum(self.mature[day] for day in span)
        return 1 - sum(self.mature_again[day] for day in span) / mature if mature else None


def simulate_month(
    store: Store, clock: FixedClock, *, days: int = 30, skip: tuple[int, ...] = (), tz: tzinfo | None = None
) -> Tally:
    """Review everything due at 09:00 and 18:00 on each of `days` days up to the clock's day, then reset the clock.

    Days `skip` (counted back from today, 0 = today) are missed. Ratings are drawn from
    a seeded generator: the same history every run.
    """
    end, settings, rng, tally = clock.now(), Settings(), random.Random(7), Tally()
    first = (end - timedelta(days=days - 1)).replace(hour=9, minute=0, second=0, microsecond=0)
    for offset in range(days):
        if days - 1 - offset in skip:
            continue
        for hour in (0, 9):
            clock.set(first + timedelta(days=offset, hours=hour))
            if clock.now() > end:
                break
            _session(store, clock, settings, rng, tally, tz)
    clock.set(end)
    return tally


def _session(
    store: Store, clock: FixedClock, settings: Settings, rng: random.Random, tally: Tally, tz: tzinfo | None
) -> None:
    """One sitting: rate every card the queue offers, two minutes each."""
    session = ReviewSession(store, settings, clock, tz=tz)
    while (card := session.current) is not None:
        weights = [15, 15, 60, 10] if card.state.state == Phase.REVIEW else [20, 0, 70, 10]
        rating = Rating(rng.choices([1, 2, 3, 4], weights)[0])
        day = local_day(clock.now(), settings.day_starts_at, tz)
        tally.reviews[day] += 1
        if card.state.state == Phase.REVIEW:
            tally.mature[day] += 1
            tally.mature_again[day] += rating == Rating.AGAIN
        session.rate(rating, rng.randint(20_000, 120_000))
        clock.advance(minutes=2)


def due_by_day(store: Store, today: date, tz: tzinfo | None, days: int = 30) -> list[int]:
    """Cards in play falling due on each day from today, read row by row (overdue ones today)."""
    counts = [0] * days
    rows = store.conn.execute(
        "SELECT due FROM cards WHERE state IN (1, 2, 3) AND removed_at IS NULL AND suspended = 0"
    )
    for (due,) in rows:
        index = max(0, (local_day(datetime.fromisoformat(due), 4, tz) - today).days)
        if index < days:
            counts[index] += 1
    return counts
