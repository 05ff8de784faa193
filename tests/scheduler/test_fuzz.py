"""Interval fuzz: the FSRS ranges, and a draw fixed by (card, review index)."""

from __future__ import annotations

import pytest

from scheduler.fuzz import fuzz_range, fuzzed_days


@pytest.mark.parametrize(
    ("days", "maximum", "low", "high"),
    [
        (3, 36500, 2, 4),  # +-(1 + 0.15 * 0.5)
        (7, 36500, 5, 9),  # +-(1 + 0.15 * 4.5)
        (20, 36500, 17, 23),  # +-(1 + 0.675 + 0.1 * 13)
        (100, 36500, 93, 107),  # +-(1 + 0.675 + 1.3 + 0.05 * 80)
        (100, 100, 93, 100),  # never beyond the maximum interval
    ],
)
def test_fuzz_range_follows_fsrs(days: int, maximum: int, low: int, high: int) -> None:
    """The fuzz range is 1 day plus 15% of the part in 2.5-7 d, 10% in 7-20 d, 5% beyond 20 d."""
    assert fuzz_range(days, maximum) == (low, high)


@pytest.mark.parametrize("days", [1, 2])
def test_short_intervals_are_not_fuzzed(days: int) -> None:
    """Intervals under 2.5 days are kept as they are."""
    assert {fuzzed_days(days, card_id=7, index=i, maximum=36500) for i in range(50)} == {days}


@pytest.mark.parametrize("days", [3, 8, 30, 365])
def test_fuzz_stays_in_range_and_spreads(days: int) -> None:
    """Fuzzed intervals stay in the FSRS range and, over many cards, take more than one value."""
    low, high = fuzz_range(days, 36500)
    drawn = [fuzzed_days(days, card_id=c, index=3, maximum=36500) for c in range(200)]
    assert all(low <= value <= high for value in drawn)
    assert len(set(drawn)) > 1
    assert {low, high} <= set(drawn)


def test_fuzz_is_deterministic() -> None:
    """The same card and review index always give the same fuzzed interval."""
    first = [
        fuzzed_days(30, card_id=c, index=i, maximum=36500) for c in range(20) for i in range(5)
    ]
    second = [
        fuzzed_days(30, card_id=c, index=i, maximum=36500) for c in range(20) for i in range(5)
    ]
    assert first == second


def test_fuzz_keeps_longer_intervals_longer() -> None:
    """One draw per review is shared by the ratings, so a longer interval never fuzzes shorter."""
    for card_id in range(100):
        values = [fuzzed_days(d, card_id=card_id, index=0, maximum=36500) for d in range(3, 60)]
        assert values == sorted(values)
