"""`python -m benchmarks.retention [--quick]`: starcards' scheduling against fsrs-rs's simulator.

A simulated learner (`benchmarks.retention_learner`) studies for a year through
starcards' own queue and review session, with a fake clock: one session each evening,
learning steps within it. Beside it, fsrs-rs's simulator runs the same setup: the same
new cards a day, review cap, learning and relearning step counts, rating
distributions and true memory (FSRS's default parameters). For each desired retention
the table gives the achieved retention (review-state reviews not rated Again) and the
review-state reviews a day, and writes it to `benchmarks/retention.md`.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import fsrs_rs_python as fsrs_rs

from benchmarks.retention_learner import FIRST, LEARNING, PASSED, RELEARNING, Learner
from deck.models import CardContent, DeckContent
from scheduler.clock import FixedClock
from scheduler.decks import sync_deck
from scheduler.session import ReviewSession
from scheduler.settings import Settings
from scheduler.store import Store, format_time

RETENTIONS = (0.80, 0.90, 0.95)
START = datetime(2026, 1, 5, tzinfo=UTC)
"""The first day (midnight UTC); the learner studies from 19:00."""
SECONDS_PER_ANSWER = 10
OUT = Path(__file__).with_name("retention.md")


@dataclass(frozen=True)
class Setup:
    """What both simulations share."""

    days: int = 365
    new_per_day: int = 10
    review_cap: int = 200
    seed: int = 1

    @property
    def deck_size(self) -> int:
        """Enough cards for a new batch every day."""
        return self.days * self.new_per_day


@dataclass(frozen=True)
class Outcome:
    """What a simulated year gave: achieved retention and review-state reviews a day."""

    retention: float
    reviews_per_day: float


def run_starcards(desired: float, setup: Setup) -> Outcome:
    """A year of evenings through starcards' queue and session at desired retention `desired`."""
    settings = Settings(desired_retention=desired, new_per_day=setup.new_per_day,
                        maximum_reviews_per_day=setup.review_cap)
    learner = Learner(setup.seed, desired)
    with Store.open(":memory:") as store:
        sync_deck(store, _deck(setup.deck_size), START)
        clock = FixedClock(START)
        for day in range(setup.days):
            clock.set(START + timedelta(days=day, hours=19))
            _evening(ReviewSession(store, settings, clock, tz=UTC), store, clock, learner, day)
        reviews, passed = store.conn.execute(
            "SELECT COUNT(*), SUM(rating > 1) FROM reviews WHERE phase = 2"
        ).fetchone()
    return Outcome(retention=passed / reviews, reviews_per_day=reviews / setup.days)


def _evening(session: ReviewSession, store: Store, clock: FixedClock, learner: Learner, day: int) -> None:
    """One session: every card the queue offers, waiting for learning steps until none is left today."""
    end = START + timedelta(days=day + 1, hours=4)
    while True:
        card = session.current
        if card is None:
            waiting = store.conn.execute(
                "SELECT MIN(due) FROM cards WHERE state IN (1, 3) AND due < ?", (format_time(end),)
            ).fetchone()[0]
            if waiting is None:
                return
            clock.set(datetime.fromisoformat(waiting))
            continue
        session.rate(learner.answer(card.id, card.state.state, day), SECONDS_PER_ANSWER * 1000)
        clock.advance(seconds=SECONDS_PER_ANSWER)


def _deck(size: int) -> DeckContent:
    """A deck of `size` one-line cards in one note."""
    cards = [
        CardContent(key=f"q{n}", file="deck.md", line=n + 1, question=f"Question {n}?",
                    phrasings=[f"Question {n}?"], answer=f"Answer {n}.")
        for n in range(size)
    ]
    return DeckContent(name="deck", root="/deck", files=["deck.md"], cards=cards)


def run_fsrs_rs(desired: float, setup: Setup) -> Outcome:
    """fsrs-rs's simulator on the same setup."""
    config = fsrs_rs.SimulatorConfig(
        setup.deck_size, setup.days, 1e9, 36500.0, list(FIRST), list(PASSED), setup.new_per_day,
        setup.review_cap, True, [list(row) for row in LEARNING], [list(row) for row in RELEARNING],
        [list(row) for row in fsrs_rs.default_simulator_config().state_rating_costs], 2, 1,
    )
    result = fsrs_rs.simulate(list(fsrs_rs.DEFAULT_PARAMETERS), desired, config, setup.seed)
    reviews = sum(result.review_cnt_per_day)
    return Outcome(retention=sum(result.correct_cnt_per_day) / reviews, reviews_per_day=reviews / setup.days)


def table(setup: Setup) -> str:
    """The Markdown table of both simulations at every desired retention."""
    lines = [
        f"{setup.days} days, {setup.new_per_day} new cards a day, at most {setup.review_cap} reviews a day:",
        "",
        "| desired retention | starcards: retention / reviews a day | fsrs-rs simulator"
        " | retention gap | workload gap |",
        "|---|---|---|---|---|",
    ]
    for desired in RETENTIONS:
        ours, theirs = run_starcards(desired, setup), run_fsrs_rs(desired, setup)
        gap = (ours.retention - theirs.retention) * 100
        work = (ours.reviews_per_day / theirs.reviews_per_day - 1) * 100
        lines.append(
            f"| {desired:.2f} | {ours.retention:.3f} / {ours.reviews_per_day:.1f} | "
            f"{theirs.retention:.3f} / {theirs.reviews_per_day:.1f} | {gap:+.1f} pp | {work:+.1f} % |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Run both simulations, print the table and write it to `benchmarks/retention.md` (not with --quick)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.retention")
    parser.add_argument("--quick", action="store_true", help="20 days, 3 new cards a day (checks it runs)")
    args = parser.parse_args(argv)
    setup = Setup(days=20, new_per_day=3) if args.quick else Setup()
    started = time.perf_counter()
    text = table(setup)
    print(text + f"\n({time.perf_counter() - started:.0f} s)")
    if not args.quick:
        OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
