"""Repairs on the whole store: `rebuild_states`.

It replays every card's review log into the state cache, after a change of scheduling
parameters or to repair the cache.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from scheduler.engine import Rating, make_fsrs, replay
from scheduler.reviews import save_state
from scheduler.settings import Settings
from scheduler.store import Store, parse_time


def rebuild_states(store: Store, settings: Settings) -> int:
    """Recompute every card's cached state from its log with `settings`; how many cards."""
    fsrs_scheduler = make_fsrs(settings)
    with store.transaction() as conn:
        logs = _all_logs(store)
        card_ids = [row[0] for row in conn.execute("SELECT id FROM cards ORDER BY id")]
        for card_id in card_ids:
            state = replay(fsrs_scheduler, card_id, logs.get(card_id, []))
            save_state(conn, card_id, state)
    return len(card_ids)


def _all_logs(store: Store) -> dict[int, list[tuple[Rating, datetime]]]:
    """Every card's reviews as (rating, time), in the order they were made."""
    logs: dict[int, list[tuple[Rating, datetime]]] = defaultdict(list)
    rows = store.conn.execute(
        "SELECT card_id, rating, reviewed_at FROM reviews ORDER BY card_id, id"
    )
    for card_id, rating, reviewed_at in rows:
        moment = parse_time(reviewed_at)
        assert moment is not None
        logs[card_id].append((Rating(rating), moment))
    return logs
