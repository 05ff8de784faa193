"""Cards as a table: the cells the browser and `starcards cards` show, as Rich, plain text or table rows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from rich import box
from rich.cells import cell_len
from rich.table import Table
from rich.text import Text

from deck.controls import sanitize
from scheduler.days import local_day
from scheduler.vocabulary import Phase
from textual_app.format import interval

if TYPE_CHECKING:
    from scheduler.browse import CardRow

COLUMNS = ("Question", "Deck", "State", "Due", "R", "S", "D", "Lapses")
"""Column headings: R retrievability, S stability (days), D difficulty (1-10)."""

STATUS_STYLES = {"suspended": "yellow", "buried": "grey50", "removed": "strike grey50"}


def state_label(row: CardRow) -> str:
    """The card's state, or its status when it is not active: `review`, `suspended`."""
    return row.state if row.status == "active" else row.status


def due_label(row: CardRow, now: datetime, day_starts_at: int = 4) -> str:
    """When the card is due: a review card by local day, as the queue takes it (`today`, `tomorrow`, `in 3d`,
    `4d ago`); a learning card to the minute (`in 10m`, `now`); `—` for a new card and for one removed from its
    notes (it comes back due only if its question does)."""
    if row.due is None or row.state == Phase.NEW.label or row.status == "removed":
        return "—"
    if row.state == Phase.REVIEW.label:
        days = (local_day(row.due, day_starts_at) - local_day(now, day_starts_at)).days
        named = {0: "today", 1: "tomorrow"}.get(days)
        return named or (f"in {days}d" if days > 0 else f"{-days}d ago")
    ahead = row.due - now
    if abs(ahead.total_seconds()) < 60:
        return "now"
    return f"in {interval(ahead)}" if ahead.total_seconds() > 0 else f"{interval(-ahead)} ago"


def _number(value: float | None, pattern: str) -> str:
    """A figure formatted with `pattern`, or `—` when unknown."""
    return "—" if value is None else format(value, pattern)


def cells(row: CardRow, now: datetime, day_starts_at: int = 4) -> tuple[str, ...]:
    """The row's values under `COLUMNS`, as text."""
    recall = "—" if row.retrievability is None else f"{row.retrievability * 100:.0f}%"
    return (
        row.question,
        sanitize(row.deck),
        state_label(row),
        due_label(row, now, day_starts_at),
        recall,
        _number(row.stability, ".1f"),
        _number(row.difficulty, ".1f"),
        str(row.lapses),
    )


def question_width(rows: Sequence[Sequence[str]], room: int, fixed: Mapping[str, int], padding: int = 2) -> int:
    """How wide the Question column can be in `room` cells: what the other columns leave (each as wide as
    `fixed` says, else as its widest cell or heading, plus `padding`), never less than `fixed["Question"]`."""
    others = 0
    for index, column in enumerate(COLUMNS[1:], start=1):
        widest = fixed.get(column) or max((cell_len(row[index]) for row in rows), default=0)
        others += max(widest, cell_len(column)) + padding
    return max(fixed["Question"], room - others - padding)


def cards_plain(rows: Sequence[CardRow], now: datetime, day_starts_at: int = 4) -> str:
    """One tab-separated line per card, with a header, for a pipe; times relative to `now` (the app's clock)."""
    lines = ["\t".join(("id", "file:line", *COLUMNS))]
    lines += [
        "\t".join((str(row.id), f"{sanitize(row.file)}:{row.line}", *cells(row, now, day_starts_at))) for row in rows
    ]
    return "\n".join(lines)


QUESTION_LEAST = 16
"""The least width of the question in the printed table (`starcards cards` in a terminal)."""


def cards_rich(rows: Sequence[CardRow], now: datetime, day_starts_at: int = 4) -> Table:
    """A Rich table of the cards, times relative to `now` (the app's clock), note text never read as markup."""
    table = Table(box=box.SIMPLE_HEAD, caption=Text(f"{len(rows)} cards"))
    for column in COLUMNS:  # the question keeps a readable width however narrow the terminal: the others shrink
        question = column == "Question"
        least = QUESTION_LEAST if question else None
        table.add_column(column, no_wrap=not question, overflow="ellipsis", min_width=least)
    for row in rows:
        style = STATUS_STYLES.get(row.status, "")
        table.add_row(*(Text(cell, style=style) for cell in cells(row, now, day_starts_at)))
    return table
