"""A small `m:ss` clock of how long the current card has been on screen."""

from __future__ import annotations

from time import monotonic

from textual.reactive import reactive
from textual.widgets import Static

from textual_app.format import clock


class RecallClock(Static):
    """Counts up from `restart()`; `elapsed_ms` is what a rating records."""

    started: reactive[float] = reactive(monotonic)

    def on_mount(self) -> None:
        """Tick once a second."""
        self.set_interval(1.0, self._tick)
        self._tick()

    def restart(self) -> None:
        """Start counting from zero, for a new card."""
        self.started = monotonic()
        self._tick()

    @property
    def elapsed_ms(self) -> int:
        """Milliseconds since the card was shown."""
        return int((monotonic() - self.started) * 1000)

    def _tick(self) -> None:
        """Redraw the clock."""
        self.update(clock(self.elapsed_ms / 1000))
