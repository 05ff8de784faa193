"""A simulated machine for the sync tests: its own database, its own copy of the vault, one shared sync folder."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from deck.loader import load_deck
from scheduler import actions
from scheduler.decks import sync_deck
from scheduler.doctor import examine
from scheduler.engine import CardState, Rating, make_fsrs
from scheduler.note_stamps import known_stamps
from scheduler.replay_check import check_states
from scheduler.reviews import load_state, record_review, undo_review
from scheduler.settings import Settings
from scheduler.store import Store
from scheduler.sync import SyncOutcome, sync_machines
from scheduler.sync_settings import SyncSettings

T0 = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
"""Noon UTC on an ordinary Tuesday: the tests' first day."""
FSRS = make_fsrs(Settings())


def note(questions: list[str]) -> str:
    """A note holding one question item per question, each with an answer naming it."""
    return "".join(f"- {question}\n  - I answered {question.lower()} with a story about it\n" for question in questions)


@dataclass
class Machine:
    """One machine: a store, a vault at its own path, the shared sync folder."""

    store: Store
    vault: Path
    settings: Settings

    @classmethod
    def make(cls, home: Path, folder: Path, notes: dict[str, str]) -> Machine:
        """A machine whose vault is `home/Notes` holding `notes` (relative path -> text), syncing through `folder`."""
        vault = home / "Notes"
        write_notes(vault, notes)
        settings = Settings(sync=SyncSettings(vault=str(vault), folder=str(folder)))
        return cls(Store.open(home / "starcards.db"), vault, settings)

    def read_notes(self, deck: str = "Interviews", now: datetime = T0) -> int:
        """Sync the deck at `vault/deck` from the notes; its id."""
        root = self.vault / deck
        content = load_deck(root, known=known_stamps(self.store, str(root.resolve())))
        return sync_deck(self.store, content, now)[0]

    def card(self, question: str) -> int:
        """The id of the card asking `question`."""
        return int(self.store.conn.execute("SELECT id FROM cards WHERE question = ?", (question,)).fetchone()[0])

    def rate(self, question: str, rating: int, when: datetime) -> int:
        """Rate the card asking `question`; the review's id."""
        return record_review(self.store, FSRS, self.card(question), Rating(rating), when, 4000)

    def undo(self, review_id: int) -> None:
        """Undo one of this machine's reviews."""
        undo_review(self.store, FSRS, review_id)

    def suspend(self, question: str, when: datetime) -> int:
        """Suspend a card; the event's id."""
        return actions.suspend(self.store, self.card(question), when)

    def sync(self) -> SyncOutcome:
        """Write this machine's events and merge the others'."""
        return sync_machines(self.store, self.settings, UTC)

    def log(self) -> list[tuple[object, ...]]:
        """The whole review log by global id, with what replay and statistics read, undone rows included."""
        me = self.store.conn.execute("SELECT id FROM machine").fetchone()[0]
        rows = self.store.conn.execute(
            "SELECT COALESCE(origin, ?), COALESCE(origin_id, review_log.id), cards.key, rating, reviewed_at,"
            " sort_at, duration_ms, day, draw, undone, phase, recipe FROM review_log"
            " JOIN cards ON cards.id = review_log.card_id LEFT JOIN schedules ON schedules.id = schedule_id",
            (me,),
        )
        return sorted(tuple(row) for row in rows)

    def states(self) -> dict[str, tuple[CardState, int, str | None]]:
        """Every card's cached state, suspended flag and burial, by key."""
        rows = self.store.conn.execute("SELECT id, key, suspended, buried_until FROM cards").fetchall()
        return {row[1]: (load_state(self.store.conn, row[0]), row[2], row[3]) for row in rows}

    def true_to_log(self) -> bool:
        """Whether every cache is what the log says: states (a replay), bury and suspend flags, hourly sums."""
        found = examine(self.store, self.settings, repair=False)
        return check_states(self.store, self.settings, repair=False, tz=UTC).differing == {} and not [
            finding for finding in found.findings if finding.kind in ("events", "hours")
        ]


def write_notes(vault: Path, notes: dict[str, str]) -> None:
    """Write `notes` (relative path -> text) under `vault`."""
    for name, text in notes.items():
        path = vault / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def copy_vault(source: Machine, target: Machine) -> None:
    """Copy `source`'s notes over `target`'s (the notes' own sync), leaving the sync folder alone."""
    shutil.copytree(source.vault, target.vault, dirs_exist_ok=True, ignore=shutil.ignore_patterns(".starcards"))


DAY = timedelta(days=1)
