"""The card a session shows: `ReviewCard`, and `CardLoader`, which builds one from the store.

A `ReviewCard` carries what the review screen needs besides the note's content: the
phrasing asked this time, whether the card is a leech, the deck's rehearsal target and
interview date, and the predicted recall on the interview day.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from deck.content_json import card_from_json, phrasings_and_pair
from deck.models import CardContent
from deck.records import record
from scheduler.clock import Clock
from scheduler.days import day_start
from scheduler.engine import CardScheduler, CardState, make_fsrs, retrievability
from scheduler.log_order import LATEST_ORDER_TIME
from scheduler.reviews import STATE_COLUMNS, state_from_values
from scheduler.settings import Settings
from scheduler.store import Store, StoreError


def phrasings_of(content: CardContent) -> list[str]:
    """The card's distinct phrasings in note order (its question when it lists none)."""
    unique = list(dict.fromkeys(content.phrasings))
    return unique or [content.question]


@record
class ReviewCard:
    """A card to show: id, deck name, content from the notes, memory state, and how to ask it.

    Built with only the first four fields (as a test might), it asks the first phrasing.
    """

    id: int
    deck: str
    content: CardContent
    state: CardState
    asked: str = ""
    """The phrasing asked this time: they take turns, one per showing."""
    also_asked: tuple[str, ...] = ()
    """The other phrasings, in note order, to show after the answer."""
    leech: bool = False
    """Whether the card has lapsed at least the deck's leech threshold times."""
    target_seconds: int = 120
    """How long telling the answer should take (the deck's rehearsal target)."""
    interview_date: date | None = None
    """The deck's interview day, if it has one."""
    recall_on_interview: float | None = None
    """Predicted probability of recall when the interview day starts; None if no date,
    the day has come, or the card has never been reviewed."""
    deck_root: str = ""
    """Where the deck's notes live (its file or folder): with `content.file`, the card's note."""
    deck_id: int = 0
    """The deck's id in the store (0 when built without one)."""
    order_time: str | None = None
    """The latest order time among its reviews when it was read (`scheduler.log_order`); None: none."""

    def __init__(
        self, id: int, deck: str, content: CardContent, state: CardState, asked: str = "",
        also_asked: tuple[str, ...] = (), leech: bool = False, target_seconds: int = 120,
        interview_date: date | None = None, recall_on_interview: float | None = None, deck_root: str = "",
        deck_id: int = 0, order_time: str | None = None,
    ) -> None:
        """Keep the fields given (written out: a card is made for every card shown), then `__post_init__`."""
        put = object.__setattr__
        put(self, "id", id)
        put(self, "deck", deck)
        put(self, "content", content)
        put(self, "state", state)
        put(self, "asked", asked)
        put(self, "also_asked", also_asked)
        put(self, "leech", leech)
        put(self, "target_seconds", target_seconds)
        put(self, "interview_date", interview_date)
        put(self, "recall_on_interview", recall_on_interview)
        put(self, "deck_root", deck_root)
        put(self, "deck_id", deck_id)
        put(self, "order_time", order_time)
        self.__post_init__()

    def __post_init__(self) -> None:
        """Ask the first phrasing when no phrasing was given."""
        if not self.asked:
            first, *others = phrasings_of(self.content)
            object.__setattr__(self, "asked", first)
            object.__setattr__(self, "also_asked", tuple(others))

    def __getattr__(self, name: str) -> CardContent:
        """`content` of a card `CardLoader.load` read: decoded from its stored JSON when first asked for, then kept.

        Rating a card never reads its content (the answer cycle leaves the decoding, a
        fifth of its work, to the screen that shows the card). Called only for names the
        card does not hold.
        """
        held = self.__dict__
        if name != "content" or "_stored" not in held:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        content = card_from_json(held["_stored"])
        object.__setattr__(self, "content", content)
        return content

    @property
    def pair(self) -> int | None:
        """`content.pair` (the line of a two-way card's first side), read without decoding the content."""
        held = self.__dict__
        return held["_pair"] if "_pair" in held else self.content.pair


_CARD = f"""
SELECT {', '.join(STATE_COLUMNS)}, cards.content, cards.deck_id, decks.name, decks.root,
  (SELECT COUNT(*) FROM reviews WHERE reviews.card_id = cards.id)
  + (SELECT COUNT(*) FROM practice WHERE practice.card_id = cards.id),
  {LATEST_ORDER_TIME}
FROM cards JOIN decks ON decks.id = cards.deck_id WHERE cards.id = ?
"""
"""A card as `CardLoader.load` shows it: its cached state (`STATE_COLUMNS`, first), stored content (decoded only
when read), deck, the times it was shown (reviews and practice) and its latest order time. Only these columns, read
by position: building the whole row (the question, the key, the file...) cost a third of the load."""

_STATES = len(STATE_COLUMNS)


class CardLoader:
    """Loads `ReviewCard`s and knows each deck's effective settings and scheduler."""

    def __init__(self, store: Store, settings: Settings, clock: Clock, tz: tzinfo | None = None) -> None:
        """Load cards from `store`; `settings` are the global settings (decks' overrides inside)."""
        self._store = store
        self._settings = settings
        self._clock = clock
        self._tz = tz
        self._decks: dict[str, tuple[Settings, CardScheduler]] = {}

    def settings(self, deck: str) -> Settings:
        """The settings in force for deck `deck` (by name)."""
        return self._deck(deck)[0]

    def scheduler(self, deck: str) -> CardScheduler:
        """The scheduler for deck `deck`'s cards."""
        return self._deck(deck)[1]

    def load(self, card_id: int) -> ReviewCard:
        """Card `card_id` as it stands in the store; `StoreError` if there is no such card."""
        row = self._store.conn.execute(_CARD, (card_id,)).fetchone()
        if row is None:
            raise StoreError(f"no card with id {card_id}")
        text, deck_id, deck, root, shown, order_time = row[_STATES:]
        state = state_from_values(row[:_STATES])
        settings = self.settings(deck)
        listed, pair = phrasings_and_pair(text)
        phrasings = list(dict.fromkeys(listed)) or phrasings_of(card_from_json(text))
        turn = shown % len(phrasings)
        card = ReviewCard.__new__(ReviewCard)
        vars(card).update(  # the dataclass's fields but `content`, which the card decodes from `_stored` when read
            id=card_id, deck=deck, state=state, asked=phrasings[turn],
            also_asked=tuple(phrasings[:turn] + phrasings[turn + 1 :]), leech=state.lapses >= settings.leech_threshold,
            target_seconds=settings.rehearsal_target_seconds, interview_date=settings.interview_date,
            recall_on_interview=self._recall_on(settings, deck, state), deck_root=root, deck_id=deck_id,
            order_time=order_time, _stored=text, _pair=pair,
        )
        return card

    def present(self, card_id: int) -> bool:
        """Whether card `card_id` exists and has not been removed from its notes."""
        row = self._store.conn.execute(
            "SELECT 1 FROM cards WHERE id = ? AND removed_at IS NULL", (card_id,)
        ).fetchone()
        return row is not None

    def _recall_on(self, settings: Settings, deck: str, state: CardState) -> float | None:
        """The card's predicted recall at the start of the deck's interview day, if still ahead."""
        if settings.interview_date is None:
            return None
        start = self.interview_start(settings.interview_date, settings.day_starts_at)
        if start <= self._clock.now():
            return None
        return retrievability(state, start, self.scheduler(deck))

    def interview_start(self, day: date, day_starts_at: int) -> datetime:
        """When the interview day begins (its local day start), in UTC."""
        return day_start(day, day_starts_at, self._tz)

    def _deck(self, deck: str) -> tuple[Settings, CardScheduler]:
        """Deck `deck`'s effective settings and scheduler, made once per loader."""
        if deck not in self._decks:
            settings = self._settings.for_deck(deck)
            self._decks[deck] = (settings, make_fsrs(settings, self._tz))
        return self._decks[deck]
