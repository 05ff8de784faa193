"""`LeanFooter`: Textual's Footer, rebuilt only when its keys change, packed closer in a narrow terminal,
letting go of the keys it has replaced.

Textual's Footer rebuilds its keys whenever a screen says its bindings may have changed:
on the review screen that is several times at every reveal and every rating, mostly to
show the very same keys, and each rebuild restyles every key (a frame's worth of work at
each keypress). `LeanFooter` compares what it would show with what it shows and rebuilds
only when they differ. Each key Textual's Footer builds watches the
footer's `compact` setting, and Textual drops such a watcher only when the watched
setting changes, which `compact` never does. So every key ever shown stays in memory
with its caches, and the garbage collector's full passes, which pause the app, grow
longer with every card (Textualize/textual issue 6666, open as of Textual 8.2).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

if TYPE_CHECKING:
    from textual.screen import Screen

COMPACT_BELOW = 100
"""Below this many columns the keys are packed closer, so that every key fits 80 columns."""
PALETTE_BELOW = 80
"""Below this many columns the `^p palette` hint gives its room to the keys."""

WATCHERS = "__watchers"
"""Where Textual keeps the watchers of an object's reactive attributes (a private table)."""


class LeanFooter(Footer):
    """A Footer that forgets the watchers of its removed keys after each rebuild, and packs its keys when narrow."""

    _offer: tuple[object, ...] = ()
    """What the keys built last show (`_offer_now`), to tell whether a rebuild would change anything."""
    _enabled: dict[str, bool] = {}  # noqa: RUF012 - replaced, never changed in place
    """Whether each shown action was enabled when last looked at."""
    _rebuilding = False
    """Whether a rebuild is on its way."""

    def on_resize(self, event: events.Resize) -> None:
        """Compact below 100 columns; no palette hint below 80."""
        self.compact = event.size.width < COMPACT_BELOW
        self.show_command_palette = event.size.width >= PALETTE_BELOW
        if self._bindings_ready and self.is_attached:
            self._rebuild_if_changed()

    def bindings_changed(self, screen: Screen[object]) -> None:
        """The screen's bindings may have changed: rebuild the keys if what they show did."""
        self._bindings_ready = True
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            self._rebuild_if_changed()

    def _rebuild_if_changed(self) -> None:
        """Rebuild the keys (after the next refresh, as Textual's Footer does) when what they show changed;
        when only some keys were enabled or disabled, restyle those keys instead."""
        offer, enabled = self._offer_now()
        if offer != self._offer:
            self._offer = offer
            if not self._rebuilding:  # one rebuild pending builds the latest keys: never two in a row
                self._rebuilding = True
                self.call_after_refresh(self.recompose)
        elif enabled != self._enabled and not self._rebuilding:
            self.call_after_refresh(self._enable, enabled)
        self._enabled = enabled

    def _enable(self, enabled: dict[str, bool]) -> None:
        """Dim the keys whose action is disabled now, undim the others (as a rebuild would draw them)."""
        for key in self.query(FooterKey):
            disabled = not enabled.get(key.action, True)
            key._disabled = disabled  # what a click checks before pressing the key
            key.set_class(disabled, "-disabled")

    def _offer_now(self) -> tuple[tuple[object, ...], dict[str, bool]]:
        """What `compose` shows (each shown key with its label, action, tooltip and group; the palette hint),
        and whether each shown action is enabled."""
        shown = [
            (binding, enabled, tooltip)
            for _node, binding, enabled, tooltip in self.screen.active_bindings.values()
            if binding.show or binding.action == "command_palette"
        ]
        keys = tuple(
            (binding.key, self.app.get_key_display(binding), binding.description, binding.action, tooltip,
             id(binding.group), binding.show)
            for binding, _enabled, tooltip in shown
        )
        return (keys, self.show_command_palette), {binding.action: enabled for binding, enabled, _tooltip in shown}

    async def recompose(self) -> None:
        """Rebuild the keys, then drop the watchers the old keys left behind."""
        self._rebuilding = False
        await super().recompose()
        try:
            for entries in getattr(self, WATCHERS, {}).values():
                entries[:] = [(node, callback) for node, callback in entries if not node._closing]
        except (AttributeError, TypeError, ValueError):
            return  # a Textual whose private table has another shape: keep the leak, never crash
