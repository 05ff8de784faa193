"""Cards that start from Obsidian's spaced-repetition plugin's schedule: `seed_start`, `seed_starts`,
`seed_state`, `memory_from_sm2`, `schedulers_for`, `Seed` (a sync plants them: `scheduler.seeding`).

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
from datetime import date, timedelta, tzinfo
from typing import TYPE_CHECKING, NamedTuple

from scheduler.card_state import CardState
from scheduler.days import day_start
from scheduler.engine import CardScheduler, make_fsrs
from scheduler.recipes import from_recipe
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


def memory_from_sm2(
    parameters: Sequence[float], ease: float, interval: float, recall: float = SM2_RECALL
) -> tuple[float, float]:
    """The FSRS stability and difficulty an SM-2 card of `ease` (2.5, not 250) and `interval` (days) has."""
    decay = -parameters[20]
    stability = max(interval, 0.001) * ((0.9 ** (1 / decay) - 1) / (recall ** (1 / decay) - 1))  # 90 %: the interval
    growth = math.exp(parameters[8]) * stability ** -parameters[9] * math.expm1((1 - recall) * parameters[10])
    return stability, min(max(11 - (ease - 1) / growth, 1.0), 10.0)


def seed_state(seed: Seed, fsrs_scheduler: CardScheduler) -> CardState:
    """The state a card starts from with `seed`: a review card, last reviewed `seed.interval` days before it
    falls due (taken as when it was introduced), due at the start of the plugin's day under the day rule."""
    stability, difficulty = memory_from_sm2(fsrs_scheduler.maths.parameters, seed.ease / 100, seed.interval)
    rule = (fsrs_scheduler.day_starts_at, fsrs_scheduler.tz)
    last_day = seed.due - timedelta(days=seed.interval)
    last = day_start(last_day, *rule)
    return CardState(
        state=Phase.REVIEW, stability=stability, difficulty=difficulty, due=day_start(seed.due, *rule),
        last_review=last, introduced_at=last, last_day=last_day.toordinal(),
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


def _start(row: Mapping[str, object], fsrs_scheduler: CardScheduler) -> CardState:
    """A counted seed's state: worked out with the settings recorded with it, under `fsrs_scheduler`'s day rule."""
    recipe = row["recipe"]
    if isinstance(recipe, str):
        fsrs_scheduler = from_recipe(recipe, fsrs_scheduler.day_starts_at, fsrs_scheduler.tz)
    seed = Seed(date.fromisoformat(str(row["due"])), int(row["interval"]), int(row["ease"]))  # type: ignore[call-overload]
    return seed_state(seed, fsrs_scheduler)
