"""A simulated learner whose memory follows FSRS with parameters other than the defaults.

Used by the optimize tests and the memory-model benchmark: starcards schedules the
learner's cards with its settings (default parameters unless given), and whether the
learner recalls a card is drawn from FSRS's forgetting curve under `TRUE_PARAMETERS`,
a memory weaker at first and slower to grow than the defaults assume. Reviews go
through `scheduler.reviews.record_review`, so the store is what real use would leave.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import fsrs

from deck.models import CardContent, DeckContent
from scheduler.engine import CardState, Phase, Rating, make_fsrs
from scheduler.reviews import record_review
from scheduler.settings import Settings
from scheduler.store import Store

_DEFAULT = fsrs.scheduler.DEFAULT_PARAMETERS
TRUE_PARAMETERS = (
    *(value * 0.35 for value in _DEFAULT[:4]),
    *_DEFAULT[4:8],
    1.2,
    *_DEFAULT[9:20],
    0.35,
)
"""The learner's real memory: initial stabilities a third of the defaults', stability
growing more slowly (w8 1.2 instead of 1.87), and a steeper forgetting curve (decay 0.35)."""


@dataclass(frozen=True)
class Learner:
    """Who studies: with what memory, from when, for how long, how reliably."""

    start: datetime
    days: int
    true_parameters: Sequence[float] = TRUE_PARAMETERS
    seed: int = 7


def plain_deck(count: int, name: str = "Work", root: str = "/Work") -> DeckContent:
    """A deck of `count` one-line cards, keys `q1`..`qN`, questions `Question N?`."""
    cards = [
        CardContent(
            key=f"q{n}", file="n.md", line=n, question=f"Question {n}?", phrasings=[f"Question {n}?"], answer="A"
        )
        for n in range(1, count + 1)
    ]
    return DeckContent(name=name, root=root, files=["n.md"], cards=cards)


def study(store: Store, learner: Learner, card_ids: Sequence[int], settings: Settings | None = None) -> int:
    """Review `card_ids` as `learner` would until `learner.days` have passed; how many reviews.

    Card number i is introduced on day i mod `learner.days // 3`, so the history mixes
    young and old cards.
    """
    scheduler = make_fsrs(settings or Settings())
    memory = fsrs.Scheduler(parameters=tuple(learner.true_parameters), enable_fuzzing=False)
    end = learner.start + timedelta(days=learner.days)
    total = 0
    for index, card_id in enumerate(card_ids):
        rng = random.Random(learner.seed * 100_003 + card_id)
        first = learner.start + timedelta(days=index % max(1, learner.days // 3), hours=18 + rng.random())
        total += _live(store, scheduler, memory, card_id, first, end, rng)
    return total


def _live(store: Store, scheduler: object, memory: fsrs.Scheduler, card_id: int,
          when: datetime, end: datetime, rng: random.Random) -> int:
    """One card's reviews from `when` until `end`; how many."""
    from scheduler.reviews import load_state

    truth, count = fsrs.Card(card_id=card_id, due=when), 0
    while when < end:
        rating = _answer(rng, memory, truth, when)
        truth, _ = memory.review_card(truth, fsrs.Rating(int(rating)), when)
        record_review(store, scheduler, card_id, rating, when, int(rng.lognormvariate(10.2, 0.5)))  # type: ignore[arg-type]
        count += 1
        when = _next(load_state(store.conn, card_id), rng)
    return count


def _answer(rng: random.Random, memory: fsrs.Scheduler, truth: fsrs.Card, when: datetime) -> Rating:
    """Again when the learner's true memory fails, else mostly Good."""
    if truth.last_review is None:
        return rng.choices(list(Rating), weights=(25, 10, 55, 10))[0]
    if rng.random() >= memory.get_card_retrievability(truth, when):
        return Rating.AGAIN
    return rng.choices((Rating.HARD, Rating.GOOD, Rating.EASY), weights=(10, 80, 10))[0]


def _next(state: CardState, rng: random.Random) -> datetime:
    """When the learner next sees the card: at its due time in a session, a few hours late at most."""
    assert state.due is not None
    if state.state != Phase.REVIEW:
        return state.due + timedelta(seconds=rng.randrange(5, 120))
    return state.due + timedelta(hours=rng.random() * 4)
