"""A review card's four outcomes in one pass: `review_outcomes`, the preview's common case.

Most cards a session shows are reviews a day or more after their last review. For them
`scheduler.engine.outcome_steps` asks `scheduler.fsrs_maths` for each rating's step and
`scheduler.review_days.ordered_days` for the fuzzed days, in general code that serves
every case (new cards, learning steps, same-day reviews, replay with a recorded draw).
Here the same operations, in the same order on the same floats, are written out once for
this case: the recall and the passing ratings' shared factor are worked out once, and
the fuzz ranges are looked up directly. The answer is `outcome_steps`'s, bit for bit
(`tests/scheduler/test_review_outcomes.py` holds them equal over random cards and
settings); any other case returns None and takes the general code.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from scheduler.fsrs_maths import (
    MAX_DIFFICULTY,
    MIN_DIFFICULTY,
    RELEARNING,
    REVIEW,
    STABILITY_MIN,
    Maths,
    Step,
)
from scheduler.fuzz import fuzz_range, review_draw
from scheduler.vocabulary import Rating

_E = math.e
_AGAIN, _HARD, _GOOD, _EASY = Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY


def review_outcomes(
    maths: Maths, fuzz: bool, card_id: int, reps: int, stability: float, difficulty: float, elapsed: int,
    when: datetime,
) -> dict[Rating, tuple[Step, datetime]] | None:
    """Each rating's FSRS step and due time for a review card rated `elapsed` (≥ 1) whole days after its last
    review, at `when`, review number `reps` of card `card_id`: `outcome_steps` for all four ratings.

    None when the settings have no relearning steps (Again then stays a review: the general code).
    """
    relearning = maths.relearning_steps
    if not relearning or elapsed < 1:
        return None
    w, c = maths.parameters, maths._c  # noqa: SLF001 - the constants Maths folded, shared on purpose
    decay, factor = c[0], c[1]
    recall = (1 + factor * elapsed / stability) ** decay
    shared = c[3] * (11 - difficulty) * (stability ** -w[9]) * ((_E ** ((1 - recall) * w[10])) - 1)
    again_long = w[11] * (difficulty ** -w[12]) * (((stability + 1) ** (w[13])) - 1) * (_E ** ((1 - recall) * w[14]))
    again = max(min(again_long, stability / c[4]), STABILITY_MIN)
    hard = max(stability * (1 + shared * w[15]), STABILITY_MIN)
    good = max(stability * (1 + shared), STABILITY_MIN)
    easy = max(stability * (1 + shared * w[16]), STABILITY_MIN)
    mean, keep = w[7] * c[5], 1 - w[7]
    difficulties = []
    for rating in (1, 2, 3, 4):
        damped = difficulty + (10.0 - difficulty) * -(w[6] * (rating - 3)) / 9.0
        difficulties.append(min(max(mean + keep * damped, MIN_DIFFICULTY), MAX_DIFFICULTY))
    maximum = maths.maximum_interval
    spread, retention = c[1], c[2]
    raw_hard = min(max(round((hard / spread) * retention), 1), maximum)
    raw_good = min(max(round((good / spread) * retention), 1), maximum)
    raw_easy = min(max(round((easy / spread) * retention), 1), maximum)
    draw = review_draw(card_id=card_id, index=reps) if fuzz else 0.0
    good_days = _place(raw_good, 2, maximum, fuzz, draw)
    hard_days = _place(raw_hard, 1, max(1, min(good_days - 1, maximum)), fuzz, draw)
    easy_days = _place(raw_easy, good_days + 1, maximum, fuzz, draw)
    return {
        _AGAIN: (Step(RELEARNING, 0, again, difficulties[0], relearning[0]), when + relearning[0]),
        _HARD: (Step(REVIEW, None, hard, difficulties[1], timedelta(days=raw_hard)), when + timedelta(days=hard_days)),
        _GOOD: (Step(REVIEW, None, good, difficulties[2], timedelta(days=raw_good)), when + timedelta(days=good_days)),
        _EASY: (Step(REVIEW, None, easy, difficulties[3], timedelta(days=raw_easy)), when + timedelta(days=easy_days)),
    }


def _place(days: int, minimum: int, top: int, fuzz: bool, draw: float) -> int:
    """`ordered_days`'s placing of one rating's `days` within `minimum`..`top` (fuzzed with `draw` when `fuzz`)."""
    if not fuzz:
        return min(max(days, min(minimum, top)), top)
    low, high = fuzz_range(days, top, minimum)
    return min(low + math.floor(draw * (high - low + 1)), high)
