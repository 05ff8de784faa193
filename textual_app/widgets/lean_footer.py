"""`LeanFooter`: Textual's Footer, packed closer in a narrow terminal, letting go of the keys it has replaced.

Textual's Footer rebuilds its keys whenever the keys on offer change; on the review
screen that is at every reveal and every rating. Each key it builds watches the
footer's `compact` setting, and Textual drops such a watcher only when the watched
setting changes, which `compact` never does. So every key ever shown stays in memory
with its caches, and the garbage collector's full passes, which pause the app, grow
longer with every card (Textualize/textual issue 6666, open as of Textual 8.2).
"""

from __future__ import annotations

from textual import events
from textual.widgets import Footer

COMPACT_BELOW = 100
"""Below this many columns the keys are packed closer, so that every key fits 80 columns."""
PALETTE_BELOW = 80
"""Below this many columns the `^p palette` hint gives its room to the keys."""

WATCHERS = "__watchers"
"""Where Textual keeps the watchers of an object's reactive attributes (a private table)."""


class LeanFooter(Footer):
    """A Footer that forgets the watchers of its removed keys after each rebuild, and packs its keys when narrow."""

    def on_resize(self, event: events.Resize) -> None:
        """Compact below 100 columns; no palette hint below 80."""
        self.compact = event.size.width < COMPACT_BELOW
        self.show_command_palette = event.size.width >= PALETTE_BELOW

    async def recompose(self) -> None:
        """Rebuild the keys, then drop the watchers the old keys left behind."""
        await super().recompose()
        try:
            for entries in getattr(self, WATCHERS, {}).values():
                entries[:] = [(node, callback) for node, callback in entries if not node._closing]
        except (AttributeError, TypeError, ValueError):
            return  # a Textual whose private table has another shape: keep the leak, never crash
