"""Four buttons, Again / Hard / Good / Easy, each showing the interval it would give (the mock interview's; the
review draws its own in `CardControls`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from textual.app import ComposeResult
from textual.containers import HorizontalGroup
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Button
from textual.widgets.button import ButtonVariant

from scheduler.vocabulary import Rating
from textual_app.format import interval
from textual_app.widgets.backdrop import Backdrop

VARIANTS: dict[Rating, ButtonVariant] = {
    Rating.AGAIN: "error",
    Rating.HARD: "warning",
    Rating.GOOD: "success",
    Rating.EASY: "primary",
}
"""Each rating's button variant, in rating order."""


class BackdropRow(Backdrop, HorizontalGroup):
    """A row of widgets whose own cells are blank (`Backdrop`)."""


class RatingBar(BackdropRow):
    """The rating buttons. Set `intervals` and `keys`; listen for `RatingBar.Rated`."""

    intervals: reactive[dict[Rating, timedelta]] = reactive(dict, init=False)
    """Each rating's next interval, once known."""
    keys: reactive[dict[Rating, str]] = reactive(dict, init=False)
    """Each rating's key as the keymap has it (default: its number)."""

    @dataclass
    class Rated(Message):
        """The user clicked a rating button."""

        rating: int

    def compose(self) -> ComposeResult:
        """One button per rating, labelled with its key and interval; they never take focus, the keys drive them."""
        for rating, variant in VARIANTS.items():
            button = Button(self._label(rating), id=f"rate-{rating}", variant=variant)
            button.can_focus = False
            button.tooltip = f"{rating.label}: press {self._key(rating)}"
            yield button

    def watch_intervals(self) -> None:
        """Show each button's next interval."""
        self._relabel()

    def watch_keys(self) -> None:
        """Name each button's key as the keymap has it."""
        self._relabel()

    def _relabel(self) -> None:
        """Every button's label and tooltip, from its key and its interval."""
        for rating in VARIANTS:
            for button in self.query(f"#rate-{rating}").results(Button):
                button.label = self._label(rating)
                button.tooltip = f"{rating.label}: press {self._key(rating)}"

    def _key(self, rating: Rating) -> str:
        """The key that gives `rating`."""
        return self.keys.get(rating, str(int(rating)))

    def _label(self, rating: Rating) -> str:
        """`3 Good · 10m`, or just `3 Good` before the intervals are known."""
        gap = self.intervals.get(rating)
        text = f"{self._key(rating)} {rating.label}"
        return text if gap is None else f"{text} · {interval(gap)}"

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Turn a click into a `Rated` message for the screen."""
        event.stop()
        number = int((event.button.id or "rate-0").removeprefix("rate-"))
        self.post_message(self.Rated(number))
