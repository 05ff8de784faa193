"""Notes to decks in the store: read each path (only notes that changed), then sync it; for commands and screens.

A path no deck has yet may be a deck that moved (its old path gone, its cards the
same): that deck is taken, history and name kept, and the report says so. `move_deck`
points a deck at a new path when the user says so.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scheduler.note_stamps import deck_around, deck_inside, deck_root
from textual_app.errors import UsageError
from textual_app.focus_paths import focus_paths

if TYPE_CHECKING:
    from deck.content_json import StoredRow
    from deck.loader import Progress
    from deck.models import DeckContent
    from deck.options import ReadOptions
    from scheduler.deck_admin import StoredWarning
    from scheduler.decks import SyncReport
    from scheduler.seeding import Schedulers
    from scheduler.store import Store


@dataclass(frozen=True)
class SyncedDeck:
    """One path synced: the deck's id and name, what was read from the notes and what changed.

    `warnings` are the deck's warnings after the sync, as the store keeps them: those of
    the notes read now and of the notes left unread since they had not changed (whose
    warnings `content` does not hold).
    """

    deck_id: int
    report: SyncReport
    content: DeckContent
    name: str
    warnings: tuple[StoredWarning, ...] = ()

    @property
    def moved(self) -> str | None:
        """`moved deck NAME from OLD to NEW` when the sync found the deck moved, else None."""
        if self.report.moved_from is None:
            return None
        return f"moved deck {self.name} from {self.report.moved_from} to {self.content.root}"

    @property
    def notices(self) -> list[str]:
        """What the app says on start about this deck: the move if there was one, then the counts."""
        return [line for line in (self.moved, f"{self.name}: {self.report}") if line]


_SYNCS: dict[str, int] = {}
"""How many times this process synced each deck, by root (`syncs_of`)."""


def syncs_of(raw: str) -> int:
    """How many times this process synced the deck at `raw`: a read made before a later sync may be older than it."""
    return _SYNCS.get(deck_root(raw), 0)


def read_deck(
    raw: str,
    known: Mapping[str, tuple[int, int]],
    options: ReadOptions | None = None,
    sink: Callable[[list[Any]], None] | None = None,
    progress: Progress | None = None,
    stored: bool = False,
) -> DeckContent:
    """Read a note or folder, parsing only notes whose stamp differs from `known` (cards to `sink` if given,
    as the store keeps them when `stored`); `progress` is told after every note."""
    from deck.loader import DeckError, load_deck

    try:
        path = Path(raw).expanduser()
        return load_deck(path, known=known, options=options, sink=sink, progress=progress, stored=stored)
    except DeckError as error:
        raise UsageError(str(error)) from None


def known_for(store: Store, raw: str, options: ReadOptions | None) -> dict[str, tuple[int, int]]:
    """The stamps of the notes of the deck at `raw` as last read with the same options."""
    from deck.loader import reading_key
    from scheduler.note_stamps import known_stamps

    return known_stamps(store, deck_root(raw), reading_key(Path(raw), options))


def sync_paths(
    store: Store,
    paths: Sequence[str],
    now: datetime,
    options: ReadOptions | None = None,
    progress: Progress | None = None,
    schedulers: Schedulers | None = None,
) -> list[SyncedDeck]:
    """Read every path (only notes that changed since the last sync, with the same `options`,
    the `[notes]` settings), then sync them all with `sync_read`; `progress` is told after every note.
    One path of a deck the store does not know yet is stored as its notes are read (`scheduler.first_sync`).
    A path inside a folder that is a deck already syncs that deck (`focus_paths`); a new one around a deck is
    refused (`refuse_around_a_deck`). With `schedulers` (`scheduler.plugin_seeds.schedulers_for`), cards new to
    starcards start from the spaced-repetition plugin's schedules in the notes."""
    paths, _ = focus_paths(paths, partial(deck_around, store))
    for raw in paths:
        refuse_around_a_deck(raw, deck_inside(store, deck_root(raw)))
    if len(paths) == 1 and (first := _first_sync(store, paths[0], now, options, progress, schedulers)) is not None:
        return [first]
    reads = [(raw, read_deck(raw, known_for(store, raw, options), options, progress=progress)) for raw in paths]
    return sync_read(store, reads, now, schedulers)


def _first_sync(
    store: Store, raw: str, now: datetime, options: ReadOptions | None, progress: Progress | None,
    schedulers: Schedulers | None,
) -> SyncedDeck | None:
    """The deck at `raw` added, its cards stored while its notes are read; None, nothing read, when the
    store knows the deck or a known deck's path is gone (the notes may be that deck, moved)."""
    import os

    from deck.loader import deck_name
    from scheduler.first_sync import NoCardsRead, sync_new_deck

    def read(sink: Callable[[list[StoredRow]], None]) -> DeckContent:
        """Every note of the deck, each note's cards handed to `sink` as the store keeps them."""
        return read_deck(raw, {}, options, sink=sink, progress=progress, stored=True)

    try:
        done = sync_new_deck(store, deck_root(raw), deck_name(Path(raw)), read, now, os.path.exists, schedulers)
    except NoCardsRead:
        raise _no_cards(raw) from None
    if done is None:
        return None
    deck_id, report, content = done
    _SYNCS[deck_root(raw)] = syncs_of(raw) + 1
    return _named(store, deck_id, report, content)


def refuse_around_a_deck(raw: str, inside: tuple[str, str] | None) -> None:
    """Raise `UsageError` when the folder at `raw`, no deck yet, holds a deck's folder (`inside`: its name and root):
    a deck of it would copy that deck's cards, each copy with a schedule of its own."""
    if inside is not None:
        import shlex

        from deck.text import sanitize

        name, root = (sanitize(part) for part in inside)
        kind = "note" if root.lower().endswith(".md") else "folder"
        raise UsageError(
            f"{sanitize(raw)} holds deck {name!r} ({root}): a deck of it would copy that deck's cards; give the deck's"
            f" {kind}, or move the deck here first (`starcards decks move {shlex.quote(name)} {shlex.quote(raw)}`)"
        )


def _no_cards(raw: str) -> UsageError:
    """The error for a path whose notes give no card (and whose deck keeps none)."""
    from deck.text import sanitize

    return UsageError(f"no cards found in {sanitize(raw)}: run `starcards check` on it to see why")


def sync_read(
    store: Store, reads: Sequence[tuple[str, DeckContent]], now: datetime, schedulers: Schedulers | None = None
) -> list[SyncedDeck]:
    """Sync decks already read (each as the path given and what it yielded): the one way notes reach the store.

    A deck whose notes yield no card now (none read, none kept from unchanged notes) is a
    UsageError; every deck is checked before anything is written, so one bad deck
    changes nothing. A path no deck has is matched to a deck whose path is gone
    (`scheduler.deck_moves`). `schedulers` as `sync_paths`.
    """
    import os

    from scheduler.decks import sync_deck
    from scheduler.note_stamps import has_live_cards_in

    for raw, content in reads:
        if not content.cards and not has_live_cards_in(store, content.root, content.skipped):
            raise _no_cards(raw)
    synced = []
    for raw, content in reads:
        deck_id, report = sync_deck(store, content, now, root_exists=os.path.exists, schedulers=schedulers)
        _SYNCS[deck_root(raw)] = syncs_of(raw) + 1
        synced.append(_named(store, deck_id, report, content))
    return synced


def _named(store: Store, deck_id: int, report: SyncReport, content: DeckContent) -> SyncedDeck:
    """The deck synced, with its own name (kept from when it was added or renamed) and its stored warnings."""
    from scheduler.deck_admin import deck_warnings
    from scheduler.decks import list_decks

    name = next(deck.name for deck in list_decks(store) if deck.id == deck_id)
    return SyncedDeck(deck_id, report, content, name, tuple(deck_warnings(store, deck_id)))


def move_deck(
    store: Store, deck_id: int, content: DeckContent, now: datetime, schedulers: Schedulers | None = None
) -> SyncedDeck:
    """Point the deck at the notes of `content` (read from its new path) and sync them, history kept (`schedulers`
    as `sync_paths`).

    A UsageError when the notes hold no card, or another deck already reads that path.
    """
    from deck.text import sanitize
    from scheduler.decks import DeckChangeError, sync_deck

    if not content.cards:
        raise UsageError(f"no cards found in {sanitize(content.root)}: the deck was not moved")
    try:
        deck_id, report = sync_deck(store, content, now, deck_id=deck_id, schedulers=schedulers)
    except DeckChangeError as error:
        raise UsageError(sanitize(str(error))) from None
    return _named(store, deck_id, report, content)


def sync_notices(synced: Sequence[SyncedDeck]) -> list[str]:
    """What the app says at start about the decks just synced: only those that moved, changed or warn."""
    return [
        line
        for deck in synced
        if deck.moved or deck.report.changed or deck.report.warnings
        for line in deck.notices
    ]
