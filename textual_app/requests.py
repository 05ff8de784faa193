"""What the command line or a screen may ask the app to start: a practice drill or a mock interview."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scheduler.focus import Focus


@dataclass(frozen=True)
class PracticeRequest:
    """A practice drill asked for on the command line: which decks, which cards of them (a tag, some notes),
    how many of the weakest."""

    deck_ids: list[int] | None = None
    focus: Focus | None = None
    weakest: int | None = None


@dataclass(frozen=True)
class MockRequest:
    """A mock interview asked for: which decks, how many questions, which cards (a tag, some notes), how
    long in all."""

    deck_ids: list[int] | None = None
    questions: int = 5
    focus: Focus | None = None
    minutes: float | None = None
