"""Repairs on the whole store: `rebuild_states`, `replay_cards` for some cards, `restate_phases`.

It replays every card's review log into the state cache, with each deck's effective
settings: after a change of scheduling settings (only when the user asks: changing a
setting alone never reschedules a card) or to repair the cache.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime

from scheduler.engine import CardScheduler, CardState, Rating, make_fsrs, replay, review
from scheduler.reviews import save_state
from scheduler.settings import Settings
from scheduler.store import Store, parse_time


def rebuild_states(store: Store, settings: Settings) -> int:
    """Recompute every card's cached state from its log; how many cards.

    `settings` are the global settings; each card is replayed with its deck's
    effective settings (`Settings.for_deck`). A card's log starts after its last
    reset, as `scheduler.reviews.card_log` has it. One transaction.
    """
    with store.transaction() as conn:
        return replay_cards(conn, settings)


def replay_cards(conn: sqlite3.Connection, settings: Settings, card_ids: Iterable[int] | None = None) -> int:
    """Recompute the cached state of cards `card_ids` (None: every card) inside an open transaction; how many."""
    schedulers: dict[str, CardScheduler] = {}
    logs = _all_logs(conn)
    cards = conn.execute(
        "SELECT cards.id, decks.name FROM cards JOIN decks ON decks.id = cards.deck_id ORDER BY cards.id"
    ).fetchall()
    wanted = None if card_ids is None else set(card_ids)
    cards = [(card_id, deck) for card_id, deck in cards if wanted is None or card_id in wanted]
    for card_id, deck in cards:
        if deck not in schedulers:
            schedulers[deck] = make_fsrs(settings.for_deck(deck))
        save_state(conn, card_id, replay(schedulers[deck], card_id, logs.get(card_id, [])))
    return len(cards)


def restate_phases(conn: sqlite3.Connection, settings: Settings, card_ids: Iterable[int]) -> None:
    """Set `reviews.phase` of cards `card_ids`' reviews since their last reset by replaying them (open transaction).

    After an import the phases written by another machine or program (an Anki revlog's
    states are not ours) are replaced by what this replay says each review found.
    """
    wanted = set(card_ids)
    rows = conn.execute(
        "SELECT reviews.id, reviews.card_id, reviews.rating, reviews.reviewed_at, decks.name FROM reviews"
        " JOIN cards ON cards.id = reviews.card_id JOIN decks ON decks.id = cards.deck_id"
        " WHERE reviews.id > COALESCE((SELECT MAX(after_review) FROM card_events"
        "   WHERE card_events.card_id = reviews.card_id AND kind = 'reset'), 0)"
        " ORDER BY reviews.card_id, reviews.id"
    ).fetchall()
    schedulers: dict[str, CardScheduler] = {}
    state, card = CardState(), None
    for review_id, card_id, rating, reviewed_at, deck in rows:
        if card_id not in wanted:
            continue
        if card_id != card:
            state, card = CardState(), card_id
        if deck not in schedulers:
            schedulers[deck] = make_fsrs(settings.for_deck(deck))
        conn.execute("UPDATE reviews SET phase = ? WHERE id = ?", (int(state.state), review_id))
        state = review(schedulers[deck], card_id, state, Rating(rating), parse_time(reviewed_at))  # type: ignore[arg-type]


_LOGS = """
SELECT reviews.card_id, reviews.rating, reviews.reviewed_at FROM reviews
LEFT JOIN (SELECT card_id, MAX(after_review) AS after_review FROM card_events
           WHERE kind = 'reset' GROUP BY card_id) AS resets ON resets.card_id = reviews.card_id
WHERE reviews.id > COALESCE(resets.after_review, 0)
ORDER BY reviews.card_id, reviews.id
"""
"""Every card's reviews since its last reset, card by card, oldest first."""


def _all_logs(conn: sqlite3.Connection) -> dict[int, list[tuple[Rating, datetime]]]:
    """Every card's reviews since its last reset, as (rating, time), in the order they were made."""
    logs: dict[int, list[tuple[Rating, datetime]]] = defaultdict(list)
    for card_id, rating, reviewed_at in conn.execute(_LOGS):
        moment = parse_time(reviewed_at)
        assert moment is not None
        logs[card_id].append((Rating(rating), moment))
    return logs
