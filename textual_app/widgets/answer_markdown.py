"""`AnswerMarkdown`: the Markdown widget a whole (non-STAR) answer is drawn by, its paragraphs wrapped as CJK
text wraps.

Textual's Markdown widget wraps a paragraph only at spaces. An answer written in Chinese or
Japanese has no spaces between its words, only around the Latin ones it quotes
(`使用 Kubernetes 和 Kafka 做异步削峰`), so a line broke at the space before such a word,
leaving a Latin word alone on a line and half of the line before it blank. Here a paragraph
holding CJK text (also one in a list item or a quote) is wrapped by
`textual_app.line_breaks.wrap_words`, as the STAR view's lines are: between CJK characters
too, never before closing or after opening punctuation. Its text can still be selected with
the mouse and copied: each character drawn names its place in the paragraph, as Textual's
own text does. A paragraph without CJK text is drawn by Textual as before. Imported with the
first answer drawn as Markdown, never on the start-up path.
"""

from __future__ import annotations

from rich.segment import Segment
from textual.content import Content
from textual.selection import Selection
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from textual.widgets import Markdown
from textual.widgets.markdown import MarkdownBlock

from textual_app.line_breaks import has_cjk, wrap_spans

_Placed = tuple[int, int, Content]
"""A wrapped line: the paragraph line it comes from, the index of its first character there, its text."""


class _Paragraph(Markdown.BLOCKS["paragraph_open"]):  # type: ignore[misc] - Textual's paragraph, by its public map
    """A paragraph whose CJK text may break between characters."""

    _wrapped: tuple[Visual, Visual] | None = None
    """The visual Textual made last, and the one drawn for it."""

    def render(self) -> Visual:  # type: ignore[override] - a Visual is what Static renders too
        """Textual's content, wrapped by `wrap_words` when it holds CJK text."""
        visual = self.visual
        if not isinstance(visual, Content) or not has_cjk(visual.plain):
            return visual
        if self._wrapped is None or self._wrapped[0] is not visual:
            self._wrapped = visual, _WrappedParagraph(visual)
        return self._wrapped[1]

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The paragraph's text under `selection` (its places are the paragraph's, however it is wrapped)."""
        visual = self.visual
        if isinstance(visual, Content):
            return selection.extract(visual.plain), "\n"
        return super().get_selection(selection)


class _WrappedParagraph(Visual):
    """A paragraph's lines wrapped by `wrap_spans`, laid out once per width, each character drawn with its place
    in the paragraph (so that a mouse selection finds it) and in the selection's style while selected."""

    def __init__(self, content: Content) -> None:
        """Draw `content`."""
        self._content = content
        self._laid: tuple[int, list[_Placed]] | None = None

    def _lines(self, width: int) -> list[_Placed]:
        """The wrapped lines at `width`."""
        if self._laid is None or self._laid[0] != width:
            lines = self._content.split(allow_blank=True)
            self._laid = width, [(y, x, part) for y, line in enumerate(lines) for x, part in _spans(line, width)]
        return self._laid[1]

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        """Textual's Visual protocol: each wrapped line as a strip."""
        lines = self._lines(width)
        return [_strip(placed, style, options) for placed in (lines if height is None else lines[:height])]

    def get_optimal_width(self, rules: object, container_width: int) -> int:
        """As wide as it is given."""
        return container_width

    def get_height(self, rules: object, width: int) -> int:
        """How many lines there are at `width`."""
        return len(self._lines(width))


def _spans(line: Content, width: int) -> list[tuple[int, Content]]:
    """A paragraph line's wrapped lines with where each begins; a blank line stays one blank line."""
    return wrap_spans(line, width) or [(0, Content(""))]


def _strip(placed: _Placed, style: Style, options: RenderOptions) -> Strip:
    """One wrapped line as a strip: the selected part in the selection's style, each run with its place."""
    y, x, text = placed
    span = options.selection.get_span(y) if options.selection is not None else None
    if span is not None and options.selection_style is not None:
        start, end = span
        end = x + len(text.plain) if end == -1 else end
        text = text.stylize(options.selection_style, max(0, start - x), max(0, end - x))
    segments = []
    for run, run_style in text.render(style, end="", parse_style=options.get_style):
        segments.append(Segment(run, (style + run_style).rich_style_with_offset(x, y)))
        x += len(run)
    return Strip(segments)


class AnswerMarkdown(Markdown):
    """Textual's Markdown widget with paragraphs that wrap CJK text between its characters."""

    def get_block_class(self, block_name: str) -> type[MarkdownBlock]:
        """Textual's class for each block, but `_Paragraph` for a paragraph."""
        return _Paragraph if block_name == "paragraph_open" else super().get_block_class(block_name)
