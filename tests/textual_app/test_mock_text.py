"""The mock report as plain text (`starcards mock-report`): counts read `1 mock`, `1 answer`, not `1 mocks`."""

from __future__ import annotations

from datetime import UTC, datetime

from rich.console import Console

from scheduler.mock_report import MockAnswer, MockReport, MockSummary
from scheduler.vocabulary import Rating
from textual_app.mock_text import report_plain, report_rich

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



def test_a_wrapped_story_keeps_its_indent_and_a_card_without_stories_says_none_written() -> None:
    """In the report table a long story title wraps under itself, not under the question; an answer to a
    question with no story written reads `none written` and is listed as a story to write."""
    long_title = "The quarter we rebuilt the billing pipeline while the old one kept failing every night"
    told = MockAnswer(0, 1, "Tell me about a hard project?", None, long_title, Rating.GOOD, 42.0, over=False)
    unwritten = MockAnswer(
        1, 2, "Tell me about a time you failed?", None, None, Rating.HARD, 30.0, over=False, has_stories=False
    )
    in_words = MockAnswer(2, 3, "Why this job?", None, None, Rating.GOOD, 20.0, over=False, has_stories=False)
    summary = MockSummary(1, T0, answered=2, mean_seconds=36.0, over=0, again=0, no_story=0)
    report = MockReport(1, T0, 120, (told, unwritten, in_words), (summary,))
    console = Console(width=60, record=True)
    console.print(report_rich(report))
    text = console.export_text()
    lines = text.splitlines()
    start = next(index for index, line in enumerate(lines) if "story: The quarter" in line)
    indent = lines[start].index("story:")
    assert lines[start + 1][:indent].strip() == "" and lines[start + 1][indent:].strip()
    assert "story: none written" in text
    plain = report_plain(report)
    assert "   story: none written" in plain and "No story written:     question 2" in plain
    assert plain.count("   story: ") == 2, "a question answered in words has no story line"
    assert "Told no story:        none" in plain


def test_story_lines_sit_under_the_answer_past_a_two_digit_number() -> None:
    """`10. 0:01 · Good · ...` over `    story: ...`: the story line starts where the answer's text does."""
    answers = tuple(
        MockAnswer(position, position + 1, f"Tell me about a time {position}?", None, "Launch", Rating.GOOD, 1.0,
                   over=False)
        for position in range(10)
    )
    summary = MockSummary(1, T0, answered=10, mean_seconds=1.0, over=0, again=0, no_story=0)
    lines = report_plain(MockReport(1, T0, 120, answers, (summary,))).splitlines()
    tenth = lines.index(next(line for line in lines if line.startswith("10. ")))
    assert lines[tenth + 1] == "    story: Launch"
    assert lines[lines.index(next(line for line in lines if line.startswith("9. "))) + 1] == "   story: Launch"


def test_a_question_answered_in_words_takes_one_line_in_the_table() -> None:
    """No story line and no follow-up: the answer's row is its question alone, no blank line under it."""
    answer = MockAnswer(0, 1, "Why this job?", None, None, Rating.GOOD, 20.0, over=False, has_stories=False)
    summary = MockSummary(1, T0, answered=1, mean_seconds=20.0, over=0, again=0, no_story=0)
    console = Console(width=80, record=True)
    console.print(report_rich(MockReport(1, T0, 120, (answer,), (summary,))))
    lines = console.export_text().splitlines()
    row = next(index for index, line in enumerate(lines) if "Why this job?" in line)
    assert lines[row + 1].strip() == "" and lines[row + 2].startswith("Ran over the target")
