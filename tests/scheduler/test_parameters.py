"""FSRS parameters as a setting: 21 numbers within py-fsrs's bounds, used by the deck's scheduler."""

from __future__ import annotations

import pytest

from scheduler.engine import make_fsrs
from scheduler.parameters import default_parameters
from scheduler.settings import SettingsError, validate_settings


def test_good_parameters_are_used_for_the_deck_only() -> None:
    """A deck's own parameters schedule that deck; the others keep py-fsrs's defaults."""
    own = list(default_parameters())
    own[0] = 0.5
    settings = validate_settings({"decks": {"Work": {"parameters": own}}})
    assert make_fsrs(settings.for_deck("Work")).fsrs.parameters[0] == 0.5
    assert make_fsrs(settings.for_deck("Other")).fsrs.parameters == default_parameters()


def test_whole_numbers_are_accepted() -> None:
    """Pasted parameters may hold whole numbers such as 0 or 2."""
    pasted = [float(value) for value in default_parameters()]
    pasted[9], pasted[17] = 0, 2
    assert validate_settings({"parameters": pasted}).parameters[17] == 2.0


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda w: w[:20], "should be 21 numbers, not 20"),
        (lambda w: [*w, 0.1], "should be 21 numbers, not 22"),
        (lambda w: [101.0, *w[1:]], "w[0] = 101 is outside 0.001..100"),
        (lambda w: [*w[:20], 0.05], "w[20] = 0.05 is outside 0.1..0.8"),
    ],
)
def test_bad_parameters_are_refused_naming_the_setting(change, message: str) -> None:
    """Wrong count or a value outside py-fsrs's bounds: one line naming the setting and the value."""
    with pytest.raises(SettingsError) as raised:
        validate_settings({"decks": {"Work": {"parameters": change(list(default_parameters()))}}})
    assert str(raised.value) == f"setting 'decks.Work.parameters': {message}"


def test_statistics_and_the_browser_use_each_decks_parameters(store) -> None:
    """A deck with its own forgetting curve (w[20]) shows py-fsrs's retrievability under that curve."""
    from datetime import timedelta

    from scheduler.browse import search_cards
    from scheduler.engine import Rating, retrievability
    from scheduler.reviews import load_state
    from scheduler.rules import rules_for
    from scheduler.stats import compute
    from tests.scheduler.helpers import T0
    from tests.scheduler.history import cards_store, rate

    (card_id,) = cards_store(store, 1)
    rate(store, card_id, Rating.EASY, T0)
    later = T0 + timedelta(days=40)
    own = list(default_parameters())
    own[20] = 0.6
    settings = validate_settings({"decks": {"notes": {"parameters": own}}})
    state = load_state(store.conn, card_id)
    expected = retrievability(state, later, make_fsrs(settings.for_deck("notes")))
    default = retrievability(state, later, make_fsrs(settings.for_deck("other")))
    assert expected is not None and default is not None and abs(expected - default) > 0.01
    rules = rules_for(store, settings)
    assert compute(store, later, rules).retrievability.mean == pytest.approx(expected, abs=1e-9)
    assert compute(store, later).retrievability.mean == pytest.approx(default, abs=1e-9)
    (listed,) = search_cards(store, later, rules=rules)
    assert listed.retrievability == pytest.approx(expected, abs=1e-9)
