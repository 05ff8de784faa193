"""The review session: `ReviewSession`, one implementation of `scheduler.surface.Session`.

A session shows today's cards one by one, records each rating in its own committed
transaction, buries and suspends cards, and can undo any of these, newest first. Each
card is scheduled with its deck's effective settings (`Settings.for_deck`); the queue runs
under the decks' `Rules`, built once when the session starts. Rating one card of a
two-way card buries its sibling until tomorrow (`scheduler.siblings`), in the rating's
transaction: both are saved, or neither.
`scheduler.practice.PracticeSession` offers the same surface without touching the
schedule.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Literal, NamedTuple

from scheduler.cards import CardLoader, ReviewCard
from scheduler.engine import CardState, Rating
from scheduler.focus import Focus
from scheduler.last_write import LastWrite
from scheduler.live_queue import LiveQueue, data_version
from scheduler.reviews import StaleCard, read_before, write_review
from scheduler.rules import rules_for

if TYPE_CHECKING:
    import sqlite3
    import threading

    from scheduler.clock import Clock
    from scheduler.preview import Preview
    from scheduler.settings import Settings
    from scheduler.store import Store
    from scheduler.surface import SessionSummary

__all__ = ["ReviewCard", "ReviewSession"]


class _Action(NamedTuple):
    """One thing done in this session, remembered so it can be undone.

    `row` is the review's id for a rating, the card event's id for a bury or suspend. A
    named tuple: defining it costs a tenth of a frozen dataclass, on the way to the first card.
    """

    kind: Literal["rate", "bury", "suspend"]
    row: int
    card_id: int
    deck: str
    rating: Rating | None = None
    duration_ms: int = 0
    before: CardState | None = None
    """The card's FSRS state before a rating: what undo puts back (while the card holds `after`)."""
    buried: tuple[int, ...] = ()
    """The bury events of the siblings a rating put off until tomorrow: undone with it."""
    after: CardState | None = None
    """The card's FSRS state the rating wrote."""


class ReviewSession:
    """Today's reviews for some decks (all by default), one card at a time."""

    practice = False
    """Whether ratings leave the schedule alone (they do not: this is a review)."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        clock: Clock,
        deck_ids: list[int] | None = None,
        tz: tzinfo | None = None,
        *,
        focus: Focus | None = None,
    ) -> None:
        """Start a session under the global `settings`; nothing is written until the first action.

        `focus` keeps to some of the decks' cards: a tag's, some notes' (`scheduler.focus`).
        """
        self._store = store
        self._focus = focus
        self._clock = clock
        self._deck_ids = None if deck_ids is None else list(deck_ids)
        self._cards = CardLoader(store, settings, clock, tz)
        self._rules = rules_for(store, settings, self._deck_ids, tz)
        self._queue = LiveQueue(store, self._rules, self._deck_ids, focus)
        self._actions: list[_Action] = []
        self._backup: threading.Thread | None = None
        self._keep_backups = settings.backups
        self._current: ReviewCard | None = None
        self._preview: Preview | None = None
        self._written: LastWrite | None = None
        """This session's last rating as written, once the card shown next was read after it: the next rating may
        trust that card (`scheduler.last_write`)."""

    @property
    def current(self) -> ReviewCard | None:
        """The card to show now, or None when nothing is left for now."""
        if self._current is None:
            self._current = self._pick()
        return self._current

    def intervals(self) -> dict[Rating, timedelta]:
        """For each rating, how long until the current card would come back: exactly what `rate` commits."""
        return self._preview_of(self._require_current(), self._clock.now()).intervals

    def _preview_of(self, card: ReviewCard, now: datetime) -> Preview:
        """The outcomes of rating `card` at `now`: worked out once per card and day, then kept."""
        scheduler = self._cards.scheduler(card.deck)
        kept = self._preview
        if kept is None or not kept.fits(card.id, card.state, scheduler.day_of(now)):
            from scheduler.preview import preview  # noqa: PLC0415 - wanted once a card is shown, not to show it

            kept = self._preview = preview(scheduler, card.id, card.state, now)
        return kept

    def rate(self, rating: Rating, duration_ms: int) -> None:
        """Record `rating` for the current card (committed at once), then move on.

        `duration_ms` is how long the recall took (the UI gives the time until the
        first reveal). `LookupError` when there is no current card. `StaleCard` when the
        card changed in the database since it was loaded (another session rated it):
        nothing is saved, the card is read again and stays current, with new intervals.
        """
        card = self._require_current()
        scheduler = self._cards.scheduler(card.deck)
        now = self._clock.now()
        after = self._preview_of(card, now).after(rating, now)
        untouched = self._queue.untouched()
        last, self._written = self._written, None  # trusted again once the next card is read after this write
        try:
            with self._store.transaction() as conn:
                version = data_version(conn)  # inside the write: as it is once committed
                known = last and last.before(card, scheduler, conn.total_changes, version)
                before = known or read_before(conn, scheduler, card.id)
                review_id = write_review(conn, scheduler, card.id, rating, now, duration_ms, expected=card.state,
                                         after=after, before=before)
                buried = self._bury_siblings(conn, card, now)  # with the rating: both saved, or neither
                written = LastWrite(conn.total_changes, version, scheduler, before.schedule)
        except StaleCard:
            self._current = self._cards.load(card.id)
            raise
        self._queue.rated(card.id, card.deck_id, card.state, after, now, untouched, version)
        if buried:  # the counts moved by the rating know nothing of its siblings put off
            self._queue.forget()
        self._actions.append(
            _Action("rate", review_id, card.id, card.deck, rating if type(rating) is Rating else Rating(rating),
                    max(0, int(duration_ms)), card.state, buried, after)
        )
        self._back_up_once()
        self._current = self._pick()
        self._written = written

    def _bury_siblings(self, conn: sqlite3.Connection, card: ReviewCard, now: datetime) -> tuple[int, ...]:
        """Bury until tomorrow the siblings of `card` still to show today (if its deck says so), in the
        rating's transaction on `conn`; the events."""
        if card.pair is None or not self._cards.settings(card.deck).bury_siblings:
            return ()
        from scheduler import actions  # noqa: PLC0415 - the write path, after the first card
        from scheduler.siblings import siblings_due  # noqa: PLC0415

        tomorrow = self._rules.today(now).end
        siblings = siblings_due(conn, card.id, tomorrow)
        return tuple(actions.bury_within(conn, sibling, now, tomorrow) for sibling in siblings)

    def _back_up_once(self) -> None:
        """After the session's first rating, take the day's backup if there is none yet (see `scheduler.backups`),
        then give the write-ahead log room for the ratings to come (`scheduler.wal_room`).

        It runs in a thread of its own, with its own connections, so the next card shows at
        once however large the database; the process waits for it before it exits.
        """
        if self._backup is not None or self._store.path == ":memory:":
            return
        import threading  # noqa: PLC0415 - once per session, after its first rating

        from scheduler.wal_room import after_first_rating  # noqa: PLC0415

        arguments = (self._store.path, self._clock.now(), self._keep_backups)
        self._backup = threading.Thread(target=after_first_rating, args=arguments, name="starcards-first-rating-chores")
        self._backup.start()

    def wait_for_backup(self) -> None:
        """Return once the chores this session started after its first rating (the day's backup, the log's room)
        are done."""
        if self._backup is not None:
            self._backup.join()

    def bury(self) -> None:
        """Hide the current card until the next local day begins, then move on.

        `LookupError` when there is no current card.
        """
        from scheduler import actions  # noqa: PLC0415 - the write path, after the first card

        card = self._require_current()
        now = self._clock.now()
        tomorrow = self._rules.today(now).end
        event = actions.bury(self._store, card.id, now, tomorrow)
        self._actions.append(_Action("bury", event, card.id, card.deck))
        self._current = self._pick()

    def suspend(self) -> None:
        """Take the current card out of every queue until it is unsuspended, then move on.

        `LookupError` when there is no current card.
        """
        from scheduler import actions  # noqa: PLC0415 - the write path, after the first card

        card = self._require_current()
        event = actions.suspend(self._store, card.id, self._clock.now())
        self._actions.append(_Action("suspend", event, card.id, card.deck))
        self._current = self._pick()

    @property
    def can_undo(self) -> bool:
        """Whether something done in this session can still be taken back."""
        return bool(self._actions)

    def undo(self) -> ReviewCard:
        """Take back the last rating, bury or suspend of this session; that card becomes current.

        May be called again to go further back. `IndexError` when there is nothing to
        undo (see `can_undo`). An undo that fails (the database could not be written)
        leaves the action on the stack, so the next undo tries the same one again.
        """
        if not self._actions:
            raise IndexError("nothing to undo in this session")
        from scheduler import actions  # noqa: PLC0415 - the write path, after the first card
        from scheduler.reviews import undo_review  # noqa: PLC0415

        last = self._actions[-1]
        scheduler = self._cards.scheduler(last.deck)
        if last.kind == "rate":
            for event in last.buried:
                actions.undo_event(self._store, scheduler, event)
            undo_review(self._store, scheduler, last.row, restore=last.before, written=last.after)
        else:
            actions.undo_event(self._store, scheduler, last.row)
        self._actions.pop()
        self._current = self._cards.load(last.card_id)
        return self._current

    def reload(self) -> ReviewCard | None:
        """Read the current card again from the store (after its note was edited and synced).

        The card keeps its id and history when the sync matched it; if it is gone from
        its notes, the next card is current instead.
        """
        card = self._current
        if card is not None and self._cards.present(card.id):
            self._current = self._cards.load(card.id)
        else:
            self._current = self._pick()
        return self._current

    @property
    def done(self) -> int:
        """Ratings made in this session, less those undone."""
        return len(self._ratings())

    @property
    def left(self) -> int:
        """Cards still to show today in this session's decks."""
        return self._queue.counts(self._clock.now()).total

    def summary(self) -> SessionSummary:
        """What this session did, and when the next card of its decks (that it keeps to) is due."""
        from scheduler.next_card import next_offered  # noqa: PLC0415 - at the session's end
        from scheduler.surface import SessionSummary  # noqa: PLC0415 - as above

        ratings = self._ratings()
        return SessionSummary(
            reviewed=len(ratings),
            again=sum(1 for rated in ratings if rated.rating == Rating.AGAIN),
            seconds=sum(rated.duration_ms for rated in ratings) / 1000,
            next_due=next_offered(self._store, self._clock.now(), self._rules, self._deck_ids, self._focus),
            cards=len({rated.card_id for rated in ratings}),
            kept=self._focus.said if self._focus is not None else "",
        )

    def _ratings(self) -> list[_Action]:
        """The ratings among this session's actions."""
        return [action for action in self._actions if action.kind == "rate"]

    def _pick(self) -> ReviewCard | None:
        """The next card by the queue's order, avoiding the card just rated."""
        last = self._actions[-1] if self._actions else None
        avoid = last.card_id if last is not None and last.kind == "rate" else None
        card_id = self._queue.next_card_id(self._clock.now(), avoid)
        return None if card_id is None else self._cards.load(card_id)

    def _require_current(self) -> ReviewCard:
        """The current card; `LookupError` when there is none."""
        card = self.current
        if card is None:
            raise LookupError("no card to review now")
        return card
