"""The review session: `ReviewSession`, with the `ReviewCard` and `SessionSummary` it hands the UI.

A session shows today's cards one by one, records each rating in its own committed
transaction, and can undo its ratings newest first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import TypedDict

from deck.models import CardContent
from scheduler import queue
from scheduler.clock import Clock
from scheduler.engine import CardState, Rating, intervals, make_fsrs
from scheduler.reviews import record_review, state_from_row, undo_review
from scheduler.settings import Settings
from scheduler.store import Store, StoreError, format_time, parse_time


@dataclass(frozen=True)
class ReviewCard:
    """A card to show: its id, deck name, content from the notes and memory state."""

    id: int
    deck: str
    content: CardContent
    state: CardState


@dataclass(frozen=True)
class SessionSummary:
    """How a session went, and when the next card of its decks comes due."""

    reviewed: int
    again: int
    seconds: float
    next_due: datetime | None


class _QueueArgs(TypedDict):
    """The keyword arguments every queue function takes for a session."""

    new_per_day: int
    day_starts_at: int
    deck_ids: Sequence[int] | None
    tz: tzinfo | None


@dataclass(frozen=True)
class _Rated:
    """One rating made in this session, remembered so it can be undone."""

    review_id: int
    card_id: int
    rating: Rating
    duration_ms: int


class ReviewSession:
    """Today's reviews for some decks (all by default), one card at a time."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        clock: Clock,
        deck_ids: list[int] | None = None,
        tz: tzinfo | None = None,
    ) -> None:
        """Start a session; nothing is written until the first rating."""
        self._store = store
        self._settings = settings
        self._clock = clock
        self._deck_ids = None if deck_ids is None else list(deck_ids)
        self._tz = tz
        self._fsrs = make_fsrs(settings)
        self._rated: list[_Rated] = []
        self._current: ReviewCard | None = None

    @property
    def current(self) -> ReviewCard | None:
        """The card to show now, or None when nothing is left for now."""
        if self._current is None:
            self._current = self._pick()
        return self._current

    def intervals(self) -> dict[Rating, timedelta]:
        """For each rating, how long until the current card would come back."""
        card = self._require_current()
        return intervals(self._fsrs, card.id, card.state, self._clock.now())

    def rate(self, rating: Rating, duration_ms: int) -> None:
        """Record `rating` for the current card (committed at once), then move on.

        `LookupError` when there is no current card.
        """
        card = self._require_current()
        review_id = record_review(
            self._store, self._fsrs, card.id, rating, self._clock.now(), duration_ms
        )
        self._rated.append(_Rated(review_id, card.id, Rating(rating), duration_ms))
        self._current = self._pick()

    @property
    def can_undo(self) -> bool:
        """Whether a rating made in this session can still be taken back."""
        return bool(self._rated)

    def undo(self) -> ReviewCard:
        """Take back the last rating of this session; that card becomes current again.

        `IndexError` when there is nothing to undo (see `can_undo`).
        """
        if not self._rated:
            raise IndexError("nothing to undo in this session")
        last = self._rated.pop()
        undo_review(self._store, self._fsrs, last.review_id)
        self._current = self._load(last.card_id)
        return self._current

    @property
    def done(self) -> int:
        """Ratings made in this session, less those undone."""
        return len(self._rated)

    @property
    def left(self) -> int:
        """Cards still to show today in this session's decks."""
        return queue.due_counts(self._store, self._clock.now(), **self._queue_args()).total

    def summary(self) -> SessionSummary:
        """What this session did, and when the next card of its decks is due."""
        return SessionSummary(
            reviewed=self.done,
            again=sum(1 for rated in self._rated if rated.rating == Rating.AGAIN),
            seconds=sum(rated.duration_ms for rated in self._rated) / 1000,
            next_due=self._next_due(),
        )

    def _pick(self) -> ReviewCard | None:
        """The next card by the queue's order, avoiding the card just rated."""
        avoid = self._rated[-1].card_id if self._rated else None
        card_id = queue.next_card_id(
            self._store,
            self._clock.now(),
            learn_ahead=timedelta(minutes=self._settings.learn_ahead_minutes),
            avoid=avoid,
            **self._queue_args(),
        )
        return None if card_id is None else self._load(card_id)

    def _queue_args(self) -> _QueueArgs:
        """The arguments every queue function takes for this session."""
        return {
            "new_per_day": self._settings.new_per_day,
            "day_starts_at": self._settings.day_starts_at,
            "deck_ids": self._deck_ids,
            "tz": self._tz,
        }

    def _load(self, card_id: int) -> ReviewCard:
        """The card `card_id` as it stands in the store."""
        row = self._store.conn.execute(
            "SELECT cards.*, decks.name AS deck_name FROM cards"
            " JOIN decks ON decks.id = cards.deck_id WHERE cards.id = ?",
            (card_id,),
        ).fetchone()
        if row is None:
            raise StoreError(f"no card with id {card_id}")
        content = CardContent.model_validate_json(row["content"])
        return ReviewCard(card_id, row["deck_name"], content, state_from_row(row))

    def _require_current(self) -> ReviewCard:
        """The current card; `LookupError` when there is none."""
        card = self.current
        if card is None:
            raise LookupError("no card to review now")
        return card

    def _next_due(self) -> datetime | None:
        """The earliest due time after now among this session's reviewed cards."""
        decks = self._deck_ids
        if decks is None:
            decks = [row[0] for row in self._store.conn.execute("SELECT id FROM decks")]
        marks = ", ".join("?" for _ in decks)
        row = self._store.conn.execute(
            f"SELECT MIN(due) FROM cards WHERE deck_id IN ({marks})"
            " AND state IN (1, 2, 3) AND due > ? AND removed_at IS NULL",
            (*decks, format_time(self._clock.now())),
        ).fetchone()
        return parse_time(row[0])
