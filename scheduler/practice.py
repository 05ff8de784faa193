"""Practice mode: `PracticeSession` drills cards, weakest first, without touching the schedule.

A practice rating is a row of the `practice` table and nothing else: never a review,
never fed to FSRS, never a change to a card's state. It still counts as a showing, so
the phrasing asked rotates. `weakest_cards` chooses and orders the cards.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from scheduler.cards import CardLoader, ReviewCard
from scheduler.clock import Clock
from scheduler.engine import Rating, retrievability
from scheduler.focus import Focus
from scheduler.reviews import state_from_row
from scheduler.settings import Settings
from scheduler.store import Store, StoreError, format_time
from scheduler.surface import SessionSummary


@dataclass(frozen=True)
class _Practised:
    """One practice rating made in this session, remembered so it can be undone."""

    row: int
    card_id: int
    rating: Rating
    duration_ms: int
    requeued: bool


class PracticeSession:
    """A drill over some decks' cards, weakest first, each shown once.

    A card rated Again comes back once more at the end of the drill (only once, so a
    drill always ends). The `Session` surface, like `ReviewSession`; `bury` and
    `suspend` do not apply (`practice` is True) and raise `LookupError`.
    """

    practice = True
    """Whether ratings leave the schedule alone (they do)."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        clock: Clock,
        deck_ids: list[int] | None = None,
        *,
        focus: Focus | None = None,
        weakest: int | None = None,
        tz: tzinfo | None = None,
    ) -> None:
        """Choose the cards: live cards of `deck_ids` (all decks if None), kept by `focus` if given (`scheduler.focus`),
        the `weakest` weakest if given, weakest first. Nothing is written until a rating."""
        self._store = store
        self._clock = clock
        self._cards = CardLoader(store, settings, clock, tz)
        self._order = weakest_cards(store, self._cards, clock.now(), deck_ids, focus=focus, limit=weakest)
        self._position = 0
        self._again: set[int] = set()
        self._rated: list[_Practised] = []
        self._current: ReviewCard | None = None

    @property
    def current(self) -> ReviewCard | None:
        """The card to show now, or None when the drill is over."""
        if self._current is None and self._position < len(self._order):
            self._current = self._cards.load(self._order[self._position])
        return self._current

    def intervals(self) -> dict[Rating, timedelta]:
        """Nothing: practice schedules nothing, so there is no interval to preview."""
        return {}

    def rate(self, rating: Rating, duration_ms: int) -> None:
        """Record a practice rating of the current card (committed at once), then move on.

        Writes one `practice` row and nothing else. `LookupError` when there is no current card.
        """
        card = self._require_current()
        row = record_practice(self._store, card.id, Rating(rating), self._clock.now(), duration_ms)
        again = Rating(rating) == Rating.AGAIN and card.id not in self._again
        if again:
            self._order.append(card.id)
            self._again.add(card.id)
        self._rated.append(_Practised(row, card.id, Rating(rating), max(0, int(duration_ms)), again))
        self._position += 1
        self._current = None

    def bury(self) -> None:
        """Not in practice: `LookupError`."""
        raise LookupError("practice does not bury cards")

    def suspend(self) -> None:
        """Not in practice: `LookupError`."""
        raise LookupError("practice does not suspend cards")

    @property
    def can_undo(self) -> bool:
        """Whether a practice rating of this session can still be taken back."""
        return bool(self._rated)

    def undo(self) -> ReviewCard:
        """Delete the last practice rating of this session; that card becomes current again.

        `IndexError` when there is nothing to undo; an undo that fails leaves the rating on the stack.
        """
        if not self._rated:
            raise IndexError("nothing to undo in this session")
        last = self._rated[-1]
        undo_practice(self._store, last.row)
        self._rated.pop()
        if last.requeued:
            self._order.pop()
            self._again.discard(last.card_id)
        self._position -= 1
        self._current = self._cards.load(last.card_id)
        return self._current

    def reload(self) -> ReviewCard | None:
        """Read the current card again (after an edit); if it is gone from its notes, the next one."""
        self._current = None
        while self._position < len(self._order) and not self._cards.present(self._order[self._position]):
            del self._order[self._position]
        return self.current

    @property
    def done(self) -> int:
        """Practice ratings made in this session, less those undone."""
        return len(self._rated)

    @property
    def left(self) -> int:
        """Cards still to show in this drill, the current one included."""
        return len(self._order) - self._position

    def summary(self) -> SessionSummary:
        """What this drill did; `next_due` is None (practice schedules nothing)."""
        return SessionSummary(
            reviewed=len(self._rated),
            again=sum(1 for rated in self._rated if rated.rating == Rating.AGAIN),
            seconds=sum(rated.duration_ms for rated in self._rated) / 1000,
            next_due=None,
            cards=len({rated.card_id for rated in self._rated}),
        )

    def _require_current(self) -> ReviewCard:
        """The current card; `LookupError` when there is none."""
        card = self.current
        if card is None:
            raise LookupError("no card to practise now")
        return card


def record_practice(store: Store, card_id: int, rating: Rating, when: datetime, duration_ms: int) -> int:
    """Append a practice rating of card `card_id` (one transaction); its row id."""
    with store.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO practice (card_id, rating, practised_at, duration_ms) VALUES (?, ?, ?, ?)",
            (card_id, int(rating), format_time(when), max(0, int(duration_ms))),
        )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def undo_practice(store: Store, row: int) -> None:
    """Delete practice rating `row`; `StoreError` if there is no such row."""
    with store.transaction() as conn:
        if conn.execute("DELETE FROM practice WHERE id = ?", (row,)).rowcount != 1:
            raise StoreError(f"no practice rating with id {row}")


_LIVE = """
SELECT cards.*, decks.name AS deck_name, decks.root AS deck_root FROM cards JOIN decks ON decks.id = cards.deck_id
WHERE cards.removed_at IS NULL AND cards.suspended = 0 AND {decks}
ORDER BY cards.deck_id, cards.file, cards.line, cards.id
"""


def weakest_cards(
    store: Store,
    cards: CardLoader,
    now: datetime,
    deck_ids: Sequence[int] | None = None,
    *,
    focus: Focus | None = None,
    limit: int | None = None,
) -> list[int]:
    """Ids of the live (not removed, not suspended) cards of `deck_ids`, weakest first.

    Never-reviewed cards come first (in note order), then the rest by their predicted
    recall at `now`, lowest first. `focus` keeps some of them (a tag's, some notes':
    `scheduler.focus`). `limit` keeps that many.
    """
    ranked = []
    for row in live_rows(store.conn, deck_ids):
        if focus is not None and not focus.keeps(row["file"], row["content"]):
            continue
        recall = retrievability(state_from_row(row), now, cards.scheduler(row["deck_name"]))
        ranked.append((recall is not None, recall or 0.0, len(ranked), row["id"]))
    ranked.sort()
    chosen = [card_id for *_, card_id in ranked]
    return chosen if limit is None else chosen[: max(0, limit)]


def live_rows(conn: sqlite3.Connection, deck_ids: Sequence[int] | None) -> list[sqlite3.Row]:
    """The live (not removed, not suspended) cards of the decks, with their deck's name and root, in note order."""
    if deck_ids is None:
        return conn.execute(_LIVE.format(decks="1")).fetchall()
    marks = ", ".join("?" for _ in deck_ids)
    return conn.execute(_LIVE.format(decks=f"cards.deck_id IN ({marks})"), list(deck_ids)).fetchall()
