"""What the command line or a screen may ask the app to start: a practice drill or a mock interview."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PracticeRequest:
    """A practice drill asked for on the command line: which decks, which tag, how many of the weakest."""

    deck_ids: list[int] | None = None
    tag: str | None = None
    weakest: int | None = None


@dataclass(frozen=True)
class MockRequest:
    """A mock interview asked for: which decks, how many questions, which tag, how long in all."""

    deck_ids: list[int] | None = None
    questions: int = 5
    tag: str | None = None
    minutes: float | None = None
