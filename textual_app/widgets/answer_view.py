"""The answer, revealed step by step: a STAR section at a time, or a whole non-STAR answer at once."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from textual.app import ComposeResult
from textual.containers import HorizontalGroup, VerticalGroup
from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Static

from deck.models import KeyPhrase
from textual_app.highlight import highlighted
from textual_app.reveal import Step, is_star

HIDDEN = "▸ ···"
"""What stands in for a section not revealed yet."""
NOTES_LABEL = "Also in your note"
"""The heading of a STAR answer's notes (text in no story), shown once all is revealed."""


class AnswerView(VerticalGroup):
    """Shows the first `shown` steps of an answer; the rest stay as dim placeholders.

    Set the answer with `load()`, then move `shown` forward. A non-STAR answer is one
    step, rendered as Markdown. A story's intro shows with its first section; the
    answer's notes once every step is revealed. Rows carry the `-hidden` class until
    revealed; the stylesheet decides what a hidden row looks like.
    """

    shown: reactive[int] = reactive(0, init=False)
    """How many steps are revealed."""

    def __init__(self, *, id: str | None = None) -> None:
        """An empty answer until `load()`."""
        super().__init__(id=id)
        self.steps: list[Step] = []
        self.key_phrases: list[KeyPhrase] = []
        self.notes = ""
        self._parts: list[tuple[int, Widget]] = []

    def load(self, steps: Sequence[Step], key_phrases: Sequence[KeyPhrase], shown: int = 0, notes: str = "") -> None:
        """Show a new answer with `shown` steps revealed; `notes` (STAR answers only) after the last."""
        self.steps = list(steps)
        self.key_phrases = list(key_phrases)
        self.notes = notes if is_star(self.steps) else ""
        self.set_reactive(AnswerView.shown, shown)
        self.refresh(recompose=True)

    @property
    def next_step(self) -> Step | None:
        """The step the next reveal shows, if any is left."""
        return self.steps[self.shown] if self.shown < len(self.steps) else None

    def step_widgets(self, start: int, stop: int) -> list[Widget]:
        """What shows steps `start` to `stop - 1`: their rows, story titles and intros; the notes after the last."""
        last = len(self.steps) - 1
        return [widget for index, widget in self._parts if start <= index < stop or (index > last and stop > last)]

    def compose(self) -> ComposeResult:
        """One row per STAR section (with story titles), or the Markdown of a whole answer."""
        self.set_class(self.shown > 0, "-started")
        self._parts = list(self._build_parts())
        if not is_star(self.steps):
            yield Static(f"Answer {HIDDEN}", classes="answer-hidden-note", markup=False)
        for _index, widget in self._parts:
            yield widget

    def _build_parts(self) -> Iterator[tuple[int, Widget]]:
        """Each widget of the answer with the step it belongs to (the notes: one past the last step)."""
        if not is_star(self.steps):
            for step in self.steps:
                yield 0, _markdown(step.text, self._row_classes(0, "answer-markdown"))
            return
        for index, step in enumerate(self.steps):
            if self._starts_story(index) and self._has_titles():
                yield index, Static(self._story_title(index), classes="story-title")
            if step.intro:
                intro = highlighted(step.intro, self.key_phrases)
                yield index, Static(intro, classes=self._row_classes(index, "story-intro"))
            yield index, HorizontalGroup(
                Static(step.label, classes="step-label", markup=False),
                Static(highlighted(step.text, self.key_phrases), classes="step-text"),
                Static(HIDDEN, classes="step-hidden-note", markup=False),
                classes=self._row_classes(index, "step"),
            )
        if self.notes:
            notes = VerticalGroup(
                Static(NOTES_LABEL, classes="notes-label", markup=False),
                Static(highlighted(self.notes, self.key_phrases), classes="notes-text"),
                classes=self._row_classes(len(self.steps) - 1, "answer-notes"),
            )
            yield len(self.steps), notes

    def watch_shown(self) -> None:
        """Reveal the rows up to `shown`, and the titles of the stories begun."""
        self.set_class(self.shown > 0, "-started")
        for index, row in enumerate(self.query(".step, .answer-markdown")):
            row.set_class(index >= self.shown, "-hidden")
        intros = [index for index, step in enumerate(self.steps) if step.intro]
        for intro, index in zip(self.query(".story-intro"), intros, strict=False):
            intro.set_class(index >= self.shown, "-hidden")
        for notes in self.query(".answer-notes"):
            notes.set_class(self.shown < len(self.steps), "-hidden")
        starts = [index for index in range(len(self.steps)) if self._starts_story(index)]
        for title, index in zip(self.query(".story-title").results(Static), starts, strict=False):
            title.update(self._story_title(index))

    def _row_classes(self, index: int, kind: str) -> str:
        """A row's classes: its kind, and `-hidden` while not revealed."""
        return f"{kind} -hidden" if index >= self.shown else kind

    def _starts_story(self, index: int) -> bool:
        """Whether step `index` is the first section of its story."""
        return index == 0 or self.steps[index].story != self.steps[index - 1].story

    def _has_titles(self) -> bool:
        """Stories get a title line when there are several, or when the one story has a title."""
        return len({step.story for step in self.steps}) > 1 or any(step.story_title for step in self.steps)

    def _story_title(self, index: int) -> Content:
        """`Story 2 of 3: its title`; the title itself only once the story's first section shows."""
        step = self.steps[index]
        stories = len({other.story for other in self.steps})
        number = f"Story {step.story + 1} of {stories}" if stories > 1 else "Story"
        if step.story_title and index < self.shown:
            return Content.assemble((f"{number}: ", "bold"), (step.story_title, "bold"))
        return Content.styled(f"{number} {HIDDEN}" if index >= self.shown else number, "bold")


def _markdown(text: str, classes: str) -> Widget:
    """A Markdown widget, imported on first use: STAR answers (most cards) never need it."""
    from textual.widgets import Markdown

    return Markdown(text, classes=classes, open_links=False)
