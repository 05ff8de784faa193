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
    """A card removed from its notes shows `—`, not `now` or `5m ago`; a review card shows when it falls due."""
    assert due_label(_row("removed", "review", NOW - timedelta(minutes=5)), NOW) == "—"
    assert due_label(_row("active", "review", NOW - timedelta(minutes=5)), NOW) == "5m ago"
    assert due_label(_row("active", "review", NOW + timedelta(days=3)), NOW) == "in 3d"
    assert due_label(_row("active", "new", None), NOW) == "—"
