"""The rehearsal timer: how long you have been telling your story, against a target."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from textual.reactive import var
from textual.widgets import Static

from textual_app.format import clock


class RecallClock(Static):
    """Counts up from `restart()` until `stop()`, by the app's clock; flags going over the target.

    Shows `0:37 / 2:00`, then `2:14 / 2:00 over` (with the `-over` class) past the target.
    `elapsed_ms` is what a rating records as the review's duration.
    """

    target_seconds: var[int] = var(120)
    """The time a told story should fit in."""

    def __init__(self, now: Callable[[], datetime], *, id: str | None = None) -> None:
        """Read the time from `now` (the app's clock, so tests control it)."""
        super().__init__("", id=id, markup=False)
        self._now = now
        self._started = now()
        self._stopped: datetime | None = None

    def on_mount(self) -> None:
        """Redraw once a second."""
        self.set_interval(1.0, self._tick)
        self._tick()

    def restart(self, target_seconds: int) -> None:
        """Start counting from zero, for a new card with this target."""
        self._started = self._now()
        self._stopped = None
        self.target_seconds = target_seconds
        self._tick()

    def stop(self) -> None:
        """Stop counting (the first reveal): the time shown and `elapsed_ms` stay as they are."""
        if self._stopped is None:
            self._stopped = self._now()
            self._tick()

    @property
    def running(self) -> bool:
        """Whether the clock is still counting."""
        return self._stopped is None

    @property
    def elapsed_ms(self) -> int:
        """Milliseconds from `restart()` to `stop()`, or to now while running."""
        end = self._stopped or self._now()
        return max(0, int((end - self._started).total_seconds() * 1000))

    def _tick(self) -> None:
        """Redraw: the time, the target, and whether it is over."""
        seconds = self.elapsed_ms / 1000
        over = self.target_seconds > 0 and seconds > self.target_seconds
        text = f"{clock(seconds)} / {clock(self.target_seconds)}"
        self.update(text + " over" if over else text)
        self.set_class(over, "-over")
        self.set_class(not self.running, "-stopped")
