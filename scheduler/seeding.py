"""Seeding cards from the spaced-repetition plugin's schedules at a sync: `seed_cards`, `plant_seeds`.

What a seed is and how a card starts from it: `scheduler.plugin_seeds`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from datetime import date

from scheduler.card_state import CardState
from scheduler.engine import CardScheduler
from scheduler.plugin_seeds import Seed, seed_state
from scheduler.recipes import schedule_id
from scheduler.reviews import save_states

Schedulers = Callable[[str], CardScheduler]
"""A deck's scheduler by the deck's name (`scheduler.plugin_seeds.schedulers_for`)."""


def seed_cards(
    conn: sqlite3.Connection, deck_id: int, scheduled: Iterable[tuple[str, str]], schedulers: Schedulers | None,
    stamp: str,
) -> int:
    """Seed the deck's cards named in `scheduled` (key, the plugin's schedule) that have no history, at `stamp`,
    with the deck's scheduler from `schedulers`, and cache the state each starts from; how many (none without
    `schedulers`). In the caller's write transaction."""
    scheduled = list(scheduled) if schedulers is not None else []
    if not scheduled:
        return 0
    name = conn.execute("SELECT name FROM decks WHERE id = ?", (deck_id,)).fetchone()[0]
    planted = plant_seeds(conn, deck_id, scheduled, schedulers(name), stamp)  # type: ignore[misc] - checked above
    save_states(conn, planted)
    return len(planted)


_PLANT = """INSERT INTO card_seeds (card_id, at, due, interval, ease, schedule_id)
SELECT cards.id, ?, ?, ?, ?, ? FROM cards
WHERE cards.deck_id = ? AND cards.key = ? AND cards.removed_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM review_log WHERE review_log.card_id = cards.id)
  AND NOT EXISTS (SELECT 1 FROM card_event_log WHERE card_event_log.card_id = cards.id)
  AND NOT EXISTS (SELECT 1 FROM card_seeds WHERE card_seeds.card_id = cards.id)"""
"""A seed for the deck's present card of a key, unless the card has any history."""


def plant_seeds(
    conn: sqlite3.Connection, deck_id: int, scheduled: Iterable[tuple[str, str]], fsrs_scheduler: CardScheduler,
    stamp: str,
) -> list[tuple[int, CardState]]:
    """Seed each card of deck `deck_id` named in `scheduled` (its key, the plugin's schedule) that has no history;
    each seeded card's id and the state it starts from, for the caller to cache. In the caller's write
    transaction. Cards seeded from the same schedule share its state, worked out once."""
    schedule = schedule_id(conn, fsrs_scheduler)
    last = conn.execute("SELECT COALESCE(MAX(id), 0) FROM card_seeds").fetchone()[0]
    rows = []
    for key, text in scheduled:
        seed = Seed.read(text)
        rows.append((stamp, seed.due.isoformat(), seed.interval, seed.ease, schedule, deck_id, key))
    conn.executemany(_PLANT, rows)
    states: dict[tuple[str, int, int], CardState] = {}
    planted = []
    for card_id, *seed in conn.execute("SELECT card_id, due, interval, ease FROM card_seeds WHERE id > ?", (last,)):
        key = tuple(seed)
        if key not in states:
            states[key] = seed_state(Seed(date.fromisoformat(seed[0]), seed[1], seed[2]), fsrs_scheduler)
        planted.append((card_id, states[key]))
    return planted
