"""The interview report of a mock as plain lines: for the report screen and `starcards mock-report`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual_app.format import clock

if TYPE_CHECKING:
    from scheduler.mock_report import MockAnswer, MockReport

TREND_SHOWN = 8
"""How many past mocks the trend lists."""


def report_text(report: MockReport) -> str:
    """The whole report: a line per answer, what to work on, and the trend."""
    count = len(report.answers)
    head = (
        f"Mock interview · {report.started_at.astimezone():%a %d %b %Y, %H:%M} · "
        f"{count} question{'s' if count != 1 else ''} · target {clock(report.target_seconds)} each"
    )
    lines = [head, ""]
    lines += [_answer_line(answer) for answer in report.answers]
    lines += ["", *_findings(report), "", *_trend(report)]
    return "\n".join(lines)


def _answer_line(answer: MockAnswer) -> str:
    """`  2  2:14 over  Again   Question asked…  — story: Launch`."""
    over = "over" if answer.over else "    "
    story = answer.story if answer.story is not None else "none"
    follow = f"\n      follow-up: {answer.follow_up}" if answer.follow_up else ""
    return (
        f"{answer.position + 1:>3}  {clock(answer.seconds):>5} {over}  {answer.rating.name.title():<6} "
        f"{answer.asked}\n      story: {story}{follow}"
    )


def _positions(answers: tuple[MockAnswer, ...]) -> str:
    """`1, 3` or `none`."""
    return ", ".join(str(answer.position + 1) for answer in answers) or "none"


def _findings(report: MockReport) -> list[str]:
    """What to work on: overruns, Again answers, stories told twice, answers without a story."""
    lines = [
        f"Ran over the target:  {_positions(report.over_time)}",
        f"Rated Again:          {_positions(report.again)}",
        f"Told no story:        {_positions(report.no_story)}",
    ]
    repeated = report.repeated_stories
    if repeated:
        for story, positions in repeated.items():
            told = ", ".join(str(position) for position in positions)
            lines.append(f"Told more than once:  {story} (questions {told})")
    else:
        lines.append("Told more than once:  none")
    return lines


def _trend(report: MockReport) -> list[str]:
    """The last few mocks, oldest first, a line each."""
    shown = report.trend[-TREND_SHOWN:]
    lines = [f"Trend (last {len(shown)} mock{'s' if len(shown) != 1 else ''}):"]
    lines.append("  date          answers  mean time  over  again  no story")
    for summary in shown:
        lines.append(
            f"  {summary.started_at.astimezone():%d %b %H:%M}  {summary.answered:>7}  {clock(summary.mean_seconds):>9}"
            f"  {summary.over:>4}  {summary.again:>5}  {summary.no_story:>8}"
        )
    return lines
