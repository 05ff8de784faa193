"""Rescheduling the whole store under new settings: `rebuild_states`.

Only when the user asks ("Reschedule existing cards"): changing a setting alone never
reschedules a card. To check the cache against the log as recorded, and repair it, see
`scheduler.replay_check`.
"""

from __future__ import annotations

from datetime import tzinfo

from scheduler.backups import backup_before
from scheduler.recipes import schedule_id
from scheduler.replay_check import deck_schedulers, replayed_states
from scheduler.reviews import save_state
from scheduler.settings import Settings
from scheduler.store import Store


def rebuild_states(store: Store, settings: Settings, tz: tzinfo | None = None) -> int:
    """Reschedule every card under `settings`; how many cards.

    `settings` are the global settings; each deck's reviews (and seeds, `scheduler.plugin_seeds`) are recorded as
    scheduled with its effective settings (`Settings.for_deck`) from now on, so the log stays
    what rebuilds the cache, and each card's state is replayed from its log (after its
    last reset). Each review keeps the local day it was made on. One transaction,
    after a "reschedule" backup (see `scheduler.backups`) of a database kept in a file.
    """
    if store.path != ":memory:":
        backup_before(store.conn, store.path, "reschedule")
    with store.transaction() as conn:
        schedulers = deck_schedulers(conn, settings, tz)
        for deck_id, scheduler in schedulers.items():
            for table in ("review_log", "card_seeds"):
                conn.execute(
                    f"UPDATE {table} SET schedule_id = ? WHERE card_id IN (SELECT id FROM cards WHERE deck_id = ?)",
                    (schedule_id(conn, scheduler), deck_id),
                )
        count = 0
        for card_id, state in replayed_states(conn, settings, tz):
            save_state(conn, card_id, state)
            count += 1
    return count
