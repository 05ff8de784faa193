"""The cards of one of the real-shape fixture notes, by question, for tests that look them up."""

from __future__ import annotations

from pathlib import Path

from deck.loader import load_deck
from deck.models import CardContent

REAL = Path(__file__).parent / "fixtures" / "real"


def cards_by_question(name: str) -> dict[str, CardContent]:
    """The cards of `fixtures/real/<name>`, keyed by question; the note must read without warnings."""
    deck = load_deck(REAL / name)
    assert deck.warnings == []
    return {card.question: card for card in deck.cards}
