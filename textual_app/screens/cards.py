"""The card browser: search and filter cards, sort them, see one in full, suspend, reset or edit it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import DataTable, Input, Select, Static

from scheduler.vocabulary import Phase
from textual_app.cards_table import COLUMNS, STATUS_STYLES, cells, question_width
from textual_app.stats_text import plural
from textual_app.widgets.card_detail import CardDetail
from textual_app.widgets.lean_footer import LeanFooter

if TYPE_CHECKING:
    from scheduler.browse import CardRow
    from textual_app.app import StarcardsApp
    from textual_app.note_editing import NoteReread

LIMIT = 500
"""At most this many cards in the table; the count line says when more match."""

WIDTHS = {"Question": 30, "Deck": 12}
"""Columns given to the question and the deck name in the table (the detail below shows them whole); the
question takes whatever a wider terminal leaves spare as well (`question_width`)."""

WIDE = 100
"""From this many columns on, the question keeps `WIDTHS["Question"]` at least."""
NARROW_QUESTION = 20
"""The question's least width in a narrower terminal."""

SEARCH_DELAY = 0.25
"""Seconds of quiet typing before the search runs."""


class CardsScreen(Screen[None]):
    """Cards in a table, filtered and sorted; the highlighted one in full below."""

    STYLESHEET = "tools.tcss"
    """Its rules, read when it is first shown (`textual_app.stylesheets`)."""

    app: StarcardsApp  # type: ignore[assignment]

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", tooltip="Back to the deck list", id="cards-back"),
        Binding("slash", "focus_search", "Search", tooltip="Search questions and answers", id="cards-search"),
        Binding("s", "suspend", "Suspend", tooltip="Take the card out of every review", id="cards-suspend"),
        Binding("u", "unsuspend", "Unsuspend", tooltip="Put the card back in the reviews", id="cards-unsuspend"),
        Binding("r", "reset", "Reset", tooltip="Start the card again as new; its history is kept", id="cards-reset"),
        Binding("e", "edit", "Edit", tooltip="Open the card's note in $VISUAL or $EDITOR", id="cards-edit"),
    ]

    def __init__(self) -> None:
        """An empty browser; the cards are read on mount."""
        super().__init__(id="cards")
        self.rows: dict[int, CardRow] = {}
        self._texts: dict[int, tuple[str, ...]] = {}
        self._question_width = 0
        self._search_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        """The filter bar, the table, the count, the detail, the footer."""
        from scheduler.browse import FILTERS, SORTS, all_tags
        from scheduler.decks import list_decks

        store = self.app.store
        with Horizontal(id="cards-filters"):
            yield Input(placeholder="/ search", id="cards-text", compact=True)
            decks = [(Text(deck.name), deck.id) for deck in list_decks(store)]
            yield Select(decks, prompt="All decks", id="cards-deck", compact=True)
            yield Select([(Text(tag), tag) for tag in all_tags(store)], prompt="Any tag", id="cards-tag", compact=True)
            yield Select([(name, name) for name in FILTERS], prompt="Any state", id="cards-state", compact=True)
            sorts = [(f"by {name}", name) for name in SORTS]
            yield Select(sorts, value="due", allow_blank=False, id="cards-sort", compact=True)
        yield DataTable(id="cards-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="cards-count", markup=False)
        with VerticalScroll(id="card-detail-scroll"):
            yield CardDetail(id="card-detail")
        yield LeanFooter()

    def on_mount(self) -> None:
        """List the cards, and put the focus on the table."""
        self.reload()
        self.query_one("#cards-table", DataTable).focus()

    def on_resize(self) -> None:
        """A new width: once the table is laid out at it, the question column takes what the others leave."""
        self.call_after_refresh(self._refit)

    def _refit(self) -> None:
        """List the cards again if the question column's width no longer fits the table's."""
        if self._fitted_width() != self._question_width:
            self._fill(self.current.id if self.current else None)

    @property
    def current(self) -> CardRow | None:
        """The highlighted card, if any."""
        table = self.query_one("#cards-table", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.rows.get(int(key or 0))

    def reload(self, keep: int | None = None) -> None:
        """Search again with the current filters; highlight card `keep` (else the one highlighted) if listed."""
        from scheduler.browse import count_cards, search_cards
        from scheduler.rules import rules_for

        keep = keep if keep is not None else (self.current.id if self.current else None)
        filters = self._filters()
        now = self.app.clock.now()
        sort = self._value("#cards-sort") or "due"
        rules = rules_for(self.app.store, self.app.settings)
        rows = search_cards(self.app.store, now, sort=sort, limit=LIMIT, rules=rules, **filters)
        self.rows = {row.id: row for row in rows}
        self._texts = {row.id: cells(row, now, self.app.settings.day_starts_at) for row in rows}  # type: ignore[attr-defined]
        self._fill(keep)
        total = len(rows) if len(rows) < LIMIT else count_cards(self.app.store, now, **filters)
        shown = plural(total, "card") if total <= LIMIT else f"showing {LIMIT} of {total} cards: narrow the search"
        self.query_one("#cards-count", Static).update(shown)
        self._show_detail()
        self.refresh_bindings()

    def _fitted_width(self) -> int:
        """The question column's width for the table's width now and the cards listed."""
        table = self.query_one("#cards-table", DataTable)
        room = table.size.width - table.styles.scrollbar_size_vertical  # a scroll bar may come and go
        return question_width(list(self._texts.values()), room, self._widths(room), 2 * table.cell_padding)

    def _widths(self, room: int) -> dict[str, int]:
        """`WIDTHS` fitted to the cards listed and the room: the deck column no wider than its longest name, the
        question's least width smaller in a narrow terminal (so R, S and D stay on screen at 80 columns)."""
        decks = max((len(texts[1]) for texts in self._texts.values()), default=0)
        question = WIDTHS["Question"] if room >= WIDE else NARROW_QUESTION
        return {"Question": question, "Deck": max(len("Deck"), min(WIDTHS["Deck"], decks))}

    def _fill(self, keep: int | None) -> None:
        """Put the cards listed in the table (the columns set anew when the question's width changes) and
        highlight card `keep` if listed."""
        table = self.query_one("#cards-table", DataTable)
        width = self._fitted_width()
        table.clear(columns=width != self._question_width)
        if width != self._question_width:
            self._question_width = width
            widths = {**self._widths(0), "Question": width}
            for column in COLUMNS:
                table.add_column(column, key=column.lower(), width=widths.get(column))
        for card_id, texts in self._texts.items():
            style = STATUS_STYLES.get(self.rows[card_id].status, "")
            shown = (Text(cell, style=style, overflow="ellipsis", no_wrap=True) for cell in texts)
            table.add_row(*shown, key=str(card_id))  # (a question longer than its column ends in `…`)
        if keep in self.rows:
            table.move_cursor(row=table.get_row_index(str(keep)))

    def _filters(self) -> dict[str, object]:
        """The search text, tag, deck and state chosen, as `search_cards` takes them."""
        deck = self._value("#cards-deck")
        return {
            "text": self.query_one("#cards-text", Input).value.strip() or None,
            "tag": self._value("#cards-tag"),
            "deck_ids": None if deck is None else [deck],
            "state": self._value("#cards-state"),
        }

    def _value(self, selector: str):  # noqa: ANN202 - a Select's value of whatever type it holds
        """The value of a Select, None when blank."""
        value = self.query_one(selector, Select).value
        return None if value == Select.NULL else value

    def _show_detail(self) -> None:
        """Describe the highlighted card in full below the table."""
        from scheduler.browse import card_history

        row = self.current
        history = card_history(self.app.store, row.id) if row else []
        self.query_one("#card-detail", CardDetail).show(row, history, self.app.clock.now())

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """Another card highlighted: show it."""
        event.stop()
        self._show_detail()
        self.refresh_bindings()

    def on_select_changed(self, event: Select.Changed) -> None:
        """A filter or the sort changed: list again."""
        event.stop()
        self.reload()

    def on_input_changed(self, event: Input.Changed) -> None:
        """Search once typing pauses."""
        event.stop()
        if self._search_timer is not None:
            self._search_timer.stop()
        self._search_timer = self.set_timer(SEARCH_DELAY, self.reload)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the search box: search now and move to the table."""
        event.stop()
        if self._search_timer is not None:
            self._search_timer.stop()
        self.reload()
        self.query_one("#cards-table", DataTable).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Card actions only with a card highlighted: suspend or unsuspend, whichever applies; reset once reviewed."""
        row = self.current
        if action == "reset":
            return row is not None and row.status != "removed" and row.state != Phase.NEW.label
        if action == "edit":
            return row is not None and row.status != "removed"
        if action == "suspend":
            return row is not None and row.status not in ("suspended", "removed")
        if action == "unsuspend":
            return row is not None and row.status == "suspended"
        return True

    def action_focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.query_one("#cards-text", Input).focus()

    def action_suspend(self) -> None:
        """Suspend the highlighted card (journalled; the review log is untouched)."""
        from scheduler.actions import suspend

        if (row := self.current) is not None:
            suspend(self.app.store, row.id, self.app.clock.now())
            self.notify("Suspended: it will not come up until unsuspended.", timeout=3)
            self.reload(keep=row.id)

    def action_unsuspend(self) -> None:
        """Put the highlighted card back in the reviews, its schedule as it was."""
        from scheduler.actions import unsuspend

        if (row := self.current) is not None:
            unsuspend(self.app.store, row.id, self.app.clock.now())
            self.notify("Unsuspended.", timeout=3)
            self.reload(keep=row.id)

    def action_reset(self) -> None:
        """Ask, then start the highlighted card again as new; its reviews stay in the history."""
        from textual_app.screens.confirm import ConfirmScreen

        row = self.current
        if row is None:
            return
        question = "Reset this card? It starts again as a new card; its reviews stay in the history."

        def answered(yes: bool | None) -> None:
            if yes:
                self._reset(row)

        self.app.push_screen(ConfirmScreen(question, yes="Reset"), answered)

    def _reset(self, row: CardRow) -> None:
        """Reset the card of `row` now, with its deck's settings."""
        from scheduler.actions import reset
        from scheduler.engine import make_fsrs

        reset(self.app.store, make_fsrs(self.app.settings.for_deck(row.deck)), row.id, self.app.clock.now())
        self.notify("Reset: the card is new again.", timeout=3)
        self.reload(keep=row.id)

    def action_edit(self) -> None:
        """Open the highlighted card's note at its line in the user's editor, then read the note again."""
        from textual_app.note_editing import open_note

        if (row := self.current) is not None and open_note(self.app, row.root, row.file, row.line):
            self.reload(keep=row.id)

    def on_note_reread(self, _message: NoteReread) -> None:
        """A note edited in Obsidian was read again: list the cards anew."""
        self.reload()
