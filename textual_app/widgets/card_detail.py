"""`CardDetail`: one card's FSRS state, where it lives, and its whole history, for the card browser."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from deck.controls import sanitize
from scheduler.vocabulary import Phase, Rating
from textual_app.cards_table import due_label, state_label
from textual_app.format import clock

if TYPE_CHECKING:
    from scheduler.browse import CardRow, HistoryEntry

RATING_COLOURS = {Rating.AGAIN: "red", Rating.HARD: "dark_orange", Rating.GOOD: "green", Rating.EASY: "cyan"}
"""The colour each rating is written in, in the history."""


class CardDetail(Static):
    """The highlighted card in full: question, file:line, state, stability, difficulty, retrievability, history."""

    def show(self, row: CardRow | None, history: Sequence[HistoryEntry], now: datetime) -> None:
        """Describe `row` (None: no card) with its `history`, times relative to `now`."""
        if row is None:
            self.update(Text("No card matches.", style="dim"))
            return
        self.update(describe(row, history, now, self.app.settings.day_starts_at))  # type: ignore[attr-defined]


def describe(row: CardRow, history: Sequence[HistoryEntry], now: datetime, day_starts_at: int = 4) -> RenderableType:
    """The detail of one card as Rich renderables; note text is never read as markup."""
    head = Text(row.question, style="bold")
    head.append(f"\n{sanitize(row.deck)} · {sanitize(row.file)}:{row.line}", style="dim")
    facts = Text()
    facts.append(state_label(row), style="bold")
    facts.append(f" · {row.reps} reps · {row.lapses} lapses · due {_due(row, now, day_starts_at)}")
    memory = Text(
        f"stability {_figure(row.stability, '.1f', ' days')} · difficulty {_figure(row.difficulty, '.1f', ' of 10')}"
        f" · retrievability {_figure(None if row.retrievability is None else row.retrievability * 100, '.0f', '%')}"
    )
    return Group(head, facts, memory, _history_table(history))


def _due(row: CardRow, now: datetime, day_starts_at: int = 4) -> str:
    """`in 4d (Mon 16 Mar 14:00)`, `—` for a new card."""
    label = due_label(row, now, day_starts_at)
    if row.due is None or label == "—":
        return label
    return f"{label} ({row.due.astimezone():%a %d %b %H:%M})"


def _figure(value: float | None, pattern: str, unit: str) -> str:
    """A figure with its unit, or `—`."""
    return "—" if value is None else format(value, pattern) + unit


def _history_table(history: Sequence[HistoryEntry]) -> RenderableType:
    """Every review and event, newest first, in local time."""
    if not history:
        return Text("Never reviewed.", style="dim")
    title = f"History: {len(history)} {'entry' if len(history) == 1 else 'entries'}, newest first"
    table = Table(box=box.SIMPLE_HEAD, title=title, title_justify="left", title_style="bold", padding=(0, 1))
    for column in ("When", "Rating", "Was", "Time"):
        table.add_column(column)
    for entry in reversed(history):
        when = f"{entry.at.astimezone():%Y-%m-%d %H:%M}"
        if entry.kind != "review":
            table.add_row(when, Text(entry.kind, style="italic yellow"), "", "")
            continue
        rating = Rating(entry.rating) if entry.rating in RATING_COLOURS else None
        name, colour = (rating.label, RATING_COLOURS[rating]) if rating else ("?", "")
        phase = "" if entry.phase is None else Phase(int(entry.phase)).label
        time_spent = "" if entry.duration_ms is None else clock(entry.duration_ms / 1000)
        table.add_row(when, Text(name, style=colour), phase, time_spent)
    return table
