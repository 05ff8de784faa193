"""Export and import: exact round trip, no duplicates, merges in time order, CSV that fits like the database."""

from __future__ import annotations

import io
import json
from datetime import timedelta

import pytest

from scheduler import actions
from scheduler.engine import Rating, make_fsrs
from scheduler.export import write_csv
from scheduler.fsrs_items import deck_log, items_from_log
from scheduler.import_lines import ImportFileError, read_lines
from scheduler.optimize import compute, to_fsrs_items
from scheduler.reviews import record_review
from scheduler.revlog_csv import import_revlog, read_card_map, read_revlog
from scheduler.settings import Settings
from scheduler.store import Store
from tests.scheduler.helpers import exported_jsonl, imported_jsonl
from tests.scheduler.learned import START, learned_store

STATE = "SELECT id, deck_id, key, state, step, stability, difficulty, due, last_review, reps, lapses," \
        " introduced_at, suspended, buried_until, removed_at FROM cards ORDER BY id"
TABLES = ("reviews", "card_events", "practice", "review_hours", "decks")


def _dump(store: Store) -> dict[str, list[tuple]]:
    dump = {"cards": [tuple(row) for row in store.conn.execute(STATE)]}
    for table in TABLES:
        columns = "id, root, name, added_at" if table == "decks" else "*"
        dump[table] = [tuple(row) for row in store.conn.execute(f"SELECT {columns} FROM {table} ORDER BY 1, 2")]
    return dump


@pytest.fixture(scope="module")
def source() -> Store:
    """A learnt deck with a bury, a suspend, a reset and a practice rating besides its reviews."""
    store = learned_store(cards=30, days=60)
    ids = [row[0] for row in store.conn.execute("SELECT id FROM cards ORDER BY id LIMIT 3")]
    later = START + timedelta(days=61)
    actions.bury(store, ids[0], later, later + timedelta(days=1))
    actions.suspend(store, ids[1], later)
    actions.reset(store, make_fsrs(Settings()), ids[2], later)
    record_review(store, make_fsrs(Settings()), ids[2], Rating.GOOD, later + timedelta(hours=1), 5000)
    store.conn.execute(
        "INSERT INTO practice (card_id, rating, practised_at, duration_ms) VALUES (?, 3, ?, 10)",
        (ids[0], "2026-03-01T10:00:00.000000+00:00"),
    )
    return store


def test_round_trip_into_a_fresh_database_is_exact(source: Store) -> None:
    """Export, import into an empty database: the same cards, states, log, events and hourly sums."""
    with Store.open(":memory:") as fresh:
        imported_jsonl(fresh, exported_jsonl(source))
        assert _dump(fresh) == _dump(source)
        assert exported_jsonl(fresh) == exported_jsonl(source)


def test_importing_twice_duplicates_nothing(source: Store) -> None:
    """The second import of the same file adds nothing and changes nothing."""
    text = exported_jsonl(source)
    with Store.open(":memory:") as fresh:
        imported_jsonl(fresh, text)
        before = _dump(fresh)
        report = imported_jsonl(fresh, text)
        assert report.startswith("added 0 decks, 0 cards, 0 reviews, 0 events, 0 practice, 0 mocks, 0 mock answers;")
        assert _dump(fresh) == before


def test_merging_histories_replays_in_time_order(source: Store) -> None:
    """Reviews made on another machine before this one's are merged in time order, and the state follows."""
    lines = [json.loads(line) for line in exported_jsonl(source).splitlines()]
    card = next(line for line in lines if line["type"] == "card")
    reviews = [line for line in lines if line["type"] == "review" and line["key"] == card["key"]]
    first_half = "\n".join(json.dumps(line) for line in lines if line not in reviews[len(reviews) // 2 :])
    second_half = "\n".join(json.dumps(line) for line in lines if line not in reviews[: len(reviews) // 2])
    with Store.open(":memory:") as merged:
        imported_jsonl(merged, second_half)
        imported_jsonl(merged, first_half)
        assert _dump(merged)["cards"] == _dump(source)["cards"]
        times = [row[0] for row in merged.conn.execute("SELECT reviewed_at FROM reviews WHERE card_id = 1 ORDER BY id")]
        assert times != sorted(times) and sorted(times) == [line["reviewed_at"] for line in reviews]


def test_a_bad_line_is_named_and_nothing_is_written(source: Store) -> None:
    """A review with rating 5 on line 3: one message naming the line; the database is untouched."""
    lines = exported_jsonl(source).splitlines()
    review = next(index for index, line in enumerate(lines) if '"type": "review"' in line)
    lines[review] = lines[review].replace('"rating": ', '"rating": 5, "was": ')
    with pytest.raises(ImportFileError, match=rf"^x.jsonl:{review + 1}: rating: Input should be less than or equal to 4"):
        read_lines("x.jsonl", lines)
    with pytest.raises(ImportFileError, match="^x.jsonl:1: not a starcards export"):
        read_lines("x.jsonl", ['{"type": "deck"}'])


def test_a_review_of_an_unknown_card_rolls_back_the_wholeimported_jsonl(source: Store) -> None:
    """The decks and cards before the bad line are not left behind."""
    lines = [line for line in exported_jsonl(source).splitlines() if '"type": "card"' not in line or '"key": "q1"' in line]
    with Store.open(":memory:") as fresh:
        with pytest.raises(ImportFileError, match="card 'q2' has no card line before it"):
            imported_jsonl(fresh, "\n".join(lines))
        assert fresh.conn.execute("SELECT COUNT(*) FROM decks").fetchone()[0] == 0


def test_the_csv_fits_the_same_parameters_as_the_database() -> None:
    """The exported CSV, read back, gives fsrs-rs-python the same items and so the same parameters."""
    store = learned_store()
    out = io.StringIO()
    write_csv(store, out)
    # The CSV has no recorded days: they are reckoned in the machine's zone, as record_review recorded them.
    from_csv = items_from_log(read_revlog("r.csv", out.getvalue().splitlines()), 4, None)
    from_db = items_from_log(deck_log(store.conn), 4, None)
    assert from_csv == from_db
    assert compute(to_fsrs_items(from_csv)) == compute(to_fsrs_items(from_db))


def test_a_revlog_is_added_to_the_mapped_cards_once(source: Store) -> None:
    """Anki's reviews land on the card whose question the map names; unmapped ones are skipped; twice adds nothing."""
    revlog = [
        "card_id,review_time,review_rating,review_state,review_duration",
        "1700000000001,1767000000000,3,0,8000",
        "1700000000001,1767100000000,0,4,0",
        "1700000000001,1767200000000,3,2,9000",
        "1700000000999,1767200000000,1,2,9000",
    ]
    card_map = ["card_id,question", "1700000000001,  question 1 "]
    with Store.open(":memory:") as store:
        imported_jsonl(store, exported_jsonl(source))
        reviews = read_revlog("r.csv", revlog)
        mapping = read_card_map("m.csv", card_map)
        with pytest.raises(ImportFileError, match="'question 1' is asked by 2 cards: choose a deck"):
            import_revlog(store, Settings(), reviews, mapping)
        report, unmapped = import_revlog(store, Settings(), reviews, mapping, [1])
        assert (report.added["review"], unmapped) == (2, 1)
        again, _ = import_revlog(store, Settings(), reviews, mapping, [1])
        assert again.added["review"] == 0 and again.skipped == 2
        card = store.conn.execute("SELECT id, reps FROM cards WHERE question = 'Question 1?' AND deck_id = 1").fetchone()
        assert card[1] == source.conn.execute("SELECT reps FROM cards WHERE id = ?", (card[0],)).fetchone()[0] + 2


def test_a_revlog_without_its_columns_is_refused() -> None:
    """A CSV that is not a revlog: one line naming the missing columns."""
    with pytest.raises(ImportFileError, match="^r.csv:1: missing column review_rating"):
        read_revlog("r.csv", ["card_id,review_time", "1,2"])



def test_an_import_into_a_database_file_is_backed_up_first(source: Store, tmp_path) -> None:
    """Importing into a database kept in a file takes an "import" backup of it first."""
    from scheduler.backups import list_backups

    with Store.open(tmp_path / "mine.db") as mine:
        assert list_backups(mine.path) == []
        imported_jsonl(mine, exported_jsonl(source))
        assert [backup.reason for backup in list_backups(mine.path)] == ["import"]
