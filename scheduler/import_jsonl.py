"""A JSON Lines export into this database: `import_jsonl`, `ImportReport`.

Decks are matched by root, cards by deck and key, a card's seed from the spaced-repetition plugin
(`scheduler.plugin_seeds`) by its card, reviews by card, time and rating,
events by card, kind and time, practice by card, time and rating, mocks by when they started,
a mock's answers by their mock and place in it: whatever is already there is skipped, so
importing the same file twice changes nothing. Into an empty database every row keeps its
id (a mock and its answers: when there is no mock yet), so the round trip is exact (a review without its
recorded fuzz draw, from an older export, draws by its card's id). A card's reviews
replay in time order however they were merged (`scheduler.log_order`). Then the imported
cards are replayed with the settings given. One transaction: a bad line writes nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field

from scheduler import schema
from scheduler.actions import refresh
from scheduler.import_lines import (
    KINDS,
    CardLine,
    DeckLine,
    EventLine,
    ImportFileError,
    Line,
    MockAnswerLine,
    MockLine,
    PracticeLine,
    ReviewLine,
    ScheduleLine,
    SeedLine,
)
from scheduler.log_order import machine_id
from scheduler.replay_check import replayed_states
from scheduler.reviews import save_state
from scheduler.seeding import replace_seed
from scheduler.settings import Settings
from scheduler.store import Store, format_time

REPORTED = tuple(kind for kind in KINDS if kind != "schedule")
"""The kinds of line an import report counts (schedules come with the reviews)."""


@dataclass
class ImportReport:
    """What an import added, and how many lines were already there."""

    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(REPORTED, 0))
    skipped: int = 0

    def __str__(self) -> str:
        """One line: `added 2 decks, 40 cards, 812 reviews, 3 events, 0 practice, 1 mock, 5 mock answers;
        0 already there` (`, 6 seeds` after the cards when the plugin's schedules came too)."""
        parts = ", ".join(_counted(kind, count) for kind, count in self.added.items() if count or kind != "seed")
        return f"added {parts}; {self.skipped} already there"


def _counted(kind: str, count: int) -> str:
    """`3 reviews`, `1 mock`, `0 practice`, `2 mock answers`."""
    plural = "" if kind == "practice" or count == 1 else "s"
    return f"{count} {kind.replace('_', ' ')}{plural}"


class _Importer:
    """The state of one import inside its transaction: ids found or made for decks and cards."""

    def __init__(self, conn: sqlite3.Connection, name: str) -> None:
        """Import into `conn` from the file called `name`."""
        self.conn, self.name = conn, name
        self.keep_ids = conn.execute("SELECT COUNT(*) FROM decks").fetchone()[0] == 0
        self.decks: dict[str, int] = {root: id_ for id_, root in conn.execute("SELECT id, root FROM decks")}
        self.cards: dict[tuple[str, str], int] = {}
        self.keep_mock_ids = self.keep_ids and conn.execute("SELECT 1 FROM mocks").fetchone() is None
        self.mocks: dict[str, int] = {}
        """Mock ids by when the mock started (as stored)."""
        self.touched: set[int] = set()
        self.report = ImportReport()

    def add(self, number: int, line: Line) -> None:
        """Import one line (numbered `number` for messages)."""
        if isinstance(line, DeckLine):
            self._deck(line)
        elif isinstance(line, ScheduleLine):
            self._schedule(line)
        elif isinstance(line, CardLine):
            self._card(number, line)
        elif isinstance(line, SeedLine):
            self._seed(number, line)
        elif isinstance(line, MockLine):
            self._mock(line)
        elif isinstance(line, MockAnswerLine):
            self._mock_answer(number, line)
        else:
            self._row(number, line)

    def _deck(self, line: DeckLine) -> None:
        """Find the deck by its root, or add it (to be read in full at its next sync)."""
        if line.root in self.decks:
            self.report.skipped += 1
            return
        cursor = self.conn.execute(
            "INSERT INTO decks (id, root, name, added_at, parser) VALUES (?, ?, ?, ?, 0)",
            (line.id if self.keep_ids else None, line.root, line.name, format_time(line.added_at)),
        )
        self.decks[line.root] = int(cursor.lastrowid or 0)
        self.report.added["deck"] += 1

    def _schedule(self, line: ScheduleLine) -> None:
        """Add the recipe to `schedules` unless it is there (with its id, into an empty database)."""
        self.conn.execute(
            "INSERT OR IGNORE INTO schedules (id, recipe) VALUES (?, ?)",
            (line.id if self.keep_ids else None, line.recipe),
        )

    def schedule_id(self, recipe: str | None) -> int | None:
        """The id of `recipe` in `schedules` (added if new); None for no recipe."""
        if recipe is None:
            return None
        self.conn.execute("INSERT OR IGNORE INTO schedules (recipe) VALUES (?)", (recipe,))
        return int(self.conn.execute("SELECT id FROM schedules WHERE recipe = ?", (recipe,)).fetchone()[0])

    def _card(self, number: int, line: CardLine) -> None:
        """Find the card by deck and key, or add it with the content it had."""
        deck_id = self._deck_id(number, line.deck)
        row = self.conn.execute("SELECT id FROM cards WHERE deck_id = ? AND key = ?", (deck_id, line.key)).fetchone()
        if row is not None:
            self.cards[(line.deck, line.key)] = row[0]
            self.report.skipped += 1
            return
        removed = None if line.removed_at is None else format_time(line.removed_at)
        cursor = self.conn.execute(
            "INSERT INTO cards (id, deck_id, key, file, line, question, content, added_at, removed_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (line.id if self.keep_ids else None, deck_id, line.key, line.file, line.line, line.question,
             line.content, format_time(line.added_at), removed),
        )
        self.cards[(line.deck, line.key)] = int(cursor.lastrowid or 0)
        self.touched.add(self.cards[(line.deck, line.key)])
        self.report.added["card"] += 1

    def _seed(self, number: int, line: SeedLine) -> None:
        """Add the seed unless the card holds one read earlier (as a merge keeps seeds, `replace_seed`)."""
        card_id = self._card_id(number, line)
        values = (format_time(line.at), line.due.isoformat(), line.interval, line.ease, self.schedule_id(line.recipe),
                  format_time(line.due_at), format_time(line.last_at), line.last_day, None, None, card_id)
        if replace_seed(self.conn, values, machine_id(self.conn)):
            self.touched.add(card_id)
            self.report.added["seed"] += 1
        else:
            self.report.skipped += 1

    def _row(self, number: int, line: ReviewLine | EventLine | PracticeLine) -> None:
        """Add a review, event or practice row unless the card already has it."""
        card_id = self._card_id(number, line)
        if self._insert(line, *_ROWS[line.type](self, card_id, line), keep=self.keep_ids):
            self.touched.add(card_id)

    def _mock(self, line: MockLine) -> None:
        """Find the mock by when it started, or add it."""
        started = format_time(line.started_at)
        row = self.conn.execute("SELECT id FROM mocks WHERE started_at = ?", (started,)).fetchone()
        if row is not None:
            self.mocks[started] = row[0]
            self.report.skipped += 1
            return
        finished = None if line.finished_at is None else format_time(line.finished_at)
        cursor = self.conn.execute(
            "INSERT INTO mocks (id, started_at, finished_at, questions, target_seconds) VALUES (?, ?, ?, ?, ?)",
            (line.id if self.keep_mock_ids else None, started, finished, line.questions, line.target_seconds),
        )
        self.mocks[started] = int(cursor.lastrowid or 0)
        self.report.added["mock"] += 1

    def _mock_answer(self, number: int, line: MockAnswerLine) -> None:
        """Add an answer unless its mock has one at its place (the schedule is not touched)."""
        started = format_time(line.mock_started_at)
        if started not in self.mocks:
            raise ImportFileError(f"{self.name}:{number}: mock started at {started} has no mock line before it")
        columns = ("mock_id", "position", "card_id", "asked", "follow_up", "story", "rating", "duration_ms",
                   "answered_at")
        values = (self.mocks[started], line.position, self._card_id(number, line), line.asked, line.follow_up,
                  line.story, line.rating, line.duration_ms, format_time(line.answered_at))
        self._insert(line, "mock_answers", columns, values, ("mock_id", "position"), keep=self.keep_mock_ids)

    def _insert(
        self, line: Line, table: str, columns: tuple[str, ...], values: tuple, same: tuple[str, ...], *, keep: bool
    ) -> bool:
        """Add `line`'s row (with its id if `keep`) unless a row with the same `same` columns is there;
        whether it was added (counted either way)."""
        where = " AND ".join(f"{column} IS ?" for column in same)
        found = self.conn.execute(
            f"SELECT 1 FROM {table} WHERE {where}", [values[columns.index(column)] for column in same]
        ).fetchone()
        if found:
            self.report.skipped += 1
            return False
        row = (line.id if keep else None, *values)
        self.conn.execute(f"INSERT INTO {table} (id, {', '.join(columns)}) VALUES ({', '.join('?' * len(row))})", row)
        self.report.added[line.type] += 1
        return True

    def _deck_id(self, number: int, root: str) -> int:
        """The id of the deck with root `root`, or an error naming the line."""
        if root not in self.decks:
            raise ImportFileError(f"{self.name}:{number}: deck {root!r} has no deck line before it")
        return self.decks[root]

    def _card_id(self, number: int, line: SeedLine | ReviewLine | EventLine | PracticeLine | MockAnswerLine) -> int:
        """The id of the card a line is about, or an error naming the line."""
        if (line.deck, line.key) not in self.cards:
            raise ImportFileError(f"{self.name}:{number}: card {line.key!r} has no card line before it")
        return self.cards[(line.deck, line.key)]

    def review_at(self, card_id: int, moment: object) -> int | None:
        """The id of card `card_id`'s review made at `moment` (None: no such review)."""
        if moment is None:
            return None
        row = self.conn.execute(
            "SELECT id FROM reviews WHERE card_id = ? AND reviewed_at = ?", (card_id, format_time(moment))  # type: ignore[arg-type]
        ).fetchone()
        return None if row is None else int(row[0])


def _review(importer: _Importer, card_id: int, line: ReviewLine) -> tuple:
    """Where a review goes, its columns and values, and the columns that identify it."""
    columns = ("card_id", "rating", "reviewed_at", "duration_ms", "phase", "day", "schedule_id", "draw")
    values = (card_id, line.rating, format_time(line.reviewed_at), line.duration_ms, line.phase, line.day,
              importer.schedule_id(line.recipe), line.draw)
    return "review_log", columns, values, ("card_id", "reviewed_at", "rating")


def _event(importer: _Importer, card_id: int, line: EventLine) -> tuple:
    """Where an event goes (its reset point found among the card's reviews by time)."""
    columns = ("card_id", "kind", "at", "until", "after_review")
    until = None if line.until is None else format_time(line.until)
    values = (card_id, line.event, format_time(line.at), until, importer.review_at(card_id, line.after_review_at))
    return "card_event_log", columns, values, ("card_id", "kind", "at")


def _practice(importer: _Importer, card_id: int, line: PracticeLine) -> tuple:
    """Where a practice rating goes."""
    columns = ("card_id", "rating", "practised_at", "duration_ms")
    values = (card_id, line.rating, format_time(line.practised_at), line.duration_ms)
    return "practice", columns, values, ("card_id", "practised_at", "rating")


_ROWS = {"review": _review, "event": _event, "practice": _practice}


def import_jsonl(store: Store, settings: Settings, name: str, lines: Iterable[tuple[int, Line]]) -> ImportReport:
    """Merge checked, numbered lines of file `name` into the store, after an "import" backup of a
    database kept in a file; what was added."""
    lines = list(lines)  # read (and checked) whole before anything is backed up or written
    backup_before_import(store)
    with store.transaction() as conn:
        importer = _Importer(conn, name)
        for number, line in lines:
            importer.add(number, line)
        if importer.touched:
            finish_import(conn, settings, importer.touched)
    return importer.report


def backup_before_import(store: Store) -> None:
    """An "import" backup of the database (see `scheduler.backups`), unless it lives in memory."""
    if store.path != ":memory:":
        from scheduler.backups import backup_before  # noqa: PLC0415 - only when importing

        backup_before(store.conn, store.path, "import")


def finish_import(conn: sqlite3.Connection, settings: Settings, cards: set[int]) -> None:
    """Put merged logs in time order, derive the cards' caches, and sum the log by hour again."""
    for card_id in cards:
        refresh(conn, card_id)
    for card_id, state in replayed_states(conn, settings):
        if card_id in cards:
            save_state(conn, card_id, state)
    conn.execute("DELETE FROM review_hours")
    conn.execute(f"INSERT INTO review_hours {schema.HOURS_FROM_REVIEWS}")

