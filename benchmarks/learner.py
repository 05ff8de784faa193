"""A simulated learner: who reviews what, when, and how well, over a collection's life.

Each card is simulated on its own (there are no daily limits to couple them), with a
random stream seeded by the card, so the result does not depend on how the work is
split between processes. The learner studies once a day in the evening and skips a day
now and then; a card comes back at the first session after it falls due, learning
steps within the same session. Whether the learner recalls a card is drawn from the
FSRS forgetting curve with the card's stability scaled by a per-card "true" factor, so
some cards are harder than the model thinks. Every review goes through
`scheduler.engine.review`, the very function starcards uses, so each card's final
state is exactly what replaying its log gives.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from scheduler.engine import CardState, Phase, Rating, make_fsrs, review
from scheduler.settings import Settings

DECAY = -0.1542
"""FSRS-6's default forgetting-curve decay (py-fsrs's twenty-first parameter, negated)."""
FACTOR = 0.9 ** (1 / DECAY) - 1
"""The curve's factor, chosen so that retrievability is 0.9 after `stability` days."""
SKIP_CHANCE = 0.04
"""How often the learner misses a day's session."""


@dataclass(frozen=True)
class History:
    """The timeline of a simulated collection: when it starts and ends, and its pace."""

    start: datetime
    """The first day's midnight (UTC) at which the learner started."""
    end: datetime
    """The moment the simulation stops: "now" for the collection."""
    new_per_day: int
    """How many new cards the learner introduces each day."""
    seed: int

    def sessions(self) -> list[datetime | None]:
        """Each day's session start (evening, UTC), None for a day the learner skipped."""
        rng = random.Random(f"sessions:{self.seed}")
        days = (self.end - self.start).days
        out: list[datetime | None] = []
        for day in range(days + 2):
            moment = self.start + timedelta(days=day, hours=18, minutes=rng.randrange(120))
            out.append(None if rng.random() < SKIP_CHANCE and day < days else moment)
        return out


Review = tuple[int, int, datetime, int, int]
"""One simulated review: (card id, rating, when, duration in ms, phase before)."""


def simulate(
    history: History, card_ids: list[int], sessions: list[datetime | None], start: int = 0, stop: int | None = None
) -> tuple[dict[int, CardState], list[Review]]:
    """The final state of cards `card_ids[start:stop]` (by id) and all their reviews.

    Card `card_ids[i]` is introduced on day `i // new_per_day`; cards whose day has not
    come stay new and are left out.
    """
    fsrs_scheduler = make_fsrs(Settings())
    states: dict[int, CardState] = {}
    reviews: list[Review] = []
    for position in range(start, len(card_ids) if stop is None else stop):
        card_id = card_ids[position]
        day = position // history.new_per_day
        first = _session_on_or_after(sessions, day)
        if first is None or first >= history.end:
            continue
        states[card_id] = _live(history, fsrs_scheduler, card_id, first, sessions, reviews)
    return states, reviews


def _live(
    history: History,
    fsrs_scheduler: object,
    card_id: int,
    first: datetime,
    sessions: list[datetime | None],
    reviews: list[Review],
) -> CardState:
    """Review card `card_id` from `first` until the end of the history; its last state."""
    rng = random.Random(history.seed * 1_000_003 + card_id)
    ease = math.exp(rng.gauss(0.35, 0.35))
    state, when = CardState(), first + timedelta(minutes=rng.randrange(40))
    while when < history.end:
        rating = _answer(rng, state, when, ease)
        reviews.append((card_id, int(rating), when, _duration(rng), int(state.state)))
        state = review(fsrs_scheduler, card_id, state, rating, when)  # type: ignore[arg-type]
        when = _next_time(rng, history, state, sessions)
    return state


def _answer(rng: random.Random, state: CardState, when: datetime, ease: float) -> Rating:
    """The learner's rating: Again when forgotten, else mostly Good."""
    if state.state == Phase.NEW:
        recall = 0.75
    else:
        assert state.last_review is not None and state.stability is not None
        elapsed = (when - state.last_review).total_seconds() / 86400
        recall = (1 + FACTOR * elapsed / (state.stability * ease)) ** DECAY
        if state.state != Phase.REVIEW:
            recall = min(recall, 0.92)
    if rng.random() >= recall:
        return Rating.AGAIN
    draw = rng.random()
    return Rating.HARD if draw < 0.05 else Rating.EASY if draw > 0.9 else Rating.GOOD


def _duration(rng: random.Random) -> int:
    """How long telling the story took, in ms: a few seconds to two minutes."""
    return min(120_000, int(rng.lognormvariate(math.log(25_000), 0.6)))


def _next_time(
    rng: random.Random, history: History, state: CardState, sessions: list[datetime | None]
) -> datetime:
    """When the learner next sees the card: a learning step in-session, else the next session."""
    assert state.due is not None
    if state.state != Phase.REVIEW:
        return state.due + timedelta(seconds=rng.randrange(5, 90))
    day = (state.due - history.start).days
    session = _session_on_or_after(sessions, day)
    if session is None:
        return history.end
    return max(session, state.due) + timedelta(minutes=rng.randrange(30))


def _session_on_or_after(sessions: list[datetime | None], day: int) -> datetime | None:
    """The first session held on `day` or later; None past the end."""
    for moment in sessions[max(day, 0) :]:
        if moment is not None:
            return moment
    return None
