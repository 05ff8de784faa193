"""The rehearsal timer: how long you have been telling your story, against a target (the mock interview's line)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from textual.widgets import Static

from textual_app.widgets.stopwatch import ShowsStopwatch, Stopwatch


class RecallClock(ShowsStopwatch, Static):
    """A `Stopwatch` shown as a line of its own, redrawn every second; `-over` past the target, `-stopped`."""

    def __init__(self, now: Callable[[], datetime], *, id: str | None = None) -> None:
        """Read the time from `now` (the app's clock, so tests control it)."""
        super().__init__("", id=id, markup=False)
        self.stopwatch = Stopwatch(now)
        self._text = ""

    def tick(self) -> None:
        """Redraw: the time, the target, and whether it is over."""
        text, over = self.stopwatch.reading()
        if text != self._text:  # the same text again costs a refresh; the same width, no layout
            self.update(text, layout=len(text) != len(self._text))
            self._text = text
        self.set_class(over, "-over")
        self.set_class(not self.stopwatch.running, "-stopped")
