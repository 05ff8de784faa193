"""A process that acts on a starcards database and acknowledges each action once it is committed.

Run as `python -m tests.faults.worker DB VAULT SEED STEPS`. Each step is a rating, an
undo of one of its own ratings, a bury, a suspend, an undo of one of its own events, or
a sync after rewriting a note; after it returns (committed), one line goes to stdout:
`rate ID`, `unrate ID`, `event ID`, `unevent ID` or `sync`. An undo is announced first
(`will unrate ID`), since a kill just after it commits leaves the row gone unacknowledged.
A test kills it at any point and checks that everything acknowledged is in the database.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from deck.loader import load_deck
from scheduler import actions
from scheduler.decks import sync_deck
from scheduler.engine import Rating, make_fsrs
from scheduler.note_stamps import known_stamps
from scheduler.reviews import record_review, undo_review
from scheduler.settings import Settings
from scheduler.store import Store

START = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
KINDS = ["rate"] * 5 + ["unrate", "bury", "suspend", "unevent", "sync"]


def note_text(number: int, variant: int) -> str:
    """A note of three questions; `variant` rewords the answers."""
    return "".join(f"- Question {number}-{q}?\n  - answer {variant}\n" for q in range(3))


def write_vault(vault: Path, notes: int = 5) -> None:
    """The vault a worker syncs: `notes` notes of three cards each."""
    vault.mkdir(parents=True, exist_ok=True)
    for number in range(notes):
        (vault / f"n{number}.md").write_text(note_text(number, 0), encoding="utf-8")


def sync(store: Store, vault: Path, now: datetime) -> None:
    """Read the vault's changed notes and store them."""
    sync_deck(store, load_deck(vault, known=known_stamps(store, str(vault.resolve()))), now)


class Worker:
    """The actions of one process, and what it has done so far (so it only undoes its own)."""

    def __init__(self, store: Store, vault: Path, seed: int) -> None:
        """Act on `store` and `vault`, choosing with `seed`."""
        self.store, self.vault, self.chance = store, vault, random.Random(seed)
        self.fsrs = make_fsrs(Settings())
        self.now = START
        self.rated: list[int] = []
        self.events: list[int] = []

    def step(self) -> str | None:
        """Do one random action; the acknowledgement line, or None when it had nothing to act on."""
        self.now += timedelta(minutes=self.chance.randrange(1, 600))
        kind = self.chance.choice(KINDS)
        cards = [row[0] for row in self.store.conn.execute("SELECT id FROM cards WHERE removed_at IS NULL")]
        card = self.chance.choice(cards) if cards else None
        if kind == "sync":
            number = self.chance.randrange(5)
            (self.vault / f"n{number}.md").write_text(note_text(number, self.chance.randrange(9)), encoding="utf-8")
            sync(self.store, self.vault, self.now)
            return "sync"
        if card is None:
            return None
        return getattr(self, kind)(card)

    def rate(self, card: int) -> str:
        """Rate `card`."""
        rating = Rating(self.chance.randrange(1, 5))
        self.rated.append(record_review(self.store, self.fsrs, card, rating, self.now, 1000))
        return f"rate {self.rated[-1]}"

    def unrate(self, _card: int) -> str | None:
        """Undo this worker's last rating (saying so first: once killed, it may or may not have happened)."""
        if not self.rated:
            return None
        print(f"will unrate {self.rated[-1]}", flush=True)
        undo_review(self.store, self.fsrs, self.rated[-1])
        return f"unrate {self.rated.pop()}"

    def bury(self, card: int) -> str:
        """Bury `card` for a day."""
        self.events.append(actions.bury(self.store, card, self.now, self.now + timedelta(days=1)))
        return f"event {self.events[-1]}"

    def suspend(self, card: int) -> str:
        """Suspend `card`."""
        self.events.append(actions.suspend(self.store, card, self.now))
        return f"event {self.events[-1]}"

    def unevent(self, _card: int) -> str | None:
        """Undo this worker's last bury or suspend (saying so first, as `unrate` does)."""
        if not self.events:
            return None
        print(f"will unevent {self.events[-1]}", flush=True)
        actions.undo_event(self.store, self.fsrs, self.events[-1])
        return f"unevent {self.events.pop()}"


def main(db: str, vault: str, seed: str, steps: str) -> None:
    """Act `steps` times, printing each acknowledgement as soon as the action has committed."""
    with Store.open(db) as store:
        worker = Worker(store, Path(vault), int(seed))
        for _ in range(int(steps)):
            line = worker.step()
            if line is not None:
                print(line, flush=True)
    print("done", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
