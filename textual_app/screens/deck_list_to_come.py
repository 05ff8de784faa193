"""The screen under a review started from the command line, until the review ends and the deck list replaces it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen

if TYPE_CHECKING:
    from textual import events
    from textual.widget import Widget


class DeckListToCome(Screen[None], inherit_css=False):
    """Stands in for the deck list under a review started from the command line.

    Building the deck list (its table and counts) costs more than a tenth of a second
    that the first card should not wait for; it is built when the review ends.

    It takes none of `Screen`'s default styles (`inherit_css=False`): Textual keeps each class's
    default stylesheet once, ranked by how far below the screen's own class it sits, and a
    screen one class below `Screen` registered first made it parse `Screen`'s and `Widget`'s
    rules again, and restyle, when the review (further below) came on top before the first
    paint. Shown only for the moment between the review and the deck list, it needs the
    background alone.
    """

    DEFAULT_CSS = "DeckListToCome { background: $background; }"

    covered = False

    def _extend_compose(self, widgets: list[Widget]) -> None:
        """Textual adds its toast rack and tooltip to every screen as it is composed; this one is covered by the
        review before it is ever painted and gives way to the deck list once uncovered, so it shows neither (two
        widgets fewer to mount and style before the first card; a notice finds the screen on top's own rack)."""

    def on_screen_suspend(self) -> None:
        """A review went on top."""
        self.covered = True

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        """Uncovered: put the deck list on top, for good (this screen stays beneath it).

        On top for the first time, as the app starts, it was styled a moment before as it was mounted (made
        with the size classes, `textual_app.lifecycle.size_classes`): Textual's second pass over it is left out.
        """
        if not self.covered:
            event.refresh_styles = False
            return
        from textual_app.screens.home import HomeScreen

        self.app.push_screen(HomeScreen())
