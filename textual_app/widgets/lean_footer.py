"""`LeanFooter`: the keys on offer, drawn by one widget as one line, in the look of Textual's Footer.

Textual's Footer is a scrolling container holding a widget per key, built after the
screen's first frame and rebuilt whenever the screen says its bindings may have
changed; each key widget restyles itself when the footer turns compact. That cost the
first question a frame's worth of work after it was painted, and every keypress a
rebuild. `LeanFooter` is one widget whose line is drawn from the screen's active
bindings when it is painted, and painted again only when what it shows changed. It
keeps the Footer's look cell for cell (the same theme variables, compact below 100
columns, the `^p palette` key on the right from 80 columns), its honesty (a key whose
action does not apply now is dimmed, a hidden binding is not shown) and its mouse: a
key is highlighted under the pointer, names its tooltip, and a click presses it. Keys
that do not fit are cut off at the right, where the Footer let them be scrolled to. The
line drawn for each offer is kept (`KeptLines`): from card to card the review flips
between `Reveal` on offer and dimmed, and drawing it again was about a millisecond.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.style import Style
from rich.text import Text
from textual.widget import Widget

from deck.rows import row
from textual_app.widgets.kept_lines import KeptLines

if TYPE_CHECKING:
    from textual import events
    from textual.screen import Screen

COMPACT_BELOW = 100
"""Below this many columns the keys are packed closer, so that every key fits 80 columns."""
PALETTE_BELOW = 80
"""Below this many columns the `^p palette` key gives its room to the others."""
EDGE = "▏"
"""The line left of the palette key (Textual's `vkey` border)."""


@row
class OfferedKey:
    """One key as the footer shows it."""

    key: str
    """The key a click presses."""
    display: str
    """The key as shown (from the keymap)."""
    description: str
    tooltip: str
    enabled: bool
    """Whether its action applies now (shown dimmed when not)."""


Offer = tuple[tuple[OfferedKey, ...], OfferedKey | None]
"""The keys shown from the left, and the palette key (None: the app has no palette)."""


class LeanFooter(KeptLines, Widget, can_focus=False):
    """The screen's keys on one line at the bottom; a click on a key presses it."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"lean-footer--key", "lean-footer--description", "lean-footer--hover", "lean-footer--edge"}  # noqa: RUF012
    DEFAULT_CSS = """
    LeanFooter {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        & > .lean-footer--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .lean-footer--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        & > .lean-footer--hover {
            background: $block-hover-background;
        }
        & > .lean-footer--edge {
            color: $foreground 20%;
        }
    }
    """

    _offer: Offer | None = None
    """What the line shows (once drawn, or as soon as the screen's keys change)."""
    _spans: dict[tuple[Offer, int], tuple[tuple[int, int, OfferedKey], ...]]
    """Where each key lies on the line drawn for an offer at a width: first column, column after, key."""
    _hover: OfferedKey | None = None
    """The key under the mouse pointer."""

    def on_mount(self) -> None:
        """Listen for the screen's bindings changing."""
        self._spans = {}
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        """Stop listening."""
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        """Paint again if the keys on offer (or whether they apply) changed."""
        if screen is self.screen and self.is_attached:
            offer = self._offer_now()
            if offer != self._offer:
                self._offer = offer
                self.refresh()

    def kept_key(self) -> tuple[Offer | None, OfferedKey | None]:
        """The keys on offer and the one under the pointer: all the line shows."""
        return self._offer, self._hover

    def _offer_now(self) -> Offer:
        """The keys the screen offers now (each action once, as Textual's Footer shows them), and the palette key."""
        app, active, keys = self.app, self.screen.active_bindings, {}
        for _node, binding, enabled, tooltip in active.values():
            if binding.show and binding.action not in keys:
                keys[binding.action] = OfferedKey(binding.key, app.get_key_display(binding), binding.description,
                                                  tooltip, enabled)
        palette = active.get(app.COMMAND_PALETTE_BINDING) if app.ENABLE_COMMAND_PALETTE else None
        if palette is not None:
            _node, binding, enabled, _tooltip = palette
            palette = OfferedKey(binding.key, app.get_key_display(binding), binding.description,
                                 binding.tooltip or binding.description, enabled)
        return tuple(keys.values()), palette

    def render(self) -> Text:
        """The keys from the left, up to the palette key on the right (none below 80 columns); when they do not
        all fit, the last (`? Keys`) stays and those before it give way (`_fitting`)."""
        self._offer = keys, palette = self._offer_now()
        width = self.size.width
        compact = width < COMPACT_BELOW
        tail = Text(end="")
        if palette is not None and width >= PALETTE_BELOW:
            tail.append(EDGE, self.get_component_rich_style("lean-footer--edge"))
            tail.append_text(self._drawn(palette, compact=True))  # Textual draws it compact at any width
            tail.append(" ")
        room = max(width - len(tail), 0)
        drawn = [(key, self._drawn(key, compact)) for key in keys]
        line, spans = Text(end="", no_wrap=True), []
        for key, text in _fitting(drawn, compact, room):
            start = len(line)
            line.append_text(text)
            spans.append((start, min(len(line), room), key))
            if compact:
                line.append(" ")
        line.truncate(room, pad=True)
        kept = tuple(span for span in spans if span[0] < room)
        if tail:
            kept += ((width - len(tail) + 1, width, palette),)  # type: ignore[assignment]
        if len(self._spans) >= 4:
            self._spans.clear()
        self._spans[self._offer, width] = kept
        return line + tail

    def _drawn(self, key: OfferedKey, compact: bool) -> Text:
        """One key as Textual's FooterKey draws it: the key in bold, then what it does."""
        key_style = self.get_component_rich_style("lean-footer--key")
        description_style = self.get_component_rich_style("lean-footer--description")
        if key == self._hover:
            under = Style(bgcolor=self.get_component_rich_style("lean-footer--hover").bgcolor)
            key_style, description_style = key_style + under, description_style + under
        if not key.enabled:
            key_style, description_style = key_style + Style(dim=True), description_style + Style(dim=True)
        if not key.description:
            return Text(key.display, key_style, end="")
        if compact:
            return Text.assemble((key.display, key_style), (" " + key.description, description_style), end="")
        return Text.assemble((f" {key.display} ", key_style), (f"{key.description} ", description_style), end="")

    def key_at(self, x: int) -> OfferedKey | None:
        """The key drawn at column `x`, if any."""
        spans = self._spans.get((self._offer, self.size.width), ()) if self._offer is not None else ()
        return next((key for start, end, key in spans if start <= x < end), None)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        """Highlight the key under the pointer and name its tooltip."""
        key = self.key_at(event.x)
        if key != self._hover:
            self._hover = key
            self.tooltip = key.tooltip if key is not None and key.tooltip else None
            self.refresh()

    def on_leave(self) -> None:
        """No key is under the pointer any more."""
        if self._hover is not None:
            self._hover = None
            self.refresh()

    def on_mouse_down(self, event: events.MouseDown) -> None:
        """A click presses the key under it (a key that does not apply now rings the bell)."""
        key = self.key_at(event.x)
        if key is None:
            return
        if key.enabled:
            self.app.simulate_key(key.key)
        else:
            self.app.bell()



def _fitting(drawn: list[tuple[OfferedKey, Text]], compact: bool, room: int) -> list[tuple[OfferedKey, Text]]:
    """The drawn keys that fit `room` columns: all when they do; else the last (the help key, `? Keys`, which
    names every other) kept, and the keys before it dropped from its left until the rest fit."""
    widths = [len(text) + compact for _key, text in drawn]
    if sum(widths) <= room or len(drawn) < 2:
        return drawn
    kept, used = drawn[:-1], sum(widths)
    while kept and used > room:
        used -= widths[len(kept) - 1]
        kept = kept[:-1]
    return [*kept, drawn[-1]]
