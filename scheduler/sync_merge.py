"""Merging other machines' events into this database: `Merger`.

Every event has a global id (the machine that made it, the table, its id there) and is
stored once, whatever order it arrives in and however often (`INSERT OR IGNORE` on the
unique `(origin, origin_id)` of each table). Within one merge, schedules come first, then
relinks, seeds, reviews, card events and undos, so an event finds what it names whatever
order the files hold it in. An event about a card this machine does not have (its notes
have not arrived, or its deck is not added here yet), or naming a review not here yet,
is kept in `sync_pending` and tried again at every merge: it is applied when the card
appears. The cards touched are then replayed (`scheduler.sync_replay`).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from scheduler.log_order import machine_id
from scheduler.seeding import replace_seed
from scheduler.store import format_time
from scheduler.sync_lines import Event, EventLine, RelinkLine, ReviewLine, ScheduleLine, SeedLine, UndoLine
from scheduler.sync_out import EVENT_KINDS
from scheduler.sync_places import schedule_refs
from scheduler.undos import TABLES

_ORDER = {kind: order for order, kind in enumerate(EVENT_KINDS)}
"""The order event kinds are applied in within one merge."""


class Merger:
    """One merge inside its transaction: what it added, touched and left pending."""

    def __init__(self, conn: sqlite3.Connection, places: dict[str, int]) -> None:
        """Merge into `conn`; `places` maps each deck's place in the vault to its id here."""
        self.conn, self.places, self.me = conn, places, machine_id(conn)
        self.refs = schedule_refs(conn)
        self.keys: dict[int, dict[str, int]] = {}
        self.touched: set[int] = set()
        self.changed: set[int] = set()
        """The reviews this merge added or undid (local ids)."""
        self.appended: dict[int, set[int]] = defaultdict(set)
        """Per card touched only by new reviews: their local ids (`scheduler.sync_replay` may apply them in turn)."""
        self.added: dict[str, int] = dict.fromkeys(_ORDER, 0)
        self.pending: list[Event] = []

    def schedule(self, line: ScheduleLine) -> None:
        """Add a recipe unless it is known."""
        if line.ref not in self.refs:
            self.conn.execute("INSERT OR IGNORE INTO schedules (recipe) VALUES (?)", (line.recipe,))
            row = self.conn.execute("SELECT id FROM schedules WHERE recipe = ?", (line.recipe,)).fetchone()
            self.refs[line.ref] = int(row[0])

    def apply(self, events: list[Event]) -> None:
        """Apply `events` (this machine's own skipped), kind by kind; what cannot be applied yet waits."""
        for line in sorted(events, key=lambda event: _ORDER[event.type]):
            if line.machine == self.me:
                continue
            applied = getattr(self, f"_{line.type}")(line)
            if applied is None:
                self.pending.append(line)
            elif applied:
                self.added[line.type] += 1

    def _relink(self, line: RelinkLine) -> bool | None:
        """Record that a card's key changed."""
        deck_id = self.places.get(line.deck)
        if deck_id is None:
            return None
        self.keys.pop(deck_id, None)
        return self._insert(
            "INSERT OR IGNORE INTO key_links (origin, origin_id, deck_id, old_key, new_key, at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (line.machine, line.id, deck_id, line.old, line.new, format_time(line.at)),
        )

    def _seed(self, line: SeedLine) -> bool | None:
        """Add a card's seed; over a seed it has, only one read earlier (`at`, then the machine), so that every
        machine keeps the same one (`scheduler.seeding.replace_seed`)."""
        card_id = self.card(line.deck, line.key)
        schedule = None if line.schedule is None else self.refs.get(line.schedule)
        if card_id is None or (line.schedule is not None and schedule is None):
            return None
        values = (format_time(line.at), line.due.isoformat(), line.interval, line.ease, schedule,
                  format_time(line.due_at), format_time(line.last_at), line.last_day, line.machine, line.id, card_id)
        if not replace_seed(self.conn, values, self.me):
            return False
        self._touch(card_id)
        return True

    def _review(self, line: ReviewLine) -> bool | None:
        """Add a review of a card this machine has."""
        card_id = self.card(line.deck, line.key)
        schedule = None if line.schedule is None else self.refs.get(line.schedule)
        if card_id is None or (line.schedule is not None and schedule is None):
            return None
        order = None if line.order is None else format_time(line.order)
        cursor = self.conn.execute(
            "INSERT OR IGNORE INTO review_log (card_id, rating, reviewed_at, duration_ms, day, schedule_id, draw,"
            " sort_at, phase, origin, origin_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (card_id, line.rating, format_time(line.at), line.ms, line.day, schedule, line.draw, order,
             line.phase, line.machine, line.id),
        )
        if cursor.rowcount != 1:
            return False
        self.changed.add(int(cursor.lastrowid or 0))
        if card_id not in self.touched or card_id in self.appended:
            self.appended[card_id].add(int(cursor.lastrowid or 0))
        self.touched.add(card_id)
        return True

    def _event(self, line: EventLine) -> bool | None:
        """Add a card event; a reset once the review it was made after is here."""
        card_id = self.card(line.deck, line.key)
        after = None if line.after is None else self.row_id("review", *line.after)
        if card_id is None or (line.after is not None and after is None):
            return None
        until = None if line.until is None else format_time(line.until)
        return self._insert(
            "INSERT OR IGNORE INTO card_event_log (card_id, kind, at, until, after_review, origin, origin_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (card_id, line.kind, format_time(line.at), until, after, line.machine, line.id),
            card_id,
        )

    def _undo(self, line: UndoLine) -> bool:
        """Record an undo; its target is marked undone now if here, else when it arrives (`mark_undone_arrivals`)."""
        added = self._insert(
            "INSERT OR IGNORE INTO undos (origin, origin_id, target, target_origin, target_id, at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (line.machine, line.id, line.target, line.of[0], line.of[1], format_time(line.at)),
        )
        row_id = self.row_id(line.target, *line.of)
        if row_id is not None:
            table = TABLES[line.target]
            card = self.conn.execute(f"SELECT card_id, undone FROM {table} WHERE id = ?", (row_id,)).fetchone()
            if not card[1]:
                self._undone(line.target, row_id, int(card[0]))
        return added

    def _insert(self, sql: str, values: tuple, card_id: int | None = None) -> bool:
        """Run an `INSERT OR IGNORE`; whether it added a row (and then `card_id` is touched, not only appended to)."""
        added = self.conn.execute(sql, values).rowcount == 1
        if added and card_id is not None:
            self._touch(card_id)
        return added

    def _touch(self, card_id: int) -> None:
        """Card `card_id` changed otherwise than by new reviews: it is replayed whole."""
        self.touched.add(card_id)
        self.appended.pop(card_id, None)

    def row_id(self, target: str, origin: str, number: int) -> int | None:
        """The local id of the review or card event with global id (`origin`, `number`); None if not here."""
        table = TABLES[target]
        if origin == self.me:
            row = self.conn.execute(f"SELECT id FROM {table} WHERE origin IS NULL AND id = ?", (number,)).fetchone()
        else:
            row = self.conn.execute(
                f"SELECT id FROM {table} WHERE origin = ? AND origin_id = ?", (origin, number)
            ).fetchone()
        return None if row is None else int(row[0])

    def card(self, place: str, key: str) -> int | None:
        """The card with `key` in the deck at `place`, through relinked keys; None if this machine has none."""
        deck_id = self.places.get(place)
        if deck_id is None:
            return None
        if deck_id not in self.keys:
            self.keys[deck_id] = _keys(self.conn, deck_id)
        return self.keys[deck_id].get(key)

    def mark_undone_arrivals(self) -> None:
        """Mark undone the rows that arrived after the undo naming them."""
        for target, table in TABLES.items():
            named = self.conn.execute(
                f"SELECT {table}.id, {table}.card_id FROM undos JOIN {table}"
                f" ON {table}.origin = undos.target_origin AND {table}.origin_id = undos.target_id"
                f" WHERE undos.target = ? AND {table}.undone = 0",
                (target,),
            ).fetchall()
            for row_id, card_id in named:
                self._undone(target, row_id, int(card_id))

    def _undone(self, target: str, row_id: int, card_id: int) -> None:
        """Mark row `row_id` of `target`'s table undone; its card is replayed whole."""
        self.conn.execute(f"UPDATE {TABLES[target]} SET undone = 1 WHERE id = ?", (row_id,))
        if target == "review":
            self.changed.add(row_id)
        self._touch(card_id)


def _keys(conn: sqlite3.Connection, deck_id: int) -> dict[str, int]:
    """Every key that names a card of deck `deck_id`: the cards' own, and the keys relinked to them."""
    keys = {key: card_id for card_id, key in conn.execute("SELECT id, key FROM cards WHERE deck_id = ?", (deck_id,))}
    links: dict[str, set[str]] = defaultdict(set)
    for old, new in conn.execute("SELECT old_key, new_key FROM key_links WHERE deck_id = ?", (deck_id,)):
        links[old].add(new)
        links[new].add(old)
    for start in list(links):
        if start not in keys:
            found = _linked_card(start, links, keys)
            if found is not None:
                keys[start] = found
    return keys


def _linked_card(start: str, links: dict[str, set[str]], keys: dict[str, int]) -> int | None:
    """The card a key reaches through relinks (either way), nearest first; None if none."""
    seen, frontier = {start}, [start]
    while frontier:
        following = []
        for key in frontier:
            for other in sorted(links[key] - seen):
                if other in keys:
                    return keys[other]
                seen.add(other)
                following.append(other)
        frontier = following
    return None
