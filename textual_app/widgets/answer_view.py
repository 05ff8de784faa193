"""The answer, revealed step by step: a STAR section at a time, or a whole non-STAR answer at once."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.containers import VerticalGroup
from textual.geometry import Region
from textual.reactive import reactive
from textual.selection import Selection
from textual.visual import Visual
from textual.widget import Widget

from deck.models import KeyPhrase
from textual_app.answer_lines import HIDDEN, NOTES_LABEL, Answer, AnswerLines, AnswerStyles, lay_out
from textual_app.reveal import Step
from textual_app.widgets.backdrop import Backdrop
from textual_app.widgets.kept_lines import KeptLines
from textual_app.widgets.lines_visual import LinesVisual, selected_text

__all__ = ["HIDDEN", "NOTES_LABEL", "AnswerView"]


class AnswerView(Backdrop, VerticalGroup):
    """Shows the first `shown` steps of an answer; the rest stay as dim placeholders.

    Set the answer with `load()`, then move `shown` forward. A STAR answer is drawn by
    one widget (`AnswerText`: titles, intros, rows, notes, all lines of one text), so a
    new card or a reveal changes one widget's content and nothing is mounted or
    restyled. A non-STAR answer is rendered as Markdown, by a Markdown widget made for
    the first such answer revealed and filled only when revealed (a hidden answer costs
    the next card nothing).
    """

    shown: reactive[int] = reactive(0, init=False)
    """How many steps are revealed."""

    def __init__(self, *, id: str | None = None) -> None:
        """An empty answer until `load()`."""
        self._text = AnswerText()
        super().__init__(self._text, id=id)
        self.steps: list[Step] = []
        self.key_phrases: list[KeyPhrase] = []
        self.notes = ""
        self._markdown: Widget | None = None
        self._markdown_source: str | None = None

    def load(self, steps: Sequence[Step], key_phrases: Sequence[KeyPhrase], shown: int = 0, notes: str = "") -> None:
        """Show a new answer with `shown` steps revealed; `notes` (STAR answers only) after the last."""
        self.steps = list(steps)
        self.key_phrases = list(key_phrases)
        self.notes = notes if self.answer.star else ""
        self.set_reactive(AnswerView.shown, shown)
        self.watch_shown()

    @property
    def answer(self) -> Answer:
        """What is shown now."""
        return Answer(self.steps, self.shown, self.key_phrases, self.notes)

    @property
    def next_step(self) -> Step | None:
        """The step the next reveal shows, if any is left."""
        return self.steps[self.shown] if self.shown < len(self.steps) else None

    def watch_shown(self) -> None:
        """Draw the answer as far as it is revealed; a whole answer's Markdown once it is."""
        answer = self.answer
        self._text.answer = answer
        markdown = bool(self.steps) and not answer.star and self.shown > 0
        _use(self._text, not markdown)
        if markdown:
            self._show_markdown(self.steps[0].text)
        elif self._markdown is not None:
            _use(self._markdown, False)

    def _show_markdown(self, source: str) -> None:
        """Show `source` as Markdown, its lines kept as written (the widget is made for the first such answer,
        then reused)."""
        from deck.display import line_breaks_kept

        if self._markdown is None:
            from textual_app.widgets.answer_markdown import AnswerMarkdown

            self._markdown = AnswerMarkdown(line_breaks_kept(source), classes="answer-markdown", open_links=False)
            self.mount(self._markdown)
        elif self._markdown_source != source:
            self._markdown.update(line_breaks_kept(source))  # type: ignore[attr-defined]
        self._markdown_source = source
        _use(self._markdown, True)

    def lines(self) -> list[str]:
        """The lines of text the STAR answer draws now, at its width (none while a whole answer shows as Markdown)."""
        return [line.plain for line in self._text.laid_out().lines] if self._text.display else []

    def step_regions(self, start: int, stop: int) -> list[Region]:
        """Where steps `start` to `stop - 1` are on screen (with their titles and intros; the notes after the last)."""
        if not self.answer.star:
            return [self._markdown.region] if self._markdown is not None and start < 1 <= stop else []
        return self._text.regions(start, stop, notes=stop >= len(self.steps))


class AnswerText(KeptLines, Widget):
    """A STAR answer as one block of text (`textual_app.answer_lines`), styled by its component classes.

    Its lines are kept by what they say and how (`KeptLines`): a hidden answer's placeholders
    mostly look as the card's before did, and are then not drawn again.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "answer--title",
        "answer--intro",
        "answer--label",
        "answer--hidden-label",
        "answer--placeholder",
        "answer--notes-label",
    }
    """The parts of the answer the stylesheet styles."""

    DEFAULT_CSS = "AnswerText { height: auto; }"

    answer: reactive[Answer] = reactive(Answer, layout=True, init=False)
    """What to draw."""

    _laid: tuple[Answer, int, AnswerStyles, AnswerLines] | None = None
    """The answer last laid out, at what width, in what styles, and its lines."""

    def render(self) -> Visual:
        """The answer's lines at whatever width the layout gives."""
        answer, styles = self.answer, self._styles()
        return LinesVisual(lambda width: self._lay_out(answer, width, styles).lines, selectable=True)

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The answer's text under a mouse selection, as its lines show it at the current width."""
        return selected_text(self.laid_out().lines, selection), "\n"

    def kept_key(self) -> tuple[object, ...]:
        """The lines drawn at the current width: each part's text and styled spans, or its blank cells."""
        lines = self.laid_out().lines
        return tuple(
            tuple(part if isinstance(part, int) else (part.plain, tuple(part.spans)) for part in line.parts)
            for line in lines
        )

    def _lay_out(self, answer: Answer, width: int, styles: AnswerStyles) -> AnswerLines:
        """`lay_out`, kept for the last answer, width and styles (the height, the drawing and `kept_key` share it)."""
        laid = self._laid
        if laid is None or laid[0] is not answer or laid[1] != width or laid[2] != styles:
            laid = self._laid = (answer, width, styles, lay_out(answer, width, styles))
        return laid[3]

    def _styles(self) -> AnswerStyles:
        """Each part's style, from the stylesheet."""
        style = self.get_visual_style
        return AnswerStyles(
            title=style("answer--title"),
            intro=style("answer--intro"),
            label=style("answer--label"),
            hidden_label=style("answer--hidden-label"),
            placeholder=style("answer--placeholder"),
            notes_label=style("answer--notes-label"),
        )

    def regions(self, start: int, stop: int, *, notes: bool) -> list[Region]:
        """The screen regions of steps `start` to `stop - 1`, and of the notes if `notes` and they show."""
        laid = self.laid_out()
        spans = [span for span in laid.step_lines[start:stop] if span[1] > span[0]]
        if notes and laid.notes_lines is not None:
            spans.append(laid.notes_lines)
        area = self.content_region
        return [Region(area.x, area.y + top, area.width, bottom - top) for top, bottom in spans]

    def laid_out(self) -> AnswerLines:
        """The answer's lines at the current width."""
        return self._lay_out(self.answer, self.content_region.width, self._styles())


def _use(widget: Widget, used: bool) -> None:
    """Display `widget` as the stylesheet says (used) or not at all (unused); nothing if it already is so."""
    unused = widget.styles.inline.has_rule("display")
    if used and unused:
        widget.styles.clear_rule("display")
    elif not used and not unused:
        widget.styles.display = "none"
