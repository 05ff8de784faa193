"""`LinesVisual`: lines of styled text and blank runs (`answer_lines.Line`), laid out for the width they are
drawn at, their blank cells in the background colour alone (as Textual draws a widget's padding)."""

from __future__ import annotations

from collections.abc import Callable

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

from textual_app.answer_lines import Line


class LinesVisual(Visual):
    """The lines `lay_out(width)` gives, laid out once per width (the layout asks for the height first)."""

    def __init__(self, lay_out: Callable[[int], list[Line]]) -> None:
        """Draw the lines `lay_out` gives for a width."""
        self._lay_out = lay_out
        self._laid: tuple[int, list[Line]] | None = None

    def _lines(self, width: int) -> list[Line]:
        """The lines at `width` (laid out once per width)."""
        if self._laid is None or self._laid[0] != width:
            self._laid = (width, self._lay_out(width))
        return self._laid[1]

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        """Textual's Visual protocol: each line as a strip, blank cells in the background colour only."""
        lines = self._lines(width)
        blank = style.background_style.rich_style
        return [_strip(line, style, blank, options) for line in (lines if height is None else lines[:height])]

    def get_optimal_width(self, rules: object, container_width: int) -> int:
        """As wide as it is given."""
        return container_width

    def get_height(self, rules: object, width: int) -> int:
        """How many lines there are at `width`."""
        return len(self._lines(width))


def _strip(line: Line, style: Style, blank: RichStyle, options: RenderOptions) -> Strip:
    """One line as a strip: its text on the widget's style, its blank cells as the background alone."""
    segments = []
    for part in line.parts:
        if isinstance(part, int):
            segments.append(Segment(" " * part, blank))
            continue
        for text, text_style in part.render(style, end="", parse_style=options.get_style):
            segments.append(Segment(text, (style + text_style).rich_style))
    return Strip(segments)
