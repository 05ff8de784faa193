"""The review history out of starcards: `write_csv` (the FSRS optimizer's schema) and `write_jsonl` (everything).

CSV: one row per review that counts for scheduling (since the card's last reset), in
the columns the open-spaced-repetition optimizer reads: `card_id, review_time` (unix
milliseconds), `review_rating` (1-4), `review_state` (the card's state before the
review: 0 new, 1 learning, 2 review, 3 relearning) and `review_duration` (ms).

JSON Lines: one object per line, told apart by `type`: a `starcards` header, then every
`deck`, `card`, `schedule` (the scheduling settings reviews were made with), `review`
(with its local `day`, fuzz `draw` and its settings' `recipe`), `event` (bury, suspend, unsuspend,
reset) and `practice` row, every `mock` interview and every `mock_answer` given in one. Cards are
named by their deck's root and their key, and a mock answer names its mock by the time the mock
started (`mock_started_at`, which no two mocks share), so the file can be merged into another
database (`scheduler.import_jsonl`). The FSRS state is not written: it is what replaying the
reviews gives.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator, Sequence
from typing import TextIO

from scheduler.fsrs_items import deck_log
from scheduler.store import Store

FORMAT_VERSION = 1
"""The version of the JSON Lines format, in its header line."""

CSV_COLUMNS = ("card_id", "review_time", "review_rating", "review_state", "review_duration")
"""The FSRS optimizer's review-log columns."""


def write_csv(store: Store, out: TextIO, deck_ids: Sequence[int] | None = None) -> int:
    """Write the review log of decks `deck_ids` (None: all) as optimizer CSV; how many reviews."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    log = deck_log(store.conn, deck_ids)
    for review in log:
        state = "" if review.phase is None else review.phase
        writer.writerow(
            (review.card_id, review.at_ms, review.rating, state, review.duration_ms)
        )
    return len(log)


_CARD_OF = "(SELECT decks.root FROM cards JOIN decks ON decks.id = cards.deck_id WHERE cards.id = {0}.card_id) AS deck,"
_KEY_OF = "(SELECT key FROM cards WHERE cards.id = {0}.card_id) AS key"

_QUERIES = {
    "deck": "SELECT id, root, name, added_at FROM decks ORDER BY id",
    "card": (
        "SELECT cards.id, decks.root AS deck, key, file, line, question, content, cards.added_at, removed_at"
        " FROM cards JOIN decks ON decks.id = cards.deck_id ORDER BY cards.id"
    ),
    "schedule": "SELECT id, recipe FROM schedules ORDER BY id",
    "seed": (
        f"SELECT {_CARD_OF.format('card_seeds')} {_KEY_OF.format('card_seeds')}, at, due, interval, ease, due_at,"
        " last_at, last_day, (SELECT recipe FROM schedules WHERE schedules.id = schedule_id) AS recipe"
        " FROM card_seeds ORDER BY card_id"
    ),
    "review": (
        f"SELECT id, {_CARD_OF.format('reviews')} {_KEY_OF.format('reviews')},"
        " rating, reviewed_at, duration_ms, phase, day, draw,"
        " (SELECT recipe FROM schedules WHERE schedules.id = schedule_id) AS recipe FROM reviews ORDER BY id"
    ),
    "event": (
        f"SELECT id, {_CARD_OF.format('card_events')} {_KEY_OF.format('card_events')}, kind AS event, at, until,"
        " (SELECT reviewed_at FROM reviews WHERE reviews.id = after_review) AS after_review_at"
        " FROM card_events ORDER BY id"
    ),
    "practice": (
        f"SELECT id, {_CARD_OF.format('practice')} {_KEY_OF.format('practice')},"
        " rating, practised_at, duration_ms FROM practice ORDER BY id"
    ),
    "mock": "SELECT id, started_at, finished_at, questions, target_seconds FROM mocks ORDER BY id",
    "mock_answer": (
        "SELECT id, (SELECT started_at FROM mocks WHERE mocks.id = mock_id) AS mock_started_at, position,"
        f" {_CARD_OF.format('mock_answers')} {_KEY_OF.format('mock_answers')},"
        " asked, follow_up, story, rating, duration_ms, answered_at FROM mock_answers ORDER BY id"
    ),
}
"""For each kind of line, the rows it is written from; columns are the line's fields."""


def jsonl_records(conn: sqlite3.Connection) -> Iterator[dict[str, object]]:
    """Every line of the JSON Lines export, as objects, header first."""
    yield {"type": "starcards", "version": FORMAT_VERSION}
    for kind, query in _QUERIES.items():
        cursor = conn.execute(query)
        names = [column[0] for column in cursor.description]
        for row in cursor:
            yield {"type": kind, **dict(zip(names, row, strict=True))}


def write_jsonl(store: Store, out: TextIO) -> int:
    """Write everything starcards knows as JSON Lines; how many lines."""
    count = 0
    for record in jsonl_records(store.conn):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count
