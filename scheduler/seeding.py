"""Seeding cards from the spaced-repetition plugin's schedules at a sync: `seed_cards`, `plant_seeds`; a seed from
elsewhere: `replace_seed`.

What a seed is and how a card starts from it: `scheduler.plugin_seeds`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence

from scheduler.card_state import CardState
from scheduler.engine import CardScheduler
from scheduler.plugin_seeds import Planted, Seed, planted, seed_state
from scheduler.recipes import schedule_id
from scheduler.reviews import save_states
from scheduler.store import format_time, parse_time

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


_PLANT = """INSERT INTO card_seeds (card_id, at, due, interval, ease, schedule_id, due_at, last_at, last_day)
SELECT cards.id, ?, ?, ?, ?, ?, ?, ?, ? FROM cards
WHERE cards.deck_id = ? AND cards.key = ? AND cards.removed_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM review_log WHERE review_log.card_id = cards.id)
  AND NOT EXISTS (SELECT 1 FROM card_event_log WHERE card_event_log.card_id = cards.id)
  AND NOT EXISTS (SELECT 1 FROM card_seeds WHERE card_seeds.card_id = cards.id)"""
"""A seed for the deck's present card of a key, unless the card has any history."""


def plant_seeds(
    conn: sqlite3.Connection, deck_id: int, scheduled: Iterable[tuple[str, str]], fsrs_scheduler: CardScheduler,
    stamp: str,
) -> list[tuple[int, CardState]]:
    """Seed each card of deck `deck_id` named in `scheduled` (its key, the plugin's schedule) that has no history,
    read at `stamp` and placed under `fsrs_scheduler`'s day rule; each seeded card's id and the state it starts
    from, for the caller to cache. In the caller's write transaction. Cards seeded from the same schedule share
    its placing and its state, each worked out once."""
    schedule, at = schedule_id(conn, fsrs_scheduler), parse_time(stamp)
    last = conn.execute("SELECT COALESCE(MAX(id), 0) FROM card_seeds").fetchone()[0]
    placed: dict[str, tuple[object, ...]] = {}
    rows = []
    for key, text in scheduled:
        if text not in placed:
            seed = Seed.read(text)
            where = planted(seed, fsrs_scheduler, at)  # type: ignore[arg-type] - a stamp always parses
            placed[text] = (seed.due.isoformat(), seed.interval, seed.ease, schedule, format_time(where.due_at),
                            format_time(where.last_at), where.last_day)
        rows.append((stamp, *placed[text], deck_id, key))
    conn.executemany(_PLANT, rows)
    states: dict[tuple[object, ...], CardState] = {}
    seeded = []
    new = "SELECT card_id, due_at, last_at, last_day, interval, ease FROM card_seeds WHERE id > ?"
    for card_id, *columns in conn.execute(new, (last,)):
        key = tuple(columns)
        if key not in states:
            seed = Planted(parse_time(columns[0]), parse_time(columns[1]), *columns[2:])  # type: ignore[arg-type]
            states[key] = seed_state(seed, fsrs_scheduler.maths.parameters)
        seeded.append((card_id, states[key]))
    return seeded


SEED_COLUMNS = ("at", "due", "interval", "ease", "schedule_id", "due_at", "last_at", "last_day", "origin", "origin_id",
                "card_id")
"""The columns of a seed from elsewhere (another machine's file, an export), in `replace_seed`'s order."""
_HELD = "SELECT at, COALESCE(origin, ?) FROM card_seeds WHERE card_id = ?"
"""A card's seed as the global order compares seeds: when it was read, then the machine that read it."""


def replace_seed(conn: sqlite3.Connection, values: Sequence[object], me: str) -> bool:
    """Store a seed from elsewhere (`SEED_COLUMNS`; `origin` None: made here) unless its card holds one read
    earlier (when, then machine: every machine keeps the same; the same one again is kept); whether it was stored."""
    row = dict(zip(SEED_COLUMNS, values, strict=True))
    held = conn.execute(_HELD, (me, row["card_id"])).fetchone()
    if held is not None and (row["at"], row["origin"] or me) >= tuple(held):
        return False
    conn.execute("DELETE FROM card_seeds WHERE card_id = ?", (row["card_id"],))
    conn.execute(f"INSERT INTO card_seeds ({', '.join(SEED_COLUMNS)}) VALUES ({', '.join('?' * len(SEED_COLUMNS))})",
                 values)
    return True
