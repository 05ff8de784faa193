"""The interview report of a mock, drawn for the report screen and `starcards mock-report`.

`report_rich` is a Rich renderable (tables wrap long questions inside their column);
`report_plain` the same as plain lines, for a pipe.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from textual_app.format import clock
from textual_app.stats_text import plural

if TYPE_CHECKING:
    from scheduler.mock_report import MockAnswer, MockReport

TREND_SHOWN = 8
"""How many past mocks the trend lists."""

_RATING_STYLES = {1: "bold red", 2: "yellow", 3: "green", 4: "cyan"}


def report_title(report: MockReport) -> str:
    """`Mock interview · Thu 26 Nov 2026, 10:51 · 3 questions · target 2:00 each`."""
    count = len(report.answers)
    return (
        f"Mock interview · {report.started_at.astimezone():%a %d %b %Y, %H:%M} · "
        f"{count} question{'s' if count != 1 else ''} · target {clock(report.target_seconds)} each"
    )


def report_rich(report: MockReport) -> Group:
    """Title, a table of answers, what to work on, and the trend table."""
    answers = Table(box=None, pad_edge=False, expand=True, show_edge=False)
    for name, options in (
        ("#", {"justify": "right"}),
        ("time", {"justify": "right"}),
        ("", {}),
        ("rating", {}),
        ("question · story told", {"ratio": 1}),
    ):
        answers.add_column(name, **options)  # type: ignore[arg-type]
    for answer in report.answers:
        told = _told_line(answer)
        if answer.follow_up:
            told.append(f"{chr(10) if told else ''}follow-up: {answer.follow_up}", style="dim")
        answers.add_row(
            str(answer.position + 1),
            clock(answer.seconds),
            Text("over", style="bold red") if answer.over else "",
            Text(answer.rating.label, style=_RATING_STYLES[int(answer.rating)]),
            Group(Text(answer.asked), Padding(told, (0, 0, 0, 3))) if told else Text(answer.asked),  # (indented)
        )
    findings = Text("\n".join(_findings(report)))
    return Group(
        Text(report_title(report), style="bold"), Text(), answers, Text(), findings, Text(), _trend_table(report)
    )


def report_plain(report: MockReport) -> str:
    """The report as plain lines."""
    lines = [report_title(report), ""]
    for answer in report.answers:
        over = " over" if answer.over else ""
        number = f"{answer.position + 1}. "
        lines.append(f"{number}{clock(answer.seconds)}{over} · {answer.rating.label} · {answer.asked}")
        indent = " " * len(number)  # under the answer's text, past its number (`10. ` as `1. `)
        if (story := _told(answer)) is not None:
            lines.append(f"{indent}story: {story}")
        if answer.follow_up:
            lines.append(f"{indent}follow-up: {answer.follow_up}")
    lines += ["", *_findings(report), "", f"Trend (last {plural(len(report.trend[-TREND_SHOWN:]), 'mock')}):"]
    for summary in report.trend[-TREND_SHOWN:]:
        lines.append(
            f"  {summary.started_at.astimezone():%Y-%m-%d %H:%M}  {plural(summary.answered, 'answer')}"
            f"  mean {clock(summary.mean_seconds)}  over {summary.over}  again {summary.again}"
            f"  no story {summary.no_story}"
        )
    return "\n".join(lines)


def _told_line(answer: MockAnswer) -> Text:
    """`story: ...` under an answer's question (the untold in yellow); empty for a question answered in words."""
    story = _told(answer)
    if story is None:
        return Text()
    return Text("story: ", style="dim").append(story, style="" if answer.story else "yellow")


def story_shown(label: str, asked: str) -> str:
    """A story's label as shown beside the question it answers: an untitled story, named by that very question
    (`untitled: <question>`), is `your untitled story`, not the question again."""
    return "your untitled story" if label == f"untitled: {asked}" else label


def _told(answer: MockAnswer) -> str | None:
    """The story told, `none` when the card's stories went untold, `none written` when the question asks for one
    the notes lack; None for a question answered in words (`Why us?`)."""
    if answer.story:
        return story_shown(answer.story, answer.asked)
    if answer.has_stories:
        return "none"
    return "none written" if answer.wants_story else None


def _positions(answers: tuple[MockAnswer, ...]) -> str:
    """`questions 1, 3`, `question 2` or `none`: which answers, by number (the trend below counts them)."""
    numbers = [str(answer.position + 1) for answer in answers]
    if not numbers:
        return "none"
    return f"question{'s' if len(numbers) > 1 else ''} {', '.join(numbers)}"


def _findings(report: MockReport) -> list[str]:
    """What to work on: overruns, Again answers, stories told twice, answers without a story, stories to write."""
    lines = [
        f"Ran over the target:  {_positions(report.over_time)}",
        f"Rated Again:          {_positions(report.again)}",
        f"Told no story:        {_positions(report.no_story)}",
    ]
    if report.unwritten:
        lines.append(f"No story written:     {_positions(report.unwritten)}")
    repeated = report.repeated_stories
    for story, positions in repeated.items():
        lines.append(f"Told more than once:  {story} (questions {', '.join(map(str, positions))})")
    if not repeated:
        lines.append("Told more than once:  none")
    return lines


def _trend_table(report: MockReport) -> Table:
    """The last few mocks, oldest first."""
    shown = report.trend[-TREND_SHOWN:]
    table = Table(
        title=f"Trend (last {plural(len(shown), 'mock')})",
        title_justify="left",
        box=None,
        pad_edge=False,
        show_edge=False,
    )
    for name in ("date", "answers", "mean time", "over", "again", "no story"):
        table.add_column(name, justify="left" if name == "date" else "right")
    for summary in shown:
        table.add_row(
            f"{summary.started_at.astimezone():%d %b %H:%M}",
            str(summary.answered),
            clock(summary.mean_seconds),
            str(summary.over),
            str(summary.again),
            str(summary.no_story),
        )
    return table
