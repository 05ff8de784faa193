"""`QuestionBody`: the code, table or text a question asks about, drawn as Markdown under it before the answer.

Most questions have none: the widget is then not displayed, and its Markdown widget is made only for the first
question that has one (never on the start-up path), then reused.
"""

from __future__ import annotations

from textual.containers import VerticalGroup
from textual.widget import Widget


class QuestionBody(VerticalGroup):
    """The Markdown under a question (`CardContent.question_body`), shown with it; nothing for most questions."""

    DEFAULT_CSS = "QuestionBody { height: auto; }"

    def __init__(self, *, id: str | None = None) -> None:
        """Empty until `show()` is given a body."""
        super().__init__(id=id)
        self._markdown: Widget | None = None
        self._source = ""

    @property
    def source(self) -> str:
        """The Markdown shown ("" when there is none)."""
        return self._source

    def show(self, source: str) -> None:
        """Show `source` (Markdown, ready to display: `deck.display.question_body_markdown`); "" hides the widget."""
        if source and source != self._source:
            from deck.display import line_breaks_kept
            from textual_app.widgets.answer_markdown import AnswerMarkdown

            if self._markdown is None:
                self._markdown = AnswerMarkdown(line_breaks_kept(source), classes="answer-markdown", open_links=False)
                self.mount(self._markdown)
            else:
                self._markdown.update(line_breaks_kept(source))  # type: ignore[attr-defined]
        self._source = source
        if self.display != bool(source):
            self.display = bool(source)
