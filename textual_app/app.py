"""The Textual application and the one factory that builds it for the CLI and the tests."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding

from textual_app.screens.home import HomeScreen

if TYPE_CHECKING:
    from scheduler.clock import Clock
    from scheduler.settings import Settings
    from scheduler.store import Store

EXIT_AFTER_FIRST_PAINT = "STARCARDS_EXIT_AFTER_FIRST_PAINT"
"""Benchmark hook: when this variable is set, run headless and exit once the first card is painted."""


class StarcardsApp(App[None]):
    """starcards: the deck list first, a review on top of it when one is asked for."""

    CSS_PATH = "starcards.tcss"
    TITLE = "starcards"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", show=False, tooltip="Quit starcards"),
    ]

    def __init__(
        self,
        store: Store,
        settings: Settings,
        clock: Clock,
        *,
        review_decks: Sequence[int] | None = None,
        notices: Sequence[str] = (),
    ) -> None:
        """Keep the dependencies; `review_decks` starts a review of those decks at once."""
        super().__init__()
        self.store = store
        self.settings = settings
        self.clock = clock
        self._review_decks = list(review_decks) if review_decks is not None else None
        self._notices = list(notices)

    def get_default_screen(self) -> HomeScreen:
        """The deck list is the bottom of the screen stack."""
        return HomeScreen()

    def on_mount(self) -> None:
        """Show start-up notices, then start the review asked for on the command line."""
        for notice in self._notices:
            self.notify(notice, markup=False, timeout=6)
        if self._review_decks is not None:
            self.start_review(self._review_decks)

    def start_review(self, deck_ids: Sequence[int] | None) -> None:
        """Push a review of the given decks (None: every deck)."""
        from scheduler.session import ReviewSession
        from textual_app.screens.review import ReviewScreen

        session = ReviewSession(self.store, self.settings, self.clock, list(deck_ids) if deck_ids else None)
        self.push_screen(ReviewScreen(session))
        if os.environ.get(EXIT_AFTER_FIRST_PAINT):
            self.call_after_refresh(self.exit)


def create_app(
    store: Store,
    settings: Settings | None = None,
    clock: Clock | None = None,
    *,
    review_decks: Sequence[int] | None = None,
    notices: Sequence[str] = (),
) -> StarcardsApp:
    """Build the app with its store, settings and clock (defaults: built-in settings, real time)."""
    from scheduler.clock import SystemClock
    from scheduler.settings import Settings

    return StarcardsApp(
        store,
        settings or Settings(),
        clock or SystemClock(),
        review_decks=review_decks,
        notices=notices,
    )
