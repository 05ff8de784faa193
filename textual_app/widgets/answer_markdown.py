"""`AnswerMarkdown`: the Markdown widget a whole (non-STAR) answer is drawn by, its paragraphs wrapped as CJK
text wraps.

Textual's Markdown widget wraps a paragraph only at spaces. An answer written in Chinese or
Japanese has no spaces between its words, only around the Latin ones it quotes
(`使用 Kubernetes 和 Kafka 做异步削峰`), so a line broke at the space before such a word,
leaving a Latin word alone on a line and half of the line before it blank. Here a paragraph
holding CJK text (also one in a list item or a quote) is wrapped by
`textual_app.line_breaks.wrap_words`, as the STAR view's lines are: between CJK characters
too, never before closing or after opening punctuation. A paragraph without CJK text is drawn
by Textual as before (its text can be selected with the mouse). Imported with the first
answer drawn as Markdown, never on the start-up path.
"""

from __future__ import annotations

from textual.content import Content
from textual.visual import Visual
from textual.widgets import Markdown
from textual.widgets.markdown import MarkdownBlock

from textual_app.answer_lines import Line
from textual_app.line_breaks import has_cjk, wrap_words
from textual_app.widgets.lines_visual import LinesVisual


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
            self._wrapped = visual, LinesVisual(lambda width: _lines(visual, width))
        return self._wrapped[1]


def _lines(content: Content, width: int) -> list[Line]:
    """`content`'s lines, each wrapped to `width` cells at spaces and between CJK characters."""
    return [Line((part,)) for line in content.split(allow_blank=True) for part in wrap_words(line, width)]


class AnswerMarkdown(Markdown):
    """Textual's Markdown widget with paragraphs that wrap CJK text between its characters."""

    def get_block_class(self, block_name: str) -> type[MarkdownBlock]:
        """Textual's class for each block, but `_Paragraph` for a paragraph."""
        return _Paragraph if block_name == "paragraph_open" else super().get_block_class(block_name)
