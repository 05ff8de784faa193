"""The note editor's entry points, each importing what it needs only when first called (after the first paint)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.app import App

    from scheduler.cards import ReviewCard


def edit_card_later(app: App[None], card: ReviewCard) -> bool:
    """Edit `card`'s note (`textual_app.note_editing.edit_card`, imported at the first edit)."""
    from textual_app.note_editing import edit_card

    return edit_card(app, card)  # type: ignore[arg-type]  # the app is starcards' own


def run_suspended_later(app: App[None], command: Sequence[str]) -> int:
    """Run the editor with the app suspended (`textual_app.editor_command.run_suspended`)."""
    from textual_app.editor_command import run_suspended

    return run_suspended(app, command)
