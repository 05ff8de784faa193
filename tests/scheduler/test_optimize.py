"""Fitting FSRS parameters to the review log: items in local days, enough history, held-out scores."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest

from scheduler.fsrs_items import deck_items, deck_log, items_from_log, logged
from scheduler.optimize import MIN_REVIEWS, NotEnoughHistory, fit_parameters
from scheduler.parameters import default_parameters, parameter_problems
from scheduler.personal import Scope, current_parameters, fit_scope, keep_parameters, scope_for
from scheduler.settings import Settings
from scheduler.store import Store
from tests.scheduler.learned import learned_store


@pytest.fixture(scope="module")
def learned() -> Iterator[Store]:
    """Deck "Work" studied for 120 days by a learner whose memory is not FSRS's default one."""
    store = learned_store()
    yield store
    store.close()


def _review(card_id: int, rating: int, at: datetime) -> tuple:
    return (card_id, rating, at, 1000, None)


def test_elapsed_time_is_whole_local_days_at_the_rollover() -> None:
    """23:00 then 05:00 the next morning is one day; 02:00 then 05:00 crosses the 04:00 rollover too."""
    tz = timezone(timedelta(hours=2))
    evening = datetime(2026, 3, 1, 23, tzinfo=tz)
    log = [
        _review(1, 3, evening),
        _review(1, 3, evening + timedelta(hours=6)),   # 05:00 next day: 1 day
        _review(1, 3, evening + timedelta(hours=27)),  # 02:00 the day after: still that same local day
        _review(1, 1, evening + timedelta(hours=30)),  # 05:00: a new day
    ]
    items = items_from_log(logged(log), day_starts_at=4, tz=tz)
    assert [items.reviews(index) for index in range(len(items))] == [
        ((3, 0), (3, 1)),
        ((3, 0), (3, 1), (3, 0), (1, 1)),
    ]


def test_items_start_after_the_last_reset(learned: Store) -> None:
    """A reset card's earlier reviews are not part of its items."""
    card_id = learned.conn.execute("SELECT card_id FROM reviews ORDER BY id LIMIT 1").fetchone()[0]
    before = [review for review in deck_log(learned.conn) if review.card_id == card_id]
    last = learned.conn.execute("SELECT MAX(id) FROM reviews WHERE card_id = ?", (card_id,)).fetchone()[0]
    with learned.transaction() as conn:
        conn.execute(
            "INSERT INTO card_events (card_id, kind, at, after_review) VALUES (?, 'reset', ?, ?)",
            (card_id, "2027-01-01T00:00:00.000000+00:00", last),
        )
    try:
        assert len(before) > 2
        assert [review for review in deck_log(learned.conn) if review.card_id == card_id] == []
    finally:
        with learned.transaction() as conn:
            conn.execute("DELETE FROM card_events WHERE card_id = ?", (card_id,))


def test_too_little_history_says_how_much_there_is_and_is_needed(learned: Store) -> None:
    """The unstudied deck has no long-term review; fitting needs MIN_REVIEWS."""
    with pytest.raises(NotEnoughHistory) as raised:
        fit_scope(learned, Settings(), scope_for(learned, "Small"), tz=UTC)
    assert (raised.value.have, raised.value.need) == (0, MIN_REVIEWS)
    assert f"at least {MIN_REVIEWS}" in str(raised.value)


def test_fitting_improves_held_out_log_loss(learned: Store) -> None:
    """On a learner whose memory differs from the defaults, the fitted parameters predict held-out reviews better."""
    steps: list[str] = []
    fit = fit_scope(learned, Settings(), scope_for(learned, "Work"), tz=UTC, progress=steps.append)
    assert fit.reviews >= MIN_REVIEWS and fit.held_out == round(fit.reviews * 0.2)
    assert fit.fitted.log_loss < fit.current.log_loss
    assert fit.better and fit.parameters is not None
    assert not parameter_problems(fit.parameters)
    assert fit.parameters[0] < default_parameters()[0]  # the learner's first stability is lower
    assert steps[0] == "reading the review history" and steps[-1].startswith("scoring on ")


def test_parameters_that_already_fit_are_kept() -> None:
    """Scored against parameters fitted on the very same history, a refit is not better: nothing kept."""
    store = learned_store()
    items = deck_items(store.conn, None, 4, UTC)
    first = fit_parameters(items, default_parameters())
    assert first.parameters is not None
    again = fit_parameters(items, first.parameters)
    assert again.parameters is None and not again.better


def test_kept_parameters_become_the_scopes_setting() -> None:
    """A deck's fit is that deck's own parameters; a global fit is the global setting."""
    fitted = list(default_parameters())
    fitted[0] = 0.1
    settings = keep_parameters(Settings(), Scope("Work", (1,)), fitted)
    assert settings.decks["Work"].parameters == fitted and settings.parameters is None
    assert current_parameters(settings, Scope("Work", (1,)))[0] == 0.1
    assert current_parameters(settings, Scope(None, None)) == default_parameters()
    assert keep_parameters(Settings(), Scope(None, None), fitted).parameters == fitted


def test_fitted_parameters_bring_the_learner_toward_the_target(learned: Store) -> None:
    """Fresh decks studied at desired retention 0.80: the learner's true retention is closer to it when fitted."""
    from benchmarks.memory_retention import learnt, true_retention

    fit = fit_scope(learned, Settings(), scope_for(learned, "Work"), tz=UTC)
    assert fit.parameters is not None
    target = 0.8
    before = true_retention(learnt(80, 120, Settings(desired_retention=target), seed=3))
    after = true_retention(learnt(80, 120, Settings(desired_retention=target, parameters=list(fit.parameters)), seed=3))
    assert before < after <= target + 0.03
    assert abs(after - target) < abs(before - target)
