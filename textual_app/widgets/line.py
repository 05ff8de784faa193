"""`Line`: a Static that is updated only when its text changes, and keeps its lines while it does not.

Each update of a widget costs a round of messages (the widget's own idle turn, then an
update and a layout request to the screen), whether or not the text changed; the review
screen sets most of its lines at every card, and many (the prompt, the leech warning, the
hidden lines) to the very same text. Hidden and shown again with the same text (the
prompt at every new card), a line hands back what it drew before (`KeptLines`).
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from textual_app.widgets.kept_lines import KeptLines, Same


class Line(KeptLines, Static):
    """A Static whose `show()` updates it only when the text (with its styles) differs from what it shows."""

    _shown: object = None
    """What `show()` put last: the text, or a Content's text and styled spans."""

    def show(self, text: str | Content, *, fixed: bool = False) -> None:
        """Show `text`, unless it shows already; `fixed`: the line's size never depends on its text (no layout)."""
        shown = (text.plain, tuple(text.spans)) if isinstance(text, Content) else text
        if shown != self._shown:
            self._shown = shown
            self.update(text, layout=not fixed)

    def kept_key(self) -> Same:
        """The text shown: the very object set (a Content's equality looks at its text alone, not its styles)."""
        return Same(self.content)
