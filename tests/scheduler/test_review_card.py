"""What a `ReviewCard` says besides its content: the phrasing asked, leech, rehearsal target, interview recall."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from deck.models import CardContent
from scheduler.cards import CardLoader, ReviewCard
from scheduler.clock import FixedClock
from scheduler.decks import sync_deck
from scheduler.engine import CardState, Rating, make_fsrs, retrievability
from scheduler.practice import PracticeSession
from scheduler.reviews import load_state, record_review
from scheduler.settings import DeckSettings, Settings
from scheduler.store import Store
from tests.scheduler.helpers import T0, UTC, card, card_ids, deck, utc_session

PHRASINGS = ["Tell me about a failure", "Describe a setback", "When did a project go wrong"]


def _phrased(*phrasings: str) -> CardContent:
    """A card asked in `phrasings`."""
    return CardContent(
        key="k", file="n.md", line=1, question=" / ".join(phrasings), phrasings=list(phrasings), answer="A"
    )


def _asked_over(store: Store, clock: FixedClock, ratings: int) -> list[tuple[str, tuple[str, ...]]]:
    """What the only card asks, and also asks, over `ratings` Again ratings (each a showing)."""
    session = utc_session(store, clock)
    seen = []
    for _ in range(ratings):
        current = session.current
        assert current is not None
        seen.append((current.asked, current.also_asked))
        session.rate(Rating.AGAIN, 1000)
        clock.advance(minutes=2)
    return seen


def test_phrasings_take_turns_across_reviews(store: Store, clock: FixedClock) -> None:
    """Each showing asks the next phrasing, round and round; the others are listed in note order."""
    sync_deck(store, deck(_phrased(*PHRASINGS)), T0)
    first, second, third = PHRASINGS
    assert _asked_over(store, clock, 4) == [
        (first, (second, third)),
        (second, (first, third)),
        (third, (first, second)),
        (first, (second, third)),
    ]


def test_a_practice_rating_counts_as_a_showing(store: Store, clock: FixedClock) -> None:
    """After one practice rating the next review asks the second phrasing; undoing it asks the first again."""
    sync_deck(store, deck(_phrased(*PHRASINGS)), T0)
    practice = PracticeSession(store, Settings(), clock, tz=UTC)
    assert practice.current is not None and practice.current.asked == PHRASINGS[0]
    practice.rate(Rating.GOOD, 1000)
    assert utc_session(store, clock).current.asked == PHRASINGS[1]  # type: ignore[union-attr]
    assert practice.undo().asked == PHRASINGS[0]


def test_undoing_a_rating_asks_the_same_phrasing_again(store: Store, clock: FixedClock) -> None:
    """Undo takes the showing back: the card asks what it asked before the rating."""
    sync_deck(store, deck(_phrased(*PHRASINGS)), T0)
    session = utc_session(store, clock)
    session.rate(Rating.AGAIN, 1000)
    assert session.undo().asked == PHRASINGS[0]


def test_a_single_or_repeated_phrasing_is_always_asked() -> None:
    """Repeated phrasings count once; a card built without `asked` asks its first phrasing."""
    built = ReviewCard(1, "d", _phrased("Same?", "Same?", "Other?"), CardState())
    assert (built.asked, built.also_asked) == ("Same?", ("Other?",))


def _lapse(store: Store, card_id: int, scheduler_settings: Settings, times: int) -> None:
    """Graduate card `card_id` with Easy, then forget it `times` times, each time when due."""
    scheduler = make_fsrs(scheduler_settings)
    when = T0 - timedelta(days=400)
    record_review(store, scheduler, card_id, Rating.EASY, when, 0)
    for _ in range(times):
        when = load_state(store.conn, card_id).due  # type: ignore[assignment]
        record_review(store, scheduler, card_id, Rating.AGAIN, when, 0)
        record_review(store, scheduler, card_id, Rating.EASY, when + timedelta(minutes=10), 0)


def test_leech_flag_at_the_decks_threshold(store: Store) -> None:
    """A card is a leech once its lapses reach the deck's threshold (an override here), not one lapse before."""
    sync_deck(store, deck(card(1), card(2)), T0)
    ids = card_ids(store)
    settings = Settings(leech_threshold=9, decks={"notes": DeckSettings(leech_threshold=3)})
    _lapse(store, ids["q1"], settings, 3)
    _lapse(store, ids["q2"], settings, 2)
    clock = FixedClock(T0 + timedelta(days=4000))
    session = utc_session(store, clock, settings)
    seen = {}
    while (current := session.current) is not None:
        seen[current.content.key] = (current.state.lapses, current.leech)
        session.bury()
    assert seen == {"q1": (3, True), "q2": (2, False)}


def test_rehearsal_target_is_the_decks(store: Store, clock: FixedClock) -> None:
    """Each card carries its deck's rehearsal target in seconds."""
    sync_deck(store, deck(card(1), root="/a", name="a"), T0)
    sync_deck(store, deck(card(2), root="/b", name="b"), T0)
    settings = Settings(rehearsal_target_seconds=90, decks={"b": DeckSettings(rehearsal_target_seconds=300)})
    session = utc_session(store, clock, settings)
    targets = {}
    while (current := session.current) is not None:
        targets[current.deck] = current.target_seconds
        session.bury()
    assert targets == {"a": 90, "b": 300}


def _loaded(store: Store, clock: FixedClock, settings: Settings) -> ReviewCard:
    """Card q1 as a session under `settings` would show it now."""
    return CardLoader(store, settings, clock, UTC).load(card_ids(store)["q1"])


def test_recall_on_interview_is_retrievability_when_the_day_starts(store: Store, clock: FixedClock) -> None:
    """A reviewed card's predicted recall on the interview day is taken when that day starts (04:00 local); a new card has none."""
    sync_deck(store, deck(card(1)), T0)
    interview = date(2026, 4, 1)
    settings = Settings(decks={"notes": DeckSettings(interview_date=interview)})
    new = _loaded(store, clock, settings)
    assert (new.interview_date, new.recall_on_interview) == (interview, None)
    utc_session(store, clock, settings).rate(Rating.EASY, 1000)
    state = load_state(store.conn, card_ids(store)["q1"])
    expected = retrievability(state, datetime(2026, 4, 1, 4, tzinfo=UTC), make_fsrs(settings))
    assert expected is not None and 0 < expected < 1
    assert _loaded(store, clock, settings).recall_on_interview == expected


def test_no_recall_on_interview_once_the_day_has_come(store: Store) -> None:
    """From the start of the interview day on, there is no prediction; without a date neither."""
    sync_deck(store, deck(card(1)), T0)
    _lapse(store, card_ids(store)["q1"], Settings(), 0)
    settings = Settings(interview_date=date(2026, 4, 1))
    clock = FixedClock(datetime(2026, 4, 1, 4, tzinfo=UTC))
    assert _loaded(store, clock, settings).recall_on_interview is None
    clock.set(datetime(2026, 4, 1, 3, 59, tzinfo=UTC))
    assert _loaded(store, clock, settings).recall_on_interview is not None
    assert _loaded(store, clock, Settings()).recall_on_interview is None
