"""The card browser's queries: search by text, tag, deck and state; sort; history; tags."""

from __future__ import annotations

import itertools

import fsrs
import pytest

from deck.models import CardContent
from scheduler.actions import bury, reset, suspend
from scheduler.browse import FILTERS, all_tags, card_history, count_cards, get_card, search_cards
from scheduler.decks import sync_deck
from scheduler.engine import Phase, Rating
from scheduler.store import Store
from tests.scheduler.helpers import T0, deck
from tests.scheduler.history import FSRS, cards_store, day, put, rate


def _card(number: int, question: str, answer: str = "A", tags: tuple[str, ...] = ()) -> CardContent:
    """A card with its own question, answer and tags."""
    return CardContent(
        key=f"q{number}", file="n.md", line=number, question=question, phrasings=[question], answer=answer, tags=list(tags)
    )


def _ids(rows) -> list[int]:
    """The ids of browser rows."""
    return [row.id for row in rows]


@pytest.fixture
def stories(store: Store) -> list[int]:
    """Four cards with distinct questions, answers and tags; their ids in order."""
    cards = [
        _card(1, "Tell me about a CONFLICT", "We disagreed on scope", ("conflict", "Team")),
        _card(2, "Describe a failure", "The 100% rollout broke billing", ("failure",)),
        _card(3, "Why this job?", "Growth", ("#career",)),
        _card(4, "A time you led a team", "I led the on_call rota", ("team",)),
    ]
    deck_id, _ = sync_deck(store, deck(*cards), T0)
    return [row[0] for row in store.conn.execute("SELECT id FROM cards WHERE deck_id = ? ORDER BY line", (deck_id,))]


def test_text_matches_question_or_answer_ignoring_case(store: Store, stories: list[int]) -> None:
    """'conflict' finds the question in capitals; 'billing' finds an answer; wildcards are literal."""
    assert _ids(search_cards(store, T0, text="conflict")) == [stories[0]]
    assert _ids(search_cards(store, T0, text="BILLING")) == [stories[1]]
    assert _ids(search_cards(store, T0, text="100%")) == [stories[1]]
    assert _ids(search_cards(store, T0, text="on_call")) == [stories[3]]
    assert search_cards(store, T0, text="led_the") == [], "_ is no wildcard"


def test_tag_matches_ignoring_case_and_hash(store: Store, stories: list[int]) -> None:
    """A tag matches whatever its case; a leading # on either side is ignored where the note kept it."""
    assert _ids(search_cards(store, T0, tag="team")) == [stories[0], stories[3]]
    assert _ids(search_cards(store, T0, tag="#failure")) == [stories[1]]
    assert all_tags(store) == ["#career", "conflict", "failure", "Team"]


def test_deck_filter(store: Store, stories: list[int]) -> None:
    """Only the decks asked for."""
    other = cards_store(store, 2, root="/other", name="other")
    other_deck = get_card(store, T0, other[0]).deck_id
    assert _ids(search_cards(store, T0, deck_ids=[other_deck])) == other
    assert len(search_cards(store, T0)) == 6


def test_state_filter_splits_cards_as_the_counts_do(store: Store) -> None:
    """Each card is found under exactly one filter: its status, or its state while active."""
    ids = cards_store(store, 8)
    for card_id, state in zip(ids[:4], (1, 2, 3, 2), strict=True):
        put(store, card_id, state=state, due=day(3))
    suspend(store, ids[3], T0)
    bury(store, ids[4], T0, day(1, 4))
    sync_deck(store, deck(*[_card(n, f"Question {n}?") for n in range(1, 8)]), T0)  # q8 removed
    found = {name: _ids(search_cards(store, T0, state=name)) for name in FILTERS}
    assert found == {
        "new": [ids[5], ids[6]],
        "learning": [ids[0]],
        "review": [ids[1]],
        "relearning": [ids[2]],
        "suspended": [ids[3]],
        "buried": [ids[4]],
        "removed": [ids[7]],
    }
    assert ids[7] not in _ids(search_cards(store, T0)), "removed cards only when asked for"
    for first, second in itertools.combinations(FILTERS, 2):
        either = search_cards(store, T0, state=[first, second, first])
        assert sorted(_ids(either)) == sorted(found[first] + found[second]), (first, second)
        assert count_cards(store, T0, state=(first, second)) == len(either)
    assert _ids(search_cards(store, T0, state=["new"])) == found["new"]
    assert [row.status for row in search_cards(store, T0, sort="lapses")][:5] == ["active"] * 3 + ["suspended", "buried"]


def test_sort_orders(store: Store) -> None:
    """Due soonest (new last); least retrievable first; most lapses first; hardest first."""
    ids = cards_store(store, 4)
    put(store, ids[0], state=2, due=day(5), stability=2.0, difficulty=3.0, last_review=day(-10), lapses=1)
    put(store, ids[1], state=2, due=day(1), stability=50.0, difficulty=8.0, last_review=day(-10), lapses=0)
    put(store, ids[2], state=2, due=day(9), stability=9.0, difficulty=5.0, last_review=day(-10), lapses=4)
    assert _ids(search_cards(store, T0, sort="due")) == [ids[1], ids[0], ids[2], ids[3]]
    assert _ids(search_cards(store, T0, sort="retrievability")) == [ids[0], ids[2], ids[1], ids[3]]
    assert _ids(search_cards(store, T0, sort="lapses")) == [ids[2], ids[0], ids[1], ids[3]]
    assert _ids(search_cards(store, T0, sort="difficulty")) == [ids[1], ids[2], ids[0], ids[3]]
    with pytest.raises(ValueError, match="unknown sort"):
        search_cards(store, T0, sort="random")


def test_limit_and_count(store: Store) -> None:
    """A limit cuts the list; the count says how many matched in all."""
    cards_store(store, 7)
    assert len(search_cards(store, T0, limit=3)) == 3
    assert count_cards(store, T0) == 7
    assert count_cards(store, T0, text="Question 1?") == 1


def test_row_holds_fsrs_state_and_py_fsrs_retrievability(store: Store) -> None:
    """A reviewed card's row has its state, counts, due and the retrievability py-fsrs gives."""
    (card_id,) = cards_store(store, 1)
    rate(store, card_id, Rating.EASY, day(-20))
    row = get_card(store, T0, card_id)
    assert (row.state, row.status, row.reps, row.lapses, row.file, row.line) == ("review", "active", 1, 0, "n.md", 1)
    card = fsrs.Card(
        card_id=card_id, state=fsrs.State.Review, stability=row.stability, difficulty=row.difficulty,
        last_review=day(-20), due=row.due,
    )
    assert row.retrievability == FSRS.fsrs.get_card_retrievability(card, T0)
    assert set(row.as_dict()) == {
        "id", "deck", "question", "file", "line", "status", "state", "reps", "lapses", "due", "stability",
        "difficulty", "retrievability",
    }
    assert get_card(store, T0, 999) is None


def test_history_lists_reviews_and_events_in_order(store: Store) -> None:
    """Every review with rating, time and phase, and the reset between them; nothing is lost by the reset."""
    (card_id,) = cards_store(store, 1)
    rate(store, card_id, Rating.GOOD, day(-3), 1500)
    rate(store, card_id, Rating.AGAIN, day(-3, 12, 10), 2500)
    reset(store, FSRS, card_id, day(-2))
    rate(store, card_id, Rating.EASY, day(-1), 900)
    entries = card_history(store, card_id)
    assert [(e.kind, e.rating, e.phase, e.duration_ms) for e in entries] == [
        ("review", 1 + 2, Phase.NEW, 1500),
        ("review", 1, Phase.LEARNING, 2500),
        ("reset", None, None, None),
        ("review", 4, Phase.NEW, 900),
    ]
    assert [e.at for e in entries] == [day(-3), day(-3, 12, 10), day(-2), day(-1)]
