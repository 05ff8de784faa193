"""Predicted recall on an interview day of cards as they are now: `recall_on`.

Every present, unsuspended card counts: one never reviewed as 0 (nothing to recall
yet), the others by FSRS's forgetting curve with their deck's parameters, over the
local days from each card's last review to the interview's day (`scheduler.days.recall_moment`),
as if nothing were reviewed until then.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, tzinfo

from scheduler.days import day_reading, day_start
from scheduler.retrievability import deck_retrievability_sql, ensure_pow
from scheduler.rules import rules_for
from scheduler.settings import Settings
from scheduler.stats_queries import Decks
from scheduler.store import Store, format_time


def recall_on(
    store: Store, settings: Settings, deck_ids: Sequence[int] | None, day: date, tz: tzinfo | None = None
) -> float | None:
    """Mean predicted recall of decks `deck_ids` (None: all) on `day`; None when they have no card."""
    ensure_pow(store.conn)
    rules = rules_for(store, settings, deck_ids)
    recall = deck_retrievability_sql(rules.parameters(), rules.default.parameters)
    decks = Decks(deck_ids)
    row = store.conn.execute(
        f"SELECT AVG(COALESCE({recall}, 0.0)) FROM cards"
        f" WHERE removed_at IS NULL AND suspended = 0 AND {decks.where('cards.deck_id')}",
        decks.params | {"now": format_time(day_reading(day_start(day, settings.day_starts_at, tz)))},
    ).fetchone()
    return None if row[0] is None else float(row[0])
