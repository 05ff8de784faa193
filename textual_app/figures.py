"""The statistics under the user's settings, the same for `starcards stats` and the stats screen."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scheduler.settings import Settings
    from scheduler.stats import Stats
    from scheduler.store import Store


def compute_for(store: Store, settings: Settings, now: datetime, deck_ids: Sequence[int] | None) -> Stats:
    """`scheduler.stats.compute` for decks `deck_ids` (None: all) with each deck's limits and the desired retention."""
    from scheduler.limits import deck_limits
    from scheduler.parameters import deck_parameters
    from scheduler.stats import compute

    return compute(
        store,
        now,
        deck_ids=deck_ids,
        day_starts_at=settings.day_starts_at,
        desired_retention=desired_retention(store, settings, deck_ids),
        new_per_day=settings.new_per_day,
        limits=deck_limits(store, settings, deck_ids),
        parameters=deck_parameters(store, settings),
    )


def desired_retention(store: Store, settings: Settings, deck_ids: Sequence[int] | None) -> float:
    """The desired retention to show: one deck's own (its override, if any), else the global setting."""
    if deck_ids is None or len(deck_ids) != 1:
        return settings.desired_retention
    row = store.conn.execute("SELECT name FROM decks WHERE id = ?", (deck_ids[0],)).fetchone()
    return settings.desired_retention if row is None else settings.for_deck(row[0]).desired_retention
