"""Cards' current retrievability in SQL: py-fsrs's forgetting curve as an SQL expression.

py-fsrs 6 (`Scheduler.get_card_retrievability`) computes R = (1 + FACTOR * t / S) ** DECAY
with DECAY = -w[20], FACTOR = 0.9 ** (1 / DECAY) - 1, S the stability and t the whole
days since the last review (never negative); a card never reviewed has R = 0. The same
formula here runs inside SQLite over every card at once, with `pow` from SQLite's math
functions, or a Python `pow` registered on the connection where SQLite was built without
them.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Mapping, Sequence

MICROSECONDS_PER_DAY = 86_400_000_000


def curve(parameters: Sequence[float] | None = None) -> tuple[float, float]:
    """(DECAY, FACTOR) of the forgetting curve for FSRS `parameters` (default: py-fsrs's, without importing it)."""
    from scheduler.fsrs_maths import DEFAULT_PARAMETERS  # noqa: PLC0415

    weights = DEFAULT_PARAMETERS if parameters is None else parameters
    decay = -float(weights[20])
    return decay, 0.9 ** (1 / decay) - 1


def _micros(column: str) -> str:
    """SQL for a stored time (ISO-8601 UTC with six decimals) as whole microseconds since 1970.

    The seconds are read without their fraction (SQLite would round it to milliseconds),
    the microseconds from the six decimals.
    """
    return f"(unixepoch(substr({column}, 1, 19)) * 1000000 + CAST(substr({column}, 21, 6) AS INTEGER))"


def elapsed_days_sql(column: str = "cards.last_review", now: str = ":now") -> str:
    """SQL for the whole days from `column` to `now`, floored and never negative, exactly as py-fsrs."""
    return f"max(0, ({_micros(now)} - {_micros(column)}) / {MICROSECONDS_PER_DAY})"


def retrievability_sql(
    parameters: Sequence[float] | None = None,
    *,
    stability: str = "cards.stability",
    last_review: str = "cards.last_review",
    now: str = ":now",
) -> str:
    """SQL for a card's retrievability at `now` (a stored-format time); NULL for a card never reviewed."""
    decay, factor = curve(parameters)
    elapsed = elapsed_days_sql(last_review, now)
    return (
        f"(CASE WHEN {last_review} IS NULL OR {stability} IS NULL THEN NULL"
        f" ELSE pow(1.0 + {factor!r} * {elapsed} / {stability}, {decay!r}) END)"
    )


def deck_retrievability_sql(
    deck_parameters: Mapping[int, Sequence[float]],
    default_parameters: Sequence[float] | None = None,
    *,
    deck: str = "cards.deck_id",
    stability: str = "cards.stability",
    last_review: str = "cards.last_review",
    now: str = ":now",
) -> str:
    """`retrievability_sql` with each deck's own `deck_parameters` (by deck id), else `default_parameters`."""
    columns = {"stability": stability, "last_review": last_review, "now": now}
    default = retrievability_sql(default_parameters, **columns)
    if not deck_parameters:
        return default
    cases = " ".join(
        f"WHEN {int(deck_id)} THEN {retrievability_sql(parameters, **columns)}"
        for deck_id, parameters in deck_parameters.items()
    )
    return f"(CASE {deck} {cases} ELSE {default} END)"


def ensure_pow(conn: sqlite3.Connection) -> bool:
    """Make `pow` callable in SQL on `conn`; True if SQLite has it built in, False if Python's stands in."""
    try:
        conn.execute("SELECT pow(2.0, 0.5)").fetchone()
    except sqlite3.OperationalError:
        conn.create_function("pow", 2, _pow, deterministic=True)
        return False
    return True


def _pow(base: float | None, exponent: float | None) -> float | None:
    """SQL `pow` in Python, for SQLite builds without math functions; NULL in, NULL out."""
    if base is None or exponent is None:
        return None
    return math.pow(base, exponent)
