"""The review screen: question, recall out loud, reveal the answer, rate it."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import HorizontalGroup, VerticalScroll
from textual.content import Content
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import Footer, Markdown, Static

from textual_app.screens.summary import SummaryScreen
from textual_app.widgets.rating_bar import RATINGS, RatingBar
from textual_app.widgets.recall_clock import RecallClock

if TYPE_CHECKING:
    from collections.abc import Sequence

    from deck.models import KeyPhrase
    from scheduler.session import ReviewCard, ReviewSession

PROMPT = "Tell your story out loud, then press space to see your notes."


class ReviewScreen(Screen[None]):
    """Shows one card at a time from a `ReviewSession` and forwards ratings to it."""

    BINDINGS = [
        Binding("space,enter", "reveal", "Show answer", tooltip="Reveal the answer from your notes", id="reveal"),
        *[
            Binding(str(number), f"rate({number})", name, tooltip=f"Rate your recall: {name}", id=f"rate-{number}")
            for number, name, _variant in RATINGS
        ],
        Binding("u,ctrl+z", "undo", "Undo", tooltip="Take back the last rating", id="undo"),
        Binding("escape,q", "leave", "Stop", tooltip="Stop reviewing and see the summary", id="stop"),
    ]

    revealed = var(False, toggle_class="-revealed", bindings=True)

    def __init__(self, session: ReviewSession) -> None:
        """Review the cards of `session`."""
        super().__init__(id="review")
        self.session = session

    def compose(self) -> ComposeResult:
        """Top bar, the card (question, then the hidden answer), the rating bar, the footer."""
        with HorizontalGroup(id="review-bar"):
            yield Static("", id="context", markup=False)
            yield Static("", id="progress", markup=False)
            yield RecallClock("", id="clock")
        with VerticalScroll(id="card"):
            yield Static("", id="question", markup=False)
            yield Static("", id="phrasings", markup=False)
            yield Static(PROMPT, id="prompt", markup=False)
            yield Markdown("", id="answer", open_links=False)
        yield RatingBar(id="ratings")
        yield Footer()

    def on_mount(self) -> None:
        """Show the first card, or the summary when nothing is due."""
        self._show(self.session.current)

    def _show(self, card: ReviewCard | None) -> None:
        """Put `card` on screen with its answer hidden; no card means the session is over."""
        if card is None:
            self._finish()
            return
        from deck.display import answer_markdown

        content = card.content
        self.revealed = False
        self.query_one("#context", Static).update(_context_line(card))
        self.query_one("#question", Static).update(highlighted(content.phrasings[0], content.key_phrases))
        others = content.phrasings[1:]
        also = "\n".join(f"or: {phrasing}" for phrasing in others)
        self.query_one("#phrasings", Static).update(highlighted(also, content.key_phrases))
        self.query_one("#phrasings").display = bool(others)
        self.query_one("#answer", Markdown).update(answer_markdown(content))
        self.query_one("#card", VerticalScroll).scroll_home(animate=False)
        self.query_one("#clock", RecallClock).restart()
        self._show_progress()

    def _show_progress(self) -> None:
        """`done · left` in the top bar."""
        done, left = self.session.done, self.session.left
        self.query_one("#progress", Static).update(f"{done} done · {left} left")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Only the keys that apply now: reveal before, ratings after, undo when there is one."""
        if action == "reveal":
            return not self.revealed and self.session.current is not None
        if action == "rate":
            return self.revealed
        if action == "undo":
            return self.session.can_undo
        return True

    def action_reveal(self) -> None:
        """Show the answer and what each rating would schedule."""
        self.query_one("#ratings", RatingBar).intervals = dict(self.session.intervals())
        self.revealed = True

    def action_rate(self, number: int) -> None:
        """Record the rating (committed before anything else happens), then go on."""
        if not self.revealed:
            return
        from scheduler.engine import Rating

        elapsed = self.query_one("#clock", RecallClock).elapsed_ms
        try:
            self.session.rate(Rating(number), elapsed)
        except sqlite3.Error as error:
            self.notify(f"Could not save the rating: {error}. Try again.", severity="error", markup=False)
            return
        self._show(self.session.current)

    def on_rating_bar_rated(self, message: RatingBar.Rated) -> None:
        """A click on a rating button counts as its key."""
        self.action_rate(message.rating)

    def action_undo(self) -> None:
        """Take back the last rating and show that card again."""
        if self.session.can_undo:
            self._show(self.session.undo())
            self.notify("Rating undone.", timeout=2)

    def action_leave(self) -> None:
        """Stop: the summary if anything was rated, else straight back to the decks."""
        if self.session.done:
            self._finish()
        else:
            self.dismiss()

    def _finish(self) -> None:
        """Show the summary; it may send us back to undo the last rating."""
        summary = SummaryScreen(
            self.session.summary(),
            self.app.clock.now(),  # type: ignore[attr-defined]
            left=self.session.left,
            stopped=self.session.current is not None,
            can_undo=self.session.can_undo,
        )
        self.app.push_screen(summary, self._after_summary)

    def _after_summary(self, undo: bool | None) -> None:
        """Undo from the summary returns to the card; otherwise leave the review."""
        if undo and self.session.can_undo:
            self._show(self.session.undo())
        else:
            self.dismiss()


def _context_line(card: ReviewCard) -> str:
    """`Deck › Heading · note.md:12`, without repeating a deck named like its note."""
    parts = [card.deck] + [part for part in card.content.context if part != card.deck]
    return f"{' › '.join(parts)} · {card.content.file}:{card.content.line}"


def highlighted(text: str, key_phrases: Sequence[KeyPhrase]) -> Content:
    """The question as plain text, its highlighted key phrases in their note colour."""
    content = Content(text)
    for phrase in key_phrases:
        colour = phrase.colour if phrase.colour and _is_hex(phrase.colour) else None
        style = f"bold on {colour}" if colour else "bold underline"
        start = text.find(phrase.text)
        while phrase.text and start >= 0:
            content = content.stylize(style, start, start + len(phrase.text))
            start = text.find(phrase.text, start + len(phrase.text))
    return content


def _is_hex(colour: str) -> bool:
    """`#rgb`, `#rrggbb` or `#rrggbbaa`: the only colours taken from notes into styles."""
    digits = colour.removeprefix("#")
    return colour.startswith("#") and len(digits) in (3, 6, 8) and all(c in "0123456789abcdefABCDEF" for c in digits)
