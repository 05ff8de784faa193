"""Decks in the store: `sync_deck`, `list_decks`, `deck_at`, `DeckInfo`, `DeckChangeError`.

What a sync asks of the store before it reads notes (their stamps, the parser that read
them, the cards left in some of them) is in `scheduler.note_stamps`.

Syncing takes content from the notes in and keeps every card's history: a card keeps
its id (so its reviews and FSRS state) across edits, as `scheduler.identity` decides,
and a deck keeps its id when its notes move (`scheduler.deck_moves`). The warnings the
notes gave are kept per note, for the deck list to show. `scheduler.deck_admin` renames,
moves and removes decks.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from scheduler.note_stamps import parser_version
from scheduler.store import Store, format_time
from scheduler.sync_report import SyncReport

if TYPE_CHECKING:
    from deck.content_json import StoredRow
    from deck.models import CardContent, DeckContent
    from scheduler.identity import StoredCard, SyncPlan
    from scheduler.seeding import Schedulers


@dataclass
class DeckInfo:
    """A deck known to the store."""

    id: int
    name: str
    root: str


class DeckChangeError(Exception):
    """A change to a deck that cannot be made (a name or root taken); one line for the user."""


def sync_deck(
    store: Store,
    content: DeckContent,
    now: datetime,
    *,
    deck_id: int | None = None,
    root_exists: Callable[[str], bool] | None = None,
    schedulers: Schedulers | None = None,
) -> tuple[int, SyncReport]:
    """Bring the store's copy of a deck in line with `content`; the deck id and report.

    The deck is the one at `content.root`; else, with `deck_id`, that deck pointed at
    the new root (an explicit move); else, with `root_exists` (e.g. `os.path.exists`),
    a deck whose root it denies and whose cards the notes match (`scheduler.deck_moves`),
    pointed at the new root and reported as `moved_from`; else a new deck named
    `content.name`. A known deck keeps its name. `DeckChangeError` when `deck_id` is
    given and another deck has the root.

    Cards keep their id, reviews and FSRS state when matched by key, question or
    similarity (`scheduler.identity`); content, key, file, line and question are
    refreshed. Cards gone from the notes are marked removed, and come back with their
    history if they return. Cards of notes in `content.skipped` are left as they are;
    empty `content.stamps` means every note was parsed. The deck's note stamps become
    `content.stamps`, recorded as read by the current parser (`content` must have been
    loaded with `known_stamps`), and the warnings of the notes read replace theirs.
    With `schedulers`, a card read with the spaced-repetition plugin's schedule and no
    history starts from it (`scheduler.plugin_seeds`). One transaction.
    """
    stamp = format_time(now)
    skipped = content.skipped if content.stamps else []
    with store.transaction() as conn:
        moved_from = _repoint(conn, content, deck_id, root_exists)
        deck_id = upsert_deck(conn, content.root, content.name, stamp)
        if _untouched(conn, deck_id, content):
            report = SyncReport(unchanged=_present_cards(conn, deck_id))
        else:
            from deck.loading import collector_paused  # noqa: PLC0415 - not on the start-up path
            from scheduler.identity import plan_sync  # noqa: PLC0415 - as above
            from scheduler.seeding import seed_cards  # noqa: PLC0415 - as above

            with collector_paused():  # the rows written hold no cycles: no collection scans every card
                plan = plan_sync(_stored_cards(conn, deck_id), content.cards, skipped)
                report = _apply(conn, deck_id, plan, stamp)
            scheduled = ((card.key, card.plugin_schedule) for card in content.cards if card.plugin_schedule)
            report = replace(report, scheduled=seed_cards(conn, deck_id, scheduled, schedulers, stamp))
            record_notes(conn, deck_id, content, skipped)
    return deck_id, replace(report, warnings=len(content.warnings), moved_from=moved_from)


def _repoint(
    conn: sqlite3.Connection, content: DeckContent, deck_id: int | None, root_exists: Callable[[str], bool] | None
) -> str | None:
    """Point the deck `deck_id`, or a moved deck, at `content.root`; its old root, or None."""
    holder = conn.execute("SELECT id FROM decks WHERE root = ?", (content.root,)).fetchone()
    if holder is not None:
        if deck_id is not None and holder["id"] != deck_id:
            raise DeckChangeError(f"another deck already reads {content.root}: remove it first")
        return None
    if deck_id is None:
        if root_exists is None:
            return None
        from scheduler.deck_moves import moved_deck  # noqa: PLC0415 - not on the start-up path

        found = moved_deck(conn, content.root, content.cards, root_exists)
        if found is None:
            return None
        deck_id = found.id
    old = conn.execute("SELECT root FROM decks WHERE id = ?", (deck_id,)).fetchone()
    if old is None:
        raise DeckChangeError(f"no deck with id {deck_id}")
    conn.execute("UPDATE decks SET root = ? WHERE id = ?", (content.root, deck_id))
    return str(old["root"])


def _untouched(conn: sqlite3.Connection, deck_id: int, content: DeckContent) -> bool:
    """Whether the loader skipped every note the deck had at its last sync, and found no other.

    Then nothing can change: every sync leaves the deck's present cards in notes it
    stamped, and these are all unchanged, so the stored cards need not be read at all.
    """
    if content.cards or content.files or not content.stamps or len(content.skipped) != len(content.stamps):
        return False
    parser = conn.execute("SELECT parser FROM decks WHERE id = ?", (deck_id,)).fetchone()[0]
    if parser != parser_version(content.reading):
        return False
    known = {row[0] for row in conn.execute("SELECT file FROM notes WHERE deck_id = ?", (deck_id,))}
    return known == set(content.skipped) == set(content.stamps)


def _present_cards(conn: sqlite3.Connection, deck_id: int) -> int:
    """How many cards of the deck are not removed.

    The `state` term is always true: it steers SQLite to the queue index, which holds
    only present cards, instead of reading every card row to check `removed_at`.
    """
    row = conn.execute(
        "SELECT COUNT(*) FROM cards WHERE deck_id = ? AND removed_at IS NULL AND state BETWEEN 0 AND 3", (deck_id,)
    )
    return int(row.fetchone()[0])


def list_decks(store: Store) -> list[DeckInfo]:
    """Every deck in the store, by name."""
    rows = store.conn.execute("SELECT id, name, root FROM decks ORDER BY name COLLATE NOCASE, id")
    return [DeckInfo(id=row["id"], name=row["name"], root=row["root"]) for row in rows]


def upsert_deck(conn: sqlite3.Connection, root: str, name: str, stamp: str) -> int:
    """The id of the deck at `root`, added (named `name`, at `stamp`) if new."""
    row = conn.execute(
        "INSERT INTO decks (root, name, added_at) VALUES (?, ?, ?)"
        " ON CONFLICT (root) DO UPDATE SET name = decks.name RETURNING id",
        (root, name, stamp),
    ).fetchone()
    return int(row["id"])


def _stored_cards(conn: sqlite3.Connection, deck_id: int) -> list[StoredCard]:
    """The deck's cards in the store, removed ones included, in id order."""
    from scheduler.identity import StoredCard  # noqa: PLC0415 - not on the start-up path

    rows = conn.execute(
        "SELECT id, key, file, line, question, content, removed_at FROM cards"
        " WHERE deck_id = ? ORDER BY id",
        (deck_id,),
    )
    return [
        StoredCard(
            id=row["id"],
            key=row["key"],
            file=row["file"],
            line=row["line"],
            question=row["question"],
            content=row["content"],
            removed=row["removed_at"] is not None,
        )
        for row in rows
    ]


def _apply(conn: sqlite3.Connection, deck_id: int, plan: SyncPlan, stamp: str) -> SyncReport:
    """Write `plan` into the cards table; what was done (warnings not counted).

    A relinked card whose key changed leaves a `key_links` row (old key to new), an event
    other machines merge, so their events under either key find the card.
    """
    changed = [(row, card) for row, card in plan.kept if not _same(row, card)]
    shifted = sum(1 for row, card in changed if _same(row, _at_line(card, row.line)))
    conn.executemany(
        "UPDATE cards SET file = ?, line = ?, question = ?, content = ?,"
        " removed_at = NULL WHERE id = ?",
        [(*_fields(card), row.id) for row, card in changed],
    )
    conn.executemany(
        "UPDATE cards SET key = ?, file = ?, line = ?, question = ?, content = ?,"
        " removed_at = NULL WHERE id = ?",
        [(card.key, *_fields(card), row.id) for row, card in plan.relinked],
    )
    conn.executemany(
        "INSERT INTO key_links (deck_id, old_key, new_key, at) VALUES (?, ?, ?, ?)",
        [(deck_id, row.key, card.key, stamp) for row, card in plan.relinked if row.key != card.key],
    )
    insert_rows(conn, deck_id, map(_stored_row(), plan.new), stamp)
    conn.executemany(
        "UPDATE cards SET removed_at = ? WHERE id = ?", [(stamp, row.id) for row in plan.removed]
    )
    return SyncReport(
        new=len(plan.new),
        updated=len(changed) - shifted,
        relinked=len(plan.relinked),
        shifted=shifted,
        removed=len(plan.removed),
        unchanged=len(plan.kept) - len(changed) + plan.frozen,
    )


def insert_rows(conn: sqlite3.Connection, deck_id: int, rows: Iterable[StoredRow], stamp: str) -> None:
    """Add cards, as the store keeps them, to the deck as new cards added at `stamp` (their keys new to it)."""
    conn.executemany(
        "INSERT INTO cards (deck_id, key, file, line, question, content, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(deck_id, *row[:5], stamp) for row in rows],
    )


def _fields(card: CardContent) -> tuple[str, int, str, str]:
    """The stored columns file, line, question and content of a card."""
    return _stored_row()(card)[1:5]


@lru_cache(maxsize=1)
def _stored_row() -> Callable[[CardContent], StoredRow]:
    """`deck.content_json.stored_row`, imported on first use: not on the start-up path."""
    from deck.content_json import stored_row  # noqa: PLC0415

    return stored_row


def _at_line(card: CardContent, line: int) -> CardContent:
    """`card` as it would read at `line` of its note: its sibling's line moved by as much."""
    pair = None if card.pair is None else card.pair + line - card.line
    return replace(card, line=line, pair=pair)


def _same(row: StoredCard, card: CardContent) -> bool:
    """Whether a stored, present card already holds exactly this card's columns."""
    stored = (row.file, row.line, row.question, row.content)
    return not row.removed and stored == _fields(card)


def record_notes(conn: sqlite3.Connection, deck_id: int, content: DeckContent, skipped: Iterable[str]) -> None:
    """Record what the notes read said besides cards: their stamps, their warnings (notes `skipped` keep
    theirs), and the parser that read them."""
    _replace_stamps(conn, deck_id, content.stamps)
    _replace_warnings(conn, deck_id, content, skipped)
    conn.execute("UPDATE decks SET parser = ? WHERE id = ?", (parser_version(content.reading), deck_id))


def _replace_stamps(
    conn: sqlite3.Connection, deck_id: int, stamps: Mapping[str, tuple[int, int]]
) -> None:
    """Make `stamps` the deck's note stamps, forgetting any other note."""
    conn.execute("DELETE FROM notes WHERE deck_id = ?", (deck_id,))
    conn.executemany(
        "INSERT INTO notes (deck_id, file, size, mtime_ns) VALUES (?, ?, ?, ?)",
        [(deck_id, file, size, mtime_ns) for file, (size, mtime_ns) in stamps.items()],
    )


def _replace_warnings(conn: sqlite3.Connection, deck_id: int, content: DeckContent, skipped: Iterable[str]) -> None:
    """Make `content.warnings` the warnings of the notes read; notes skipped keep theirs."""
    kept = [file for file in skipped if file in content.stamps]
    marks = ", ".join("?" for _ in kept)
    conn.execute(f"DELETE FROM note_warnings WHERE deck_id = ? AND file NOT IN ({marks})", (deck_id, *kept))
    conn.executemany(
        "INSERT INTO note_warnings (deck_id, file, line, message) VALUES (?, ?, ?, ?)",
        [(deck_id, warning.file, warning.line, warning.message) for warning in content.warnings],
    )
