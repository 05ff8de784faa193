"""The answer, revealed step by step: a STAR section at a time, or a whole non-STAR answer at once."""

from __future__ import annotations

from collections.abc import Sequence

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


class _Slot:
    """The widgets of one STAR step, kept from card to card: its story's title, the story's intro, the section's row."""

    def __init__(self) -> None:
        """Empty widgets, filled by `AnswerView.load`."""
        self.title = Static("", classes="story-title")
        self.intro = Static("", classes="story-intro")
        self.label = Static("", classes="step-label", markup=False)
        self.text = Static("", classes="step-text")
        hidden = Static(HIDDEN, classes="step-hidden-note", markup=False)
        self.row = HorizontalGroup(self.label, self.text, hidden, classes="step")

    @property
    def widgets(self) -> tuple[Widget, Widget, Widget]:
        """The title, the intro and the row, in the order they show."""
        return self.title, self.intro, self.row


class AnswerView(VerticalGroup):
    """Shows the first `shown` steps of an answer; the rest stay as dim placeholders.

    Set the answer with `load()`, then move `shown` forward. A non-STAR answer is one
    step, rendered as Markdown. A story's intro shows with its first section; the
    answer's notes once every step is revealed. Rows carry the `-hidden` class until
    revealed; the stylesheet decides what a hidden row looks like.

    The widgets are kept from card to card and filled anew (mounting new ones for each
    card cost most of a frame): one `_Slot` per STAR step, more mounted when a card has
    more steps, the unused ones not displayed; one Markdown widget for other answers.
    """

    shown: reactive[int] = reactive(0, init=False)
    """How many steps are revealed."""

    def __init__(self, *, id: str | None = None) -> None:
        """An empty answer until `load()`."""
        super().__init__(id=id)
        self.steps: list[Step] = []
        self.key_phrases: list[KeyPhrase] = []
        self.notes = ""
        self._slots: list[_Slot] = []
        self._hidden_answer = Static(f"Answer {HIDDEN}", classes="answer-hidden-note", markup=False)
        self._markdown: Widget | None = None
        self._notes_text = Static("", classes="notes-text")
        self._notes = VerticalGroup(
            Static(NOTES_LABEL, classes="notes-label", markup=False), self._notes_text, classes="answer-notes"
        )

    def compose(self) -> ComposeResult:
        """The placeholder of a non-STAR answer and the notes' block; `load()` adds the rest."""
        yield self._hidden_answer
        yield self._notes

    def load(self, steps: Sequence[Step], key_phrases: Sequence[KeyPhrase], shown: int = 0, notes: str = "") -> None:
        """Show a new answer with `shown` steps revealed; `notes` (STAR answers only) after the last."""
        self.steps = list(steps)
        self.key_phrases = list(key_phrases)
        star = is_star(self.steps)
        self.notes = notes if star else ""
        self.set_reactive(AnswerView.shown, shown)
        if self.steps and not star:
            self._load_markdown(self.steps[0].text)
        elif self._markdown is not None:
            _use(self._markdown, False)
        self._load_slots(self.steps if star else [])
        _use(self._notes, bool(self.notes))
        self._notes_text.update(highlighted(self.notes, self.key_phrases))
        self.watch_shown()

    def _load_markdown(self, text: str) -> None:
        """Show the Markdown of a non-STAR answer (the widget is made for the first such answer, then reused)."""
        if self._markdown is None:
            self._markdown = _markdown(text, "answer-markdown")
            self.mount(self._markdown, after=self._hidden_answer)
            return
        self._markdown.update(text)  # type: ignore[attr-defined]
        _use(self._markdown, True)

    def _load_slots(self, steps: list[Step]) -> None:
        """Fill a slot per STAR step (mounting more if need be); the slots left over are not displayed."""
        while len(self._slots) < len(steps):
            slot = _Slot()
            self._slots.append(slot)
            self.mount(*slot.widgets, before=self._notes)
        titled = self._has_titles()
        for index, slot in enumerate(self._slots):
            used = index < len(steps)
            step = steps[index] if used else None
            _use(slot.row, used)
            _use(slot.title, used and titled and self._starts_story(index))
            _use(slot.intro, bool(step and step.intro))
            slot.label.update(step.label if step else "")
            slot.text.update(highlighted(step.text, self.key_phrases) if step else "")
            slot.intro.update(highlighted(step.intro, self.key_phrases) if step and step.intro else "")

    @property
    def next_step(self) -> Step | None:
        """The step the next reveal shows, if any is left."""
        return self.steps[self.shown] if self.shown < len(self.steps) else None

    def step_widgets(self, start: int, stop: int) -> list[Widget]:
        """What shows steps `start` to `stop - 1`: their rows, story titles and intros; the notes after the last."""
        if not is_star(self.steps):
            return [self._markdown] if self._markdown is not None and start < 1 <= stop else []
        found = [
            widget
            for slot in self._slots[start:stop]
            for widget in slot.widgets
            if not widget.styles.inline.has_rule("display")
        ]
        return found + ([self._notes] if self.notes and stop >= len(self.steps) else [])

    def watch_shown(self) -> None:
        """Reveal the rows up to `shown`, and the titles of the stories begun."""
        # not a class on the view, which would restyle every row in it: the placeholder is simply not displayed
        _use(self._hidden_answer, not is_star(self.steps) and self.shown == 0)
        if self._markdown is not None:
            self._markdown.set_class(self.shown < 1, "-hidden")
        for index, slot in enumerate(self._slots[: len(self.steps) if is_star(self.steps) else 0]):
            slot.row.set_class(index >= self.shown, "-hidden")
            slot.intro.set_class(index >= self.shown, "-hidden")
            if self._starts_story(index):
                slot.title.update(self._story_title(index))
        self._notes.set_class(self.shown < len(self.steps), "-hidden")

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


def _use(widget: Widget, used: bool) -> None:
    """Display `widget` as the stylesheet says (used) or not at all (unused); nothing if it already is so."""
    unused = widget.styles.inline.has_rule("display")
    if used and unused:
        widget.styles.clear_rule("display")
    elif not used and not unused:
        widget.styles.display = "none"
