"""`ReviewBar`: the review's top line, drawn by one widget: where the card comes from, practice or not,
how many are done and left, and the rehearsal clock.

As four widgets in a row, a new card updated three of them (each update a round of
messages), laid them out again and drew each; the clock's classes (stopped, over)
restyled it at every card. One widget draws the line at its width: the context takes
what the others leave, cut with an ellipsis, two columns before the practice label (in
a drill), the progress and the clock (at least 11 columns, right-aligned). Each part's
look comes from the stylesheet, as component classes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import ClassVar

from rich.cells import cell_len
from textual.content import Content
from textual.reactive import reactive
from textual.visual import Visual
from textual.widget import Widget

from textual_app.answer_lines import Line
from textual_app.widgets.lines_visual import LinesVisual
from textual_app.widgets.stopwatch import ShowsStopwatch, Stopwatch

PRACTICE_LABEL = "PRACTICE — schedule untouched"
"""What the top line says during a practice drill."""
GAP = 2
"""Columns between the parts."""
CLOCK_WIDTH = 11
"""The clock's narrowest width (`0:00 / 2:00`)."""


class ReviewBar(ShowsStopwatch, Widget):
    """The top line. Set `context` and `progress`; `restart()` and `stop()` the clock, read `elapsed_ms`."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "review-bar--context",
        "review-bar--mode",
        "review-bar--progress",
        "review-bar--clock",
        "review-bar--clock-over",
        "review-bar--clock-stopped",
        "review-bar--clock-stopped-over",
    }
    """The parts the stylesheet styles (the clock in each of its states)."""

    DEFAULT_CSS = "ReviewBar { height: 1; }"

    context: reactive[tuple[str, ...]] = reactive(())
    """`Deck › Heading · note.md:12`, then shorter forms: the first that fits is shown (the last cut to fit)."""
    progress: reactive[str] = reactive("")
    """`3 done · 7 left`."""
    reading: reactive[tuple[str, bool, bool]] = reactive(("", False, False))
    """The clock as shown: its text, whether it is over the target, whether it is stopped."""

    def __init__(self, now: Callable[[], datetime], *, practice: bool = False, id: str | None = None) -> None:
        """A top line with a clock reading `now`; `practice` adds the practice label."""
        super().__init__(id=id)
        self.practice = practice
        self.stopwatch = Stopwatch(now)

    def tick(self) -> None:
        """Read the clock again (drawn again only if what it shows changed)."""
        text, over = self.stopwatch.reading()
        self.reading = (text, over, not self.stopwatch.running)

    @property
    def text(self) -> str:
        """The line as drawn at the widget's width, as plain text."""
        return self._line(self.content_region.width)[0].plain

    def render(self) -> Visual:
        """The line at the widget's width: context, the practice label, progress, clock."""
        return LinesVisual(self._line)

    def _line(self, width: int) -> list[Line]:
        """The parts at `width`: the context cut to the room the others leave; blank cells between."""
        text, over, stopped = self.reading
        state = "-stopped" * stopped + "-over" * over
        right: list[Content | int] = [self._styled(self.progress, "progress"), GAP]
        if self.practice:
            right[:0] = [self._styled(PRACTICE_LABEL, "mode"), GAP]
        right += [max(0, CLOCK_WIDTH - len(text)), self._styled(text, f"clock{state}")]
        room = max(0, width - sum(part if isinstance(part, int) else part.cell_length for part in right) - GAP)
        fitting = next((form for form in self.context if cell_len(form) <= room), None)
        last = self.context[-1] if self.context else ""
        context = self._styled(fitting if fitting is not None else last, "context").truncate(room, ellipsis=True)
        return [Line((context, room - context.cell_length + GAP, *right))]

    def _styled(self, text: str, part: str) -> Content:
        """`text` in the stylesheet's style for `part` (`review-bar--{part}`)."""
        return Content(text).stylize(self.get_visual_style(f"review-bar--{part}"))
