"""What a desired retention will cost and give: `outlook`, `Outlook`, `Point` (fsrs-rs-python's simulator).

For each desired retention in `RETENTIONS`, fsrs-rs simulates a year of reviews of a
deck as large as the user's, introduced at the deck's new-cards-per-day, capped at its
maximum reviews a day, with the deck's FSRS parameters and the user's own review
durations and ratings (`scheduler.habits`): the reviews a day, the minutes a day and
the cards remembered (the sum of their recall probabilities) at the year's end. The
simulation starts from new cards: it shows the cost of a retention, not the current
backlog. With an interview date ahead, a second simulation runs until that day for
the predicted recall on it; and the recall on that day of the cards as they are now,
were nothing reviewed until then. Imported only when asked for (fsrs-rs-python).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date, tzinfo

from scheduler.habits import Habits, habits_from_log
from scheduler.settings import Settings
from scheduler.stats_queries import Decks
from scheduler.store import Store

RETENTIONS = (0.70, 0.73, 0.76, 0.79, 0.82, 0.85, 0.88, 0.91, 0.94, 0.97)
"""The desired retentions compared (and the one in force, if it is not among them)."""
DAYS = 365
"""How long each simulation runs."""
SEED = 2026
"""The simulator's random seed: the same inputs give the same figures."""
SIMULATED_CARDS = (2000, 5000)
"""How many cards are simulated, at least and at most: a smaller deck is simulated as
many copies of itself side by side, a larger one as a part of itself (its limits scaled
alike), and the figures scaled back, so that chance does not shape the curve of a small
deck and a large one takes a second or two."""


@dataclass(frozen=True)
class Point:
    """One desired retention's simulated year."""

    retention: float
    reviews_per_day: float
    minutes_per_day: float
    remembered: float
    """Cards remembered at the year's end (the sum of their recall probabilities)."""
    cap_days: int
    """Days on which the maximum reviews a day was reached (reviews were left for later)."""
    interview_recall: float | None
    """Predicted mean recall on the interview day (None: no interview date ahead)."""


@dataclass(frozen=True)
class Outlook:
    """The simulated years, and what they were simulated from."""

    points: tuple[Point, ...]
    current: float
    """The desired retention in force."""
    cards: int
    review_cap: int
    new_per_day: int
    habits: Habits
    interview: date | None
    recall_if_idle: float | None
    """Mean recall on the interview day of the cards as they are now, none reviewed until then."""

    def as_dict(self) -> dict[str, object]:
        """The outlook as plain data, for `--json`."""
        data = asdict(self)
        data["interview"] = None if self.interview is None else self.interview.isoformat()
        return data


def outlook(
    store: Store, settings: Settings, deck_ids: Sequence[int] | None, today: date, *, tz: tzinfo | None = None
) -> Outlook:
    """The outlook of decks `deck_ids` (None: every deck) under `settings` (the scope's effective ones).

    Every deck introduces its new cards and caps its reviews on its own, so several
    decks together are simulated with their limits times the number of decks.
    """
    cards = _card_count(store, deck_ids)
    decks = len(deck_ids) if deck_ids is not None else max(1, _deck_count(store))
    limits = {"new_per_day": settings.new_per_day * decks}
    limits["maximum_reviews_per_day"] = settings.maximum_reviews_per_day * decks
    settings = replace(settings, **limits)
    habits = habits_from_log(store.conn, deck_ids, settings.rehearsal_target_seconds)
    interview = settings.interview_date if settings.interview_date and settings.interview_date > today else None
    retentions = sorted({*RETENTIONS, settings.desired_retention})
    points = tuple(_point(settings, habits, cards, retention, today, interview) for retention in retentions)
    idle = None
    if interview is not None:
        from scheduler.interview_recall import recall_on  # noqa: PLC0415

        idle = recall_on(store, settings, deck_ids, interview, tz)
    return Outlook(points, settings.desired_retention, cards, settings.maximum_reviews_per_day,
                   settings.new_per_day, habits, interview, idle)


def _point(
    settings: Settings, habits: Habits, cards: int, retention: float, today: date, interview: date | None
) -> Point:
    """One retention's simulated year (and run to the interview day, if there is one)."""
    from fsrs_rs_python import simulate  # noqa: PLC0415

    size = min(max(cards, SIMULATED_CARDS[0]), SIMULATED_CARDS[1])
    copies = size / max(cards, 1)
    weights = _weights(settings)
    year = simulate(weights, retention, _config(settings, habits, size, DAYS, copies), SEED)
    reviews = [r + n for r, n in zip(year.review_cnt_per_day, year.learn_cnt_per_day, strict=True)]
    cap = _scaled(settings.maximum_reviews_per_day, copies)
    recall = None
    if interview is not None and cards:
        span = (interview - today).days
        run = simulate(weights, retention, _config(settings, habits, size, span, copies), SEED)
        recall = run.memorized_cnt_per_day[-1] / size
    return Point(
        retention=retention,
        reviews_per_day=round(sum(reviews) / DAYS / copies, 2),
        minutes_per_day=round(sum(year.cost_per_day) / DAYS / 60 / copies, 2),
        remembered=round(year.memorized_cnt_per_day[-1] / copies, 1),
        cap_days=sum(1 for count in year.review_cnt_per_day if cap and count >= cap),
        interview_recall=None if recall is None else round(recall, 4),
    )


def _weights(settings: Settings) -> list[float]:
    """The scope's FSRS parameters."""
    from scheduler.parameters import default_parameters  # noqa: PLC0415

    return list(settings.parameters or default_parameters())


def _scaled(limit: int, copies: float) -> int:
    """A daily limit for `copies` times the deck (at least 1 when the limit is not 0)."""
    return max(1, round(limit * copies)) if limit else 0


def _config(settings: Settings, habits: Habits, size: int, days: int, copies: float) -> object:
    """The simulator's settings for `size` cards, `copies` times the scope: limits, steps and the user's habits."""
    from fsrs_rs_python import SimulatorConfig, default_simulator_config  # noqa: PLC0415

    default = default_simulator_config()
    return SimulatorConfig(
        deck_size=size,
        learn_span=max(days, 1),
        max_cost_perday=float("inf"),
        max_ivl=float(settings.maximum_interval),
        first_rating_prob=list(habits.first_rating or default.first_rating_prob),
        review_rating_prob=list(habits.review_rating or default.review_rating_prob),
        learn_limit=_scaled(settings.new_per_day, copies),
        review_limit=_scaled(settings.maximum_reviews_per_day, copies),
        new_cards_ignore_review_limit=True,
        learning_step_transitions=default.learning_step_transitions,
        relearning_step_transitions=default.relearning_step_transitions,
        state_rating_costs=[list(row) for row in habits.costs],
        learning_step_count=len(settings.learning_steps),
        relearning_step_count=len(settings.relearning_steps),
    )


def _card_count(store: Store, deck_ids: Sequence[int] | None) -> int:
    """How many cards (present, not suspended) the decks hold."""
    decks = Decks(deck_ids)
    query = f"SELECT COUNT(*) FROM cards WHERE removed_at IS NULL AND suspended = 0 AND {decks.where('deck_id')}"
    return int(store.conn.execute(query, decks.params).fetchone()[0])


def _deck_count(store: Store) -> int:
    """How many decks the store holds."""
    return int(store.conn.execute("SELECT COUNT(*) FROM decks").fetchone()[0])
