"""The card table's due column: relative to now, and no due time for a card that is not due at all."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from scheduler.browse import CardRow
from textual_app.cards_table import due_label

NOW = datetime(2026, 12, 2, 9, tzinfo=UTC)


def _row(status: str, state: str, due: datetime | None) -> CardRow:
    """A card of the browser with `status`, `state` and `due`."""
    return CardRow(1, 1, "Prep", "/notes", "Why us?", "n.md", 1, status, state, 3, 0, due, 2.0, 5.0, 0.9)  # type: ignore[arg-type]


def test_a_removed_card_is_due_never_and_others_relative_to_now() -> None:
    """A card removed from its notes shows `—`, not `now` or `5m ago`; a learning card shows when it falls due."""
    assert due_label(_row("removed", "review", NOW - timedelta(minutes=5)), NOW) == "—"
    assert due_label(_row("active", "learning", NOW - timedelta(minutes=5)), NOW) == "5m ago"
    assert due_label(_row("active", "learning", NOW + timedelta(minutes=10)), NOW) == "in 10m"
    assert due_label(_row("active", "new", None), NOW) == "—"


def test_a_review_card_is_due_on_a_local_day_as_the_queue_takes_it() -> None:
    """Due tonight at 21:00 is `today` (in today's queue since 04:00), not `in 9h`; due tomorrow at 23:30 is
    `tomorrow`, not `in 2d`; due Thursday at 01:00 belongs to Wednesday's day (the day starts at 04:00)."""
    noon = datetime(2026, 12, 2, 12, 0).astimezone()
    def label(due: datetime) -> str:
        return due_label(_row("active", "review", due), noon)

    assert label(noon.replace(hour=21)) == "today"
    assert label(noon.replace(hour=23, minute=30) + timedelta(days=1)) == "tomorrow"
    assert label(noon.replace(hour=1) + timedelta(days=2)) == "tomorrow"
    assert label(noon.replace(hour=9) + timedelta(days=3)) == "in 3d"
    assert label(noon.replace(hour=9) - timedelta(days=2)) == "2d ago"


def test_the_printed_table_keeps_the_question_readable_at_60_columns() -> None:
    """`starcards cards` in a 60-column terminal: the question keeps a readable width (it was squeezed to `Que…`
    and one word a line); the columns on the right give way instead."""
    from rich.console import Console

    from textual_app.cards_table import cards_rich

    rows = [_row("active", "review", NOW)]
    console = Console(width=60, record=True)
    console.print(cards_rich(rows, NOW))
    text = console.export_text()
    assert "Question" in text and "Why us?" in text
