"""The summary at the end of a review: how it went and when to come back."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Vertical
from textual.screen import Screen
from textual.widgets import Static

from deck.text import sanitize
from textual_app.format import day_offer, duration, moment
from textual_app.widgets.lean_footer import LeanFooter

if TYPE_CHECKING:
    from scheduler.surface import SessionSummary


class SummaryScreen(Screen[bool]):
    """Cards reviewed, how many Again, time spent, next due. Dismisses with True to undo."""

    STYLESHEET = "dialogs.tcss"
    """Its rules, read when it is first shown (`textual_app.stylesheets`)."""

    BINDINGS = [
        Binding("enter,escape", "back", "Decks", tooltip="Back to the deck list", id="back"),
        Binding("u,ctrl+z", "undo", "Undo", tooltip="Take back the last rating", id="undo"),
        Binding("q", "app.quit", "Quit", tooltip="Quit starcards", id="quit"),
    ]

    def __init__(
        self,
        summary: SessionSummary,
        now: datetime,
        *,
        left: int,
        stopped: bool,
        can_undo: bool,
        practice: bool = False,
    ) -> None:
        """Show `summary` relative to `now`; `left` cards are still due today, `stopped` early or not."""
        super().__init__(id="summary")
        self.practice = practice
        self.summary = summary
        self.now = now
        self.left = left
        self.stopped = stopped
        self.can_undo = can_undo

    def compose(self) -> ComposeResult:
        """A centred panel of a few lines."""
        with Center(), Vertical(id="summary-panel"):
            yield Static(self._title(), id="summary-title", markup=False)
            yield Static(self._body(), id="summary-body", markup=False)
        yield LeanFooter()

    def _title(self) -> str:
        """What happened, in a few words (and to which cards the review kept: `(in Amazon/Ownership.md)`)."""
        kept = self.summary.kept
        return f"{self._outcome()} ({sanitize(kept)})" if kept and not self.practice else self._outcome()

    def _outcome(self) -> str:
        """What happened, in a few words."""
        cards = "card" if self.left == 1 else "cards"
        if self.practice:
            left = f" with {self.left} {cards} left" if self.left and self.stopped else ""
            return f"Practice over{left}: the schedule is untouched"
        if self.left and self.stopped:
            return f"Stopped with {self.left} {cards} still due today"
        if self.left:
            return f"Done for now: {self.left} {cards} come back later today"
        if self.summary.reviewed == 0:
            return "Nothing to review right now"
        return "All done for today"

    def _body(self) -> str:
        """The numbers."""
        s = self.summary
        lines = []
        if s.reviewed:
            cards = "card" if s.card_count == 1 else "cards"
            ratings = f" ({s.reviewed} ratings)" if s.reviewed != s.card_count else ""
            lines += [
                f"{'Practised' if self.practice else 'Reviewed':<13}{s.card_count} {cards}{ratings}",
                f"Again        {s.again}",
                f"Time spent   {duration(s.seconds)}",
            ]
        if not self.practice:
            lines.append(f"Next card    {self._next_due()}")
        return "\n".join(lines)

    def _next_due(self) -> str:
        """When the next card is due: now when stopped with cards still due (`next_due` counts only later ones)."""
        if self.left and self.stopped:
            return "now"
        when = self.summary.next_due
        if when is None:
            return "nothing scheduled"
        from scheduler.next_card import starts_a_day
        from scheduler.rules import Rules

        day_starts_at = self.app.settings.day_starts_at  # type: ignore[attr-defined]
        if starts_a_day(when, Rules(day_starts_at=day_starts_at)):  # a day's reviews or new cards
            return day_offer(when, self.now, day_starts_at)
        return moment(when, self.now)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Undo only shows when there is a rating to take back."""
        return self.can_undo if action == "undo" else True

    def action_back(self) -> None:
        """Back to the deck list."""
        self.dismiss(False)

    def action_undo(self) -> None:
        """Back to the last card, its rating taken back."""
        self.dismiss(True)
