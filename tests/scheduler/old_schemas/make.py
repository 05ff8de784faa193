"""Make `schemaN.db` (N = 1 to 12): a database as schema version N held it, with reviews, events, practice, a mock.

Run `python -m tests.scheduler.old_schemas.make` to write them again. The data is made
by today's code in a current database (a deck of three notes, ratings over two weeks,
a bury, a suspend and its undo, a practice rating, a mock interview), then copied into a database built by
the first N migrations, column by column as far as that version had them. The files are
committed so that a future change to a migration cannot change them too: the script writes
only the files missing (`--all` writes every one again).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

from deck.models import CardContent, DeckContent
from scheduler import actions, schema
from scheduler.decks import sync_deck
from scheduler.engine import Rating, make_fsrs
from scheduler.practice import record_practice
from scheduler.reviews import record_review
from scheduler.settings import Settings
from scheduler.store import Store

HERE = Path(__file__).parent
START = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)
LOG_TABLES = ("decks", "cards", "reviews", "notes", "card_events", "practice", "review_hours", "mocks", "mock_answers", "schedules")


def _card(number: int) -> CardContent:
    """Card number `number` of note `n{number % 3}.md`."""
    question = f"Tell me about time {number}?"
    return CardContent(
        key=f"k{number}",
        file=f"n{number % 3}.md",
        line=number + 1,
        question=question,
        phrasings=[question],
        answer=f"answer {number}",
    )


def current_database(path: Path) -> None:
    """A current database with a history worth migrating."""
    fsrs = make_fsrs(Settings())
    with Store.open(path) as store:
        content = DeckContent(
            name="Stories",
            root="/notes",
            files=["n0.md", "n1.md", "n2.md"],
            cards=[_card(n) for n in range(9)],
            stamps={f"n{n}.md": (10 + n, 1_000 + n) for n in range(3)},
        )
        sync_deck(store, content, START)
        ids = [row[0] for row in store.conn.execute("SELECT id FROM cards ORDER BY id")]
        for day in range(14):
            for card_id in ids[: 3 + day % 5]:
                rating = Rating(1 + (card_id + day) % 4)
                record_review(store, fsrs, card_id, rating, START + timedelta(days=day, minutes=card_id), 4000 + day)
        actions.bury(store, ids[0], START + timedelta(days=14), START + timedelta(days=15))
        event = actions.suspend(store, ids[1], START + timedelta(days=14))
        actions.undo_event(store, fsrs, event)
        actions.suspend(store, ids[2], START + timedelta(days=14, hours=1))
        record_practice(store, ids[3], Rating.GOOD, START + timedelta(days=14, hours=2), 3000)
        _mock(store, ids[4])


def _mock(store: Store, card_id: int) -> None:
    """One finished mock interview of one answer (schema 6), written as its rows."""
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO mocks (started_at, finished_at, questions, target_seconds)"
            " VALUES ('2026-01-20T10:00:00.000000+00:00', '2026-01-20T10:05:00.000000+00:00', 1, 120)"
        )
        conn.execute(
            "INSERT INTO mock_answers (mock_id, position, card_id, asked, follow_up, story, rating, duration_ms,"
            " answered_at) VALUES (1, 0, ?, 'Tell me about time 4?', NULL, NULL, 3, 90000,"
            " '2026-01-20T10:02:00.000000+00:00')",
            (card_id,),
        )


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    """The columns of `table` in the main database, in order."""
    return [row[1] for row in conn.execute(f"PRAGMA main.table_info({table})")]


def old_database(current: Path, target: Path, version: int) -> None:
    """Copy `current` into a new database at `target` built by the first `version` migrations.

    The log is copied from the current database's views: the rows that count, as an older
    schema, which deleted what was undone, held them."""
    target.unlink(missing_ok=True)
    with closing(sqlite3.connect(target)) as conn:
        for migrate in schema.MIGRATIONS[:version]:
            migrate(conn)
        conn.execute(f"PRAGMA user_version = {version}")
        conn.execute(f"ATTACH DATABASE '{current}' AS current")
        for table in LOG_TABLES:
            if not columns(conn, table):
                continue
            shared = ", ".join(columns(conn, table))
            conn.execute(f"INSERT INTO main.{table} ({shared}) SELECT {shared} FROM current.{table}")
        conn.commit()
        conn.execute("DETACH DATABASE current")
        conn.execute("VACUUM")


def main(every: bool = False) -> None:
    """Write the missing `schemaN.db` of each earlier schema beside this script (`every`: all of them)."""
    current = HERE / "current.tmp.db"
    current.unlink(missing_ok=True)
    current_database(current)
    for version in range(1, len(schema.MIGRATIONS)):
        if every or not (HERE / f"schema{version}.db").exists():
            old_database(current, HERE / f"schema{version}.db", version)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{current}{suffix}").unlink(missing_ok=True)


if __name__ == "__main__":
    import sys

    main(every="--all" in sys.argv[1:])
