"""`examine` and `examine_and_repair`: what `starcards doctor` checks in a store, and what it repairs from the log.

Checks, in order: SQLite's integrity check; every card's cached FSRS state against a
replay of its log as recorded (`scheduler.replay_check.check_states`); the cached
`suspended` / `buried_until` against the card's events; `review_hours` against the log
summed; every note that present cards come from; with `[sync]` on, what the sync folder
holds (files, conflict copies, decks outside the vault, events waiting). What the log can rebuild (the caches)
is repaired, after a backup; what it cannot (a damaged file, a note gone from disk) is
reported with what to do.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import asdict, dataclass, field

from deck.text import sanitize
from scheduler import actions, schema
from scheduler.backups import backup_before
from scheduler.note_stamps import note_path
from scheduler.replay_check import ReplayReport, check_states
from scheduler.settings import Settings
from scheduler.store import Store

MAX_INTEGRITY_LINES = 20
"""At most this many problems of SQLite's integrity check are reported."""


@dataclass(frozen=True)
class Finding:
    """One thing found wrong: its kind, a line for the user, and whether it was repaired."""

    kind: str
    """integrity, cache, events, hours, note-missing or note-unreadable."""
    message: str
    repaired: bool = False


@dataclass
class Examination:
    """What `examine` found: the replay check of every card's cache, and every finding (caches included)."""

    replay: ReplayReport = field(default_factory=lambda: ReplayReport(checked=0, differing={}, repaired=False))
    findings: list[Finding] = field(default_factory=list)
    sync: list[str] = field(default_factory=list)
    """What the sync folder holds (`scheduler.sync.sync_status`), when `[sync]` is on: a report, not findings."""

    @property
    def cards(self) -> int:
        """How many cards were checked."""
        return self.replay.checked

    @property
    def healthy(self) -> bool:
        """Whether nothing at all was found."""
        return not self.findings

    def as_dict(self) -> dict[str, object]:
        """For JSON: the replay check (`checked`, `differing`, `repaired`), `healthy`, and every finding."""
        differing = {str(card): list(names) for card, names in self.replay.differing.items()}
        return {
            "checked": self.replay.checked,
            "differing": differing,
            "repaired": self.replay.repaired,
            "healthy": self.healthy,
            "findings": [asdict(finding) for finding in self.findings],
            "sync": self.sync,
        }


def examine(store: Store, settings: Settings, *, repair: bool = True) -> Examination:
    """Check the store; repair what its log can rebuild (unless `repair` is False).

    A store that fails SQLite's integrity check is not checked further: its rows cannot
    be trusted, and a backup is the cure.
    """
    found = Examination()
    found.findings += _integrity(store.conn)
    if found.findings:
        return found
    found.replay = check_states(store, settings, repair=repair)
    with store.transaction() as conn:
        found.findings += _cache_findings(found.replay) + _event_findings(conn, repair) + _hour_findings(conn, repair)
    found.findings += _note_findings(store.conn)
    if settings.sync.enabled:
        from scheduler.sync import sync_status  # noqa: PLC0415 - only with sync on

        found.sync = sync_status(store, settings)
    return found


REPAIRABLE = ("cache", "events", "hours")
"""Kinds of finding the review log can repair."""


def examine_and_repair(store: Store, settings: Settings) -> Examination:
    """Look first; if the log can repair something, back the database up (a "doctor" backup), then repair."""
    found = examine(store, settings, repair=False)
    if any(finding.kind in REPAIRABLE for finding in found.findings):
        if store.path != ":memory:":
            backup_before(store.conn, store.path, "doctor")
        found = examine(store, settings, repair=True)
    return found


def _integrity(conn: sqlite3.Connection) -> list[Finding]:
    """SQLite's integrity check, one finding per problem (none when it says ok)."""
    try:
        lines = [row[0] for row in conn.execute(f"PRAGMA integrity_check({MAX_INTEGRITY_LINES})")]
    except sqlite3.DatabaseError as error:
        lines = [str(error)]
    if lines == ["ok"]:
        return []
    advice = " (not repairable here: restore a backup, see `starcards backups`)"
    return [Finding("integrity", line + advice) for line in lines]


def _cache_findings(report: ReplayReport) -> list[Finding]:
    """A finding per card whose cached state was not its log replayed (`scheduler.replay_check`)."""
    return [
        Finding("cache", f"card {card_id}: cached {', '.join(names)} differ from its review log", report.repaired)
        for card_id, names in report.differing.items()
    ]


def _event_findings(conn: sqlite3.Connection, repair: bool) -> list[Finding]:
    """Cards whose cached suspended / buried flags are not what their events say."""
    rows = conn.execute(f"SELECT id FROM cards WHERE {actions.CACHED_EVENTS_DIFFER}").fetchall()
    findings = []
    for (card_id,) in rows:
        findings.append(Finding("events", f"card {card_id}: suspended or buried flag differs from its events", repair))
        if repair:
            actions.refresh(conn, card_id)
    return findings


def _hour_findings(conn: sqlite3.Connection, repair: bool) -> list[Finding]:
    """Whether `review_hours` (what statistics read) differs from the review log summed."""
    stored = set(map(tuple, conn.execute("SELECT * FROM review_hours")))
    summed = set(map(tuple, conn.execute(schema.HOURS_FROM_REVIEWS)))
    if stored == summed:
        return []
    if repair:
        conn.execute("DELETE FROM review_hours")
        conn.execute(f"INSERT INTO review_hours {schema.HOURS_FROM_REVIEWS}")
    return [Finding("hours", "hourly review totals differ from the review log", repair)]


def _note_findings(conn: sqlite3.Connection) -> list[Finding]:
    """Notes that present cards come from but that are gone or cannot be read."""
    rows = conn.execute(
        "SELECT decks.name, decks.root, cards.file, COUNT(*) FROM cards JOIN decks ON decks.id = cards.deck_id"
        " WHERE cards.removed_at IS NULL GROUP BY decks.id, cards.file ORDER BY decks.name, cards.file"
    )
    findings = []
    for deck_name, root, file_name, count in rows:
        note = note_path(root, file_name)
        deck, file = sanitize(deck_name), sanitize(file_name)
        cards = f"{count} card{'' if count == 1 else 's'}"
        if not note.is_file():
            advice = f"`starcards sync {sanitize(root)}` marks them removed"
            findings.append(Finding("note-missing", f"{deck}: {file} is gone ({cards}; {advice})"))
        elif not os.access(note, os.R_OK):
            findings.append(Finding("note-unreadable", f"{deck}: {file} cannot be read ({cards})"))
    return findings
