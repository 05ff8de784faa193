"""Seeding cards from the spaced-repetition plugin's schedules at a sync: `seed_cards`, `plant_seeds`; the cards of a
new deck as they are first stored: `NewSeeds`; a seed from elsewhere: `replace_seed`.

What a seed is and how a card starts from it: `scheduler.plugin_seeds`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime

from scheduler.card_state import CardState
from scheduler.engine import CardScheduler
from scheduler.plugin_seeds import Planted, Seed, planted, seed_state
from scheduler.recipes import schedule_id
from scheduler.reviews import save_states, state_values
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
            placed[text] = _placed(text, fsrs_scheduler, at, schedule)  # type: ignore[arg-type] - a stamp parses
        rows.append((stamp, *placed[text], deck_id, key))
    conn.executemany(_PLANT, rows)
    states: dict[tuple[object, ...], CardState] = {}
    seeded = []
    new = "SELECT card_id, due_at, last_at, last_day, interval, ease FROM card_seeds WHERE id > ?"
    for card_id, *columns in conn.execute(new, (last,)):
        key = tuple(columns)
        if key not in states:
            states[key] = _start(key, fsrs_scheduler)
        seeded.append((card_id, states[key]))
    return seeded


def _placed(text: str, fsrs_scheduler: CardScheduler, at: datetime, schedule: int) -> tuple[object, ...]:
    """The plugin's schedule `text` read at `at` and placed under `fsrs_scheduler`'s day rule, as a seed's
    columns `due`, `interval`, `ease`, `schedule_id`, `due_at`, `last_at` and `last_day`."""
    seed = Seed.read(text)
    where = planted(seed, fsrs_scheduler, at)
    return (seed.due.isoformat(), seed.interval, seed.ease, schedule, format_time(where.due_at),
            format_time(where.last_at), where.last_day)


def _start(columns: Sequence[object], fsrs_scheduler: CardScheduler) -> CardState:
    """The state a card starts from with the stored seed whose `due_at`, `last_at`, `last_day`, `interval` and
    `ease` are `columns` (as stored, so that it is the state a replay starts from)."""
    due_at, last_at, *rest = columns
    seed = Planted(parse_time(due_at), parse_time(last_at), *rest)  # type: ignore[arg-type]
    return seed_state(seed, fsrs_scheduler.maths.parameters)


class NewSeeds:
    """The seeds of a new deck's cards, placed as the cards are first stored (`scheduler.first_sync`): a card
    new to the store has no history, so each card with the plugin's schedule is seeded, as `plant_seeds` would,
    and stored already in the state it starts from. Each schedule is placed once; `plant` stores the seeds."""

    def __init__(self, conn: sqlite3.Connection, scheduler_of: Callable[[], CardScheduler], stamp: str) -> None:
        """Seeds stored in `conn` at `stamp`, placed by the scheduler `scheduler_of` gives (asked for at the
        first seed only: a deck without one never loads FSRS)."""
        self._conn, self._scheduler_of, self._stamp = conn, scheduler_of, stamp
        self._scheduler: CardScheduler | None = None
        self._schedule = 0
        self._placed: dict[str, tuple[tuple[object, ...], tuple[object, ...]]] = {}
        self.rows: list[tuple[object, ...]] = []
        """The seeds to store: card id, `at`, then the placed columns."""

    def state(self, card_id: int, text: str) -> tuple[object, ...]:
        """Seed card `card_id` from the plugin's schedule `text`: the values of `STATE_COLUMNS` it starts with."""
        if text not in self._placed:
            if self._scheduler is None:
                self._scheduler = self._scheduler_of()
                self._schedule = schedule_id(self._conn, self._scheduler)
            placed = _placed(text, self._scheduler, parse_time(self._stamp), self._schedule)  # type: ignore[arg-type]
            start = _start((*placed[4:], placed[1], placed[2]), self._scheduler)
            self._placed[text] = placed, state_values(start)
        placed, values = self._placed[text]
        self.rows.append((card_id, self._stamp, *placed))
        return values

    def plant(self) -> int:
        """Store the seeds of the cards seeded; how many."""
        self._conn.executemany(
            "INSERT INTO card_seeds (card_id, at, due, interval, ease, schedule_id, due_at, last_at, last_day)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", self.rows,
        )
        return len(self.rows)


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
