"""The scheduling settings a review was made with, as the review log records them.

A recipe is canonical JSON of what decides a card's next state — desired retention,
learning and relearning steps, maximum interval, fuzz and the FSRS parameters — stored
once in the `schedules` table and referenced by each review (`reviews.schedule_id`), so
a replay schedules every review exactly as it was, whatever the settings are today.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta, tzinfo
from functools import lru_cache

from scheduler.engine import CardScheduler
from scheduler.fsrs_maths import Maths


@lru_cache(maxsize=64)
def recipe_of(fsrs_scheduler: CardScheduler) -> str:
    """`fsrs_scheduler`'s scheduling settings as canonical JSON."""
    maths = fsrs_scheduler.maths
    return json.dumps(
        {
            "desired_retention": maths.desired_retention,
            "learning_steps": [_minutes(step) for step in maths.learning_steps],
            "relearning_steps": [_minutes(step) for step in maths.relearning_steps],
            "maximum_interval": maths.maximum_interval,
            "fuzz": fsrs_scheduler.fuzz,
            "parameters": list(maths.parameters),
        },
        sort_keys=True,
    )


@lru_cache(maxsize=64)
def from_recipe(recipe: str, day_starts_at: int = 4, tz: tzinfo | None = None) -> CardScheduler:
    """The scheduler a recipe describes, its day rule `day_starts_at` in zone `tz`."""
    values = json.loads(recipe)
    maths = Maths(
        tuple(values["parameters"]),
        values["desired_retention"],
        tuple(timedelta(minutes=m) for m in values["learning_steps"]),
        tuple(timedelta(minutes=m) for m in values["relearning_steps"]),
        values["maximum_interval"],
    )
    return CardScheduler(maths, fuzz=values["fuzz"], day_starts_at=day_starts_at, tz=tz)


SCHEDULE_OF = "(SELECT id FROM schedules WHERE recipe = ?)"
"""SQL for the id in `schedules` of a recipe (the parameter), NULL when not there: an INSERT looks it up itself."""


def schedule_id(conn: sqlite3.Connection, fsrs_scheduler: CardScheduler) -> int:
    """The id of `fsrs_scheduler`'s recipe in the `schedules` table, added if new (looked up first: it rarely is)."""
    recipe = recipe_of(fsrs_scheduler)
    row = conn.execute(f"SELECT {SCHEDULE_OF}", (recipe,)).fetchone()
    if row[0] is not None:
        return int(row[0])
    cursor = conn.execute("INSERT INTO schedules (recipe) VALUES (?)", (recipe,))
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def _minutes(step: timedelta) -> float:
    """A learning step in minutes."""
    return step.total_seconds() / 60
