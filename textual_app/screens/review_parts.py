"""Pieces of the review screen: its action buttons, the lines it words from a card, what it hides or says of what
is below."""

from __future__ import annotations

from typing import TYPE_CHECKING

from deck.controls import sanitize
from textual_app.widgets.scroll_into_view import scroll_into_view, taller_than_view

if TYPE_CHECKING:
    from textual.screen import Screen
    from textual.widget import Widget

    from scheduler.session import ReviewCard
    from textual_app.widgets.answer_view import AnswerView

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


OTHER_SESSION = (
    "Another starcards review is open on this database. "
    "Each rating is checked against the database before it is saved."
)
"""Said when a review starts while another one holds the database (`scheduler.presence`)."""
STALE = (
    "Not saved: this card was rated in another starcards window since it was shown. "
    "The buttons now show its new intervals; rate again."
)
"""Said instead of committing a rating whose preview came from an older state of the card."""

def context_line(card: ReviewCard) -> tuple[str, ...]:
    """`Deck › Heading › Sub-heading · note.md:12` (without repeating a deck named like its note), then shorter forms
    for a narrower bar, the nearest heading kept longest: `Deck › … › Sub-heading · note.md:12`, `Sub-heading ·
    note.md:12`, `Sub-heading`. A heading that only says the card's question again (a note titled with its one
    question) is left out: the question shows right under the bar."""
    asked = _folded(card.content.question)
    headings = [part for part in card.content.context if part != card.deck and _folded(part) != asked]
    where = f"{sanitize(card.content.file)}:{card.content.line}"
    forms = [f"{' › '.join([card.deck, *headings])} · {where}"]
    if len(headings) > 1:
        forms.append(f"{card.deck} › … › {headings[-1]} · {where}")
    forms += [f"{headings[-1]} · {where}", headings[-1]] if headings else [where]
    return tuple(forms)


def _folded(text: str) -> str:
    """`text` compared loosely: case and spacing aside."""
    return " ".join(text.split()).casefold()


def interview_line(card: ReviewCard) -> str:
    """`Predicted recall on interview day (Thu 12 Mar): 84%`, when the deck has an interview date."""
    if card.interview_date is None or card.recall_on_interview is None:
        return ""
    day = card.interview_date.strftime("%a %d %b")
    return f"Predicted recall on interview day ({day}): {card.recall_on_interview:.0%}"


def step_notices_aside(screen: Screen[object]) -> None:
    """Hide the information notices showing on `screen` (a sync's counts): read while the question showed, they would
    cover the answer. Warnings and errors stay, and a notice posted from now on shows."""
    for toast in screen.query("Toast.-information"):
        if toast.parent is not None and toast.parent.display:
            toast.parent.display = False


def open_step_below(answer: AnswerView, card: Widget) -> bool:
    """Whether the section revealed last runs on below the card's bottom edge (it is taller than the card)."""
    regions = answer.step_regions(answer.shown - 1, answer.shown)
    return bool(regions) and max(region.bottom for region in regions) > card.scrollable_content_region.bottom


def steps_into_view(card: Widget, answer: AnswerView, start: int, stop: int) -> bool:
    """Scroll `card` so the steps `start` to `stop - 1` just revealed are in view: one step wholly, several from the
    first at the top (from the question, several steps or one taller than the view: the card's top, the question in
    view). False when they are not laid out yet (a whole answer's Markdown is drawn after its reveal): nothing moved."""
    regions = answer.step_regions(start, stop)
    if regions and not any(region.height for region in regions):
        return False
    if start == 0 and (stop > 1 or taller_than_view(card, regions)):  # the question stays in view above them
        card.scroll_home(animate=False, immediate=True)
    else:
        scroll_into_view(card, regions, top=stop - start > 1)
    return True
