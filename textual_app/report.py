"""What `starcards check` prints: the cards and warnings of each deck, as text or JSON."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deck.text import sanitize

if TYPE_CHECKING:
    from deck.models import CardContent, DeckContent, ParseWarning

Decks = Sequence[tuple[str, "DeckContent"]]
"""Each deck with the path the user gave for it."""


def note_path(raw: str, content: DeckContent, file: str) -> str:
    """A note's path as the user would type it: the argument itself, or under the folder."""
    root = Path(content.root)
    return raw if root.is_file() or not file else str(Path(raw) / file)


def check_json(decks: Decks) -> dict[str, list[dict[str, Any]]]:
    """The JSON document of `starcards check --json`."""
    cards, warnings = [], []
    for raw, content in decks:
        cards += [_card_json(card, note_path(raw, content, card.file)) for card in content.cards]
        warnings += [_warning_json(w, note_path(raw, content, w.file)) for w in content.warnings]
    return {"cards": cards, "warnings": warnings}


def _card_json(card: CardContent, path: str) -> dict[str, Any]:
    """One card in the JSON report."""
    return {
        "id": card.key,
        "question": card.question,
        "phrasings": list(card.phrasings),
        "file": path,
        "line": card.line,
        "stories": [{"title": story.title, "sections": dict(story.sections)} for story in card.stories],
    }


def _warning_json(warning: ParseWarning, path: str) -> dict[str, Any]:
    """One warning in the JSON report."""
    return {"file": path, "line": warning.line, "message": warning.message}


def check_text(decks: Decks) -> str:
    """The human report: a block per card, then the warnings, then a total."""
    lines: list[str] = []
    total_cards = total_warnings = 0
    for raw, content in decks:
        for card in content.cards:
            lines += _card_text(card, note_path(raw, content, card.file))
        for warning in content.warnings:
            where = note_path(raw, content, warning.file)
            where += f":{warning.line}" if warning.line else ""
            lines.append(f"warning: {sanitize(where)}: {warning.message}")
        total_cards += len(content.cards)
        total_warnings += len(content.warnings)
    lines.append(f"{total_cards} cards, {total_warnings} warnings")
    return "\n".join(lines)


def _card_text(card: CardContent, path: str) -> list[str]:
    """A card: where it is and its question, then its other phrasings and its stories."""
    lines = [f"{sanitize(path)}:{card.line}: {card.phrasings[0]}"]
    lines += [f"    or: {phrasing}" for phrasing in card.phrasings[1:]]
    for story in card.stories:
        title = story.title or "story"
        found = ", ".join(story.sections) or "no sections"
        missing = f" (missing: {', '.join(story.missing_sections)})" if story.missing_sections else ""
        lines.append(f"    {title}: {found}{missing}")
    return lines
