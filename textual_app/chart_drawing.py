"""Charts drawn as Rich `Text`: columns (bar chart), a GitHub-style calendar heatmap, horizontal bars.

Plain Rich, no Textual, so the command line draws the same pictures as the stats screen.
Heights are split into eighths with the Unicode block characters, so small differences
still show.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from rich.text import Text

RISING = " ▁▂▃▄▅▆▇█"
"""Eighths of a cell filled from the bottom: RISING[n] is n eighths."""

WIDENING = " ▏▎▍▌▋▊▉█"
"""Eighths of a cell filled from the left: WIDENING[n] is n eighths."""

HEAT = ("grey30", "#0e4429", "#006d32", "#26a641", "#39d353")
"""Calendar colours from no reviews (grey) to the busiest days (GitHub's greens)."""

WEEKDAYS = ("Mon", "", "Wed", "", "Fri", "", "")
"""Row labels of the heatmap, Monday first; every other day left blank."""


def column_chart(
    values: Sequence[float],
    labels: Sequence[str] = (),
    *,
    height: int = 6,
    width: int = 2,
    gap: int = 1,
    style: str = "green",
) -> Text:
    """Vertical bars for `values`, the highest reaching `height` rows; labels under the bars where they fit.

    The axis on the left gives the highest value and zero (only zero when every value is
    zero: an empty chart has no scale to give). A value above zero always shows at least an eighth.
    """
    peak = max(values, default=0) or 1
    axis = len(_number(peak))
    top = _number(peak) if max(values, default=0) > 0 else ""
    eighths = [0 if value <= 0 else max(1, round(value / peak * height * 8)) for value in values]
    chart = Text(no_wrap=True, overflow="crop")
    for row in range(height - 1, -1, -1):
        mark = top if row == height - 1 else ("0" if row == 0 else "")
        chart.append(f"{mark:>{axis}} │", style="dim")
        for filled in eighths:
            cell = RISING[min(8, max(0, filled - row * 8))]
            chart.append(cell * width, style=style)
            chart.append(" " * gap)
        chart.append("\n")
    chart.append(" " * axis + " └" + "─" * (len(values) * (width + gap)), style="dim")
    if labels:
        chart.append("\n" + " " * (axis + 2) + _label_line(labels, width + gap), style="dim")
    return chart


def fit_columns(
    values: Sequence[float], labels: Sequence[str], room: int, *, widest: int = 3
) -> tuple[list[float], list[str], int, int]:
    """Values, labels, bar width and gap for a column chart no wider than `room` cells, axis included.

    When even one cell a bar is too wide, neighbouring bars are added together (a
    histogram's buckets merge; each merged bar keeps the first label of its group), so
    the chart never wraps or runs past its axis.
    """
    merged, names, group = list(values), list(labels), 1
    while merged and len(merged) > room - _axis_width(merged) and len(merged) > 1:
        group += 1
        merged = [sum(values[start : start + group]) for start in range(0, len(values), group)]
        names = [_first_label(labels[start : start + group]) for start in range(0, len(labels), group)]
    per = max(1, (room - _axis_width(merged)) // max(1, len(merged)))
    return merged, names, min(widest, max(1, per - 1)), 1 if per > 1 else 0


def _axis_width(values: Sequence[float]) -> int:
    """Cells the axis takes left of the bars: the highest value's digits, a space and `│`."""
    return len(_number(max(values, default=0) or 1)) + 2


def _first_label(labels: Sequence[str]) -> str:
    """The first non-empty label of a group of merged bars."""
    return next((label for label in labels if label), "")


def _label_line(labels: Sequence[str], step: int) -> str:
    """Labels set at every `step` columns, each skipped when it would run into the one before."""
    line = ""
    for index, label in enumerate(labels):
        column = index * step
        if label and column >= len(line) + (1 if line else 0):
            line = line.ljust(column) + label
    return line


def _number(value: float) -> str:
    """A value as an axis shows it: whole numbers without decimals."""
    return str(int(value)) if float(value).is_integer() else f"{value:.2g}"


def heatmap(days: Sequence[tuple[date, int]]) -> Text:
    """A calendar of `days` (consecutive, oldest first): weeks as columns, Monday on top, shaded by count."""
    if not days:
        return Text("no days", style="dim")
    first = days[0][0] - timedelta(days=days[0][0].weekday())
    weeks = (days[-1][0] - first).days // 7 + 1
    grid: list[list[int | None]] = [[None] * weeks for _ in range(7)]
    for day, count in days:
        offset = (day - first).days
        grid[offset % 7][offset // 7] = count
    peak = max(count for _day, count in days)
    chart = Text(no_wrap=True, overflow="crop")
    chart.append("    " + _month_line(first, weeks) + "\n", style="dim")
    for weekday, row in enumerate(grid):
        chart.append(f"{WEEKDAYS[weekday]:<4}", style="dim")
        for count in row:
            chart.append(" " if count is None else "■", style=HEAT[_level(count or 0, peak)])
        chart.append("\n")
    chart.append("    less ", style="dim")
    for colour in HEAT:
        chart.append("■", style=colour)
    chart.append(" more", style="dim")
    return chart


def _level(count: int, peak: int) -> int:
    """Which of the heat colours a day with `count` reviews gets: 0 for none, 1 to 4 by quarter of the peak."""
    if count <= 0 or peak <= 0:
        return 0
    return min(4, 1 + (4 * (count - 1)) // peak)


def _month_line(first: date, weeks: int) -> str:
    """Month names over the week columns in which a month begins (a first partial month only if it has room)."""
    starts = []
    for week in range(weeks):
        monday = first + timedelta(weeks=week)
        if week == 0 or monday.day <= 7:
            starts.append((week, monday.strftime("%b")))
    if len(starts) > 1 and starts[1][0] - starts[0][0] < 4:
        starts.pop(0)
    line = ""
    for week, name in starts:
        if week >= len(line) + (1 if line else 0):
            line = line.ljust(week) + name
    return line


def bar(fraction: float, width: int = 30, *, style: str = "green", marker: float | None = None) -> Text:
    """A horizontal bar `fraction` (0 to 1) of `width` cells long; `marker` draws a `│` at that fraction."""
    eighths = round(max(0.0, min(1.0, fraction)) * width * 8)
    cells = ["█"] * (eighths // 8) + ([WIDENING[eighths % 8]] if eighths % 8 else [])
    cells += ["·"] * (width - len(cells))
    at = None if marker is None else min(width - 1, round(max(0.0, min(1.0, marker)) * width))
    text = Text()
    for index, cell in enumerate(cells):
        if index == at:
            text.append("│", style="bold yellow")
        else:
            text.append(cell, style=style if cell != "·" else "dim")
    return text
