"""The log rebuilds what it recorded: `check_states` after settings changes, and its repairs."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from scheduler.clock import FixedClock
from scheduler.decks import sync_deck
from scheduler.engine import Rating
from scheduler.maintenance import rebuild_states
from scheduler.replay_check import check_states
from scheduler.reviews import load_state
from scheduler.settings import DeckSettings, Settings
from scheduler.store import Store
from tests.scheduler.helpers import T0, card, card_ids, deck, utc_session

SETTINGS_OVER_TIME = (
    Settings(),
    Settings(desired_retention=0.8, learning_steps=[5], relearning_steps=[2, 30]),
    Settings(desired_retention=0.95, fuzz=False, maximum_interval=40),
)


def _history(store: Store, clock: FixedClock) -> None:
    """Four cards reviewed for weeks while the settings change twice."""
    sync_deck(store, deck(*(card(n) for n in range(1, 5))), T0)
    for week, chosen in enumerate(SETTINGS_OVER_TIME * 2):
        session = utc_session(store, clock, chosen)
        for turn in range(12):
            if session.current is not None:
                session.rate(Rating((week + turn) % 4 + 1), 1000)
            clock.advance(hours=13)


def test_a_log_made_under_changing_settings_rebuilds_exactly(store: Store, clock: FixedClock) -> None:
    """Every cached state equals the replay of its log with the settings each review recorded, whatever today's are."""
    _history(store, clock)
    for today in SETTINGS_OVER_TIME:
        report = check_states(store, today, repair=False, tz=clock.now().tzinfo)
        assert report.checked == 4 and report.differing == {}
    assert "every cached state matches" in report.summary()


def test_a_damaged_cache_is_found_and_repaired(store: Store, clock: FixedClock) -> None:
    """Changed cache columns are reported by card and field, repaired unless asked only to look."""
    _history(store, clock)
    ids = card_ids(store)
    expected = load_state(store.conn, ids["q2"])
    with store.transaction() as conn:
        conn.execute("UPDATE cards SET stability = 99, due = NULL WHERE id = ?", (ids["q2"],))
    looked = check_states(store, Settings(), repair=False, tz=clock.now().tzinfo)
    assert looked.differing == {ids["q2"]: ("stability", "due")}
    assert "1 cached states differ" in looked.summary() and "not repaired" in looked.summary()
    assert load_state(store.conn, ids["q2"]).stability == 99
    repaired = check_states(store, Settings(), tz=clock.now().tzinfo)
    assert repaired.differing == looked.differing and repaired.repaired
    assert load_state(store.conn, ids["q2"]) == expected
    assert check_states(store, Settings(), tz=clock.now().tzinfo).differing == {}


def test_rescheduling_records_the_new_settings(store: Store, clock: FixedClock) -> None:
    """After "Reschedule existing cards" the cache follows the new settings and the log still rebuilds it."""
    _history(store, clock)
    before = {key: load_state(store.conn, card_id) for key, card_id in card_ids(store).items()}
    new = Settings(desired_retention=0.75, decks={"notes": DeckSettings(maximum_interval=10)})
    assert rebuild_states(store, new, clock.now().tzinfo) == 4
    after = {key: load_state(store.conn, card_id) for key, card_id in card_ids(store).items()}
    assert any(after[key].due != before[key].due for key in before)
    assert check_states(store, Settings(), repair=False, tz=clock.now().tzinfo).differing == {}


def test_a_card_reviewed_later_keeps_the_recorded_days(store: Store, clock: FixedClock) -> None:
    """Reviews record the local day they counted for: a replay in another zone sees the same days."""
    _history(store, clock)
    days = [row[0] for row in store.conn.execute("SELECT day FROM reviews ORDER BY id")]
    assert None not in days
    assert check_states(store, Settings(), repair=False, tz=ZoneInfo("Pacific/Kiritimati")).differing == {}
