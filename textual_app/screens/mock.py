"""The mock interview screen: questions one after another, no notes while you answer.

Each question goes through four steps, each a CSS class on the screen: `-asking` (the
question and the running clock), `-story` (which of the card's stories you told),
`-rating` (how it went) and `-after` (a follow-up an interviewer might ask, and your notes
if you want to look). The report follows the last answer, or comes at once on `escape`.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Literal

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import HorizontalGroup, VerticalScroll
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from scheduler.vocabulary import Rating
from textual_app.mock_text import story_shown
from textual_app.screens.mock_report import MockReportScreen
from textual_app.widgets.answer_view import AnswerView
from textual_app.widgets.lean_footer import LeanFooter
from textual_app.widgets.rating_bar import RatingBar
from textual_app.widgets.recall_clock import RecallClock

if TYPE_CHECKING:
    from scheduler.mock import MockInterview, MockQuestion

Step = Literal["asking", "story", "rating", "after"]
"""Where the current question is."""

TITLE = "Mock interview — the schedule is untouched"
"""The top bar's title where there is room for it beside the progress and the clock."""
SHORT_TITLE = "Mock interview"
"""The title on a narrow terminal."""
BESIDE_TITLE = 32
"""Columns the progress (`question 10 of 10`, padded) and the clock (`10:00 / 10:00`) take beside the title."""

NONE_TOLD = "none of my stories"
"""The last choice of the story list: the answer told none of the card's stories."""

PROMPTS: dict[Step, str] = {
    "asking": "Answer out loud, as you would in the interview. Press {next} when you have finished.",
    "story": "Which story did you tell? (arrows and enter, or click)",
    "rating": "How did it go? Rate your answer.",
    "after": "Press {notes} to look at your notes, {next} for the next question.",
}
"""Each step's prompt; `{next}` and `{notes}` are filled with the keys the user's keymap gives them."""


class MockScreen(Screen[None]):
    """Asks the questions of a `MockInterview`; the schedule is never touched."""

    STYLESHEET = "interview.tcss"
    """Its rules, read when it is first shown (`textual_app.stylesheets`)."""

    BINDINGS = [
        Binding(
            "space,enter", "next", "Next", tooltip="Finish this answer, or go to the next question", id="mock-next"
        ),
        *[
            Binding(
                str(int(rating)),
                f"rate({int(rating)})",
                rating.label,
                tooltip=f"Rate your answer: {rating.label}",
                id=f"mock-rate-{int(rating)}",
            )
            for rating in Rating
        ],
        Binding("n", "notes", "Notes", tooltip="Look at your notes for this question", id="mock-notes"),
        Binding("escape,q", "end", "End", tooltip="End the mock and see the report", id="mock-end"),
    ]

    step: var[Step] = var("asking", bindings=True)

    def __init__(self, mock: MockInterview) -> None:
        """Run `mock`."""
        super().__init__(id="mock", classes="-asking")
        self.mock = mock
        self._story: str | None = None
        self._elapsed_ms = 0

    def compose(self) -> ComposeResult:
        """Top bar with the clock, the question, the step's prompt and controls, the footer."""
        with HorizontalGroup(id="mock-bar"):
            yield Static(TITLE, id="mock-title", markup=False)
            yield Static("", id="mock-progress", markup=False)
            yield RecallClock(self.app.clock.now, id="mock-clock")  # type: ignore[attr-defined]
        with VerticalScroll(id="mock-card"):
            yield Static("", id="mock-question", markup=False)
            yield Static("", id="mock-follow-up", markup=False)
            yield Static("", id="mock-prompt", markup=False)
            yield OptionList(id="mock-stories", markup=False)
            yield AnswerView(id="mock-notes")
        yield RatingBar(id="mock-ratings")
        yield LeanFooter()

    def on_resize(self) -> None:
        """The whole title where it fits beside the progress and the clock, else the short one."""
        fits = self.size.width >= len(TITLE) + BESIDE_TITLE
        self.query_one("#mock-title", Static).update(TITLE if fits else SHORT_TITLE)

    def on_mount(self) -> None:
        """Name the rating keys, then ask the first question (or report at once when there is none)."""
        keys = self._keys()
        self.query_one("#mock-ratings", RatingBar).keys = {rating: keys[f"rate({int(rating)})"] for rating in Rating}
        self._ask(self.mock.current)

    def _keys(self) -> dict[str, str]:
        """For each action bound here, the first of its keys as the footer shows it (the keymap applied)."""
        from textual_app.bound_keys import action_keys

        return action_keys(self)

    def _ask(self, question: MockQuestion | None) -> None:
        """Put `question` on screen with the clock running, or end the mock."""
        if question is None:
            self.action_end()
            return
        total = len(self.mock.questions)
        self.query_one("#mock-progress", Static).update(f"question {self.mock.position + 1} of {total}")
        self.query_one("#mock-question", Static).update(question.asked)
        self.query_one("#mock-follow-up", Static).update(
            f"Follow-up: {question.follow_up}" if question.follow_up else ""
        )
        self.query_one("#mock-notes", AnswerView).load([], [])
        self.query_one("#mock-notes").display = False
        self.query_one("#mock-clock", RecallClock).restart(self.mock.target_seconds)
        self._story = None
        self.step = "asking"

    def watch_step(self, step: Step) -> None:
        """Show what belongs to the step (CSS decides by the screen's class)."""
        for name in PROMPTS:
            self.set_class(name == step, f"-{name}")
        keys = self._keys()
        self.query_one("#mock-prompt", Static).update(PROMPTS[step].format(next=keys["next"], notes=keys["notes"]))
        if step == "story":
            stories = self.query_one("#mock-stories", OptionList)
            stories.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Only the keys of the current step."""
        if action == "next":
            return self.step in ("asking", "after")
        if action == "rate":
            return self.step == "rating"
        if action == "notes":
            return self.step == "after"
        return True

    def action_next(self) -> None:
        """Done answering (stop the clock, ask for the story), or on to the next question."""
        if self.step == "asking":
            clock = self.query_one("#mock-clock", RecallClock)
            clock.stop()
            self._elapsed_ms = clock.elapsed_ms
            self._choose_story()
        elif self.step == "after":
            self._ask(self.mock.current)

    def _choose_story(self) -> None:
        """List the card's stories to choose from; a card without stories goes straight to rating."""
        question = self.mock.current
        if question is None or not question.stories:
            self.step = "rating"
            return
        stories = self.query_one("#mock-stories", OptionList)
        stories.clear_options()
        shown = [Option(story_shown(title, question.asked), id=title) for title in dict.fromkeys(question.stories)]
        stories.add_options([*shown, Option(NONE_TOLD)])
        stories.highlighted = 0
        self.step = "story"

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """The story told was chosen: now the rating."""
        event.stop()
        self._story = event.option.id  # the story's label (None for "none of my stories")
        self.step = "rating"

    def action_rate(self, number: int) -> None:
        """Record the answer (committed at once); then the follow-up and the notes."""
        if self.step != "rating":
            return
        try:
            self.mock.answer(self._story, Rating(number), self._elapsed_ms, self.app.clock.now())  # type: ignore[attr-defined]
        except sqlite3.Error as error:
            self.notify(f"Could not save the answer: {error}. Try again.", severity="error", markup=False)
            return
        self.step = "after"

    def on_rating_bar_rated(self, message: RatingBar.Rated) -> None:
        """A click on a rating button counts as its key."""
        self.action_rate(message.rating)

    def action_notes(self) -> None:
        """Show the whole answer from the notes of the question just answered."""
        from deck.display import answer_markdown
        from scheduler.cards import CardLoader
        from scheduler.store import StoreError
        from textual_app.reveal import reveal_steps

        answered = self.mock.questions[self.mock.position - 1]
        app = self.app
        try:
            card = CardLoader(app.store, app.settings, app.clock).load(answered.card_id).content  # type: ignore[attr-defined]
        except StoreError:
            self.notify("This card is gone from the database.", markup=False)
            return

        steps = reveal_steps(card, answer_markdown(card))
        notes = self.query_one("#mock-notes", AnswerView)
        notes.load(steps, card.key_phrases, len(steps), card.notes)
        notes.display = True
        self.query_one("#mock-card", VerticalScroll).focus()  # page keys and arrows scroll a long answer at once

    def action_end(self) -> None:
        """End the mock: the report of what was answered, or straight back when nothing was."""
        mock_id = self.mock.finish(self.app.clock.now())  # type: ignore[attr-defined]
        if mock_id is None:
            self.dismiss()
            return
        self.app.switch_screen(MockReportScreen(mock_id))
