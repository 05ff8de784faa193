"""The mock report as plain text (`starcards mock-report`): counts read `1 mock`, `1 answer`, not `1 mocks`."""

from __future__ import annotations

from datetime import UTC, datetime

from scheduler.mock_report import MockAnswer, MockReport, MockSummary
from scheduler.vocabulary import Rating
from textual_app.mock_text import report_plain

T0 = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def _first_mock() -> MockReport:
    """A first mock (so a trend of one) of one answer."""
    answer = MockAnswer(0, 1, "Why this job?", None, "Shipped it", Rating.GOOD, 42.0, over=False)
    summary = MockSummary(1, T0, answered=1, mean_seconds=42.0, over=0, again=0, no_story=0)
    return MockReport(1, T0, 120, (answer,), (summary,))


def test_the_plain_report_of_a_first_mock_counts_in_the_singular() -> None:
    """`Trend (last 1 mock):` and `1 answer` in the plain report (`starcards mock-report`)."""
    text = report_plain(_first_mock())
    assert "Trend (last 1 mock):" in text
    assert "  1 answer  " in text

