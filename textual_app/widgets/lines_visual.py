"""`LinesVisual`: lines of styled text and blank runs (`answer_lines.Line`), laid out for the width they are
drawn at, their blank cells in the background colour alone (as Textual draws a widget's padding)."""

from __future__ import annotations

from collections.abc import Callable

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.content import Content
from textual.selection import Selection
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

from textual_app.answer_lines import Line


class LinesVisual(Visual):
    """The lines `lay_out(width)` gives, laid out once per width (the layout asks for the height first).

    `selectable` lines draw each cell with its place (line, character of `Line.plain`), so that the mouse can select
    them, and the selected part in the selection's style; the widget gives the text selected (`selected_text`).
    """

    def __init__(self, lay_out: Callable[[int], list[Line]], *, selectable: bool = False) -> None:
        """Draw the lines `lay_out` gives for a width."""
        self._lay_out = lay_out
        self._selectable = selectable
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
        if self._selectable:
            return [_placed_strip(line, y, style, options) for y, line in enumerate(lines[:height])]
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


def _placed_strip(line: Line, y: int, style: Style, options: RenderOptions) -> Strip:
    """One line as a strip whose every cell knows its place (`y`, and its character in `Line.plain`), the selected
    part in the selection's style; blank cells in the background colour alone unless selected."""
    span = options.selection.get_span(y) if options.selection is not None else None
    selected = options.selection_style if span is not None else None
    start, end = span if span is not None else (0, 0)
    segments, x = [], 0
    for part in line.parts:
        content = Content(" " * part) if isinstance(part, int) else part
        size = len(content.plain)
        if selected is not None:
            content = content.stylize(selected, max(0, start - x), size if end == -1 else max(0, end - x))
        base = style.background_style if isinstance(part, int) else style
        for text, text_style in content.render(base, end="", parse_style=options.get_style):
            segments.append(Segment(text, (base + text_style).rich_style_with_offset(x, y)))
            x += len(text)
    return Strip(segments)


def selected_text(lines: list[Line], selection: Selection) -> str:
    """The text of `lines` under `selection`, each line without the blank cells after its text."""
    return selection.extract("\n".join(line.plain.rstrip() for line in lines))
