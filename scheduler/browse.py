"""The card browser's queries: `search_cards`, `get_card`, `count_cards`, `card_history`, `all_tags`.

A card's status is, by the first that applies: removed (gone from the notes),
suspended, buried (until a time after now), else active. The `state` filter takes a
status other than active, or an FSRS state, meaning active cards in that state (the
same split as `scheduler.stats` counts); without one, every card but the removed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from scheduler.days import recall_moment
from scheduler.retrievability import deck_retrievability_sql, ensure_pow
from scheduler.store import Store, format_time, parse_time
from scheduler.vocabulary import PHASE_LABELS

Sort = Literal["due", "retrievability", "lapses", "difficulty"]
SORTS: tuple[Sort, ...] = ("due", "retrievability", "lapses", "difficulty")
"""Sort orders: due soonest, least likely recalled, most lapses, hardest (unknown values last)."""

STATES = PHASE_LABELS
"""FSRS states by `cards.state` value."""

FILTERS = (*STATES, "suspended", "buried", "removed")
"""What `search_cards(state=...)` accepts."""

if TYPE_CHECKING:
    from scheduler.engine import Phase
    from scheduler.json_types import CardJson, StateName, Status
    from scheduler.rules import Rules

_ORDER = {
    "due": "cards.due IS NULL, cards.due, cards.id",
    "retrievability": "retrievability IS NULL, retrievability, cards.id",
    "lapses": "cards.lapses DESC, cards.id",
    "difficulty": "cards.difficulty IS NULL, cards.difficulty DESC, cards.id",
}

_STATUS = (
    "CASE WHEN cards.removed_at IS NOT NULL THEN 'removed' WHEN cards.suspended THEN 'suspended'"
    " WHEN cards.buried_until > :now THEN 'buried' ELSE 'active' END"
)


@dataclass(frozen=True)
class CardRow:
    """One card as the browser lists it: where it is, its status and FSRS state."""

    id: int
    deck_id: int
    deck: str
    root: str
    question: str
    file: str
    line: int
    status: Status
    state: StateName
    reps: int
    lapses: int
    due: datetime | None
    stability: float | None
    difficulty: float | None
    retrievability: float | None

    def as_dict(self) -> CardJson:
        """The card as `starcards cards --json` lists it."""
        return {
            "id": self.id,
            "deck": self.deck,
            "question": self.question,
            "file": self.file,
            "line": self.line,
            "status": self.status,
            "state": self.state,
            "reps": self.reps,
            "lapses": self.lapses,
            "due": None if self.due is None else format_time(self.due),
            "stability": self.stability,
            "difficulty": self.difficulty,
            "retrievability": self.retrievability,
        }


@dataclass(frozen=True)
class HistoryEntry:
    """One thing that happened to a card: a review (`kind` "review") or a card event (bury, reset...)."""

    at: datetime
    kind: str
    rating: int | None = None
    duration_ms: int | None = None
    phase: Phase | None = None


def search_cards(
    store: Store,
    now: datetime,
    *,
    text: str | None = None,
    tag: str | None = None,
    deck_ids: Sequence[int] | None = None,
    state: str | Sequence[str] | None = None,
    sort: str = "due",
    limit: int | None = None,
    rules: Rules | None = None,
) -> list[CardRow]:
    """Cards matching every filter given, in `sort` order, at most `limit`.

    `text`: in the question or the answer, ignoring ASCII case; `tag`: one of the card's
    tags, ignoring case and a leading `#`; `state`: one of `FILTERS`, or several (a card in
    any of them). Retrievability is
    under each deck's FSRS parameters as `rules` give them (None: py-fsrs's defaults).
    """
    if sort not in _ORDER:
        raise ValueError(f"unknown sort {sort!r}: use one of {', '.join(SORTS)}")
    where, params = _filters(store.conn, text=text, tag=tag, deck_ids=deck_ids, state=state)
    tail = " LIMIT :limit" if limit is not None else ""
    return _rows(store.conn, now, where, params | {"limit": limit}, f"ORDER BY {_ORDER[sort]}{tail}", rules)


def count_cards(
    store: Store,
    now: datetime,
    *,
    text: str | None = None,
    tag: str | None = None,
    deck_ids: Sequence[int] | None = None,
    state: str | Sequence[str] | None = None,
) -> int:
    """How many cards `search_cards` would list without a limit."""
    where, params = _filters(store.conn, text=text, tag=tag, deck_ids=deck_ids, state=state)
    row = store.conn.execute(f"SELECT COUNT(*) FROM cards WHERE {where}", params | {"now": format_time(now)})
    return int(row.fetchone()[0])


def get_card(store: Store, now: datetime, card_id: int) -> CardRow | None:
    """Card `card_id` as the browser lists it, whatever its status; None if there is no such card."""
    rows = _rows(store.conn, now, "cards.id = :card", {"card": card_id}, "")
    return rows[0] if rows else None


def card_history(store: Store, card_id: int) -> list[HistoryEntry]:
    """Every review of card `card_id` and every event (bury, suspend, reset...), oldest first; a seed from the
    spaced-repetition plugin (`scheduler.plugin_seeds`) as the event `plugin: 21d, ease 2.50`."""
    from scheduler.engine import Phase  # noqa: PLC0415 - keeps py-fsrs off the command line's start-up

    rows = store.conn.execute(
        "SELECT reviewed_at AS at, 'review' AS kind, rating, duration_ms, phase, 0 AS source, id"
        " FROM reviews WHERE card_id = :card"
        " UNION ALL SELECT at, kind, NULL, NULL, NULL, 1, id FROM card_events WHERE card_id = :card"
        " UNION ALL SELECT at, printf('plugin: %dd, ease %.2f', interval, ease / 100.0), NULL, NULL, NULL, 2, id"
        " FROM card_seeds WHERE card_id = :card"
        " ORDER BY at, source, id",
        {"card": card_id},
    )
    return [
        HistoryEntry(
            at=_time(row["at"]),
            kind=row["kind"],
            rating=row["rating"],
            duration_ms=row["duration_ms"],
            phase=None if row["phase"] is None else Phase(row["phase"]),
        )
        for row in rows
    ]


def all_tags(store: Store, deck_ids: Sequence[int] | None = None) -> list[str]:
    """Every tag of the cards not removed, once each (first spelling met), sorted ignoring case."""
    where, params = _decks("cards.deck_id", deck_ids)
    rows = store.conn.execute(
        "SELECT DISTINCT tag.value FROM cards, json_each(cards.content, '$.tags') AS tag"
        f" WHERE cards.removed_at IS NULL AND {where}",
        params,
    )
    seen: dict[str, str] = {}
    for (tag,) in rows:
        seen.setdefault(str(tag).casefold(), str(tag))
    return sorted(seen.values(), key=str.casefold)


def _filters(
    conn: sqlite3.Connection,
    *,
    text: str | None,
    tag: str | None,
    deck_ids: Sequence[int] | None,
    state: str | Sequence[str] | None,
) -> tuple[str, dict[str, object]]:
    """The WHERE clause and parameters for the browser's filters."""
    where, params = _decks("cards.deck_id", deck_ids)
    conditions = [where, _state_condition(state)]
    if text:
        conditions.append(
            "(cards.question LIKE :text ESCAPE '\\'"
            " OR json_extract(cards.content, '$.answer') LIKE :text ESCAPE '\\')"
        )
        params["text"] = "%" + _escape_like(text) + "%"
    if tag:
        conditions.append(
            "EXISTS (SELECT 1 FROM json_each(cards.content, '$.tags') AS tag WHERE lower(tag.value) = lower(:tag))"
        )
        params["tag"] = tag.removeprefix("#")
    return " AND ".join(conditions), params


def _state_condition(state: str | Sequence[str] | None) -> str:
    """SQL for the `state` filter (see the module docstring); several states: a card in any of them."""
    if state is not None and not isinstance(state, str):
        chosen = dict.fromkeys(state)
        if len(chosen) > 1:
            return "(" + " OR ".join(f"({_state_condition(each)})" for each in chosen) + ")"
        state = next(iter(chosen), None)
    if state is None:
        return "cards.removed_at IS NULL"
    if state in STATES:
        return f"{_STATUS} = 'active' AND cards.state = {STATES.index(state)}"
    if state in FILTERS:
        return f"{_STATUS} = '{state}'"
    raise ValueError(f"unknown state {state!r}: use one of {', '.join(FILTERS)}")


def _decks(column: str, deck_ids: Sequence[int] | None) -> tuple[str, dict[str, object]]:
    """SQL restricting `column` to `deck_ids` (None: no restriction) and its parameters."""
    if deck_ids is None:
        return "1", {}
    names = [f"deck{index}" for index in range(len(deck_ids))]
    return f"{column} IN ({', '.join(':' + name for name in names)})", dict(zip(names, deck_ids, strict=True))


def _escape_like(text: str) -> str:
    """`text` with LIKE's wildcards and the escape character taken literally."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _rows(
    conn: sqlite3.Connection,
    now: datetime,
    where: str,
    params: dict[str, object],
    tail: str,
    rules: Rules | None = None,
) -> list[CardRow]:
    """The cards matching `where`, as `CardRow`s, with `tail` (ORDER BY / LIMIT) applied."""
    ensure_pow(conn)
    rows = conn.execute(
        "SELECT cards.id, cards.deck_id, decks.name AS deck, decks.root, cards.question, cards.file, cards.line,"
        f" {_STATUS} AS status, cards.state, cards.reps, cards.lapses, cards.due, cards.stability,"
        f" cards.difficulty, {_recall_sql(rules)} AS retrievability"
        f" FROM cards JOIN decks ON decks.id = cards.deck_id WHERE {where} {tail}",
        params | {"now": format_time(now), "recall_at": format_time(_recall_moment(now, rules))},
    )
    return [_card_row(row) for row in rows]


def _recall_sql(rules: Rules | None) -> str:
    """SQL for a card's retrievability at `:recall_at` under its deck's parameters in `rules` (None: the defaults)."""
    if rules is None:
        return deck_retrievability_sql({}, now=":recall_at")
    return deck_retrievability_sql(rules.parameters(), rules.default.parameters, now=":recall_at")


def _recall_moment(now: datetime, rules: Rules | None) -> datetime:
    """When to read the cards' forgetting curves for `now`: in local days under `rules`' day (None: the default)."""
    if rules is None:
        return recall_moment(now)
    return recall_moment(now, rules.day_starts_at, rules.tz)


def _card_row(row: sqlite3.Row) -> CardRow:
    """A `CardRow` from a row of `_rows`."""
    return CardRow(
        id=row["id"],
        deck_id=row["deck_id"],
        deck=row["deck"],
        root=row["root"],
        question=row["question"],
        file=row["file"],
        line=row["line"],
        status=row["status"],
        state=STATES[row["state"]],
        reps=row["reps"],
        lapses=row["lapses"],
        due=parse_time(row["due"]),
        stability=row["stability"],
        difficulty=row["difficulty"],
        retrievability=row["retrievability"],
    )


def _time(text: str) -> datetime:
    """A stored, non-null time."""
    moment = parse_time(text)
    assert moment is not None
    return moment
