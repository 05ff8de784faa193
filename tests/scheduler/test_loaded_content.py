"""A card `CardLoader.load` reads decodes its content only when read, and is the very card built from its row."""

from __future__ import annotations

import dataclasses

from deck.content_json import card_from_json
from deck.models import CardContent, KeyPhrase, Story
from scheduler.cards import CardLoader, ReviewCard, phrasings_of
from scheduler.clock import FixedClock
from scheduler.decks import sync_deck
from scheduler.engine import CardState, Rating
from scheduler.reviews import load_state
from scheduler.settings import Settings
from scheduler.store import Store
from tests.scheduler.helpers import T0, UTC, card, card_ids, deck, utc_session


def _rich(line: int, *phrasings: str, pair: int | None = None) -> CardContent:
    """A card with stories, key phrases, tags, repeated phrasings and (maybe) a two-way pair."""
    return CardContent(
        key=f"rich{line}", file="n.md", line=line, context=["Note", "Heading"], question=" / ".join(phrasings),
        phrasings=list(phrasings), answer="**S** then *T*", notes="plain",
        stories=[Story(title="One", intro="i", sections={"situation": "s", "result": "r"})],  # type: ignore[dict-item]
        key_phrases=[KeyPhrase(text="then", colour="red")], tags=["star", "team"], pair=pair,
    )


def _eager(store: Store, loader: CardLoader, card_id: int, shown: int = 0) -> ReviewCard:
    """The card as the loader built it before it decoded lazily: content decoded from the row, phrasing by turn."""
    text, deck_name, deck_id, root = store.conn.execute(
        "SELECT content, decks.name, deck_id, decks.root FROM cards JOIN decks ON decks.id = deck_id"
        " WHERE cards.id = ?", (card_id,),
    ).fetchone()
    content = card_from_json(text)
    phrasings = phrasings_of(content)
    turn = shown % len(phrasings)
    settings = loader.settings(deck_name)
    state = load_state(store.conn, card_id)
    return ReviewCard(
        id=card_id, deck=deck_name, content=content, state=state, asked=phrasings[turn],
        also_asked=tuple(phrasings[:turn] + phrasings[turn + 1 :]),
        leech=state.lapses >= settings.leech_threshold, target_seconds=settings.rehearsal_target_seconds,
        interview_date=settings.interview_date, deck_root=root, deck_id=deck_id,
    )


def test_a_loaded_card_is_the_card_built_from_its_row(store: Store, clock: FixedClock) -> None:
    """Every field, content included (stories, key phrases, tags, pair), and the phrasing asked by turn (repeated
    phrasings once), equal what decoding the stored content gives."""
    sync_deck(store, deck(_rich(1, "Why?", "How?", "Why?", pair=1), _rich(2, "Alone?"), card(3)), T0)
    loader = CardLoader(store, Settings(), clock, UTC)
    for key, card_id in card_ids(store).items():
        loaded = loader.load(card_id)
        assert "content" not in vars(loaded)  # not decoded yet
        assert loaded.pair == (1 if key == "rich1" else None)
        assert dataclasses.replace(loaded, order_time=None) == _eager(store, loader, card_id)
        assert loaded.content == card_from_json(store.conn.execute(
            "SELECT content FROM cards WHERE id = ?", (card_id,)).fetchone()[0])
        assert loaded.content is loaded.content  # decoded once, then kept


def test_the_phrasings_take_turns_as_before(store: Store, clock: FixedClock) -> None:
    """After each rating the next showing asks the next distinct phrasing, as the decoded content orders them."""
    sync_deck(store, deck(_rich(1, "Why?", "How?", "Why?", "When?")), T0)
    session = utc_session(store, clock)
    asked = []
    for shown in range(4):
        current = session.current
        assert current is not None
        eager = _eager(store, CardLoader(store, Settings(), clock, UTC), current.id, shown)
        assert (current.asked, current.also_asked) == (eager.asked, eager.also_asked)
        asked.append(current.asked)
        session.rate(Rating.AGAIN, 1000)
        clock.advance(minutes=2)
    assert asked == ["Why?", "How?", "When?", "Why?"]


def test_a_card_built_by_hand_still_reads_its_own_content() -> None:
    """A card built with its content (as the screens' tests do) answers `pair` and `content` from it."""
    content = _rich(5, "Q?", pair=5)
    built = ReviewCard(1, "notes", content, CardState())
    assert built.content is content and built.pair == 5 and built.asked == "Q?"
