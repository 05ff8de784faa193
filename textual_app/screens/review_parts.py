"""Pieces of the review screen: its action buttons, and the lines it words from a card."""

from __future__ import annotations

from typing import TYPE_CHECKING

from deck.controls import sanitize

if TYPE_CHECKING:
    from scheduler.session import ReviewCard

ACTION_BUTTONS: tuple[tuple[str, str, str], ...] = (
    ("reveal", "Reveal", "Reveal the next part of the answer"),
    ("reveal_all", "Reveal all", "Reveal the whole answer"),
    ("bury", "Bury", "Hide this card until tomorrow"),
    ("suspend", "Suspend", "Take this card out of reviews until you unsuspend it"),
    ("edit", "Edit", "Open the note at this card in your editor"),
    ("undo", "Undo", "Take back the last rating, bury or suspend"),
)
"""The mouse's way to every card action (`CardControls` draws them): the screen action, the label and the
tooltip."""


def context_line(card: ReviewCard) -> tuple[str, ...]:
    """`Deck › Heading › Sub-heading · note.md:12` (without repeating a deck named like its note), then shorter forms
    for a narrower bar, the nearest heading kept longest: `Deck › … › Sub-heading · note.md:12`, `Sub-heading ·
    note.md:12`, `Sub-heading`."""
    headings = [part for part in card.content.context if part != card.deck]
    where = f"{sanitize(card.content.file)}:{card.content.line}"
    forms = [f"{' › '.join([card.deck, *headings])} · {where}"]
    if len(headings) > 1:
        forms.append(f"{card.deck} › … › {headings[-1]} · {where}")
    forms += [f"{headings[-1]} · {where}", headings[-1]] if headings else [where]
    return tuple(forms)


def interview_line(card: ReviewCard) -> str:
    """`Predicted recall on interview day (Thu 12 Mar): 84%`, when the deck has an interview date."""
    if card.interview_date is None or card.recall_on_interview is None:
        return ""
    day = card.interview_date.strftime("%a %d %b")
    return f"Predicted recall on interview day ({day}): {card.recall_on_interview:.0%}"
