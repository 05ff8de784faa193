"""Readiness for an interview day: how much you will recall, what is at risk, and the plan.

For a deck with an interview date, FSRS predicts each card's recall when the interview
day begins. `readiness` says what share of the deck's questions you are expected to
recall then, which cards are predicted below the readiness target, and a plan: the
reviews a day it takes from today to the day before the interview so that every card
reaches the target on the day, if each review goes well (rated Good). The plan follows
the ordinary schedule and, in the final `window` days before the interview, brings forward
each reviewed card predicted below the target on the day, as the queue does then.

A card never reviewed has a predicted recall of 0; unseen cards enter the plan as the
queue's daily new allowance (raised before the interview date) introduces them.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from scheduler.allowance import day_allowance
from scheduler.bring_forward import FINAL_WINDOW
from scheduler.days import day_start, local_day
from scheduler.engine import CardScheduler, CardState, Phase, Rating, make_fsrs, retrievability, review
from scheduler.reviews import state_from_row
from scheduler.settings import Settings
from scheduler.store import Store, format_time

if TYPE_CHECKING:
    from scheduler.json_types import ReadinessJson

PLAN_DAYS = 366
"""An interview further off than this has no plan yet (the predicted recall is still given)."""

_REVIEW_HOUR = 8
"""Planned reviews happen this many hours after a day begins (noon when days start at 4)."""

_MAX_STEPS = 400
"""A card's simulated reviews stop here whatever happens (a safety net, never reached in practice)."""


@dataclass(frozen=True)
class CardRisk:
    """One card's predicted recall when the interview day begins."""

    card_id: int
    question: str
    recall: float
    """0 for a card never reviewed."""


@dataclass(frozen=True)
class Readiness:
    """A deck's readiness for its interview day."""

    deck: str
    interview_date: date
    days_left: int
    """Days from today through the day before the interview."""
    target: float
    expected: float
    """The expected share of the deck's questions recalled on the day (mean predicted recall)."""
    cards: tuple[CardRisk, ...]
    """Every live card, weakest first."""
    plan: tuple[tuple[date, int], ...]
    """Reviews a day from today to the day before the interview."""
    due_today: tuple[int, ...] = ()
    """Cards the plan reviews today (due ones, and at-risk ones brought forward)."""

    @property
    def at_risk(self) -> tuple[CardRisk, ...]:
        """Cards predicted below the target on the day, weakest first."""
        return tuple(card for card in self.cards if card.recall < self.target)

    def as_dict(self) -> ReadinessJson:
        """JSON-ready data (`stats --json`, `starcards readiness --json`)."""
        return {
            "deck": self.deck,
            "interview_date": self.interview_date.isoformat(),
            "days_left": self.days_left,
            "target": self.target,
            "expected_recall": round(self.expected, 4),
            "cards": len(self.cards),
            "at_risk": [
                {"card_id": card.card_id, "question": card.question, "recall": round(card.recall, 4)}
                for card in self.at_risk
            ],
            "plan": [{"date": day.isoformat(), "reviews": count} for day, count in self.plan],
        }


@dataclass(frozen=True)
class _Days:
    """How the deck's days are reckoned: its rollover hour and zone, today and the interview day."""

    now: datetime
    today: date
    interview: date
    day_starts_at: int
    tz: tzinfo | None

    @property
    def interview_start(self) -> datetime:
        """When the interview day begins, in UTC."""
        return day_start(self.interview, self.day_starts_at, self.tz)

    def review_moment(self, day: date) -> datetime:
        """When a review planned for `day` happens: now for today, else that day's review hour."""
        if day <= self.today:
            return self.now
        return day_start(day, self.day_starts_at, self.tz) + timedelta(hours=_REVIEW_HOUR)

    def day_of(self, moment: datetime) -> date:
        """The local day holding `moment`."""
        return local_day(moment, self.day_starts_at, self.tz)


_CARDS = """
SELECT cards.*, json_extract(cards.content, '$.phrasings[0]') AS asked
FROM cards WHERE deck_id = ? AND removed_at IS NULL AND suspended = 0
ORDER BY file, line, id
"""


def readiness(
    store: Store,
    settings: Settings,
    deck_id: int,
    now: datetime,
    *,
    tz: tzinfo | None = None,
    window: int = FINAL_WINDOW,
    plan: bool = True,
) -> Readiness | None:
    """Deck `deck_id`'s readiness for its interview (settings are the global ones); None
    when the deck has no interview date or the day has come. `plan=False` leaves the plan
    (and `due_today`) empty: the predicted recall alone costs one formula per card."""
    name = store.conn.execute("SELECT name FROM decks WHERE id = ?", (deck_id,)).fetchone()
    if name is None:
        return None
    effective = settings.for_deck(name[0])
    if effective.interview_date is None:
        return None
    days = _Days(
        now, local_day(now, effective.day_starts_at, tz), effective.interview_date, effective.day_starts_at, tz
    )
    if days.interview <= days.today:
        return None
    rows = store.conn.execute(_CARDS, (deck_id,)).fetchall()
    fsrs, target = make_fsrs(effective), effective.readiness_target
    planned = plan and (days.interview - days.today).days <= PLAN_DAYS
    return _assess(name[0], rows, fsrs, days, target, window, effective.new_per_day if planned else None)


def readiness_of_decks(
    store: Store, settings: Settings, deck_ids: Sequence[int] | None, now: datetime, *, tz: tzinfo | None = None
) -> list[Readiness]:
    """The readiness of each deck of `deck_ids` (None: every deck) whose interview is still ahead."""
    rows = store.conn.execute("SELECT id FROM decks ORDER BY name, id").fetchall()
    found = [readiness(store, settings, row[0], now, tz=tz) for row in rows if deck_ids is None or row[0] in deck_ids]
    return [item for item in found if item is not None]


def _assess(
    deck: str,
    rows: list[sqlite3.Row],
    scheduler: CardScheduler,
    days: _Days,
    target: float,
    window: int,
    new_per_day: int | None,
) -> Readiness:
    """Readiness from the deck's card rows (`new_per_day`: the deck's daily new cards, as the
    queue lets them in; None for no plan)."""
    cards, today = [], []
    plan: Counter[date] = Counter()
    left = (days.interview - days.today).days
    firsts = _introduction_days(rows, days, left, new_per_day) if new_per_day is not None else {}
    for row in rows:
        card_id, state = int(row["id"]), state_from_row(row)
        recall = retrievability(state, days.interview_start, scheduler) or 0.0
        cards.append(CardRisk(card_id, str(row["asked"] or row["question"]), recall))
        if new_per_day is None:
            continue
        reviews = _plan_card(scheduler, card_id, state, days, target, window, firsts.get(card_id))
        plan.update(reviews)
        if reviews[days.today]:
            today.append(card_id)
    cards.sort(key=lambda card: (card.recall, card.card_id))
    expected = sum(card.recall for card in cards) / len(cards) if cards else 1.0
    every_day = [days.today + timedelta(days=offset) for offset in range(left if new_per_day is not None else 0)]
    schedule = tuple((day, plan[day]) for day in every_day)
    return Readiness(deck, days.interview, left, target, expected, tuple(cards), schedule, tuple(today))


def _introduction_days(rows: list[sqlite3.Row], days: _Days, left: int, new_per_day: int) -> dict[int, date]:
    """The day each unseen card is first reviewed, in note order, as the queue's daily new
    allowance lets them in over the `left` days (cards introduced today use up today's)."""
    unseen = [int(row["id"]) for row in rows if row["state"] == Phase.NEW]
    since = format_time(day_start(days.today, days.day_starts_at, days.tz))
    introduced = sum(1 for row in rows if row["introduced_at"] is not None and row["introduced_at"] >= since)
    firsts: dict[int, date] = {}
    for offset in range(left):
        allowance = day_allowance(new_per_day, len(unseen) - len(firsts) + introduced, left - offset) - introduced
        for card_id in unseen[len(firsts) : len(firsts) + max(0, allowance)]:
            firsts[card_id] = days.today + timedelta(days=offset)
        introduced = 0
    return firsts


def _plan_card(
    scheduler: CardScheduler,
    card_id: int,
    state: CardState,
    days: _Days,
    target: float,
    window: int,
    first: date | None,
) -> Counter[date]:
    """The days card `card_id` is reviewed on from now to the interview, each review rated Good.

    The ordinary schedule, as the queue keeps it; within the last `window` days a reviewed
    card predicted below the target on the day is brought forward, as the queue does.
    """
    reviews: Counter[date] = Counter()
    moment = days.review_moment(first) if first is not None else max(days.now, state.due or days.now)
    window_start = max(days.today, days.interview - timedelta(days=window))
    day, steps = min(days.day_of(moment), window_start), 0
    while day < days.interview and steps < _MAX_STEPS:
        if day >= window_start and days.day_of(moment) > day and _below(scheduler, state, days, target):
            moment = days.review_moment(day)
        while days.day_of(moment) == day and steps < _MAX_STEPS:
            reviews[day] += 1
            state = review(scheduler, card_id, state, Rating.GOOD, moment)
            moment, steps = max(moment, state.due or moment), steps + 1
        day = day + timedelta(days=1) if day >= window_start else min(days.day_of(moment), window_start)
    return reviews


def _below(scheduler: CardScheduler, state: CardState, days: _Days, target: float) -> bool:
    """Whether a reviewed card is predicted below `target` when the interview day begins."""
    if state.state == Phase.NEW:
        return False
    return (retrievability(state, days.interview_start, scheduler) or 0.0) < target
