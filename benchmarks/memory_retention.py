"""Does fitting help? The simulated learner of `benchmarks.true_memory`, before and after optimize.

`python -m benchmarks.memory_retention [--cards N] [--days D]`: the learner studies a
deck scheduled with FSRS's default parameters; starcards fits parameters to that log
(held-out scores printed); then, for each desired retention, two fresh decks are
studied for the same time, one scheduled with the defaults and one with the fitted
parameters, and the learner's true retention (review-state reviews not rated Again)
is printed for both. Takes a minute or so with the defaults.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import UTC, datetime

from benchmarks.true_memory import Learner, plain_deck, study
from scheduler.decks import sync_deck
from scheduler.fsrs_items import deck_items
from scheduler.optimize import fit_parameters
from scheduler.parameters import default_parameters
from scheduler.settings import Settings
from scheduler.store import Store

START = datetime(2026, 1, 5, 12, tzinfo=UTC)


def learnt(cards: int, days: int, settings: Settings, seed: int) -> Store:
    """An in-memory store with one deck of `cards` cards studied for `days` days under `settings`."""
    store = Store.open(":memory:")
    deck_id, _ = sync_deck(store, plain_deck(cards), START)
    ids = [row[0] for row in store.conn.execute("SELECT id FROM cards WHERE deck_id = ? ORDER BY id", (deck_id,))]
    study(store, Learner(START, days, seed=seed), ids, settings)
    return store


def true_retention(store: Store) -> float:
    """The share of review-state reviews the learner recalled."""
    total, recalled = store.conn.execute(
        "SELECT COUNT(*), SUM(rating > 1) FROM reviews WHERE phase = 2"
    ).fetchone()
    return recalled / total if total else float("nan")


def main(argv: Sequence[str] | None = None) -> int:
    """Fit on one history, then compare true retention under default and fitted parameters."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.memory_retention", description=__doc__)
    parser.add_argument("--cards", type=int, default=400)
    parser.add_argument("--days", type=int, default=365)
    args = parser.parse_args(argv)
    history = learnt(args.cards, args.days, Settings(), seed=1)
    items = deck_items(history.conn, None, 4, UTC)
    fit = fit_parameters(items, default_parameters())
    print(f"history: {history.conn.execute('SELECT COUNT(*) FROM reviews').fetchone()[0]} reviews,"
          f" {fit.reviews} long-term, {fit.held_out} held out")
    print(f"held-out log loss {fit.current.log_loss:.4f} → {fit.fitted.log_loss:.4f},"
          f" RMSE(bins) {fit.current.rmse_bins:.2%} → {fit.fitted.rmse_bins:.2%}")
    fitted = list(fit.parameters or default_parameters())
    for target in (0.8, 0.9):
        before = true_retention(learnt(args.cards, args.days, Settings(desired_retention=target), seed=2))
        after = true_retention(
            learnt(args.cards, args.days, Settings(desired_retention=target, parameters=fitted), seed=2)
        )
        print(f"desired retention {target:.2f}: true retention {before:.3f} with defaults, {after:.3f} fitted")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
