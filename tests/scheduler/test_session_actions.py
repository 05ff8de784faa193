"""Bury, suspend and undo from a review session, reload after an edit, and the session's surface."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scheduler.clock import FixedClock
from scheduler.decks import sync_deck
from scheduler.engine import Rating, make_fsrs, replay
from scheduler.reviews import card_log, load_state
from scheduler.session import ReviewSession
from scheduler.settings import Settings
from scheduler.store import Store
from tests.scheduler.helpers import T0, UTC, card, card_ids, current_key, deck, utc_session

SETTINGS = Settings()
"""The defaults: fuzz on."""


def test_bury_hides_the_card_until_the_next_day(store: Store, clock: FixedClock) -> None:
    """A buried card leaves today's queue at once and is back when the next local day (04:00) begins."""
    sync_deck(store, deck(card(1), card(2)), T0)
    session = utc_session(store, clock)
    session.bury()
    assert (current_key(session), session.left) == ("q2", 1)
    session.bury()
    assert session.current is None
    clock.set(datetime(2026, 3, 11, 3, 59, tzinfo=UTC))
    assert session.current is None
    clock.set(datetime(2026, 3, 11, 4, tzinfo=UTC))
    assert current_key(session) == "q1"


def test_suspend_takes_the_card_away_for_good(store: Store, clock: FixedClock) -> None:
    """A suspended card is not shown again, however much time passes; undo brings it back as the current card."""
    sync_deck(store, deck(card(1)), T0)
    session = utc_session(store, clock)
    session.suspend()
    clock.advance(days=400)
    assert (session.current, session.left) == (None, 0)
    assert session.undo().content.key == "q1"
    assert current_key(session) == "q1"


def test_undo_walks_back_ratings_burials_and_suspensions_newest_first(store: Store, clock: FixedClock) -> None:
    """Undo takes back the last action of any kind, several steps back; each undone card becomes current."""
    sync_deck(store, deck(card(1), card(2), card(3)), T0)
    session = utc_session(store, clock)
    session.rate(Rating.EASY, 1500)  # q1
    session.bury()  # q2
    session.suspend()  # q3
    assert (session.current, session.done, session.summary().reviewed) == (None, 1, 1)
    assert [session.undo().content.key for _ in range(3)] == ["q3", "q2", "q1"]
    assert not session.can_undo
    assert store.conn.execute("SELECT COUNT(*) FROM card_events").fetchone()[0] == 0
    assert store.conn.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 0
    with pytest.raises(IndexError):
        session.undo()


def test_bury_and_suspend_need_a_card(store: Store, clock: FixedClock) -> None:
    """With nothing to show, bury and suspend are LookupErrors and write nothing."""
    session = utc_session(store, clock)
    for action in (session.bury, session.suspend):
        with pytest.raises(LookupError):
            action()
    assert not session.can_undo


def test_review_session_surface(store: Store, clock: FixedClock) -> None:
    """A review session is a review: it buries and suspends, and is not practice."""
    session = utc_session(store, clock)
    assert session.practice is False


def test_reload_shows_the_edited_card_with_its_history(store: Store, clock: FixedClock) -> None:
    """After the note is edited and synced, reload gives the same card (id, state) with the new answer."""
    sync_deck(store, deck(card(1), card(2)), T0)
    session = utc_session(store, clock)
    session.rate(Rating.AGAIN, 1000)
    session.rate(Rating.AGAIN, 1000)
    shown = session.current
    assert shown is not None and shown.content.key == "q1"
    sync_deck(store, deck(card(1, answer="A better answer"), card(2)), T0)
    reloaded = session.reload()
    assert reloaded is not None
    assert (reloaded.id, reloaded.state, reloaded.content.answer) == (shown.id, shown.state, "A better answer")


def test_reload_of_a_removed_card_moves_on(store: Store, clock: FixedClock) -> None:
    """When the edit removed the current card, reload gives the next card."""
    sync_deck(store, deck(card(1), card(2)), T0)
    session = utc_session(store, clock)
    assert current_key(session) == "q1"
    sync_deck(store, deck(card(2)), T0)
    assert session.reload().content.key == "q2"  # type: ignore[union-attr]


def _snapshot(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, sorted: the whole store's content.

    Except `schedules`, the dictionary of settings reviews were made with: an entry
    stays once written (undo takes back the review, not the settings' name); and
    `sqlite_sequence`, which remembers the highest id ever given, so that an undone
    review's id is never given again (schema 8). The log is read through its views
    `reviews` and `card_events`: an undo keeps the row it takes back, marked undone,
    and logs itself in `undos` (schema 10), so the content that counts is what returns.
    """
    names = store.conn.execute("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')")
    hidden = ("schedules", "sqlite_sequence", "review_log", "card_event_log", "undos", "counted_reviews")
    tables = [row[0] for row in names if row[0] not in hidden]
    return {table: sorted((tuple(row) for row in store.conn.execute(f"SELECT * FROM {table}")), key=repr) for table in tables}


def _check_caches(store: Store) -> None:
    """Each card's cached state is its replayed log; suspended and buried_until follow its last events."""
    fsrs_scheduler = make_fsrs(SETTINGS, UTC)
    for card_id in card_ids(store).values():
        log = card_log(store.conn, card_id, fsrs_scheduler)
        assert load_state(store.conn, card_id) == replay(fsrs_scheduler, card_id, log)
        suspended, buried = store.conn.execute(
            "SELECT suspended, buried_until FROM cards WHERE id = ?", (card_id,)
        ).fetchone()
        kinds = [row[0] for row in store.conn.execute(
            "SELECT kind FROM card_events WHERE card_id = ? AND kind IN ('suspend', 'unsuspend') ORDER BY id",
            (card_id,),
        )]
        assert suspended == (kinds[-1:] == ["suspend"])
        last_bury = store.conn.execute(
            "SELECT until FROM card_events WHERE card_id = ? AND kind = 'bury' ORDER BY id DESC LIMIT 1", (card_id,)
        ).fetchone()
        assert buried == (last_bury[0] if last_bury else None)


_action = st.one_of(
    st.sampled_from(list(Rating)),
    st.sampled_from(["bury", "suspend", "undo"]),
    st.integers(min_value=1, max_value=3 * 24 * 60).map(lambda minutes: timedelta(minutes=minutes)),
)
"""A rating, a bury, a suspend, an undo, or time passing."""


def _apply(session: ReviewSession, store: Store, clock: FixedClock, action: object) -> None:
    """Do `action` in `session`, when it applies."""
    if isinstance(action, timedelta):
        clock.advance(seconds=action.total_seconds())
    elif action == "undo":
        if session.can_undo:
            session.undo()
    elif session.current is not None:
        if isinstance(action, Rating):
            preview = session.intervals()[action]
            card_id = session.current.id
            session.rate(action, 1000)
            assert load_state(store.conn, card_id).due == clock.now() + preview
        else:
            getattr(session, str(action))()


@settings(max_examples=80, deadline=None)
@given(st.lists(_action, min_size=1, max_size=30))
def test_any_chain_of_actions_keeps_caches_true_and_undoes_to_the_start(actions: list[object]) -> None:
    """Ratings (fuzz on), burials, suspensions, undos and time in any order: previews equal what is committed,
    caches always equal what the log and journal say, and undoing everything leaves the store exactly as it began."""
    with Store.open(":memory:") as store:
        sync_deck(store, deck(card(1), card(2), card(3)), T0)
        clock = FixedClock(T0)
        start = _snapshot(store)
        session = ReviewSession(store, SETTINGS, clock, tz=UTC)
        for action in actions:
            _apply(session, store, clock, action)
            _check_caches(store)
        while session.can_undo:
            session.undo()
            _check_caches(store)
        assert _snapshot(store) == start
