"""The home screen: every deck with what it has to review today."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable, Static
from textual.worker import Worker, WorkerState

from deck.controls import sanitize
from textual_app.deck_cells import notes_cell, notes_room
from textual_app.errors import UsageError
from textual_app.screens.deck_actions import DECK_ACTIONS, DECK_BINDINGS, DeckActionsScreen
from textual_app.widgets.lean_footer import LeanFooter
from textual_app.widgets.notes_progress import NotesProgress

if TYPE_CHECKING:
    from deck.models import DeckContent
    from textual_app.app import StarcardsApp

COLUMNS = ("Deck", "New", "Learning", "Due", "Notes")
INTERVIEW_COLUMN = "Interview"
"""Shown before the notes column when any deck has an interview date."""


class HomeScreen(DeckActionsScreen):
    """Lists the decks with their new / learning / due counts; asks for a review or a drill; looks after decks."""

    STYLESHEET = "decks.tcss"
    """Its rules, read when it is first shown (`textual_app.stylesheets`)."""

    app: StarcardsApp  # type: ignore[assignment]

    class ReviewRequested(Message):
        """The user asked to review these decks (their notes have been read again)."""

        def __init__(self, deck_ids: list[int]) -> None:
            """Review decks `deck_ids`."""
            super().__init__()
            self.deck_ids = deck_ids

    class PracticeRequested(Message):
        """The user asked to drill these decks without touching their schedule."""

        def __init__(self, deck_ids: list[int]) -> None:
            """Drill decks `deck_ids`."""
            super().__init__()
            self.deck_ids = deck_ids

    class MockRequested(Message):
        """The user asked for a mock interview over these decks."""

        def __init__(self, deck_ids: list[int]) -> None:
            """A mock over decks `deck_ids`."""
            super().__init__()
            self.deck_ids = deck_ids

    class ReadinessRequested(Message):
        """The user asked how ready this deck is for its interview."""

        def __init__(self, deck_id: int) -> None:
            """Readiness of deck `deck_id`."""
            super().__init__()
            self.deck_id = deck_id

    BINDINGS = [
        Binding(
            "enter",
            "review_selected",
            "Review",
            tooltip="Review the highlighted deck",
            id="review-deck",
            priority=True,
        ),
        Binding(  # out of the footer, which then fits 80 columns: the line under the table names it
            "a", "review_all", "Review all", show=False, tooltip="Review every deck together", id="review-all"
        ),
        Binding(
            "p",
            "practise",
            "Practise",
            tooltip="Drill the highlighted deck without touching its schedule",
            id="practise",
        ),
        Binding("m", "mock", "Mock", tooltip="A mock interview over the highlighted deck", id="mock"),
        Binding("t", "app.show_stories", "Stories", show=False, tooltip="Your stories and the questions they answer",
                id="stories"),
        Binding("i", "readiness", "Readiness", show=False,
                tooltip="How ready the highlighted deck is for its interview date", id="readiness"),
        Binding("comma,o", "app.settings", "Settings", tooltip="Review settings, globally or per deck", id="settings"),
        Binding("r", "refresh", "Refresh", show=False, tooltip="Count again what is due", id="refresh"),
        Binding("s", "app.show_stats", "Stats", tooltip="Forecast, calendar, retention and counts", id="stats"),
        Binding("c", "app.browse_cards", "Cards", tooltip="Search, filter and edit cards", id="cards"),
        *DECK_BINDINGS,
        Binding("q", "app.quit", "Quit", tooltip="Quit starcards", id="quit"),
    ]

    def compose(self) -> ComposeResult:
        """A title, the deck table, a line saying what to do, the footer."""
        yield Static("starcards · interview stories, one card at a time", id="home-title")
        yield DataTable(id="decks", cursor_type="row", zebra_stripes=True)
        yield NotesProgress(id="home-progress")
        yield Static("", id="home-hint", markup=False)
        yield LeanFooter()

    def on_mount(self) -> None:
        """Fill the table."""
        self.refresh_decks()

    def on_screen_resume(self) -> None:
        """Counts change after a review: count again on return."""
        self.refresh_decks()

    def on_resize(self) -> None:
        """The notes column's paths are cut to the width: cut them again."""
        self.refresh_decks()

    def refresh_decks(self) -> None:
        """Read the decks and today's counts from the store into the table."""
        from scheduler.deck_admin import warning_counts
        from scheduler.decks import list_decks
        from scheduler.queue import deck_counts
        from scheduler.rules import rules_for

        app = self.app
        decks = list_decks(app.store)
        warnings = warning_counts(app.store)
        counts = deck_counts(app.store, app.clock.now(), rules_for(app.store, app.settings))
        countdowns = {deck.id: self._countdown(deck.id, deck.name) for deck in decks}
        table = self._reset_table(any(countdowns.values()))
        total = 0
        rows = []
        for deck in decks:
            due = counts.get(deck.id)
            new, learning, review = (due.new, due.learning, due.review) if due else (0, 0, 0)
            total += new + learning + review
            rows.append([sanitize(deck.name), str(new), str(learning), str(review)])
            if any(countdowns.values()):
                rows[-1].append(countdowns[deck.id])
        headers = [str(column.label) for column in table.columns.values()][:-1]  # (all but the notes)
        widths = [[header, *(cells[at] for cells in rows)] for at, header in enumerate(headers)]
        room = notes_room(table.size.width or self.app.size.width - 4, widths)
        for deck, cells in zip(decks, rows, strict=True):
            row = [Text(cells[0]), *map(int, cells[1:4]), *(Text(cell, style="bold") for cell in cells[4:])]
            table.add_row(*row, notes_cell(deck.root, warnings.get(deck.id, 0), room), key=str(deck.id))
        self._show_hint(len(decks), total)
        self.refresh_bindings()

    def _reset_table(self, interviews: bool) -> DataTable:
        """Empty the table; its columns gain or lose the interview column as some deck has a date or none."""
        table = self.query_one("#decks", DataTable)
        columns = list(COLUMNS)
        if interviews:
            columns.insert(4, INTERVIEW_COLUMN)
        if [str(column.label) for column in table.columns.values()] == columns:
            table.clear()
            return table
        table.clear(columns=True)
        for column in columns:
            table.add_column(column, key=column.lower())
        return table

    def _countdown(self, deck_id: int, deck_name: str) -> str:
        """`in 12 days · 9 of 15 ready` (cards predicted at the readiness target on the day) for a deck with an
        interview date, else "" (`i` shows the rest)."""
        from scheduler.days import Today
        from textual_app.format import countdown

        interview = self.app.settings.for_deck(deck_name).interview_date
        if interview is None:
            return ""
        now = self.app.clock.now()
        when = countdown(Today.of(now, self.app.settings.day_starts_at).days_until(interview))
        from scheduler.readiness import readiness

        found = readiness(self.app.store, self.app.settings, deck_id, now, plan=False)
        short = when.removeprefix("interview ")
        if found is None:
            return short
        return f"{short} · {len(found.cards) - len(found.at_risk)} of {len(found.cards)} ready"

    def _show_hint(self, deck_count: int, total: int) -> None:
        """Say in one line what there is to do."""
        hint = self.query_one("#home-hint", Static)
        if deck_count == 0:
            hint.update("No decks yet. Add your notes with: starcards review PATH-TO-NOTES")
        elif total == 0:
            hint.update("Nothing to review today. Come back tomorrow.")
        else:
            cards = "card" if total == 1 else "cards"
            hint.update(f"{total} {cards} to review today. enter reviews the highlighted deck, a reviews all.")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Review keys only show when there is a deck to review."""
        if action in ("review_selected", "review_all", "practise", "mock", "readiness"):
            return self.query_one("#decks", DataTable).row_count > 0
        if action in DECK_ACTIONS:
            return self.deck_action_state(action)
        return True

    def action_review_selected(self) -> None:
        """Review the highlighted deck."""
        if (deck := self.selected_deck()) is not None:
            self._review([deck.id])

    def action_practise(self) -> None:
        """Drill the highlighted deck, weakest cards first, leaving its schedule alone."""
        if (deck := self.selected_deck()) is not None:
            self.post_message(self.PracticeRequested([deck.id]))

    def action_mock(self) -> None:
        """A mock interview over the highlighted deck: questions one after another, schedule untouched."""
        if (deck := self.selected_deck()) is not None:
            self.post_message(self.MockRequested([deck.id]))

    def action_readiness(self) -> None:
        """The highlighted deck's readiness for its interview date."""
        if (deck := self.selected_deck()) is not None:
            self.post_message(self.ReadinessRequested(deck.id))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter or a click on a row reviews that deck."""
        event.stop()
        self._review([int(event.row_key.value or 0)])

    def action_review_all(self) -> None:
        """Review every deck together."""
        from scheduler.decks import list_decks

        self._review([deck.id for deck in list_decks(self.app.store)])

    def action_refresh(self) -> None:
        """Count again."""
        self.refresh_decks()

    def _review(self, deck_ids: list[int]) -> None:
        """Read the decks' notes again (only those that changed), then review them."""
        from scheduler.decks import list_decks
        from textual_app.syncing import known_for

        options = self.app.settings.notes.read_options()
        roots = [deck.root for deck in list_decks(self.app.store) if deck.id in deck_ids]
        self._read_notes(deck_ids, {root: known_for(self.app.store, root, options) for root in roots})

    @work(thread=True, exclusive=True, exit_on_error=False, group="read-notes")
    def _read_notes(self, deck_ids: list[int], known: dict[str, dict[str, tuple[int, int]]]) -> None:
        """Parse the notes off the UI thread (the store stays on the UI thread)."""
        from textual_app.syncing import read_deck

        reads, problems = [], []
        options = self.app.settings.notes.read_options()
        progress = self.query_one("#home-progress", NotesProgress).reporter()
        for root, stamps in known.items():
            try:
                reads.append((root, read_deck(root, stamps, options, progress=progress)))
            except UsageError as error:
                problems.append(str(error))
        self.app.call_from_thread(self._sync_and_review, deck_ids, reads, problems)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A failure while reading notes is reported, never swallowed."""
        if event.state in (WorkerState.ERROR, WorkerState.CANCELLED):
            self.query_one("#home-progress", NotesProgress).finish()
        if event.state == WorkerState.ERROR:
            self.notify(f"Could not read the notes: {event.worker.error}", severity="error", markup=False)

    def _sync_and_review(self, deck_ids: list[int], reads: list[tuple[str, DeckContent]], problems: list[str]) -> None:
        """Bring the store up to date with the notes just read (deck by deck), then ask for the review."""
        from scheduler.plugin_seeds import schedulers_for
        from textual_app.syncing import sync_read

        self.query_one("#home-progress", NotesProgress).finish()
        for read in reads:
            try:
                synced = sync_read(self.app.store, [read], self.app.clock.now(), schedulers_for(self.app.settings))
            except UsageError as error:
                problems.append(str(error))
                continue
            for deck in synced:
                if deck.report.changed:
                    self.notify(f"{deck.name}: {deck.report}", markup=False, timeout=3)
        for problem in problems:
            self.notify(f"{problem}; reviewing the cards as last read.", severity="warning", markup=False)
        self.post_message(self.ReviewRequested(deck_ids))
