"""Syncs converge: whatever happened to the notes, one sync after they settle stores exactly what the notes say.

Each step changes the vault (deletes, re-creates, rewrites of the same size keeping the
mtime, truncates, unreadable notes, renames, a note replaced by a folder or a symlink)
and syncs; at the end every note is readable again, one more sync runs, and the store's
present cards must equal a fresh read of the notes, with the reviews of notes left as
they were still attached to their cards.
"""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

import pytest

from deck.content_json import content_json
from deck.loader import load_deck
from scheduler.decks import sync_deck
from scheduler.engine import Rating, make_fsrs
from scheduler.note_stamps import known_stamps
from scheduler.reviews import record_review
from scheduler.settings import Settings
from scheduler.store import Store
from tests.files import age
from tests.scheduler.helpers import T0

STORY = (
    "- Tell me about a time you {verb} the {thing}?\n  - **Situation**: {thing} was late\n  - **Action**: I {verb} it\n"
)
VERBS = ("shipped", "rescued", "planned", "drafted")
"""Verbs of one length: a note's variants differ in words, not in size."""


def note_text(number: int, variant: int = 0) -> str:
    """Note `number`'s text: two questions; `variant` changes the words, not the length."""
    verb = VERBS[variant % len(VERBS)]
    return STORY.format(verb=verb, thing=f"project{number:03}") + STORY.format(verb=verb, thing=f"launch{number:03}")


class Vault:
    """A folder of notes and the faults the test can inflict on them."""

    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """Notes 0-9 under `root`; nothing unreadable yet."""
        self.root = root
        self.unreadable: set[Path] = set()
        real = Path.read_bytes
        refused = self.unreadable

        def read_bytes(path: Path) -> bytes:
            if path in refused:
                raise PermissionError(13, "Permission denied", str(path))
            return real(path)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)
        root.mkdir()
        for number in range(10):
            self.path(number).write_text(note_text(number), encoding="utf-8")
            age(self.path(number))

    def path(self, number: int) -> Path:
        """Where note `number` lives."""
        return self.root / f"note{number}.md"

    def rewrite_same_size_same_mtime(self, number: int, variant: int) -> None:
        """New words of the same length, with the old mtime put back (a change a size+mtime stamp misses)."""
        path = self.path(number)
        if path.is_file() and not path.is_symlink():
            before = path.stat()
            path.write_text(note_text(number, variant), encoding="utf-8")
            os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))

    def act(self, chance: random.Random) -> None:
        """One random fault on one random note."""
        number = chance.randrange(10)
        path = self.path(number)
        action = chance.choice(
            ["delete", "create", "rewrite", "truncate", "lock", "unlock", "rename", "folder", "symlink"]
        )
        if action in ("delete", "folder", "symlink"):
            self._remove(path)
        if action == "create" and not path.exists():
            path.write_text(note_text(number, chance.randrange(4)), encoding="utf-8")
        elif action == "rewrite":
            self.rewrite_same_size_same_mtime(number, chance.randrange(4))
        elif action == "truncate" and path.is_file():
            path.write_text(note_text(number)[: chance.randrange(1, 80)], encoding="utf-8")
        elif action == "lock" and path.is_file():
            self.unreadable.add(path)
        elif action == "unlock":
            self.unreadable.discard(path)
        elif action == "rename" and path.is_file() and not path.is_symlink():
            path.rename(self.root / f"renamed{number}-{chance.randrange(99)}.md")
        elif action == "folder":
            (path / "inner").mkdir(parents=True)
        elif action == "symlink":
            other = self.path((number + 1) % 10)
            path.symlink_to(other if other.is_file() else self.root / "nowhere.md")

    def _remove(self, path: Path) -> None:
        """Delete whatever is at `path` (note, symlink or folder)."""
        if path.is_symlink() or path.is_file():
            path.unlink()
        elif path.is_dir():
            shutil.rmtree(path)

    def settle(self) -> None:
        """Every note readable again."""
        self.unreadable.clear()


def sync(store: Store, root: Path) -> None:
    """What `starcards sync ROOT` does: read what changed since the stamps, then store it."""
    content = load_deck(root, known=known_stamps(store, str(root.resolve())))
    sync_deck(store, content, T0)


def stored(store: Store) -> set[tuple[object, ...]]:
    """The present cards of the store: key, file, line, question, content."""
    rows = store.conn.execute("SELECT key, file, line, question, content FROM cards WHERE removed_at IS NULL")
    return {tuple(row) for row in rows}


def read_fresh(root: Path) -> set[tuple[object, ...]]:
    """What `starcards check` reads from the notes: every note parsed, nothing known."""
    cards = load_deck(root).cards
    return {(card.key, card.file, card.line, card.question, content_json(card)) for card in cards}


@pytest.mark.parametrize("seed", range(6))
def test_one_sync_after_the_notes_settle_gives_what_check_gives(
    seed: int, store: Store, tmp_path: Path, monkeypatch
) -> None:
    """After 40 random faults each followed by a sync, a last sync stores exactly the cards a fresh read gives."""
    vault = Vault(tmp_path / "vault", monkeypatch)
    chance = random.Random(seed)
    for _ in range(40):
        vault.act(chance)
        sync(store, vault.root)
    vault.settle()
    sync(store, vault.root)
    assert stored(store) == read_fresh(vault.root)


def test_a_note_unreadable_for_one_sync_keeps_its_cards_and_history(store: Store, tmp_path: Path, monkeypatch) -> None:
    """A note changed, then unreadable during a sync, keeps its cards (not removed) and their reviews; read once readable."""
    vault = Vault(tmp_path / "vault", monkeypatch)
    sync(store, vault.root)
    card_id = store.conn.execute("SELECT id FROM cards WHERE file = 'note3.md' ORDER BY line").fetchone()[0]
    record_review(store, make_fsrs(Settings()), card_id, Rating.GOOD, T0, 1000)
    vault.path(3).write_text(note_text(3) + "\n", encoding="utf-8")
    age(vault.path(3))
    vault.unreadable.add(vault.path(3))
    sync(store, vault.root)
    assert store.conn.execute("SELECT removed_at FROM cards WHERE id = ?", (card_id,)).fetchone()[0] is None
    vault.settle()
    vault.rewrite_same_size_same_mtime(3, 1)
    sync(store, vault.root)
    assert stored(store) == read_fresh(vault.root)
    assert store.conn.execute("SELECT COUNT(*) FROM reviews WHERE card_id = ?", (card_id,)).fetchone()[0] == 1


def test_a_same_size_rewrite_keeping_the_mtime_is_seen(store: Store, tmp_path: Path, monkeypatch) -> None:
    """New words of the same length with the old mtime put back are read at the next sync (ctime changed)."""
    vault = Vault(tmp_path / "vault", monkeypatch)
    sync(store, vault.root)
    vault.rewrite_same_size_same_mtime(5, 2)
    sync(store, vault.root)
    assert stored(store) == read_fresh(vault.root)
