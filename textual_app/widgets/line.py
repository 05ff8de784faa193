"""`Line`: a Static that is updated only when its text changes, and keeps its lines while it does not.

Each update of a widget costs a round of messages (the widget's own idle turn, then an
update and a layout request to the screen), whether or not the text changed; the review
screen sets most of its lines at every card, and many (the prompt, the leech warning, the
hidden lines) to the very same text. Hidden and shown again with the same text (the
prompt at every new card), a line hands back what it drew before (`KeptLines`).
"""

from __future__ import annotations

from textual.content import Content
from textual.visual import VisualType
from textual.widgets import Static

from textual_app.widgets.kept_lines import KeptLines


class Line(KeptLines, Static):
    """A Static whose `show()` updates it only when the text (with its styles) differs from what it shows."""

    _shown: object = None
    """What `show()` put last: the text, or a Content's text and styled spans."""
    _updates = 0
    """How many times the text was set: what the lines drawn show."""

    def show(self, text: str | Content, *, fixed: bool = False) -> None:
        """Show `text`, unless it shows already; `fixed`: the line's size never depends on its text (no layout)."""
        shown = (text.plain, tuple(text.spans)) if isinstance(text, Content) else text
        if shown != self._shown:
            self._shown = shown
            self.update(text, layout=not fixed)

    def update(self, content: VisualType = "", *, layout: bool = True) -> None:
        """Show `content` (Static's update); the lines drawn so far no longer show it."""
        self._updates += 1
        super().update(content, layout=layout)

    def kept_key(self) -> int:
        """The text shown, by how many times it was set."""
        return self._updates
