"""Review logs in the FSRS optimizer's CSV schema, read back: `read_revlog`, `read_card_map`, `import_revlog`.

The CSV (as `starcards export --csv` writes it, and as Anki's FSRS tools export a
revlog) has the columns `card_id, review_time` (unix ms), `review_rating` (1-4; 0, a
manual reschedule, is skipped), `review_state` and `review_duration` (ms). Its card ids
are another program's, so importing it needs a map: a CSV with the columns `card_id`
and `question`, pairing each card id with the question of a starcards card (matched
ignoring case, punctuation and spacing). Reviews of unmapped cards are skipped.
"""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterable, Sequence

from deck.card_keys import normalise_question
from scheduler.export import CSV_COLUMNS
from scheduler.fsrs_items import LoggedReview
from scheduler.import_jsonl import ImportReport, backup_before_import, finish_import
from scheduler.import_lines import ImportFileError
from scheduler.settings import Settings
from scheduler.stats_queries import Decks
from scheduler.store import Store, format_time


def read_revlog(name: str, lines: Iterable[str]) -> list[LoggedReview]:
    """The reviews in optimizer CSV file `name`, grouped by card, each card's in time order."""
    reviews = []
    for number, row in _rows(name, lines, CSV_COLUMNS):
        rating = _int(name, number, row, "review_rating")
        if rating == 0:
            continue
        if not 1 <= rating <= 4:
            raise ImportFileError(f"{name}:{number}: review_rating {rating} is not 0-4")
        moment = _int(name, number, row, "review_time")
        state = row["review_state"].strip()
        phase = int(state) if state in ("0", "1", "2", "3") else None
        duration = max(0, _int(name, number, row, "review_duration"))
        reviews.append(LoggedReview(_int(name, number, row, "card_id"), rating, moment, duration, phase))
    return sorted(reviews, key=lambda review: (review.card_id, review.at_ms))


def read_card_map(name: str, lines: Iterable[str]) -> dict[int, str]:
    """Card id → normalised question, from map file `name` (columns `card_id`, `question`)."""
    return {
        _int(name, number, row, "card_id"): normalise_question(row["question"])
        for number, row in _rows(name, lines, ("card_id", "question"))
    }


def import_revlog(
    store: Store, settings: Settings, reviews: Sequence[LoggedReview], card_map: dict[int, str],
    deck_ids: Sequence[int] | None = None,
) -> tuple[ImportReport, int]:
    """Add the mapped reviews to the matching cards (of `deck_ids`, None: any deck); the report and reviews skipped."""
    backup_before_import(store)
    with store.transaction() as conn:
        targets = _targets(conn, card_map, deck_ids)
        report, unmapped, touched = ImportReport(), 0, set()
        for review in reviews:
            card_id = targets.get(review.card_id)
            if card_id is None:
                unmapped += 1
            elif _add(conn, card_id, review):
                report.added["review"] += 1
                touched.add(card_id)
            else:
                report.skipped += 1
        if touched:
            finish_import(conn, settings, touched)
    return report, unmapped


_SAME = (
    "SELECT 1 FROM reviews WHERE card_id = ? AND substr(reviewed_at, 1, 23) = substr(?, 1, 23) AND rating = ?"
)
"""A review of the card at the same millisecond with the same rating (the CSV keeps milliseconds)."""


def _add(conn: sqlite3.Connection, card_id: int, review: LoggedReview) -> bool:
    """Add `review` to card `card_id` unless it is already there; whether it was added."""
    at = format_time(review.at)
    if conn.execute(_SAME, (card_id, at, review.rating)).fetchone():
        return False
    conn.execute(
        "INSERT INTO review_log (card_id, rating, reviewed_at, duration_ms, phase) VALUES (?, ?, ?, ?, ?)",
        (card_id, review.rating, at, review.duration_ms, review.phase),
    )
    return True


def _targets(conn: sqlite3.Connection, card_map: dict[int, str], deck_ids: Sequence[int] | None) -> dict[int, int]:
    """Foreign card id → starcards card id, for every mapped question found; an error when one is ambiguous."""
    decks = Decks(deck_ids)
    query = f"SELECT id, question FROM cards WHERE removed_at IS NULL AND {decks.where('deck_id')}"
    by_question: dict[str, list[int]] = {}
    for card_id, question in conn.execute(query, decks.params):
        by_question.setdefault(normalise_question(question), []).append(card_id)
    targets = {}
    for foreign, question in card_map.items():
        found = by_question.get(question, [])
        if len(found) > 1:
            raise ImportFileError(
                f"the question {question!r} is asked by {len(found)} cards: choose a deck with --deck"
            )
        if found:
            targets[foreign] = found[0]
    return targets


def _rows(name: str, lines: Iterable[str], needed: Sequence[str]) -> Iterable[tuple[int, dict[str, str]]]:
    """Each data row of CSV file `name` with its line number; an error when a needed column is missing."""
    reader = csv.DictReader(lines)
    missing = [column for column in needed if column not in (reader.fieldnames or [])]
    if missing:
        raise ImportFileError(f"{name}:1: missing column {', '.join(missing)} (needs {', '.join(needed)})")
    for row in reader:
        yield reader.line_num, row


def _int(name: str, number: int, row: dict[str, str], column: str) -> int:
    """Column `column` of a row as a whole number; an error naming the line when it is not one."""
    text = (row.get(column) or "").strip()
    try:
        return int(float(text)) if "." in text else int(text)
    except ValueError:
        raise ImportFileError(f"{name}:{number}: {column} should be a whole number, not {text!r}") from None
