"""Fit FSRS parameters to the user's own history: `fit_parameters`, `Fit`, `Score`, `NotEnoughHistory`.

fsrs-rs-python (Anki's Rust FSRS) does the fitting and the scoring; nothing here
optimises by hand. The latest `HELD_OUT` share of the training items is held out: the
parameters are fitted on the rest, and the current and the fitted parameters are both
scored on the held-out items (log loss and RMSE over bins, as the FSRS benchmark
measures them). Only when the fitted ones predict the held-out reviews better are they
kept: the very parameters that were scored (fitting again on the whole history would
keep parameters nobody scored, and double the time). Imported only by the optimize command and
action, so fsrs-rs-python stays off the start-up path.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import tzinfo

from scheduler.fsrs_items import Items, deck_items
from scheduler.parameters import parameter_problems

MIN_REVIEWS = 400
"""Long-term reviews (a day or more after the card's previous review) needed to fit."""
HELD_OUT = 0.2
"""The share of the latest long-term reviews kept out of fitting, to score on."""

Progress = Callable[[str], None]
"""Told each step as it starts, in a few words (for a progress line)."""


class NotEnoughHistory(Exception):
    """Too little history to fit: `have` long-term reviews of the `need`ed."""

    def __init__(self, have: int, need: int = MIN_REVIEWS) -> None:
        """Say how much history there is and how much is needed."""
        super().__init__(
            f"{have} reviews made a day or more after the card's previous one; fitting needs at least {need}"
        )
        self.have, self.need = have, need


@dataclass(frozen=True)
class Score:
    """How well parameters predict reviews: lower is better for both."""

    log_loss: float
    """Mean negative log-likelihood of the outcomes (recalled or not)."""
    rmse_bins: float
    """Root mean square gap between predicted and actual recall, over bins of similar reviews."""


@dataclass(frozen=True)
class Fit:
    """The outcome of fitting: the scores on held-out reviews and the parameters to keep."""

    reviews: int
    """Long-term reviews in the history."""
    held_out: int
    """Of them, how many were held out and scored."""
    current: Score
    fitted: Score
    parameters: tuple[float, ...] | None
    """The fitted parameters when they scored better; None: keep the current ones."""

    @property
    def better(self) -> bool:
        """Whether the fitted parameters predict held-out reviews better than the current ones."""
        return self.parameters is not None


def fit_parameters(
    items: Items,
    current: Sequence[float],
    *,
    relearning_steps: int = 1,
    progress: Progress | None = None,
) -> Fit:
    """Fit FSRS parameters to `items` (oldest first); `NotEnoughHistory` when there are too few."""
    tell = progress or (lambda _step: None)
    if len(items) < MIN_REVIEWS:
        raise NotEnoughHistory(len(items))
    cut = len(items) - max(1, round(len(items) * HELD_OUT))
    converted = to_fsrs_items(items)
    train, test = converted[:cut], converted[cut:]
    del converted
    tell(f"fitting on {len(train)} reviews")
    trial = compute(train, relearning_steps)
    tell(f"scoring on {len(test)} held-out reviews")
    before, after = score(current, test), score(trial, test)
    return Fit(len(items), len(test), before, after, trial if after.log_loss < before.log_loss else None)


def training_items(
    conn: sqlite3.Connection, deck_ids: Sequence[int] | None, day_starts_at: int, tz: tzinfo | None
) -> Items:
    """`deck_items` holding fsrs-rs-python's own `FSRSReview`s, ready for `to_fsrs_items` as they are."""
    from fsrs_rs_python import FSRSReview  # noqa: PLC0415

    return deck_items(conn, deck_ids, day_starts_at, tz, review=FSRSReview)


def to_fsrs_items(items: Items) -> list:
    """`items` as fsrs-rs-python `FSRSItem`s, in order, each from a slice of its card's history.

    An `FSRSItem` copies the reviews it is given, so one `FSRSReview` serves every
    review with the same rating and elapsed days: a few hundred objects instead of a
    million, which also keeps the copying in the processor's cache. Items holding
    (rating, elapsed days) pairs are remade first.
    """
    from fsrs_rs_python import FSRSItem, FSRSReview  # noqa: PLC0415

    if items.spans and not isinstance(items.spans[0][3][0], FSRSReview):
        items = items.remade(FSRSReview)
    return [FSRSItem(history[:length]) for _when, _card, length, history in items.spans]


def compute(fsrs_items: list, relearning_steps: int = 1) -> tuple[float, ...]:
    """Parameters fitted by fsrs-rs to `fsrs_items`, kept within py-fsrs's bounds."""
    from fsrs_rs_python import DEFAULT_PARAMETERS, FSRS  # noqa: PLC0415

    fitted = FSRS(DEFAULT_PARAMETERS).compute_parameters(fsrs_items, num_relearning_steps=relearning_steps)
    return clamp(fitted)


def clamp(values: Sequence[float]) -> tuple[float, ...]:
    """`values` rounded to 4 places and moved into py-fsrs's bounds where fsrs-rs's are wider."""
    from fsrs.scheduler import LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS  # noqa: PLC0415

    bounded = tuple(
        min(max(round(value, 4), low), high)
        for value, low, high in zip(values, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS, strict=True)
    )
    assert not parameter_problems(bounded)
    return bounded


def score(parameters: Sequence[float], fsrs_items: list) -> Score:
    """How well `parameters` predict the last review of each of `fsrs_items`."""
    from fsrs_rs_python import FSRS  # noqa: PLC0415

    evaluation = FSRS(list(parameters)).evaluate(fsrs_items)
    return Score(float(evaluation.log_loss), float(evaluation.rmse_bins))
