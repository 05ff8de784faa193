"""`CardControls`: the line under the card, the card's action buttons and its rating buttons, drawn by one widget.

They were a line of text and ten of Textual's Buttons (six actions in a row, and four
ratings made at the first reveal): each a widget to style, lay out and paint, and
Textual's Button stylesheet to read as the app started. `CardControls` draws the same
cells itself (places from `control_layout`, colours from the same theme variables),
keeps the Buttons' mouse (a button is highlighted under the pointer, names its tooltip,
and a click runs its action) and, like them, never takes focus: the keys drive the review.

Rows, top to bottom: the hint (what of the answer is still hidden, or that there is more
below), the action buttons, a blank row in a wide terminal, and once anything of the
answer shows, the rating buttons: one row in a short terminal, else three (a button with
Textual's `tall` edges above and below).
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget

from deck.rows import row
from scheduler.vocabulary import Rating
from textual_app.format import interval
from textual_app.widgets.control_layout import Placed, action_row, centred_label, rating_row
from textual_app.widgets.kept_lines import KeptLines
from textual_app.widgets.rating_looks import rating_styles

if TYPE_CHECKING:
    from textual import events


@row
class Control:
    """One button: the screen action a click runs, what it says, its tooltip, its look (`action`, or a rating's
    name: `again` … `easy`)."""

    action: str
    label: str
    tooltip: str
    look: str


class CardControls(KeptLines, Widget, can_focus=False):
    """The hint, the action buttons and the rating buttons under the card. Set them with `show_hint`,
    `show_actions`, `ratings_shown`, `keys` and `intervals`; a click on a button runs its screen action.

    Its rows are kept by what they show (`KeptLines`): from card to card the hint and the buttons
    under a hidden answer mostly say what they said under the card before.
    """

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"card-controls--hint", "card-controls--action", "card-controls--action-hover"}  # noqa: RUF012
    DEFAULT_CSS = """
    CardControls {
        height: auto;
        & > .card-controls--hint { color: $text-muted; text-style: italic; }
        & > .card-controls--action { color: $button-foreground; background: $surface; text-style: bold; }
        & > .card-controls--action-hover { color: $button-foreground; background: $surface-darken-1; text-style: bold; }
    }
    """
    """The hint and the action buttons (Textual's compact Button); the rating buttons' colours: `rating_looks`."""

    def __init__(self, *, id: str | None = None) -> None:
        """No hint, no actions, the ratings hidden (they show once `ratings_shown`)."""
        super().__init__(id=id)
        self._hint = ""
        self._actions: tuple[Control, ...] = ()
        self._ratings_shown = False
        self._keys: dict[Rating, str] = {}
        self._intervals: dict[Rating, timedelta] = {}
        self._hover: str | None = None
        """The action of the button under the pointer."""
        self._rows: list[list[tuple[Placed, Control]]] = []
        """Where each button lies, by row (laid out again when `_laid_for` changes)."""
        self._laid_for: object = None
        self._looks: tuple[object, dict[str, Style]] = (None, {})
        """The rating buttons' styles, and the theme and background they were worked out for."""

    @property
    def _wide(self) -> bool:
        """Whether the terminal is wide (the screen's `-wide` class: 100 columns and more)."""
        return self.screen.has_class("-wide")

    @property
    def _tall_ratings(self) -> bool:
        """Whether rating buttons have their edges (not in a short terminal)."""
        return not self.screen.has_class("-short")

    def show_hint(self, hint: str) -> None:
        """Put `hint` on the first row (only that row is drawn again, and only if it changed)."""
        if hint != self._hint:
            self._hint = hint
            self.refresh(Region(0, 0, self.size.width, 1))

    def show_actions(self, actions: list[tuple[str, str, str]]) -> None:
        """The action buttons to show now: each its screen action, label and tooltip."""
        shown = tuple(Control(action, label, tooltip, "action") for action, label, tooltip in actions)
        if shown != self._actions:
            self._actions = shown
            self.refresh()

    @property
    def hint(self) -> str:
        """The hint on the first row."""
        return self._hint

    def shown(self) -> tuple[Control, ...]:
        """The buttons showing now: the actions that apply, then the ratings once any of the answer shows."""
        return self._actions + (self.ratings() if self._ratings_shown else ())

    @property
    def ratings_shown(self) -> bool:
        """Whether the rating buttons show."""
        return self._ratings_shown

    @ratings_shown.setter
    def ratings_shown(self, shown: bool) -> None:
        if shown != self._ratings_shown:
            self._ratings_shown = shown
            self.refresh(layout=True)

    @property
    def keys(self) -> dict[Rating, str]:
        """Each rating's key as the keymap has it (default: its number; each rating button names its own)."""
        return self._keys

    @keys.setter
    def keys(self, keys: dict[Rating, str]) -> None:
        if keys != self._keys:
            self._keys = dict(keys)
            if self._ratings_shown:
                self.refresh()

    @property
    def intervals(self) -> dict[Rating, timedelta]:
        """Each rating's next interval, once known (each rating button shows its own)."""
        return self._intervals

    @intervals.setter
    def intervals(self, intervals: dict[Rating, timedelta]) -> None:
        self._intervals = dict(intervals)
        if self._ratings_shown:
            self.refresh()

    def ratings(self) -> tuple[Control, ...]:
        """The rating buttons: `3 Good · 10m` (or `3 Good` before the intervals are known), with the key mapped."""
        controls = []
        for rating in Rating:
            key = self._keys.get(rating, str(int(rating)))
            gap = self._intervals.get(rating)
            label = f"{key} {rating.label}" + ("" if gap is None else f" · {interval(gap)}")
            tip = f"{rating.label}: press {key}"
            controls.append(Control(f"rate({int(rating)})", label, tip, rating.label.lower()))
        return tuple(controls)

    def kept_key(self) -> tuple[object, ...]:
        """All the rows show: the hint, the buttons (a rating's key and interval once they show), the one under
        the pointer, and the screen's size classes."""
        ratings = (tuple(self._keys.items()), tuple(self._intervals.items())) if self._ratings_shown else None
        return self._hint, self._actions, ratings, self._hover, self._wide, self._tall_ratings

    def get_content_height(self, container: object, viewport: object, width: int) -> int:
        """The hint, the actions, a blank row when wide, the ratings when shown."""
        ratings = (3 if self._tall_ratings else 1) if self._ratings_shown else 0
        return 2 + self._wide + ratings

    def render_line(self, y: int) -> Strip:
        """Row `y`: the hint, the action buttons, a blank row, or a row of the rating buttons."""
        width, wide = self.size.width, self._wide
        blank = Style(bgcolor=self.background_colors[1].rich_color)
        self._place(width, wide)
        if y == 0:
            return self._hint_line(width, wide, blank)
        if y == 1:
            return self._buttons_line(width, blank, self._rows[0] if self._rows else [], "")
        first = 2 + wide
        if y < first or not self._ratings_shown or len(self._rows) < 2:
            return Strip.blank(width, blank)
        part = "" if not self._tall_ratings else ("-top", "", "-bottom")[min(y - first, 2)]
        return self._buttons_line(width, blank, self._rows[1], part)

    def _place(self, width: int, wide: bool) -> None:
        """Lay the buttons out on their rows, unless they lie as they are laid out already."""
        actions = list(self._actions)
        ratings = list(self.ratings()) if self._ratings_shown else []
        laid_for = (width, wide, self._actions, tuple(ratings))
        if laid_for == self._laid_for:
            return
        self._laid_for = laid_for
        rows = [list(zip(action_row(width, [a.label for a in actions], wide=wide), actions, strict=True))]
        if ratings:
            rows.append(list(zip(rating_row(width, [r.label for r in ratings], wide=wide), ratings, strict=True)))
        self._rows = rows

    def _hint_line(self, width: int, wide: bool, blank: Style) -> Strip:
        """The hint, padded in from both sides, cut with an ellipsis if it does not fit."""
        padding = 5 if wide else 2
        room = max(width - 2 * padding, 0)
        hint = self._hint if cell_len(self._hint) <= room else set_cell_size(self._hint, room - 1) + "…"
        hint_style = self.get_component_rich_style("card-controls--hint")
        return Strip([Segment(" " * padding, blank), Segment(hint, hint_style)]).adjust_cell_length(width, blank)

    def _buttons_line(self, width: int, blank: Style, row: list[tuple[Placed, Control]], part: str) -> Strip:
        """One line of a row of buttons: their faces (`part` ""), or their top or bottom edges."""
        segments, x = [], 0
        for placed, control in row:
            if placed.x > x:
                segments.append(Segment(" " * (placed.x - x), blank))
            hover = "-hover" if control.action == self._hover else ""
            style = self._style(f"{control.look}{hover}{part}")
            if part:
                segments.append(Segment(("▔" if part == "-top" else "▁") * placed.width, style))
            else:
                start, label = centred_label(control.label, placed.width)
                face = Style(bgcolor=style.bgcolor)  # beyond the label and a cell either side: the background alone
                segments += [
                    Segment(" " * (start - 1), face),
                    Segment(f" {label} ", style),
                    Segment(" " * (placed.width - start - cell_len(label) - 1), face),
                ]
            x = placed.x + placed.width
        # one segment for each run of a style, as Textual's compositor gives the Buttons side by side
        return Strip(Segment.simplify(segment for segment in segments if segment.text)).adjust_cell_length(width, blank)

    def _style(self, look: str) -> Style:
        """The style of a button's `look` (`action`, `good-hover-top`, …)."""
        if look.startswith("action"):
            return self.get_component_rich_style(f"card-controls--{look}")
        under = self.background_colors[1]
        made_for, looks = self._looks
        if made_for != (self.app.theme, under):
            looks = rating_styles(self.app.theme_variables, under)
            self._looks = ((self.app.theme, under), looks)
        return looks[look]

    def control_at(self, x: int, y: int) -> Control | None:
        """The button drawn at (`x`, `y`) of this widget, if any."""
        first = 2 + self._wide
        if y == 1 and self._rows:
            row = self._rows[0]
        elif self._ratings_shown and len(self._rows) > 1 and first <= y < first + (3 if self._tall_ratings else 1):
            row = self._rows[1]
        else:
            return None
        return next((control for placed, control in row if placed.x <= x < placed.x + placed.width), None)

    def place_of(self, action: str) -> Region:
        """Where in this widget the button of `action` was drawn last (its face: the row with its label)."""
        for index, controls in enumerate(self._rows):
            for placed, control in controls:
                if control.action == action:
                    y = 1 if index == 0 else 2 + self._wide + (1 if self._tall_ratings else 0)
                    return Region(placed.x, y, placed.width, 1)
        raise LookupError(f"no button for {action} is drawn")

    def on_mouse_move(self, event: events.MouseMove) -> None:
        """Highlight the button under the pointer and name its tooltip."""
        self._hover_over(self.control_at(event.x, event.y))

    def on_leave(self) -> None:
        """No button is under the pointer any more."""
        self._hover_over(None)

    def _hover_over(self, control: Control | None) -> None:
        """Make `control` the one highlighted (None: none)."""
        action = control.action if control is not None else None
        if action != self._hover:
            self._hover = action
            self.tooltip = control.tooltip if control is not None else None
            self.refresh()

    def on_click(self, event: events.Click) -> None:
        """A click on a button runs its screen action; a double click runs it once, as a Button's did (it ignored
        a press while it showed the last one)."""
        control = self.control_at(event.x, event.y)
        if control is not None:
            event.stop()
            if event.chain == 1:
                self.call_later(self.app.run_action, f"screen.{control.action}")
