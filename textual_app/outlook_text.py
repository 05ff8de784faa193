"""The simulated year as text: `outlook_lines` (a table with a bar chart of minutes a day).

Used by `starcards simulate` and the statistics screen's outlook panel. Plain text
(block characters for the bars), so it reads the same on a terminal and in a pipe.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual_app.format import duration

if TYPE_CHECKING:
    from scheduler.outlook import Outlook, Point

BAR_WIDTH = 24
"""The longest bar, in characters."""
_EIGHTHS = " ▏▎▍▌▋▊▉"


def outlook_lines(outlook: Outlook, title: str) -> list[str]:
    """A heading, where the figures come from, one row per desired retention, and warnings."""
    interview = outlook.interview
    lines = [
        f"A simulated year of {title}: {outlook.cards} cards, {outlook.new_per_day} new a day,"
        f" at most {outlook.review_cap} reviews a day",
        _source(outlook),
        "",
        "  retention  reviews/day  minutes/day  remembered" + (f"  recall {interview:%d %b}" if interview else ""),
    ]
    peak = max((point.minutes_per_day for point in outlook.points), default=0.0) or 1.0
    lines += [_row(point, outlook, peak) for point in outlook.points]
    lines += _warnings(outlook)
    return lines


def _source(outlook: Outlook) -> str:
    """Where the review durations come from."""
    habits = outlook.habits
    took = duration(habits.costs[1][2])
    if habits.reviews == 0:
        return f"No reviews recorded yet: each review is assumed to take the rehearsal target ({took})."
    return f"Minutes from your {habits.reviews} recorded reviews (a recalled review takes {took})."


def _row(point: Point, outlook: Outlook, peak: float) -> str:
    """One retention: its figures and a bar of its minutes a day; the current one marked."""
    mark = "▶" if point.retention == outlook.current else " "
    recall = "" if point.interview_recall is None else f"{point.interview_recall:>11.0%}"
    row = (
        f"{mark} {point.retention:>8.2f}  {point.reviews_per_day:>11.1f}  {point.minutes_per_day:>11.1f}"
        f"  {point.remembered:>10.0f}{recall}  {_bar(point.minutes_per_day / peak)}"
    )
    capped = f"  (cap on {point.cap_days} day{'s' if point.cap_days > 1 else ''})" if point.cap_days else ""
    return row + ("  ← current" if mark == "▶" else "") + capped


def _bar(fraction: float) -> str:
    """A horizontal bar `fraction` of `BAR_WIDTH` long, in eighths of a character."""
    eighths = round(max(0.0, min(1.0, fraction)) * BAR_WIDTH * 8)
    full, rest = divmod(eighths, 8)
    return "█" * full + (_EIGHTHS[rest] if rest else "")


def _warnings(outlook: Outlook) -> list[str]:
    """The daily cap warning, and the recall on the interview day if nothing is reviewed."""
    lines = [""]
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
    return lines if len(lines) > 1 else []
