"""A STAR answer laid out as lines of text for one width: story titles, intros, one row per section, the notes.

The answer is drawn by one widget (`textual_app.widgets.answer_view`), not a widget per
row: this module decides what its lines say. Each section is a row with its label in a
column of `LABEL_WIDTH` cells and its text wrapped beside it, or a placeholder while it
is hidden (wider when the author's own label is longer, up to a third of the width: a
label longer still stands on its own line over its text). A story's title goes before its
first row when the answer has titles, its intro (indented under the text column) once that
row shows, the answer's notes after the last row once everything shows. Blank lines part
the blocks as the margins of the old one-widget-per-row layout did: a block's space above and below, the larger of two
neighbours' spaces between them. Text from notes stays plain text (`Content`, never markup).

Its records are named tuples (`deck.rows.row`): they compare and print as the frozen dataclasses
they were, and defining one costs a twentieth as much (this module is imported before the first paint).
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.style import Style

from deck.models import KeyPhrase
from deck.patterns import pattern
from deck.rows import row
from textual_app.hanging import wrap_hanging
from textual_app.highlight import highlighted
from textual_app.reveal import Step, is_star

LABEL_WIDTH = 12
"""Cells of the section label column for STAR's own labels (the intro is indented as far)."""
LABEL_GAP = 2
"""Blank cells at least between a label and its text."""
HIDDEN = "▸ ···"
"""What stands in for a section not revealed yet."""
NOTES_LABEL = "Also in your note"
"""The heading of a STAR answer's notes (text in no story), shown once all is revealed."""


_OWN_NUMBER = pattern(r"^(?i:story|example)[ \t]*#?\d{1,3}[ \t]*[:.)\u2013\u2014-][ \t]*")
"""A story title's own number (`Story 1: The API fight`), said already by `Story 1 of 2`."""

_PLAIN = Style()
"""No style at all (immutable, so one is shared)."""


@row
class AnswerStyles:
    """The look of each part of the answer (from the stylesheet's component classes)."""

    title: Style = _PLAIN
    intro: Style = _PLAIN
    label: Style = _PLAIN
    hidden_label: Style = _PLAIN
    placeholder: Style = _PLAIN
    notes_label: Style = _PLAIN


@row
class Answer:
    """What the answer shows: its steps, how many are revealed, its key phrases and its notes."""

    steps: Sequence[Step] = ()
    shown: int = 0
    key_phrases: Sequence[KeyPhrase] = ()
    notes: str = ""

    @property
    def star(self) -> bool:
        """Whether the steps are STAR sections (else one whole answer, drawn as Markdown elsewhere)."""
        return is_star(list(self.steps))

    def starts_story(self, index: int) -> bool:
        """Whether step `index` is the first section of its story."""
        return index == 0 or self.steps[index].story != self.steps[index - 1].story

    def titled(self) -> bool:
        """Stories get a title line when there are several, or when the one story has a title."""
        return len({step.story for step in self.steps}) > 1 or any(step.story_title for step in self.steps)

    def story_title(self, index: int) -> Content:
        """`Story 2 of 3: its title`; the title itself only once the story's first section shows."""
        step = self.steps[index]
        stories = len({other.story for other in self.steps})
        number = f"Story {step.story + 1} of {stories}" if stories > 1 else "Story"
        title = _OWN_NUMBER.sub("", step.story_title or "", count=1) or step.story_title  # (`Story 1: ...`: once)
        if title and index < self.shown:
            return Content.assemble((f"{number}: ", "bold"), (title, "bold"))
        return Content.styled(f"{number} {HIDDEN}" if index >= self.shown else number, "bold")


@row
class Line:
    """One line of the answer: pieces of text, and runs of blank cells (a count) where a column is left empty."""

    parts: tuple[Content | int, ...] = ()

    @property
    def plain(self) -> str:
        """The line's text, blank cells as spaces."""
        return "".join(" " * part if isinstance(part, int) else part.plain for part in self.parts)


BLANK = Line()
"""An empty line."""


@row
class _Block:
    """Some lines with the blank lines wanted above and below them; `step` is the step they belong to, if any."""

    lines: list[Line]
    above: int = 0
    below: int = 0
    step: int | None = None


@row
class AnswerLines:
    """The answer's lines at one width, and which lines each step (with its title and intro) takes."""

    lines: list[Line]
    step_lines: list[tuple[int, int]]
    """For each step, its first line and the line after its last."""
    notes_lines: tuple[int, int] | None
    """The notes' first line and the line after their last, when they show."""


def lay_out(answer: Answer, width: int, styles: AnswerStyles) -> AnswerLines:
    """The lines of `answer` at `width` cells: a STAR answer's blocks, or the placeholder of a hidden whole answer."""
    if not answer.star:
        placeholder = Line((Content.styled(f"Answer {HIDDEN}", styles.placeholder),))
        return _stack([_Block([placeholder])] if answer.shown == 0 else [], len(answer.steps))
    column = label_column(answer.steps, width)
    blocks = [block for step in range(len(answer.steps)) for block in _step_blocks(answer, step, width, column, styles)]
    if answer.notes and answer.shown >= len(answer.steps):
        notes = wrap_hanging(highlighted(answer.notes, answer.key_phrases), width)
        label = Content.styled(NOTES_LABEL, styles.notes_label)
        blocks.append(_Block([Line((line,)) for line in (label, *notes)], below=1, step=-1))
    return _stack(blocks, len(answer.steps))


def label_column(steps: Sequence[Step], width: int) -> int:
    """Cells of the label column at `width`: `LABEL_WIDTH`, or as wide as the longest label and its gap
    (`Lessons learned`, `Situation / Task`) up to a third of the width."""
    longest = max((Content(step.label).cell_length for step in steps), default=0)
    return max(LABEL_WIDTH, min(longest + LABEL_GAP, width // 3))


def _step_blocks(answer: Answer, index: int, width: int, column: int, styles: AnswerStyles) -> list[_Block]:
    """The title (if its story starts here), the intro (once shown) and the row of step `index`, its text in the
    column from cell `column`."""
    step, revealed = answer.steps[index], index < answer.shown
    blocks = []
    if answer.starts_story(index) and answer.titled():
        title = answer.story_title(index).stylize_before(styles.title).wrap(max(1, width))
        blocks.append(_Block([Line((line,)) for line in title], above=1, step=index))
    text_width = max(1, width - column)
    if step.intro and revealed:
        intro = wrap_hanging(highlighted(step.intro, answer.key_phrases).stylize_before(styles.intro), text_width)
        blocks.append(_Block([Line((column, line)) for line in intro], below=1, step=index))
    if revealed:
        text = wrap_hanging(highlighted(step.text, answer.key_phrases), text_width) or [Content("")]
        label = Content.styled(step.label, styles.label)
    else:
        text, label = [Content.styled(HIDDEN, styles.placeholder)], Content.styled(step.label, styles.hidden_label)
    if label.cell_length + LABEL_GAP > column:  # a label wider than the column: on its own line
        lines = [Line((label,)), *(Line((column, line)) for line in text)]
    else:
        lines = [Line((label, column - label.cell_length, text[0])), *(Line((column, line)) for line in text[1:])]
    blocks.append(_Block(lines, below=1, step=index))
    return blocks


def _stack(blocks: list[_Block], steps: int) -> AnswerLines:
    """The blocks one under another, the larger of two neighbours' spaces between them; where each step lies."""
    lines: list[Line] = []
    spans: dict[int, list[int]] = {}
    below = 0
    for number, block in enumerate(blocks):
        gap = block.above if number == 0 else max(below, block.above)
        lines += [BLANK] * gap
        span = spans.setdefault(block.step if block.step is not None else -2, [len(lines), len(lines)])
        lines += block.lines
        span[1] = len(lines)
        below = block.below
    lines += [BLANK] * below
    step_lines = [tuple(spans.get(index, (0, 0))) for index in range(steps)]
    notes = spans.get(-1)
    return AnswerLines(lines, step_lines, tuple(notes) if notes else None)  # type: ignore[arg-type]
