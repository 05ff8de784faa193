"""The statistics' card counts and memory histograms worked out from scratch, card by card, for the tests.

Reads every card's row and counts it in Python, with py-fsrs's own forgetting curve, so
that what `scheduler.stats` reads from its index can be compared with it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import fsrs
import pytest

from scheduler.rules import Rules
from scheduler.stats import compute
from scheduler.stats_queries import DIFFICULTY_EDGES, KINDS, RETRIEVABILITY_EDGES, STABILITY_EDGES
from scheduler.store import Store, format_time, parse_time

PY_FSRS = fsrs.Scheduler()
DAY_START = timedelta(hours=4)
"""The statistics' default day rollover: 04:00 (here in UTC)."""


def fresh_figures(store: Store, now: datetime) -> dict[str, object]:
    """Counts by status and the three histograms with their means, from every card's row."""
    kinds = dict.fromkeys(KINDS, 0)
    values: dict[str, list[float]] = {"stability": [], "difficulty": [], "retrievability": []}
    rows = store.conn.execute(
        "SELECT state, stability, difficulty, last_review, removed_at, suspended, buried_until FROM cards"
    )
    for state, stability, difficulty, last_review, removed_at, suspended, buried_until in rows:
        kinds[_kind(state, removed_at, suspended, buried_until, now)] += 1
        if removed_at is None and state != 0 and None not in (stability, difficulty, last_review):
            values["stability"].append(stability)
            values["difficulty"].append(difficulty)
            values["retrievability"].append(_recall(stability, last_review, now))
    buckets = {
        "stability": lambda value: max([0, *(index for index, edge in enumerate(STABILITY_EDGES) if value >= edge)]),
        "difficulty": lambda value: min(8, max(0, int(value - 1))),
        "retrievability": lambda value: min(19, int(value * 20)),
    }
    sizes = {"stability": STABILITY_EDGES, "difficulty": DIFFICULTY_EDGES, "retrievability": RETRIEVABILITY_EDGES}
    return {"counts": kinds} | {
        name: _histogram(values[name], len(sizes[name]), buckets[name]) for name in values
    }


def shown_figures(stats: object) -> dict[str, object]:
    """The same figures as `compute` gave them."""
    figures: dict[str, object] = {"counts": stats.counts.as_dict()}  # type: ignore[attr-defined]
    for name in ("stability", "difficulty", "retrievability"):
        distribution = getattr(stats, name)
        figures[name] = ([bucket.count for bucket in distribution.buckets], distribution.mean)
    return figures


def assert_same_figures(store: Store, now: datetime) -> None:
    """The statistics at `now` hold the figures a fresh count, card by card, gives (means to the last few bits)."""
    shown, fresh = shown_figures(compute(store, now, Rules(tz=UTC))), fresh_figures(store, now)
    assert shown["counts"] == fresh["counts"]
    for name in ("stability", "difficulty", "retrievability"):
        assert shown[name][0] == fresh[name][0], name
        assert shown[name][1] == pytest.approx(fresh[name][1], rel=1e-12), name


def _kind(state: int, removed_at: str | None, suspended: int, buried_until: str | None, now: datetime) -> str:
    """The status a card counts under: removed, suspended, buried, else its state."""
    if removed_at is not None:
        return "removed"
    if suspended:
        return "suspended"
    if buried_until is not None and buried_until > format_time(now):
        return "buried"
    return KINDS[state]


def _recall(stability: float, last_review: str, now: datetime) -> float:
    """py-fsrs's retrievability of a card with `stability`, last reviewed at `last_review`, at `now`.

    Over local days (UTC, starting at 04:00) from the review's day to `now`'s, counted here
    by dates: py-fsrs is asked at a review that many whole days before `now`.
    """
    days = max(0, ((now - DAY_START).date() - (parse_time(last_review) - DAY_START).date()).days)
    card = fsrs.Card(card_id=1, state=fsrs.State.Review, stability=stability, difficulty=5.0,
                     last_review=now - timedelta(days=days), due=now)
    return PY_FSRS.get_card_retrievability(card, now)


def _histogram(values: list[float], size: int, bucket: Callable[[float], int]) -> tuple[list[int], float | None]:
    """Counts in `size` buckets (each value in the one `bucket` names) and the mean."""
    counts = [0] * size
    for value in values:
        counts[bucket(value)] += 1
    return counts, (sum(values) / len(values) if values else None)
