"""Snapshots of the review screen: the question, mid-reveal and fully revealed.

Deterministic by construction: the practice note, a `FixedClock` (the timer reads 0:00),
a fixed terminal size and the default dark theme. Update after an intended change with
`pytest tests/textual_app/test_snapshots.py --snapshot-update`, and look at the pictures.
"""

from __future__ import annotations

SIZE = (100, 34)


def test_question_only(make_app, deck_id, snap_compare) -> None:
    """The question with every STAR section hidden, the prompt, the reveal buttons."""
    assert snap_compare(make_app(review_decks=[deck_id]), terminal_size=SIZE)


def test_mid_reveal(make_app, deck_id, snap_compare) -> None:
    """Situation and Task shown, the other phrasing, ratings with intervals; the rest still hidden."""
    assert snap_compare(make_app(review_decks=[deck_id]), press=["space", "space"], terminal_size=SIZE)


def test_fully_revealed(make_app, deck_id, snap_compare) -> None:
    """Every section shown; no reveal buttons left."""
    assert snap_compare(make_app(review_decks=[deck_id]), press=["a"], terminal_size=SIZE)


def test_practice_fully_revealed(make_app, deck_id, snap_compare) -> None:
    """Practice: the PRACTICE label, rating buttons without intervals, no bury or suspend."""
    from textual_app.app import PracticeRequest

    app = make_app(practice=PracticeRequest(deck_ids=[deck_id]))
    assert snap_compare(app, press=["a"], terminal_size=SIZE)
