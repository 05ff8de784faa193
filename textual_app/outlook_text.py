"""The simulated year as text: `outlook_lines` (a table with a bar chart of minutes a day).

Used by `starcards simulate` and the statistics screen's workload panel. Plain text
(block characters for the bars), so it reads the same on a terminal and in a pipe;
the bars take what the given width leaves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual_app.format import duration

if TYPE_CHECKING:
    from scheduler.outlook import Outlook, Point

MIN_BAR = 6
"""The longest bar is never shorter than this, however narrow the width."""
_EIGHTHS = " ▏▎▍▌▋▊▉"


def outlook_lines(outlook: Outlook, title: str, width: int = 80) -> list[str]:
    """A heading, where the figures come from, one row per desired retention, a legend and warnings."""
    columns = _columns(outlook)
    header = "  " + " ".join(f"{name:>{size}}" for name, size in columns)
    bar_width = max(MIN_BAR, width - len(header) - 2)
    peak = max((point.minutes_per_day for point in outlook.points), default=0.0) or 1.0
    lines = [
        f"A simulated year of {title}: {outlook.cards} cards, {outlook.new_per_day} new a day,"
        f" at most {outlook.review_cap} reviews a day",
        _source(outlook),
        "",
        header,
        *(_row(point, outlook, columns, _bar(point.minutes_per_day / peak, bar_width)) for point in outlook.points),
        "",
        "▶ your desired retention now" + ("; capped: days the review cap was reached" if _capped(outlook) else ""),
    ]
    return lines + _warnings(outlook)


def _columns(outlook: Outlook) -> list[tuple[str, int]]:
    """The table's columns (name, width): the interview's recall and the capped days only when there are some."""
    columns = [("retention", 9), ("reviews/day", 11), ("minutes/day", 11), ("remembered", 10)]
    if outlook.interview is not None:
        columns.append((f"recall {outlook.interview:%d %b}", 13))
    if _capped(outlook):
        columns.append(("capped", 6))
    return columns


def _capped(outlook: Outlook) -> bool:
    """Whether any retention reaches the daily review cap."""
    return any(point.cap_days for point in outlook.points)


def _source(outlook: Outlook) -> str:
    """Where the review durations come from."""
    habits = outlook.habits
    took = duration(habits.costs[1][2])
    if habits.reviews == 0:
        return f"No reviews recorded yet: each review is assumed to take the rehearsal target ({took})."
    return f"Minutes from your {habits.reviews} recorded reviews (a recalled review takes {took})."


def _row(point: Point, outlook: Outlook, columns: list[tuple[str, int]], bar: str) -> str:
    """One retention: its figures in `columns` and its bar; the current one marked."""
    values = [f"{point.retention:.2f}", f"{point.reviews_per_day:.1f}", f"{point.minutes_per_day:.1f}",
              f"{point.remembered:.0f}"]
    if outlook.interview is not None:
        values.append("—" if point.interview_recall is None else f"{point.interview_recall:.0%}")
    if _capped(outlook):
        values.append(str(point.cap_days) if point.cap_days else "")
    cells = " ".join(f"{value:>{size}}" for value, (_name, size) in zip(values, columns, strict=True))
    mark = "▶" if point.retention == outlook.current else " "
    return f"{mark} {cells}  {bar}"


def _bar(fraction: float, width: int) -> str:
    """A horizontal bar `fraction` of `width` characters long, in eighths of a character."""
    eighths = round(max(0.0, min(1.0, fraction)) * width * 8)
    full, rest = divmod(eighths, 8)
    return "█" * full + (_EIGHTHS[rest] if rest else "")


def _warnings(outlook: Outlook) -> list[str]:
    """The daily cap warning, and the recall on the interview day if nothing is reviewed."""
    lines = []
    capped = [point for point in outlook.points if point.cap_days]
    if capped:
        lowest = min(point.retention for point in capped)
        lines.append(
            f"Warning: from {lowest:.2f} on, the cap of {outlook.review_cap} reviews a day is reached"
            " (reviews pile up for later days)."
        )
    if outlook.interview is not None and outlook.recall_if_idle is not None:
        lines.append(
            f"Interview on {outlook.interview:%a %d %b %Y}: if you review nothing until then,"
            f" predicted recall that day is {outlook.recall_if_idle:.0%}."
        )
    return lines
