"""How the user reviews, from their own log: `Habits`, `habits_from_log` (for the workload simulation).

FSRS's simulator needs the seconds a review takes (by the card's state and the
rating) and how often each rating is given. Both come from the user's recorded reviews
where there are enough of them (`MIN_SAMPLES`); a duration with too few reviews falls
back to the user's average, and with no reviews at all to the rehearsal target. Rating
frequencies with too few reviews stay the simulator's defaults (Anki users' averages).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from scheduler.stats_queries import Decks

MIN_SAMPLES = 20
"""Reviews needed before a figure of the user's own replaces the default."""

_ROWS = {0: 0, 1: 0, 2: 1, 3: 2}
"""The simulator's cost row of each `Phase`: learning (new and learning), review, relearning."""


@dataclass(frozen=True)
class Habits:
    """Seconds per review by (state row, rating), rating frequencies, and where they came from."""

    costs: tuple[tuple[float, ...], ...]
    """Three rows (learning, review, relearning) of four ratings (Again..Easy), in seconds."""
    first_rating: tuple[float, ...] | None
    """How often a new card is first rated Again..Easy; None: the simulator's default."""
    review_rating: tuple[float, ...] | None
    """How often a recalled review-state card is rated Hard, Good, Easy; None: the default."""
    reviews: int
    """Reviews the durations were learnt from (0: the rehearsal target was assumed)."""


_DURATIONS = """
SELECT reviews.phase, reviews.rating, COUNT(*), AVG(reviews.duration_ms) FROM reviews
JOIN cards ON cards.id = reviews.card_id WHERE reviews.phase IS NOT NULL AND {decks}
GROUP BY reviews.phase, reviews.rating
"""


def habits_from_log(
    conn: sqlite3.Connection, deck_ids: Sequence[int] | None, target_seconds: float
) -> Habits:
    """The habits shown by the reviews of decks `deck_ids` (None: every deck)."""
    decks = Decks(deck_ids)
    groups = [tuple(row) for row in conn.execute(_DURATIONS.format(decks=decks.where("cards.deck_id")), decks.params)]
    total = sum(count for _phase, _rating, count, _mean in groups)
    average = sum(count * mean for *_key, count, mean in groups) / total / 1000 if total else float(target_seconds)
    return Habits(_costs(groups, average), _first(groups), _recalled(groups), total)


def _costs(groups: list[tuple], average: float) -> tuple[tuple[float, ...], ...]:
    """Mean seconds per (row, rating) where there are enough reviews, else `average`."""
    sums: dict[tuple[int, int], list[float]] = {}
    for phase, rating, count, mean in groups:
        cell = sums.setdefault((_ROWS[phase], rating), [0, 0.0])
        cell[0] += count
        cell[1] += count * mean
    return tuple(
        tuple(_mean(sums.get((row, rating)), average) for rating in range(1, 5)) for row in range(3)
    )


def _mean(cell: list[float] | None, average: float) -> float:
    """A cell's mean seconds when it has enough reviews, else `average`."""
    if cell is None or cell[0] < MIN_SAMPLES:
        return round(average, 1)
    return round(cell[1] / cell[0] / 1000, 1)


def _first(groups: list[tuple]) -> tuple[float, ...] | None:
    """Rating frequencies of new cards' first reviews (phase 0), if there are enough."""
    counts = [sum(count for phase, rating, count, _mean in groups if phase == 0 and rating == r) for r in range(1, 5)]
    return _shares(counts)


def _recalled(groups: list[tuple]) -> tuple[float, ...] | None:
    """Hard/Good/Easy frequencies of review-state reviews that were recalled, if there are enough."""
    counts = [sum(count for phase, rating, count, _mean in groups if phase == 2 and rating == r) for r in range(2, 5)]
    return _shares(counts)


def _shares(counts: list[int]) -> tuple[float, ...] | None:
    """Each count's share of the total; None with fewer than `MIN_SAMPLES`."""
    total = sum(counts)
    return None if total < MIN_SAMPLES else tuple(count / total for count in counts)
