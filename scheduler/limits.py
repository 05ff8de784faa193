"""Daily limits from the settings: `deck_limits`, and `today_counts`, the counts a deck list shows.

Apart from `scheduler.queue` because it needs the (pydantic) settings, which the queue
itself does without.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo

from scheduler.queue import DeckLimits, DueCounts, deck_counts
from scheduler.settings import Settings
from scheduler.store import Store


def deck_limits(store: Store, settings: Settings, deck_ids: Sequence[int] | None = None) -> dict[int, DeckLimits]:
    """Each deck's limits (by deck id) under `settings`: its overrides, else the global values."""
    rows = store.conn.execute("SELECT id, name FROM decks").fetchall()
    wanted = None if deck_ids is None else set(deck_ids)
    limits = {}
    for deck_id, name in rows:
        if wanted is None or deck_id in wanted:
            effective = settings.for_deck(name)
            limits[deck_id] = DeckLimits(
                new_per_day=effective.new_per_day,
                max_reviews=effective.maximum_reviews_per_day,
                interview_date=effective.interview_date,
                shuffle_new=effective.shuffle_new_cards,
            )
    return limits


def today_counts(
    store: Store,
    settings: Settings,
    now: datetime,
    *,
    deck_ids: Sequence[int] | None = None,
    tz: tzinfo | None = None,
) -> dict[int, DueCounts]:
    """Per deck, the cards available today under `settings` (each deck's own limits)."""
    return deck_counts(
        store,
        now,
        new_per_day=settings.new_per_day,
        day_starts_at=settings.day_starts_at,
        deck_ids=deck_ids,
        tz=tz,
        limits=deck_limits(store, settings, deck_ids),
    )
