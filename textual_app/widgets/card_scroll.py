"""`CardScroll`: the review's scrolling card, restyled alone when it gains or loses focus."""

from __future__ import annotations

from textual.containers import VerticalScroll

from textual_app.widgets.backdrop import Backdrop


class CardScroll(Backdrop, VerticalScroll):
    """The card's scrolling area (`Backdrop`: its own cells are blank).

    It takes the focus as the review opens, and gives it up as the app ends. Textual
    restyles a widget and everything in it when its focus changes, in case a rule styles
    what is inside a focused widget; no stylesheet of ours does, and the card holds the
    question and the answer: restyling them, once before the first paint and once as the
    app ends, was about a sixtieth of a whole headless start (counted in instructions).
    """

    def watch_has_focus(self, _has_focus: bool) -> None:
        """Restyle this widget alone (its `:focus` rules), not the card's contents."""
        self.app.stylesheet.update_nodes([self], animate=True)
