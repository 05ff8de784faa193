"""Four buttons, Again / Hard / Good / Easy, each showing the interval it would give."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from textual.app import ComposeResult
from textual.containers import HorizontalGroup
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Button

from textual_app.format import interval

RATINGS: tuple[tuple[int, str, str], ...] = (
    (1, "Again", "error"),
    (2, "Hard", "warning"),
    (3, "Good", "success"),
    (4, "Easy", "primary"),
)
"""Each rating: its number (also its key), its name and its button variant."""


class RatingBar(HorizontalGroup):
    """The rating buttons. Set `intervals`; listen for `RatingBar.Rated`."""

    intervals: reactive[dict[int, timedelta]] = reactive(dict, init=False)

    @dataclass
    class Rated(Message):
        """The user clicked a rating button."""

        rating: int

    def compose(self) -> ComposeResult:
        """One button per rating; they never take focus, the number keys drive them."""
        for number, name, variant in RATINGS:
            button = Button(
                self._label(number, name),
                id=f"rate-{number}",
                variant=variant,  # type: ignore[arg-type]
                tooltip=f"{name}: press {number}",
            )
            button.can_focus = False
            yield button

    def watch_intervals(self, intervals: dict[int, timedelta]) -> None:
        """Show each button's next interval."""
        for number, name, _variant in RATINGS:
            self.query_one(f"#rate-{number}", Button).label = self._label(number, name)

    def _label(self, number: int, name: str) -> str:
        """`3 Good · 10m`, or just `3 Good` before the intervals are known."""
        gap = self.intervals.get(number)
        return f"{number} {name}" if gap is None else f"{number} {name} · {interval(gap)}"

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Turn a click into a `Rated` message for the screen."""
        event.stop()
        number = int((event.button.id or "rate-0").removeprefix("rate-"))
        self.post_message(self.Rated(number))
