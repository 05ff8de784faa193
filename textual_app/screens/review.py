"""The review screen: the question, tell your story against the clock, reveal your notes, rate."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.reactive import var
from textual.screen import Screen

from scheduler.presence import ReviewPresence
from scheduler.reviews import StaleCard
from scheduler.vocabulary import Rating
from textual_app.highlight import highlighted
from textual_app.reveal import reveal_hint, reveal_steps
from textual_app.screens.card_actions import CARD_ACTION_BINDINGS, CardActions, NoteEditor
from textual_app.screens.review_parts import (
    OTHER_SESSION,
    STALE,
    context_line,
    interview_line,
    open_step_below,
    step_notices_aside,
    steps_into_view,
)
from textual_app.widgets.answer_view import AnswerView
from textual_app.widgets.backdrop import Backdrop
from textual_app.widgets.card_controls import CardControls
from textual_app.widgets.card_scroll import CardScroll
from textual_app.widgets.lean_footer import LeanFooter
from textual_app.widgets.line import Line
from textual_app.widgets.question_body import QuestionBody
from textual_app.widgets.review_bar import ReviewBar

if TYPE_CHECKING:
    from scheduler.cards import ReviewCard
    from scheduler.surface import Session

PROMPT = "Tell your story out loud, then press {reveal} to check it against your notes."
"""The prompt under a question whose answer tells a story."""
WORDS_PROMPT = "Answer out loud, then press {reveal} to check it against your notes."
"""The prompt under a question answered in words (`Why this company?`, `What is a CDN?`): no story in its notes. Each
prompt shows under the question until the first reveal; `{reveal}` is the reveal key."""
LEECH = "Leech: this card keeps slipping. Press {edit} to rewrite it in your notes"
"""Above a leech; `{edit}` is the edit key. A review goes on with `LEECH_REVIEW`, practice ends it with a full stop."""
LEECH_REVIEW = ", {bury} to bury it, {suspend} to suspend it."
"""The rest of the leech warning in a review, where bury and suspend apply."""


class ReviewScreen(Backdrop, CardActions, Screen[None]):
    """Shows one card at a time from a review or practice session and forwards ratings to it."""

    BINDINGS = [
        Binding("space,enter", "reveal", "Reveal", tooltip="Reveal the next part of the answer", id="reveal"),
        Binding("a", "reveal_all", "Reveal all", tooltip="Reveal the whole answer at once", id="reveal-all"),
        *[
            Binding(
                str(int(rating)),
                f"rate({int(rating)})",
                rating.label,
                tooltip=f"Rate your recall: {rating.label}",
                id=f"rate-{int(rating)}",
                show=False,  # each button names its key: the footer fits 80 columns
            )
            for rating in Rating
        ],
        *CARD_ACTION_BINDINGS,
        Binding("escape,q", "leave", "Stop", tooltip="Stop and see the summary", id="stop"),
    ]

    shown: var[int] = var(0, bindings=True)
    """How many steps of the current answer are revealed (0: only the question)."""

    def __init__(self, session: Session, now: Callable[[], datetime], edit_note: NoteEditor) -> None:
        """Show the cards of `session` (a review or a practice drill); `now` is the app's clock."""
        from textual_app.lifecycle import size_classes

        classes = size_classes(self.app) | ({"-practice"} if session.practice else set())
        super().__init__(session, edit_note, id="review", classes=" ".join(sorted(classes)))
        self._now = now
        self._presence: ReviewPresence | None = None
        self._unplaced: tuple[int, int] | None = None
        """The steps revealed last, when they were not laid out yet to bring into view."""

    @property
    def revealed(self) -> bool:
        """Whether any of the answer is showing."""
        return self.shown > 0

    def compose(self) -> ComposeResult:
        """Top bar, the leech warning, the card, the hint and the buttons under it, the footer."""
        yield ReviewBar(self._now, practice=self.session.practice, id="review-bar")
        yield Line("", id="leech", markup=False)
        with CardScroll(id="card"):
            yield Line("", id="question", markup=False)
            yield QuestionBody(id="question-body")
            yield Line("", id="phrasings", markup=False)
            yield Line("", id="prompt", markup=False)
            yield AnswerView(id="answer")
            yield Line("", id="interview", markup=False)
        yield CardControls(id="controls")
        yield LeanFooter()

    def on_mount(self) -> None:
        """Show the first card (or the summary); say if another review holds the database; keep the hint true."""
        card = self.part("#card", VerticalScroll)
        self.watch(card, "scroll_y", self._show_hint, init=False)
        self.watch(card, "virtual_size", self._laid_out, init=False)  # Markdown is laid out after the reveal
        if not self.session.practice:
            self._presence = ReviewPresence(self.app.store.path)  # type: ignore[attr-defined]
            if not self._presence.claim():
                self.notify(OTHER_SESSION, severity="warning", markup=False, timeout=10)
        self._show(self.session.current)

    def on_unmount(self) -> None:
        """The review is over: another session may claim the database."""
        if self._presence is not None:
            self._presence.release()

    def on_resize(self) -> None:
        """The width class may have changed: relabel the action buttons to fit."""
        if self.card is not None:
            self.sync_buttons()

    def _show(self, card: ReviewCard | None, *, keep_shown: bool = False) -> None:
        """Put `card` on screen, its answer hidden (or as far revealed as before, after an edit)."""
        if card is None:
            self._finish()
            return
        from deck.display import answer_markdown, question_body_markdown

        self.card = card
        steps = reveal_steps(card.content, answer_markdown(card.content))
        shown = min(self.shown, len(steps)) if keep_shown else 0
        self.part("#leech").display = card.leech
        bar = self.part(ReviewBar)
        bar.context = context_line(card)
        self.part("#question", Line).show(highlighted(card.asked, card.content.key_phrases))
        self.part(QuestionBody).show(question_body_markdown(card.content))
        self.part("#answer", AnswerView).load(steps, card.content.key_phrases, shown, card.content.notes)
        if not keep_shown:
            bar.restart(card.target_seconds)
            self.part("#card", VerticalScroll).scroll_home(animate=False)
        self.set_reactive(ReviewScreen.shown, shown)
        self._word_key_hints()
        self.watch_shown(shown)
        self.refresh_bindings()
        self._show_progress()

    def _word_key_hints(self) -> None:
        """The prompt and the leech warning, naming the keys the user's keymap gives those actions."""
        keys = {action: self.key_of(action) for action in ("reveal", "edit", "bury", "suspend")}
        leech = LEECH + ("." if self.session.practice else LEECH_REVIEW)
        told = self.card is None or bool(self.card.content.stories)  # (no question's wording read: first paint)
        self.part("#prompt", Line).show((PROMPT if told else WORDS_PROMPT).format_map(keys))
        self.part("#leech", Line).show(leech.format_map(keys))
        self.part(CardControls).keys = {rating: self.key_of(f"rate({int(rating)})") for rating in Rating}

    def _show_progress(self) -> None:
        """`done · left` in the top bar."""
        done, left = self.session.done, self.session.left
        self.part(ReviewBar).progress = f"{done} done · {left} left"

    def watch_shown(self, shown: int) -> None:
        """Show what goes with the answer once any of it is revealed; say what is still hidden."""
        # `display`, not a class: a class restyles the widget and all within it, a frame's work
        self.part("#prompt").display = shown == 0
        self.part(CardControls).ratings_shown = shown > 0
        card = self.card
        if card is None:
            return
        answer = self.part("#answer", AnswerView)
        answer.shown = shown
        also = "also asked as: " + " / ".join(card.also_asked) if card.also_asked else ""
        interview = interview_line(card)
        if shown:  # hidden, they keep their old words: changing them costs a refresh nobody sees
            self.part("#phrasings", Line).show(highlighted(also, card.content.key_phrases))
            self.part("#interview", Line).show(interview)
        self.part("#phrasings").display = shown > 0 and bool(also)
        self.part("#interview").display = shown > 0 and bool(interview)
        self._show_hint()
        self.sync_buttons()
        if shown:
            step_notices_aside(self)

    def _show_hint(self) -> None:
        """The line under the card: what is still hidden (the keys as mapped), or that there is more below."""
        answer = self.part("#answer", AnswerView)
        card = self.part("#card", VerticalScroll)
        keys = {"reveal": self.key_of("reveal"), "reveal_all": self.key_of("reveal_all"), "width": self.size.width - 4}
        below = card.scroll_y < card.max_scroll_y
        open_below = below and 0 < answer.shown < len(answer.steps) and open_step_below(answer, card)
        hint = reveal_hint(answer.steps, answer.shown, more_below=below, open_below=open_below, **keys)
        self.part(CardControls).show_hint(hint)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Only the keys that apply now: reveal while something is hidden (greyed out once all shows, so that
        the footer keeps its keys from card to card), ratings once anything shows."""
        if action in ("reveal", "reveal_all"):
            if self.card is None:
                return False
            return True if self.shown < len(self.part("#answer", AnswerView).steps) else None
        if action == "rate":
            return self.card is not None and self.shown > 0
        return self.check_card_action(action)

    def action_reveal(self) -> None:
        """Reveal the next STAR section (or the whole of any other answer)."""
        self._reveal_to(self.shown + 1)

    def action_reveal_all(self) -> None:
        """Reveal the whole answer at once."""
        self._reveal_to(len(self.part("#answer", AnswerView).steps))

    def _reveal_to(self, shown: int) -> None:
        """Reveal up to `shown` steps; the first reveal stops the clock and shows the intervals."""
        total = len(self.part("#answer", AnswerView).steps)
        if self.card is None or self.shown >= total:
            return
        if self.shown == 0:
            self.part(ReviewBar).stop()
            self.part(CardControls).intervals = dict(self.session.intervals())
        before, self.shown = self.shown, min(shown, total)
        self.call_after_refresh(self._bring_into_view, before, self.shown)

    def _bring_into_view(self, start: int, stop: int) -> None:
        """Scroll so the steps just revealed are in view (`steps_into_view`), or once they are laid out."""
        placed = steps_into_view(self.part("#card", VerticalScroll), self.part("#answer", AnswerView), start, stop)
        self._unplaced = None if placed else (start, stop)
        self.call_after_refresh(self._show_hint)  # (once the scroll has moved what is on screen)

    def _laid_out(self) -> None:
        """The card's content changed size: steps revealed before they were laid out are brought into view now."""
        if self._unplaced is not None and self._unplaced[1] == self.shown:
            self._bring_into_view(*self._unplaced)
        self._show_hint()

    def action_rate(self, number: int) -> None:
        """Record the rating (committed before anything else happens), then go on."""
        if not self.revealed:
            return
        elapsed = self.part(ReviewBar).elapsed_ms
        try:
            self.session.rate(Rating(number), elapsed)
        except sqlite3.Error as error:
            self.notify(f"Could not save the rating: {error}. Try again.", severity="error", markup=False)
            return
        except StaleCard:
            self._show_changed_card()
            return
        self._show(self.session.current)

    def _show_changed_card(self) -> None:
        """The card was rated elsewhere since it was shown: nothing saved; new intervals, and the user told."""
        self.notify(STALE, severity="warning", markup=False, timeout=10)
        card = self.session.current
        if card is None or self.card is None or card.id != self.card.id:
            self._show(card)
            return
        self.card = card
        self.part(CardControls).intervals = dict(self.session.intervals())

    def action_leave(self) -> None:
        """Stop: the summary if anything was done, else straight back to the decks."""
        if self.session.done:
            self._finish()
        else:
            self.dismiss()

    def _finish(self) -> None:
        """Show the summary; it may send us back to undo the last action."""
        from textual_app.screens.summary import SummaryScreen

        summary = SummaryScreen(
            self.session.summary(),
            self._now(),
            left=self.session.left,
            stopped=self.session.current is not None,
            can_undo=self.session.can_undo,
            practice=self.session.practice,
        )
        self.app.push_screen(summary, self._after_summary)

    def _after_summary(self, undo: bool | None) -> None:
        """Undo from the summary returns to the card; otherwise leave the review."""
        if undo and self.session.can_undo:
            self._show(self.session.undo())
        else:
            self.dismiss()

    def show_card(self, card: ReviewCard | None, *, keep_shown: bool = False) -> None:
        """Show `card` (for the card actions: after undo, bury, suspend or an edit)."""
        self._show(card, keep_shown=keep_shown)
