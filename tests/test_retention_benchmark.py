"""The retention benchmark runs end to end on a tiny setup (its figures are not judged here)."""

from __future__ import annotations

import re

from benchmarks.retention import RETENTIONS, Setup, run_starcards, table


def test_the_quick_table_has_a_row_per_desired_retention() -> None:
    """Five days of three new cards a day give one well-formed row per desired retention."""
    text = table(Setup(days=5, new_per_day=3))
    rows = [line for line in text.splitlines() if re.match(r"\| 0\.\d\d \|", line)]
    assert [row.split("|")[1].strip() for row in rows] == [f"{value:.2f}" for value in RETENTIONS]
    assert all(row.count("/") == 2 and row.endswith("% |") for row in rows)


def test_the_learner_reviews_through_the_session() -> None:
    """A short run records reviews of review-state cards, so there is something to measure."""
    outcome = run_starcards(0.9, Setup(days=8, new_per_day=3))
    assert 0 < outcome.retention <= 1 and outcome.reviews_per_day > 0
