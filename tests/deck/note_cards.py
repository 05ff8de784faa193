"""The cards a note gives, as the reading tests compare them."""

from __future__ import annotations

from deck.notes import parse_note
from deck.options import ReadOptions


def cards(note: str) -> list[tuple[str, str]]:
    """The question and answer of each card of `note` (read as the named note `n.md`)."""
    return [(card.question, card.answer) for card in parse_note(note, "n.md")[0]]


def folder_cards(note: str) -> list[tuple[str, str]]:
    """The question and answer of each card of `note` read as a note of a folder deck that did not opt in (only what
    asks to be studied by its shape is a card)."""
    return [(card.question, card.answer) for card in parse_note(note, "n.md", ReadOptions())[0]]
