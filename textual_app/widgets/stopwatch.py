"""The rehearsal stopwatch, and what a widget showing one does: count against a target, redraw once a second.

Its own module, without a widget class, so that the review's top bar (`review_bar`) has it without
defining `RecallClock` (the mock interview's clock line) before the first question is painted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime

from textual_app.format import clock


class Stopwatch:
    """Counts up from `restart()` until `stop()`, by the app's clock, against a target.

    `reading()` is what a clock shows: `0:37 / 2:00`, then `2:14 / 2:00 over` past the
    target. `elapsed_ms` is what a rating records as the review's duration.
    """

    def __init__(self, now: Callable[[], datetime]) -> None:
        """Read the time from `now` (the app's clock, so tests control it); start counting."""
        self._now = now
        self._started = now()
        self._stopped: datetime | None = None
        self.target_seconds = 120
        """The time a told story should fit in."""

    def restart(self, target_seconds: int) -> None:
        """Start counting from zero, for a new card with this target."""
        self._started = self._now()
        self._stopped = None
        self.target_seconds = target_seconds

    def stop(self) -> bool:
        """Stop counting (the first reveal): the time shown and `elapsed_ms` stay as they are; False if stopped."""
        if self._stopped is not None:
            return False
        self._stopped = self._now()
        return True

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Leave out of the count the time spent inside the block (the note open in an editor): not recall time.
        A running count's start moves on by the time the block took; a stopped count is left as it is."""
        since = self._now()
        try:
            yield
        finally:
            if self.running:
                self._started += self._now() - since

    @property
    def running(self) -> bool:
        """Whether the clock is still counting."""
        return self._stopped is None

    @property
    def elapsed_ms(self) -> int:
        """Milliseconds from `restart()` to `stop()`, or to now while running."""
        end = self._stopped or self._now()
        return max(0, int((end - self._started).total_seconds() * 1000))

    def reading(self) -> tuple[str, bool]:
        """The time and the target (`0:37 / 2:00`, with ` over` past it), and whether it is over."""
        seconds = self.elapsed_ms / 1000
        over = self.target_seconds > 0 and seconds > self.target_seconds
        return f"{clock(seconds)} / {clock(self.target_seconds)}" + (" over" if over else ""), over


class ShowsStopwatch:
    """For a widget that shows `self.stopwatch`: redrawn by `tick()` once a second, at a restart and at a stop."""

    stopwatch: Stopwatch

    def tick(self) -> None:
        """Show the stopwatch's reading (each widget draws it its own way)."""
        raise NotImplementedError

    def on_mount(self) -> None:
        """Move the clock on once a second."""
        self.set_interval(1.0, self.tick)  # type: ignore[attr-defined]
        self.tick()

    def restart(self, target_seconds: int) -> None:
        """Count from zero, for a new card with this target."""
        self.stopwatch.restart(target_seconds)
        self.tick()

    def stop(self) -> None:
        """Stop counting (the first reveal): the time shown and `elapsed_ms` stay as they are."""
        if self.stopwatch.stop():
            self.tick()

    @property
    def elapsed_ms(self) -> int:
        """Milliseconds from `restart()` to `stop()`, or to now while running."""
        return self.stopwatch.elapsed_ms
