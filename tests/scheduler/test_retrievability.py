"""Retrievability in SQL is py-fsrs's `get_card_retrievability`, to the last bit."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import fsrs
from hypothesis import example, given, settings
from hypothesis import strategies as st

from scheduler import retrievability
from scheduler.store import format_time
from tests.scheduler.helpers import T0

PY_FSRS = fsrs.Scheduler()


def _sql_value(conn: sqlite3.Connection, stability: float, last: datetime, now: datetime) -> float | None:
    """The SQL expression evaluated for one card."""
    expression = retrievability.retrievability_sql(stability=":s", last_review=":last")
    row = conn.execute(f"SELECT {expression}", {"s": stability, "last": format_time(last), "now": format_time(now)})
    return row.fetchone()[0]


def _py_fsrs(stability: float, last: datetime, now: datetime) -> float:
    """py-fsrs's own answer."""
    card = fsrs.Card(card_id=1, state=fsrs.State.Review, stability=stability, difficulty=5.0, last_review=last, due=now)
    return PY_FSRS.get_card_retrievability(card, now)


@settings(max_examples=200, deadline=None)
@example(stability=1.0, elapsed=10_799_999_000_001, micros=999_499)  # SQLite rounds .9995 s up to the next second
@given(
    stability=st.floats(min_value=0.001, max_value=36500),
    elapsed=st.integers(min_value=-5 * 86_400_000_000, max_value=4000 * 86_400_000_000),
    micros=st.integers(min_value=0, max_value=999_999),
)
def test_sql_matches_py_fsrs(stability: float, elapsed: int, micros: int) -> None:
    """Any stability, any time since the last review (whole days floored, never negative): same value."""
    last = T0 + timedelta(microseconds=micros)
    now = last + timedelta(microseconds=elapsed)
    conn = sqlite3.connect(":memory:")
    retrievability.ensure_pow(conn)
    assert _sql_value(conn, stability, last, now) == _py_fsrs(stability, last, now)


def test_python_pow_stands_in_with_the_same_values() -> None:
    """Where SQLite lacks `pow`, the Python one registered in its place gives the same results."""
    conn = sqlite3.connect(":memory:")
    conn.create_function("pow", 2, retrievability._pow, deterministic=True)
    now = T0 + timedelta(days=12, hours=5)
    assert _sql_value(conn, 4.2, T0, now) == _py_fsrs(4.2, T0, now)


def test_never_reviewed_is_null() -> None:
    """A card with no last review has no retrievability in SQL (py-fsrs says 0; the stats leave it out)."""
    conn = sqlite3.connect(":memory:")
    expression = retrievability.retrievability_sql(stability=":s", last_review=":last")
    assert conn.execute(f"SELECT {expression}", {"s": None, "last": None, "now": format_time(T0)}).fetchone()[0] is None


def test_curve_follows_the_parameters() -> None:
    """DECAY is -w[20] and FACTOR makes R = 0.9 after one stability."""
    decay, factor = retrievability.curve([*PY_FSRS.parameters[:20], 0.5])
    assert decay == -0.5
    assert (1 + factor) ** decay == 0.9 or abs((1 + factor) ** decay - 0.9) < 1e-12
