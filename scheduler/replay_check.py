"""Checking the card-state cache against the review log: `check_states`, `ReplayReport`,
`replayed_states`, `deck_schedulers`, `all_logs`.

The log is the truth: every card's cached FSRS state (state, step, stability,
difficulty, due, last review, reps, lapses) must be what replaying its reviews gives,
each review with the day and settings recorded with it. `check_states` replays every
card, reports the cards whose cache differs and, unless asked only to look, writes the
replayed state over the cache. `starcards doctor` calls it.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import tzinfo

from scheduler.engine import CardScheduler, CardState, Logged, make_fsrs, replay
from scheduler.log_order import LOG_ORDER
from scheduler.plugin_seeds import seed_starts
from scheduler.reviews import load_state, logged, save_state
from scheduler.settings import Settings
from scheduler.store import Store


@dataclass(frozen=True)
class ReplayReport:
    """What `check_states` found: cards checked, those whose cache differed, and whether it repaired them."""

    checked: int
    differing: dict[int, tuple[str, ...]]
    """Card id -> the names of the `CardState` fields the cache had wrong."""
    repaired: bool

    def summary(self) -> str:
        """One line for the user: how many cards were checked and what was done."""
        if not self.differing:
            return f"{self.checked} cards checked: every cached state matches its review log"
        verb = "repaired" if self.repaired else "found (not repaired)"
        return f"{self.checked} cards checked: {len(self.differing)} cached states differ from their review log, {verb}"


def check_states(store: Store, settings: Settings, *, repair: bool = True, tz: tzinfo | None = None) -> ReplayReport:
    """Replay every card's log and compare it with the cached state; repair the cache unless `repair` is False.

    `settings` are the global settings: a review recorded without its settings (made
    before schema 6) is replayed with its deck's settings of today, its day reckoned in
    `tz` (None: the machine's zone). One transaction.
    """
    differing: dict[int, tuple[str, ...]] = {}
    checked = 0
    with store.transaction() as conn:
        for card_id, expected in replayed_states(conn, settings, tz):
            checked += 1
            wrong = _differences(load_state(conn, card_id), expected)
            if wrong:
                differing[card_id] = wrong
                if repair:
                    save_state(conn, card_id, expected)
    return ReplayReport(checked=checked, differing=differing, repaired=repair)


def replayed_states(
    conn: sqlite3.Connection, settings: Settings, tz: tzinfo | None = None
) -> Iterator[tuple[int, CardState]]:
    """Every card's id with the state a replay of its log gives, in id order.

    Each review is replayed with the day and settings recorded with it; one recorded
    without them with its deck's effective settings under `settings`, in zone `tz`. A card
    seeded from the spaced-repetition plugin starts from its seed (`scheduler.plugin_seeds`).
    """
    schedulers = deck_schedulers(conn, settings, tz)
    logs, starts = all_logs(conn, schedulers), seed_starts(conn, schedulers)
    for card_id, deck_id in conn.execute("SELECT id, deck_id FROM cards ORDER BY id").fetchall():
        yield card_id, replay(schedulers[deck_id], card_id, logs.get(card_id, []), starts.get(card_id))


def deck_schedulers(conn: sqlite3.Connection, settings: Settings, tz: tzinfo | None) -> dict[int, CardScheduler]:
    """Each deck's scheduler under `settings` (its effective settings), by deck id."""
    rows = conn.execute("SELECT id, name FROM decks").fetchall()
    return {deck_id: make_fsrs(settings.for_deck(name), tz) for deck_id, name in rows}


_LOGS = f"""
SELECT counted.card_id, cards.deck_id, counted.rating, counted.reviewed_at, counted.day, schedules.recipe,
       counted.draw
FROM counted_reviews AS counted JOIN cards ON cards.id = counted.card_id
LEFT JOIN schedules ON schedules.id = counted.schedule_id
ORDER BY counted.card_id, {LOG_ORDER}
"""
"""Every card's reviews since its last reset, card by card, in the global order (`scheduler.log_order`)."""


def all_logs(conn: sqlite3.Connection, schedulers: dict[int, CardScheduler]) -> dict[int, list[Logged]]:
    """Every card's reviews since its last reset, as replay needs them, by card id.

    A review's recorded settings keep the day rule of its deck's scheduler in `schedulers`.
    """
    logs: dict[int, list[Logged]] = defaultdict(list)
    for row in conn.execute(_LOGS):
        logs[row["card_id"]].append(logged(row, schedulers[row["deck_id"]]))
    return logs


def _differences(cached: CardState, expected: CardState) -> tuple[str, ...]:
    """The names of the fields where `cached` is not `expected`."""
    names = (field.name for field in fields(CardState))
    return tuple(name for name in names if getattr(cached, name) != getattr(expected, name))
