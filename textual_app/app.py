"""The Textual application and the one factory that builds it for the CLI and the tests."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from textual_app.editing_later import edit_card_later, run_suspended_later
from textual_app.lifecycle import apply_theme, leave_on_signals, resume_collector
from textual_app.machine_sync import start_sync
from textual_app.stylesheets import AT_START, read_for

if TYPE_CHECKING:
    from scheduler.clock import Clock
    from scheduler.focus import Focus
    from scheduler.settings import Settings
    from scheduler.store import Store
    from scheduler.surface import Session
    from textual_app.editor_command import EditorRunner
    from textual_app.notes_check import NotesCheck
    from textual_app.requests import MockRequest, PracticeRequest
    from textual_app.screens.deck_actions import DeckActionsScreen
    from textual_app.screens.home import HomeScreen
    from textual_app.screens.settings import SettingsScreen

EXIT_AFTER_FIRST_PAINT = "STARCARDS_EXIT_AFTER_FIRST_PAINT"
"""Benchmark hook: when this variable is set, run headless and exit once the first card is painted."""


class StarcardsApp(App[None]):
    """starcards: the deck list first, a review on top of it when one is asked for."""

    CSS_PATH = AT_START
    """The review screen's stylesheet; each other screen's is read when first shown (`textual_app.stylesheets`)."""
    TITLE = "starcards"
    HORIZONTAL_BREAKPOINTS = [(0, "-compact"), (80, "-narrow"), (100, "-wide")]
    """Screen classes by width: `-compact` below 80 columns, `-narrow` from 80 to 99 (the stylesheets use them)."""
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]
    """Screen classes by height: `-short` below 30 lines."""
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", show=False, tooltip="Quit starcards", id="quit-app", priority=True),
        Binding("question_mark", "help", "Keys", tooltip="Show every key you can press here", id="help"),
    ]

    note_in_obsidian: str | None = None
    """The root of the deck whose note was last handed to Obsidian, until it is read again."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        clock: Clock,
        *,
        review_decks: Sequence[int] | None = None,
        review_focus: Focus | None = None,
        practice: PracticeRequest | None = None,
        mock: MockRequest | None = None,
        notices: Sequence[str] = (),
        run_editor: EditorRunner | None = None,
        check: NotesCheck | None = None,
    ) -> None:
        """Keep the dependencies; `review_decks` or `practice` starts that at once.

        A review of `review_decks` keeps to the cards `review_focus` keeps (a tag, some notes), if given; `check`
        looks for changes in its notes after the first card is painted.

        `run_editor` runs an editor command; by default the app suspends itself and runs
        it in the terminal (tests pass one that needs no terminal).
        """
        super().__init__()
        self.store = store
        self.settings = settings
        self.clock = clock
        self._review_decks = list(review_decks) if review_decks is not None else None
        self._review_focus = review_focus
        self._practice = practice
        self._mock = mock
        self._notices = list(notices)
        self._check = check
        self.run_editor: EditorRunner = run_editor or partial(run_suspended_later, self)

    def get_default_screen(self) -> Screen[None]:
        """The deck list is the bottom of the screen stack; built only once uncovered when a review starts at once."""
        if self._review_decks is not None or self._practice is not None or self._mock is not None:
            from textual_app.lifecycle import size_classes
            from textual_app.screens.deck_list_to_come import DeckListToCome

            return DeckListToCome(classes=" ".join(sorted(size_classes(self))))
        from textual_app.screens.home import HomeScreen

        return read_for(self, HomeScreen())

    def push_screen(self, screen, *args, **kwargs):  # type: ignore[no-untyped-def, override]
        """Textual's `push_screen`, the screen's stylesheet read first (`textual_app.stylesheets`)."""
        return super().push_screen(read_for(self, screen), *args, **kwargs)

    def switch_screen(self, screen):  # type: ignore[no-untyped-def, override]
        """Textual's `switch_screen`, the screen's stylesheet read first (`textual_app.stylesheets`)."""
        return super().switch_screen(read_for(self, screen))

    leave_on_signals = False
    """Whether SIGINT and SIGTERM end the app with exit codes 130 and 143 (set by the command line, not tests)."""

    def on_mount(self) -> None:
        """Apply keys and theme, show notices, start what the command line asked for; after the first paint,
        resume the collector (`textual_app.lifecycle`) and sync."""
        self.apply_keymap()
        apply_theme(self)
        if self.leave_on_signals:
            leave_on_signals(self)
        for notice in self._notices:
            self.notify(notice, markup=False, timeout=6)
        self.call_after_refresh(resume_collector)
        self.call_after_refresh(start_sync, self)
        if self._review_decks is not None:
            self.start_review(self._review_decks, focus=self._review_focus)
        elif self._practice is not None:
            self.start_practice(self._practice)
        elif self._mock is not None:
            self.start_mock(self._mock)

    def apply_keymap(self) -> None:
        """Use the key bindings from the settings (`[keys]`: binding id -> keys)."""
        self.set_keymap(dict(self.settings.keys))

    def update_settings(self, settings: Settings) -> None:
        """Adopt new settings: sessions started from now on use them, and the keys change at once."""
        self.settings = settings
        self.apply_keymap()

    def on_settings_screen_saved(self, message: SettingsScreen.Saved) -> None:
        """The settings screen saved new settings: adopt them."""
        self.update_settings(message.settings)

    def on_deck_actions_screen_settings_moved(self, message: DeckActionsScreen.SettingsMoved) -> None:
        """A deck was renamed and its settings moved with it: adopt them."""
        self.update_settings(message.settings)

    def start_review(self, deck_ids: Sequence[int] | None, *, focus: Focus | None = None) -> None:
        """Push a review of the given decks (None: every deck), only of the cards `focus` keeps if given."""
        from scheduler.session import ReviewSession

        decks = list(deck_ids) if deck_ids else None
        session = ReviewSession(self.store, self.settings, self.clock, decks, focus=focus)
        check, self._check = self._check, None
        if check is not None and session.current is None:  # nothing to show: the notes may hold new cards
            check.now(self)
            session, check = ReviewSession(self.store, self.settings, self.clock, decks, focus=focus), None
        self._show_session(session)
        if os.environ.get(EXIT_AFTER_FIRST_PAINT):
            self.call_after_refresh(self.exit)  # the benchmark's first paint: the change check is not part of it
        elif check is not None:
            check.after_paint(self)

    def on_home_screen_review_requested(self, message: HomeScreen.ReviewRequested) -> None:
        """The deck list asks for a review of some decks (their notes already read again)."""
        self.start_review(message.deck_ids)

    def on_home_screen_practice_requested(self, message: HomeScreen.PracticeRequested) -> None:
        """The deck list asks for a practice drill of some decks."""
        from textual_app.requests import PracticeRequest

        self.start_practice(PracticeRequest(deck_ids=message.deck_ids))

    def on_home_screen_mock_requested(self, message: HomeScreen.MockRequested) -> None:
        """The deck list asks for a mock interview over some decks."""
        from textual_app.requests import MockRequest

        self.start_mock(MockRequest(deck_ids=message.deck_ids))

    def on_home_screen_readiness_requested(self, message: HomeScreen.ReadinessRequested) -> None:
        """The deck list asks for a deck's readiness for its interview."""
        from textual_app.screens.readiness import ReadinessScreen

        self.push_screen(ReadinessScreen(message.deck_id))

    def action_show_stats(self) -> None:
        """Push the statistics screen, for every deck (unless it is already showing)."""
        from textual_app.screens.stats import StatsScreen

        if not isinstance(self.screen, StatsScreen):
            self.push_screen(StatsScreen())

    def action_browse_cards(self) -> None:
        """Push the card browser (unless it is already showing)."""
        from textual_app.screens.cards import CardsScreen

        if not isinstance(self.screen, CardsScreen):
            self.push_screen(CardsScreen())

    def start_practice(self, request: PracticeRequest) -> None:
        """Push a practice drill: the schedule is left as it is."""
        from scheduler.practice import PracticeSession

        session = PracticeSession(
            self.store, self.settings, self.clock, request.deck_ids, focus=request.focus, weakest=request.weakest
        )
        self._show_session(session)

    def _show_session(self, session: Session) -> None:
        """Push the review screen over `session`, on the app's clock, editing notes through the app."""
        from textual_app.screens.review import ReviewScreen

        screen = ReviewScreen(session, self.clock.now, partial(edit_card_later, self))
        self.push_screen(screen, partial(start_sync, self))

    def start_mock(self, request: MockRequest) -> None:
        """Push a mock interview: questions one after another; the schedule is left as it is."""
        from scheduler.mock import MockInterview
        from textual_app.screens.mock import MockScreen

        mock = MockInterview(
            self.store, self.settings, self.clock.now(), request.deck_ids,
            questions=request.questions, focus=request.focus, minutes=request.minutes,
        )
        if not mock.questions:
            self.notify("No cards to ask: sync some notes first, or choose another tag.", markup=False)
            return
        self.push_screen(MockScreen(mock))
        if len(mock.questions) < request.questions:
            only = len(mock.questions)
            self.notify(f"Only {only} question{'s' if only != 1 else ''} to ask of the {request.questions} asked for:"
                        " no more cards match.", markup=False)

    def action_show_stories(self) -> None:
        """Push the story map, for every deck (unless it is already showing)."""
        from textual_app.screens.stories import StoriesScreen

        if not isinstance(self.screen, StoriesScreen):
            self.push_screen(StoriesScreen())

    def action_help(self) -> None:
        """Show the keys of the current screen."""
        from textual_app.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_settings(self) -> None:
        """Open the settings screen."""
        from textual_app.screens.settings import SettingsScreen

        if not isinstance(self.screen, SettingsScreen):
            self.push_screen(SettingsScreen(self.settings))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The palette (`textual_app.palette`): the screen's keys, then the app's places, theme and quit."""
        from textual_app.palette import palette_commands

        return palette_commands(self, screen, super().get_system_commands(screen))

    def watch_app_focus(self, focus: bool) -> None:
        """The terminal has focus back: a note opened in Obsidian meanwhile is read again."""
        if not focus or self.note_in_obsidian is None:
            return
        from textual_app.note_editing import NoteReread, resync

        root, self.note_in_obsidian = self.note_in_obsidian, None
        if resync(self, root):
            self.screen.post_message(NoteReread())


def create_app(
    store: Store,
    settings: Settings | None = None,
    clock: Clock | None = None,
    *,
    review_decks: Sequence[int] | None = None,
    review_focus: Focus | None = None,
    practice: PracticeRequest | None = None,
    mock: MockRequest | None = None,
    notices: Sequence[str] = (),
    run_editor: EditorRunner | None = None,
    check: NotesCheck | None = None,
) -> StarcardsApp:
    """Build the app with its store, settings and clock (defaults: built-in settings, real time)."""
    from scheduler.clock import SystemClock
    from scheduler.settings import Settings

    return StarcardsApp(
        store,
        settings or Settings(),
        clock or SystemClock(),
        review_decks=review_decks,
        review_focus=review_focus,
        practice=practice,
        mock=mock,
        notices=notices,
        run_editor=run_editor,
        check=check,
    )

