"""Cards carried over from the spaced-repetition plugin: seeded once, replayed from their seed, set aside by a reset."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import fsrs_rs_python
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deck.models import CardContent
from scheduler.actions import reset, undo_event
from scheduler.browse import card_history
from scheduler.clock import FixedClock
from scheduler.deck_admin import remove_deck
from scheduler.decks import sync_deck
from scheduler.engine import CardState, Phase, Rating, make_fsrs, replay
from scheduler.fsrs_items import deck_log
from scheduler.fsrs_maths import DEFAULT_PARAMETERS
from scheduler.maintenance import rebuild_states
from scheduler.plugin_seeds import Seed, memory_from_sm2, planted, seed_state
from scheduler.queue import due_counts, next_card_id
from scheduler.replay_check import check_states
from scheduler.reviews import load_state, record_review, undo_review
from scheduler.rules import DeckRules, Rules
from scheduler.seeding import plant_seeds, replace_seed
from scheduler.settings import Settings
from scheduler.store import Store
from scheduler.sync_replay import replay_cards
from tests.scheduler.helpers import IN_UTC, T0, card, card_ids, deck, exported_jsonl, imported_jsonl

SETTINGS = Settings()
FSRS = make_fsrs(SETTINGS, UTC)
DUE = date(2026, 3, 14)
"""Four days after T0 (10 March 2026)."""


def _schedulers(_name: str):
    """Every deck's scheduler: the default settings, days in UTC."""
    return FSRS


def _scheduled(number: int, schedule: str | None = f"{DUE.isoformat()},12,250") -> CardContent:
    """Card `number` (`q{number}`) with the plugin's `schedule`."""
    return replace(card(number), plugin_schedule=schedule)


def _synced(store: Store, *cards: CardContent, at: datetime = T0) -> dict[str, int]:
    """Sync a deck of `cards` with seeding on; card ids by key."""
    sync_deck(store, deck(*cards), at, schedulers=_schedulers)
    return card_ids(store)


@settings(max_examples=200, deadline=None)
@given(ease=st.floats(1.3, 4.0), interval=st.integers(1, 3650), recall=st.sampled_from([0.8, 0.85, 0.9, 0.95]))
def test_the_memory_of_an_sm2_card_is_fsrs_rs_s(ease: float, interval: int, recall: float) -> None:
    """Stability and difficulty from an ease and interval, as Anki's Rust FSRS (the oracle) works them out."""
    oracle = fsrs_rs_python.FSRS(list(DEFAULT_PARAMETERS)).memory_state_from_sm2(ease, float(interval), recall)
    stability, difficulty = memory_from_sm2(DEFAULT_PARAMETERS, ease, interval, recall)
    assert stability == pytest.approx(oracle.stability, rel=1e-4)
    assert difficulty == pytest.approx(oracle.difficulty, abs=1e-4)


def test_a_scheduled_card_starts_as_a_review_card_due_when_the_plugin_had_it(store: Store) -> None:
    """No new card: due at the start of the plugin's day, last reviewed an interval before, counted as review."""
    ids = _synced(store, _scheduled(1), card(2))
    state = load_state(store.conn, ids["q1"])
    assert (state.state, state.stability, state.reps, state.lapses) == (Phase.REVIEW, 12.0, 0, 0)
    assert 1 <= state.difficulty <= 10
    assert state.due == datetime(2026, 3, 14, 4, tzinfo=UTC)
    assert state.last_review == datetime(2026, 3, 2, 4, tzinfo=UTC)
    assert state.introduced_at == datetime(2026, 3, 1, 4, tzinfo=UTC), "the day before: no new card of any day"
    assert state.last_day == date(2026, 3, 2).toordinal()
    assert due_counts(store, T0, IN_UTC).new == 1 and due_counts(store, T0, IN_UTC).review == 0
    on_the_day = datetime(2026, 3, 14, 12, tzinfo=UTC)
    assert (due_counts(store, on_the_day, IN_UTC).review, next_card_id(store, on_the_day, IN_UTC)) == (1, ids["q1"])


def test_the_first_review_goes_on_from_the_seed_and_the_log_says_so(store: Store) -> None:
    """Rated Good on its day, the card grows from the plugin's interval; the doctor and a replay agree."""
    ids = _synced(store, _scheduled(1))
    on_the_day = datetime(2026, 3, 14, 12, tzinfo=UTC)
    record_review(store, FSRS, ids["q1"], Rating.GOOD, on_the_day, 5000)
    after = load_state(store.conn, ids["q1"])
    assert after.state == Phase.REVIEW and after.stability > 12 and after.reps == 1
    assert after.due > on_the_day + timedelta(days=12)
    assert check_states(store, SETTINGS, repair=False, tz=UTC).differing == {}
    as_new = replay(FSRS, ids["q1"], [(Rating.GOOD, on_the_day)])
    assert as_new.stability < after.stability, "the seed, not a new card, is where the log starts"


def test_a_card_with_any_history_is_never_seeded(store: Store) -> None:
    """A card reviewed before its note gained the comment, or seeded already, keeps its own history."""
    ids = _synced(store, card(1), _scheduled(2))
    record_review(store, FSRS, ids["q1"], Rating.GOOD, T0, 1000)
    reviewed = load_state(store.conn, ids["q1"])
    seeded = load_state(store.conn, ids["q2"])
    later = T0 + timedelta(days=1)
    _, report = sync_deck(store, deck(_scheduled(1), _scheduled(2, "2027-01-01,90,300")), later, schedulers=_schedulers)
    assert report.scheduled == 0
    assert (load_state(store.conn, ids["q1"]), load_state(store.conn, ids["q2"])) == (reviewed, seeded)
    assert store.conn.execute("SELECT COUNT(*) FROM card_seeds").fetchone()[0] == 1


def test_a_card_known_but_never_studied_is_seeded_when_its_note_gains_the_schedule(store: Store) -> None:
    """A new card of an earlier sync (no review, no event) takes the schedule once the note has it."""
    ids = _synced(store, card(1))
    assert load_state(store.conn, ids["q1"]) == CardState()
    _, report = sync_deck(store, deck(_scheduled(1)), T0 + timedelta(hours=1), schedulers=_schedulers)
    assert report.scheduled == 1 and load_state(store.conn, ids["q1"]).state == Phase.REVIEW


def test_without_schedulers_no_card_is_seeded(store: Store) -> None:
    """A sync not asked to seed (the benchmark's, a test's) stores the schedule in the content and nothing else."""
    sync_deck(store, deck(_scheduled(1)), T0)
    assert store.conn.execute("SELECT COUNT(*) FROM card_seeds").fetchone()[0] == 0
    assert load_state(store.conn, card_ids(store)["q1"]) == CardState()


def test_a_reset_sets_the_seed_aside_and_its_undo_brings_it_back(store: Store) -> None:
    """After a reset the card is new, as any reset card; undoing the reset replays from the seed again."""
    ids = _synced(store, _scheduled(1))
    on_the_day = datetime(2026, 3, 14, 12, tzinfo=UTC)
    record_review(store, FSRS, ids["q1"], Rating.HARD, on_the_day, 5000)
    before = load_state(store.conn, ids["q1"])
    event = reset(store, FSRS, ids["q1"], on_the_day + timedelta(hours=1))
    assert load_state(store.conn, ids["q1"]) == CardState()
    assert check_states(store, SETTINGS, repair=False, tz=UTC).differing == {}
    undo_event(store, FSRS, event)
    assert load_state(store.conn, ids["q1"]) == before
    assert check_states(store, SETTINGS, repair=False, tz=UTC).differing == {}


def test_undoing_the_first_review_returns_to_the_seed(store: Store) -> None:
    """Undone without the state the session kept, the card is replayed: its seed's state, not a new card's."""
    ids = _synced(store, _scheduled(1))
    seeded = load_state(store.conn, ids["q1"])
    review_id = record_review(store, FSRS, ids["q1"], Rating.AGAIN, datetime(2026, 3, 14, 12, tzinfo=UTC), 5000)
    undo_review(store, FSRS, review_id)
    assert load_state(store.conn, ids["q1"]) == seeded


def test_a_merge_replays_a_seeded_card_from_its_seed(store: Store) -> None:
    """Replaying the card after a merge (`replay_cards`) gives the state the review left."""
    ids = _synced(store, _scheduled(1))
    record_review(store, FSRS, ids["q1"], Rating.EASY, datetime(2026, 3, 15, 9, tzinfo=UTC), 5000)
    kept = load_state(store.conn, ids["q1"])
    with store.transaction() as conn:
        replay_cards(conn, SETTINGS, [ids["q1"]], tz=UTC)
    assert load_state(store.conn, ids["q1"]) == kept


def test_the_optimizer_leaves_out_histories_that_start_at_a_seed(store: Store) -> None:
    """A seeded card's reviews have no first learning step: FSRS is not fitted on them; a reset card's count again."""
    ids = _synced(store, _scheduled(1), card(2))
    for card_id in ids.values():
        record_review(store, FSRS, card_id, Rating.GOOD, datetime(2026, 3, 14, 12, tzinfo=UTC), 1000)
    assert {review.card_id for review in deck_log(store.conn)} == {ids["q2"]}
    reset(store, FSRS, ids["q1"], datetime(2026, 3, 14, 13, tzinfo=UTC))
    record_review(store, FSRS, ids["q1"], Rating.GOOD, datetime(2026, 3, 15, 12, tzinfo=UTC), 1000)
    assert {review.card_id for review in deck_log(store.conn)} == {ids["q1"], ids["q2"]}


def test_removing_a_deck_takes_its_seeds(tmp_path) -> None:
    """The seeds go with the deck's cards (the store checks its foreign keys)."""
    with Store.open(tmp_path / "s.db") as store:
        _synced(store, _scheduled(1))
        deck_id = store.conn.execute("SELECT id FROM decks").fetchone()[0]
        remove_deck(store, deck_id, FixedClock(T0).now())
        assert store.conn.execute("SELECT COUNT(*) FROM card_seeds").fetchone()[0] == 0


def test_a_seed_is_planted_only_for_a_present_card_of_its_deck(store: Store) -> None:
    """`plant_seeds` names cards by key within the deck: another deck's card of that key is left alone."""
    sync_deck(store, deck(card(1)), T0)
    sync_deck(store, deck(card(1), root="/other", name="other"), T0)
    other = store.conn.execute("SELECT id FROM decks WHERE name = 'other'").fetchone()[0]
    with store.transaction() as conn:
        seeded = plant_seeds(conn, other, [("q1", "2026-03-14,12,250")], FSRS, "2026-03-10T12:00:00.000000+00:00")
    (card_id, state), = seeded
    assert store.conn.execute("SELECT deck_id FROM cards WHERE id = ?", (card_id,)).fetchone()[0] == other
    assert state == seed_state(planted(Seed(DUE, 12, 250), FSRS, T0), FSRS.maths.parameters)


def test_an_export_carries_the_seeds_and_an_import_replays_from_them(store: Store) -> None:
    """Round trip into an empty database: the same seeds and states; a second import adds no seed."""
    local = make_fsrs(SETTINGS)  # the import replays with the machine's zone
    sync_deck(store, deck(_scheduled(1), card(2)), T0, schedulers=lambda _name: local)
    card_id = card_ids(store)["q1"]
    record_review(store, local, card_id, Rating.HARD, datetime(2026, 3, 15, 12, tzinfo=UTC), 5000)
    text = exported_jsonl(store)
    assert '"type": "seed"' in text
    with Store.open(":memory:") as fresh:
        assert ", 1 seed," in imported_jsonl(fresh, text)
        assert load_state(fresh.conn, card_id) == load_state(store.conn, card_id)
        assert exported_jsonl(fresh) == text
        assert "seed" not in imported_jsonl(fresh, text).split(";")[0]


def test_a_seed_merged_or_imported_after_the_card_was_studied_does_not_count(store: Store) -> None:
    """A card studied here before the seed was read (an import, another machine's seed) keeps its own history: the
    seed starts nothing, and the doctor agrees."""
    ids = _synced(store, card(1))
    record_review(store, FSRS, ids["q1"], Rating.GOOD, T0, 1000)
    studied = load_state(store.conn, ids["q1"])
    later = "2026-03-11T12:00:00.000000+00:00"
    values = (later, "2026-03-20", 12, 250, None, "2026-03-20T00:00:00.000000+00:00",
              "2026-03-08T00:00:00.000000+00:00", date(2026, 3, 8).toordinal(), "elsewhere", 7, ids["q1"])
    with store.transaction() as conn:
        assert replace_seed(conn, values, "here")
    assert check_states(store, SETTINGS, repair=False, tz=UTC).differing == {}
    assert load_state(store.conn, ids["q1"]) == studied


def test_a_rating_on_a_clock_behind_the_seed_is_ordered_after_it(store: Store) -> None:
    """Read at T0 by one machine, rated an hour "earlier" by a clock behind it: the rating still goes on from the
    seed (it is ordered after it), as the state shown said."""
    ids = _synced(store, _scheduled(1))
    seeded = load_state(store.conn, ids["q1"])
    record_review(store, FSRS, ids["q1"], Rating.GOOD, T0 - timedelta(hours=1), 1000, expected=seeded)
    assert load_state(store.conn, ids["q1"]).stability > 12
    assert check_states(store, SETTINGS, repair=False, tz=UTC).differing == {}


def test_a_card_the_plugin_reviewed_today_is_no_new_card_of_today(store: Store) -> None:
    """The plugin's last review falls today (due an interval from now): the day's new cards are all still on offer."""
    today = T0.date()
    ids = _synced(store, _scheduled(1, f"{(today + timedelta(days=5)).isoformat()},5,250"), card(2))
    assert load_state(store.conn, ids["q1"]).last_day == today.toordinal()
    rules = Rules(tz=UTC, decks={1: DeckRules(new_per_day=1)})
    assert due_counts(store, T0, rules).new == 1


def test_a_plugin_review_after_midnight_is_never_after_the_seed_was_read(store: Store) -> None:
    """The plugin's day turns at midnight, ours at 04:00: read at 01:00, a card the plugin reviewed "today" was
    last reviewed on our day, not tomorrow."""
    at = datetime(2026, 3, 11, 1, tzinfo=UTC)  # still 10 March under the 04:00 rule
    ids = _synced(store, _scheduled(1, "2026-03-14,3,250"), at=at)
    state = load_state(store.conn, ids["q1"])
    assert state.last_review <= at and state.last_day == date(2026, 3, 10).toordinal()


def test_a_seed_replays_the_same_under_another_day_rule(store: Store) -> None:
    """The moments it was placed at are in the log: the doctor under another zone or day start finds nothing."""
    _synced(store, _scheduled(1))
    elsewhere = Settings(day_starts_at=0)
    assert check_states(store, elsewhere, repair=False, tz=timezone(timedelta(hours=-7))).differing == {}


def test_rescheduling_converts_seeds_with_the_new_parameters(store: Store) -> None:
    """"Reschedule existing cards" records the seeds with the new settings too: the seeded card's difficulty is
    the new parameters' conversion of its ease."""
    ids = _synced(store, _scheduled(1))
    fitted = list(DEFAULT_PARAMETERS)
    fitted[8] = 2.5
    new = Settings(parameters=fitted)
    rebuild_states(store, new, UTC)
    expected = memory_from_sm2(fitted, 2.5, 12)
    state = load_state(store.conn, ids["q1"])
    assert (state.stability, state.difficulty) == pytest.approx(expected)
    assert check_states(store, new, repair=False, tz=UTC).differing == {}


def test_the_card_browser_s_history_names_the_schedule_the_card_started_from(store: Store) -> None:
    """Before its reviews, the seed: when it was read, with the plugin's interval and ease."""
    ids = _synced(store, _scheduled(1))
    record_review(store, FSRS, ids["q1"], Rating.GOOD, datetime(2026, 3, 14, 12, tzinfo=UTC), 1000)
    assert [(entry.at, entry.kind) for entry in card_history(store, ids["q1"])] == [
        (T0, "plugin: 12d, ease 2.50"), (datetime(2026, 3, 14, 12, tzinfo=UTC), "review")
    ]
