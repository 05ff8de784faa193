"""Identity across edits: a card keeps its id, reviews and FSRS state when its note changes.

Keys are made as the deck room makes them (`card_key(file, question)`), so a reworded
question or a renamed note gives a new key, as it does for real notes.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from deck.content_json import card_from_json
from deck.models import CardContent
from scheduler.decks import SyncReport, sync_deck
from scheduler.queue import due_counts
from scheduler.store import Store
from tests.scheduler.helpers import T0, deck, history, qa, review_twice

LATER = T0 + timedelta(days=3)
FAILED = "**Situation**: a release broke checkout. **Action**: rolled back, added tests. **Result**: no repeat."
CONFLICT = "**Situation**: we disagreed on the API. **Action**: I wrote both designs up. **Result**: agreed in a day."
LED = "**Situation**: a team of four without a lead. **Action**: I set weekly goals. **Result**: shipped on time."


def _row(store: Store, card_id: int) -> dict[str, Any]:
    """The stored cards row with this id, as a dict."""
    return dict(store.conn.execute("SELECT * FROM cards WHERE id = ?", (card_id,)).fetchone())


def _reviewed(store: Store, *cards: CardContent) -> dict[str, int]:
    """Sync a deck of `cards` at T0 and review each twice; card ids by question."""
    sync_deck(store, deck(*cards), T0)
    ids = {row["question"]: row["id"] for row in store.conn.execute("SELECT id, question FROM cards")}
    for card_id in ids.values():
        review_twice(store, card_id)
    return ids


def _assert_now(store: Store, card_id: int, card: CardContent) -> None:
    """Card `card_id` now holds `card`: its key, file, line, question and content, present."""
    row = _row(store, card_id)
    assert (row["key"], row["file"], row["line"], row["question"], row["removed_at"]) == (
        card.key,
        card.file,
        card.line,
        card.question,
        None,
    )
    assert card_from_json(row["content"]) == card


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            qa("Tell me about a time you failed.", FAILED),
            qa("Tell me about a time when you failed at work.", FAILED),
        ),
        (
            qa("Tell me about a time you failed.", FAILED),
            qa("Tell me about your biggest failure.", FAILED),
        ),
        (
            qa("Describe a conflict with a coworker", CONFLICT),
            qa("Describe a conflict you had with a co-worker and how you resolved it", CONFLICT),
        ),
        (
            qa("Describe a conflict with a coworker", CONFLICT),
            qa(
                "Describe a conflict you had with a co-worker",
                CONFLICT.replace("agreed in a day", "we agreed within a day and kept both"),
            ),
        ),
    ],
)
def test_reworded_question_keeps_history(store: Store, old: CardContent, new: CardContent) -> None:
    """A reworded question in the same note (answer kept or lightly edited) is relinked to its card."""
    card_id = _reviewed(store, old, qa("Why this company?", "The product.", line=9))[old.question]
    before = history(store, card_id)
    _, report = sync_deck(store, deck(new, qa("Why this company?", "The product.", line=9)), LATER)
    assert report == SyncReport(relinked=1, unchanged=1)
    assert history(store, card_id) == before
    _assert_now(store, card_id, new)


def test_edited_answer_keeps_history(store: Store) -> None:
    """An edited answer with the same question keeps the card (same key): updated."""
    card_id = _reviewed(store, qa("Tell me about a time you failed.", FAILED))["Tell me about a time you failed."]
    before = history(store, card_id)
    edited = qa("Tell me about a time you failed.", FAILED + " **Takeaways**: test the rollback.")
    _, report = sync_deck(store, deck(edited), LATER)
    assert report == SyncReport(updated=1)
    assert history(store, card_id) == before
    _assert_now(store, card_id, edited)


def test_different_questions_are_never_merged(store: Store) -> None:
    """A question replaced by a different one with its own answer: the old card is removed, the new one is new."""
    ids = _reviewed(store, qa("Tell me about a time you failed.", FAILED))
    card_id = ids["Tell me about a time you failed."]
    before = history(store, card_id)
    _, report = sync_deck(store, deck(qa("Tell me about a time you led a team.", LED)), LATER)
    assert report == SyncReport(new=1, removed=1)
    assert _row(store, card_id)["removed_at"] is not None
    assert history(store, card_id) == before


def test_two_rewordings_in_one_note_each_find_their_card(store: Store) -> None:
    """Two cards reworded at once (and reordered) are each relinked to their own card, never crossed."""
    ids = _reviewed(
        store,
        qa("Tell me about a time you failed.", FAILED, line=1),
        qa("Describe a conflict with a coworker", CONFLICT, line=5),
    )
    conflict = qa("Describe a conflict you had with a co-worker", CONFLICT, line=1)
    failed = qa("Tell me about a time when you failed at work.", FAILED, line=5)
    _, report = sync_deck(store, deck(conflict, failed), LATER)
    assert report == SyncReport(relinked=2)
    _assert_now(store, ids["Tell me about a time you failed."], failed)
    _assert_now(store, ids["Describe a conflict with a coworker"], conflict)


def test_the_closest_card_wins(store: Store) -> None:
    """Two gone cards both like one new card: the closer one is relinked, the other removed."""
    ids = _reviewed(
        store,
        qa("Tell me about a time you failed.", FAILED, line=1),
        qa("Tell me about a time you failed a deadline.", FAILED + " It was late.", line=5),
    )
    new = qa("Tell me about a time when you failed.", FAILED, line=1)
    _, report = sync_deck(store, deck(new), LATER)
    assert report == SyncReport(relinked=1, removed=1)
    _assert_now(store, ids["Tell me about a time you failed."], new)
    assert _row(store, ids["Tell me about a time you failed a deadline."])["removed_at"] is not None


def test_reordered_cards_are_shifted_in_place(store: Store) -> None:
    """Cards swapped in their note change line only: shifted, not updated; same ids, history kept."""
    ids = _reviewed(
        store,
        qa("Tell me about a time you failed.", FAILED, line=1),
        qa("Describe a conflict with a coworker", CONFLICT, line=5),
    )
    before = {card_id: history(store, card_id) for card_id in ids.values()}
    swapped = [
        qa("Describe a conflict with a coworker", CONFLICT, line=1),
        qa("Tell me about a time you failed.", FAILED, line=5),
    ]
    _, report = sync_deck(store, deck(*swapped), LATER)
    assert report == SyncReport(shifted=2)
    assert {card_id: history(store, card_id) for card_id in ids.values()} == before
    _assert_now(store, ids["Describe a conflict with a coworker"], swapped[0])


@pytest.mark.parametrize("new_file", ["renamed.md", "archive/n.md", "archive/2024/renamed.md"])
def test_renamed_or_moved_note_keeps_history(store: Store, new_file: str) -> None:
    """A note renamed or moved inside the deck: every card is relinked by its question."""
    old = [qa("Tell me about a time you failed.", FAILED, line=1), qa("Why this company?", "", line=5)]
    ids = _reviewed(store, *old)
    before = {card_id: history(store, card_id) for card_id in ids.values()}
    moved = [qa(card.question, card.answer, file=new_file, line=card.line) for card in old]
    _, report = sync_deck(store, deck(*moved), LATER)
    assert report == SyncReport(relinked=2)
    assert {card_id: history(store, card_id) for card_id in ids.values()} == before
    for card in moved:
        _assert_now(store, ids[card.question], card)


def test_renamed_note_with_reworded_question(store: Store) -> None:
    """A note renamed and a question reworded in the same edit: relinked by similarity across notes."""
    card_id = _reviewed(store, qa("Tell me about a time you failed.", FAILED))["Tell me about a time you failed."]
    before = history(store, card_id)
    new = qa("Tell me about your biggest failure.", FAILED, file="failures.md")
    _, report = sync_deck(store, deck(new), LATER)
    assert report == SyncReport(relinked=1)
    assert history(store, card_id) == before
    _assert_now(store, card_id, new)


def test_card_moved_to_another_note(store: Store) -> None:
    """A card cut from one note and pasted into another (both still there) keeps its history."""
    ids = _reviewed(
        store,
        qa("Tell me about a time you failed.", FAILED, file="a.md"),
        qa("Why this company?", "The product.", file="b.md"),
    )
    moved = qa("Tell me about a time you failed.", FAILED, file="b.md", line=7)
    _, report = sync_deck(store, deck(moved, qa("Why this company?", "The product.", file="b.md")), LATER)
    assert report == SyncReport(relinked=1, unchanged=1)
    _assert_now(store, ids["Tell me about a time you failed."], moved)


def test_removed_card_keeps_history_and_leaves_the_queue(store: Store) -> None:
    """A card whose question is gone is marked removed with its reviews and state, and is no longer due."""
    card_id = _reviewed(store, qa("Tell me about a time you failed.", FAILED))["Tell me about a time you failed."]
    before = history(store, card_id)
    _, report = sync_deck(store, deck(), LATER)
    assert report == SyncReport(removed=1)
    assert _row(store, card_id)["removed_at"] == "2026-03-13T12:00:00.000000+00:00"
    assert history(store, card_id) == before
    assert due_counts(store, LATER + timedelta(days=365)).total == 0


def test_returning_card_gets_its_history_back(store: Store) -> None:
    """A removed card that comes back with the same question is restored: same id, same history."""
    question = "Tell me about a time you failed."
    card_id = _reviewed(store, qa(question, FAILED))[question]
    before = history(store, card_id)
    sync_deck(store, deck(), LATER)
    _, report = sync_deck(store, deck(qa(question, FAILED)), LATER + timedelta(days=1))
    assert report == SyncReport(updated=1)
    assert history(store, card_id) == before
    _assert_now(store, card_id, qa(question, FAILED))


def test_returning_reworded_card_gets_its_history_back(store: Store) -> None:
    """A removed card that comes back reworded in the same note is relinked and restored."""
    card_id = _reviewed(store, qa("Tell me about a time you failed.", FAILED))["Tell me about a time you failed."]
    before = history(store, card_id)
    sync_deck(store, deck(), LATER)
    back = qa("Tell me about a time when you failed at work.", FAILED)
    _, report = sync_deck(store, deck(back), LATER + timedelta(days=1))
    assert report == SyncReport(relinked=1)
    assert history(store, card_id) == before
    _assert_now(store, card_id, back)


def test_card_of_a_deleted_note_returns_in_a_new_note(store: Store) -> None:
    """A note deleted (cards removed) and later written again under another name: the history returns."""
    card_id = _reviewed(store, qa("Why this company?", "The product.", file="old.md"))["Why this company?"]
    sync_deck(store, deck(), LATER)
    back = qa("Why this company?", "The product and the team.", file="new.md")
    _, report = sync_deck(store, deck(back), LATER + timedelta(days=1))
    assert report == SyncReport(relinked=1)
    _assert_now(store, card_id, back)


def test_removed_card_is_not_relinked_from_another_note_by_similarity(store: Store) -> None:
    """Only cards present until now are matched across notes by similarity; a long-removed one is not."""
    card_id = _reviewed(store, qa("Tell me about a time you failed.", FAILED, file="a.md"))[
        "Tell me about a time you failed."
    ]
    sync_deck(store, deck(), LATER)
    _, report = sync_deck(store, deck(qa("Tell me about your biggest failure.", FAILED, file="b.md")), LATER)
    assert report == SyncReport(new=1)
    assert _row(store, card_id)["removed_at"] is not None


@pytest.mark.parametrize(
    ("shared", "expected"),
    [(8, SyncReport(relinked=1)), (6, SyncReport(new=1, removed=1))],
)
def test_threshold_decides_a_reworded_card(store: Store, shared: int, expected: SyncReport) -> None:
    """Half the question reworded: 8 of 10 answer words kept scores 0.65 (relinked), 6 of 10 scores 0.55 (new)."""
    old_answer = [f"w{n}" for n in range(10)]
    new_answer = old_answer[:shared] + [f"x{n}" for n in range(10 - shared)]
    question = "Describe a conflict with your manager"
    card_id = _reviewed(store, qa(question, " ".join(old_answer)))[question]
    new = qa("Describe a conflict with a coworker", " ".join(new_answer))
    _, report = sync_deck(store, deck(new), LATER)
    assert report == expected
    assert (_row(store, card_id)["question"] == new.question) is bool(expected.relinked)
