"""Cards that start from Obsidian's spaced-repetition plugin's schedule: `seed_start`, `seed_starts`,
`seed_state`, `planted`, `memory_from_sm2`, `schedulers_for`, `Seed`, `Planted` (a sync plants them:
`scheduler.seeding`).

Someone coming from the plugin has months of schedules in their notes' comments
(`deck.plugin_schedules`). A card new to starcards whose note gives one starts from it
instead of as a new card: at the sync that first reads it, a seed joins the log
(`card_seeds`, `scheduler.schema_seeds`: the plugin's due date, interval and ease, and
the settings it was read with) and the card's state becomes the seed's. A seed is part
of the log: replay starts from it, a reset sets it aside, and a card with any history
(a review, an event, a seed) is never seeded again, so the plugin's later reviews of a
card starcards already knows change nothing. Nothing is written into the notes.

The plugin schedules with SM-2; FSRS needs a stability and a difficulty. They are
worked out from the ease and interval as FSRS's reference implementation does (fsrs-rs,
`memory_state_from_sm2`), taking the interval as reached at 90 % recall: the stability
is the interval, and the difficulty is the one at which a successful review at 90 %
grows the stability by the ease.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any, NamedTuple

from scheduler.card_state import CardState
from scheduler.days import day_start, local_day
from scheduler.engine import CardScheduler, make_fsrs
from scheduler.recipes import from_recipe
from scheduler.store import parse_time
from scheduler.vocabulary import Phase

if TYPE_CHECKING:
    from scheduler.settings import Settings


def schedulers_for(settings: Settings, tz: tzinfo | None = None) -> Callable[[str], CardScheduler]:
    """Each deck's scheduler by the deck's name under `settings`, days in `tz`: what a sync seeds cards with."""
    return lambda name: make_fsrs(settings.for_deck(name), tz)


SM2_RECALL = 0.9
"""The recall at which an SM-2 interval is taken to fall due (fsrs-rs's default for Anki's history)."""


class Seed(NamedTuple):
    """The plugin's schedule of one card: its next due date (local), interval in days, ease in hundredths."""

    due: date
    interval: int
    ease: int

    @classmethod
    def read(cls, text: str) -> Seed:
        """The seed written `YYYY-MM-DD,interval,ease` (`deck.plugin_schedules`' form)."""
        day, interval, ease = text.split(",")
        return cls(date.fromisoformat(day), int(interval), int(ease))


class Planted(NamedTuple):
    """A seed as the log keeps it: the plugin's interval and ease, and the moments they were placed at under
    the day rule of the machine that read them (so that every machine replays the same)."""

    due_at: datetime
    """The start of the plugin's due day."""
    last_at: datetime
    """The start of the day an interval before, the plugin's last review; never after the seed was read."""
    last_day: int
    """That day's number (`date.toordinal`), as a review records its day."""
    interval: int
    ease: int


def planted(seed: Seed, fsrs_scheduler: CardScheduler, at: datetime) -> Planted:
    """`seed` placed under `fsrs_scheduler`'s day rule when read at `at`. The plugin's day ends at midnight and
    may be one day ahead of ours: a last review after `at` is taken to be `at`'s day."""
    rule = (fsrs_scheduler.day_starts_at, fsrs_scheduler.tz)
    last_day = seed.due - timedelta(days=seed.interval)
    last_at = day_start(last_day, *rule)
    if last_at > at:
        last_day = local_day(at, *rule)
        last_at = day_start(last_day, *rule)
    return Planted(day_start(seed.due, *rule), last_at, last_day.toordinal(), seed.interval, seed.ease)


def memory_from_sm2(
    parameters: Sequence[float], ease: float, interval: float, recall: float = SM2_RECALL
) -> tuple[float, float]:
    """The FSRS stability and difficulty an SM-2 card of `ease` (2.5, not 250) and `interval` (days) has."""
    decay = -parameters[20]
    stability = max(interval, 0.001) * ((0.9 ** (1 / decay) - 1) / (recall ** (1 / decay) - 1))  # 90 %: the interval
    growth = math.exp(parameters[8]) * stability ** -parameters[9] * math.expm1((1 - recall) * parameters[10])
    return stability, min(max(11 - (ease - 1) / growth, 1.0), 10.0)


def seed_state(seed: Planted, parameters: Sequence[float]) -> CardState:
    """The state a card starts from with `seed`, FSRS's `parameters` converting its interval and ease: a review
    card due and last reviewed when the seed says, taken as introduced the day before (never today: a seeded
    card is no new card of the day)."""
    stability, difficulty = memory_from_sm2(parameters, seed.ease / 100, seed.interval)
    return CardState(
        state=Phase.REVIEW, stability=stability, difficulty=difficulty, due=seed.due_at, last_review=seed.last_at,
        introduced_at=seed.last_at - timedelta(days=1), last_day=seed.last_day,
    )


def seed_start(conn: sqlite3.Connection, card_id: int, fsrs_scheduler: CardScheduler) -> CardState | None:
    """The state card `card_id`'s log starts from: its counted seed's, or None (a new card's)."""
    row = conn.execute("SELECT * FROM counted_seeds WHERE card_id = ?", (card_id,)).fetchone()
    return None if row is None else _start(row, fsrs_scheduler)


def seed_starts(conn: sqlite3.Connection, schedulers: Mapping[int, CardScheduler]) -> dict[int, CardState]:
    """Every seeded card's start (`seed_start`) by card id, each with its deck's scheduler in `schedulers`."""
    rows = conn.execute(
        "SELECT counted_seeds.*, cards.deck_id FROM counted_seeds JOIN cards ON cards.id = counted_seeds.card_id"
    )
    return {row["card_id"]: _start(row, schedulers[row["deck_id"]]) for row in rows}


def _start(row: Mapping[str, Any], fsrs_scheduler: CardScheduler) -> CardState:
    """A counted seed's state: converted with the settings recorded with it (else `fsrs_scheduler`'s)."""
    recipe = row["recipe"]
    parameters = (from_recipe(recipe) if isinstance(recipe, str) else fsrs_scheduler).maths.parameters
    seed = Planted(parse_time(row["due_at"]), parse_time(row["last_at"]), row["last_day"], row["interval"], row["ease"])
    return seed_state(seed, parameters)
