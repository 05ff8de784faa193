"""Mock interviews in the JSON Lines export: they round trip, merge beside other mocks, and a bad one is refused."""

from __future__ import annotations

import json
import random
from datetime import timedelta

import pytest

from scheduler.decks import sync_deck
from scheduler.engine import Rating
from scheduler.import_lines import ImportFileError
from scheduler.mock import MockInterview
from scheduler.mock_report import mock_history, mock_report
from scheduler.settings import Settings
from scheduler.store import Store
from tests.scheduler.helpers import T0, deck, exported_jsonl, imported_jsonl
from tests.scheduler.test_mock import asked_card

MOCK_TABLES = ("mocks", "mock_answers")


def _mocks(store: Store) -> dict[str, list[tuple]]:
    return {table: [tuple(row) for row in store.conn.execute(f"SELECT * FROM {table} ORDER BY id")] for table in MOCK_TABLES}


def _report(store: Store) -> tuple[object, ...]:
    """What `mock-report` shows: the latest mock's report and the whole trend."""
    report = mock_report(store)
    return (None if report is None else report.as_dict(), [summary.as_dict() for summary in mock_history(store)])


def _run_mock(store: Store, start, ratings: tuple[Rating, ...], seed: int) -> None:
    """A mock of len(ratings) questions started at `start`, each told its card's first story if any, the first
    in 40 s and each further one 110 s longer; then finished."""
    mock = MockInterview(store, Settings(), start, questions=len(ratings), rng=random.Random(seed))
    for position, rating in enumerate(ratings):
        question = mock.current
        assert question is not None
        story = question.stories[0] if question.stories else None
        mock.answer(story, rating, 40_000 + 110_000 * position, start + timedelta(minutes=3 * position + 1))
    mock.finish(start + timedelta(minutes=10))


def _with_cards(store: Store) -> Store:
    """Six cards, 1-3 telling "Launch"."""
    sync_deck(store, deck(*(asked_card(n, *(["Launch"] if n <= 3 else [])) for n in range(1, 7))), T0)
    return store


@pytest.fixture
def source(store: Store) -> Store:
    """Six cards and one mock of two answers (one over time, one with no story); one asked card since removed."""
    _run_mock(_with_cards(store), T0 + timedelta(days=1), (Rating.GOOD, Rating.AGAIN), seed=4)
    asked = store.conn.execute("SELECT card_id FROM mock_answers ORDER BY position LIMIT 1").fetchone()[0]
    store.conn.execute("UPDATE cards SET removed_at = ? WHERE id = ?", ("2026-03-12T00:00:00.000000+00:00", asked))
    return store


def test_a_mock_is_exported_with_its_answers(source: Store) -> None:
    """One `mock` line, then each answer naming its mock by start and its card by deck and key."""
    lines = [json.loads(line) for line in exported_jsonl(source).splitlines()]
    mocks = [line for line in lines if line["type"] == "mock"]
    answers = [line for line in lines if line["type"] == "mock_answer"]
    assert len(mocks) == 1 and [answer["position"] for answer in answers] == [0, 1]
    assert {answer["mock_started_at"] for answer in answers} == {mocks[0]["started_at"]}
    assert all(answer["deck"] == "/notes" and answer["key"].startswith("q") for answer in answers)
    assert lines.index(mocks[0]) < lines.index(answers[0])


def test_round_trip_keeps_the_mock_report(source: Store) -> None:
    """Export, import into an empty database: the same mocks and answers, ids and all, and the same report."""
    assert _report(source)[0] is not None
    with Store.open(":memory:") as fresh:
        assert ", 1 mock, 2 mock answers;" in imported_jsonl(fresh, exported_jsonl(source))
        assert _mocks(fresh) == _mocks(source)
        assert _report(fresh) == _report(source)
        assert exported_jsonl(fresh) == exported_jsonl(source)


def test_importing_twice_adds_no_mock(source: Store) -> None:
    """The second import of the same file adds no mock and no answer."""
    text = exported_jsonl(source)
    with Store.open(":memory:") as fresh:
        imported_jsonl(fresh, text)
        before = _mocks(fresh)
        assert ", 0 mocks, 0 mock answers;" in imported_jsonl(fresh, text)
        assert _mocks(fresh) == before


def test_a_mock_merges_beside_the_mocks_already_there(source: Store) -> None:
    """Into a database with its own mock, the imported one gets a new id and keeps its answers; twice adds nothing."""
    with Store.open(":memory:") as other:
        _run_mock(_with_cards(other), T0 + timedelta(hours=3), (Rating.HARD, Rating.GOOD, Rating.EASY), seed=9)
        imported_jsonl(other, exported_jsonl(source))
        merged = _mocks(other)
        assert len(merged["mocks"]) == 2 and len(merged["mock_answers"]) == 5
        imported = mock_report(other)
        assert imported is not None and imported.mock_id == 2
        assert imported.as_dict()["answers"] == mock_report(source).as_dict()["answers"]  # type: ignore[union-attr]
        assert ", 0 mocks, 0 mock answers;" in imported_jsonl(other, exported_jsonl(source))
        assert _mocks(other) == merged


@pytest.mark.parametrize(
    ("kind", "change", "problem"),
    [
        ("mock_answer", ('"rating": ', '"rating": 0, "was": '), "rating: Input should be greater than or equal to 1"),
        ("mock_answer", ('"mock_started_at": ', '"was": '), "mock_started_at: Field required"),
        ("mock", ('"target_seconds": ', '"target_seconds": 0, "was": '), "target_seconds: Input should be greater than 0"),
    ],
)
def test_a_bad_mock_line_is_named_and_nothing_is_written(source: Store, kind: str, change: tuple[str, str], problem: str) -> None:
    """A mock or answer line that is not right: `file:line: problem`, and the database is untouched."""
    lines = exported_jsonl(source).splitlines()
    bad = next(index for index, line in enumerate(lines) if f'"type": "{kind}"' in line)
    lines[bad] = lines[bad].replace(*change)
    with Store.open(":memory:") as fresh:
        with pytest.raises(ImportFileError, match=rf"^x.jsonl:{bad + 1}: {problem}"):
            imported_jsonl(fresh, "\n".join(lines))
        assert fresh.conn.execute("SELECT COUNT(*) FROM decks").fetchone()[0] == 0


def test_an_answer_without_its_mock_rolls_back_the_wholeimported_jsonl(source: Store) -> None:
    """An answer whose mock has no line before it is named, and the decks and cards before it are not left behind."""
    lines = [line for line in exported_jsonl(source).splitlines() if '"type": "mock"' not in line]
    with Store.open(":memory:") as fresh:
        with pytest.raises(ImportFileError, match=r"^x.jsonl:\d+: mock started at 2026-03-11T12:01:00\.000000\+00:00 has no mock line"):
            imported_jsonl(fresh, "\n".join(lines))
        assert _mocks(fresh) == {"mocks": [], "mock_answers": []}
        assert fresh.conn.execute("SELECT COUNT(*) FROM cards").fetchone()[0] == 0
