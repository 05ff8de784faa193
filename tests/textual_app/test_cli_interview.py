"""`starcards mock`, `mock-report`, `stories` and `readiness` on the command line: JSON, text, exit codes."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from deck.examples import example_deck_path
from deck.loader import load_deck
from deck.story_questions import asks_for_story
from scheduler.decks import sync_deck
from scheduler.engine import Rating
from scheduler.mock import MockInterview
from scheduler.settings import Settings
from scheduler.store import Store
from tests.scheduler.helpers import T0
from textual_app.cli import main
from textual_app.errors import EXIT_OK, EXIT_UNUSABLE


@pytest.fixture
def example_db() -> Path:
    """The database the command line opens, holding the example deck."""
    path = Path(os.environ["STARCARDS_DB"])
    with Store.open(path) as store:
        sync_deck(store, load_deck(example_deck_path()), T0)
    return path


def test_stories_json_lists_titled_stories_and_untold_questions(example_db: Path, capsys) -> None:
    """`stories --json`: every titled story of the example deck with its question; untold questions."""
    assert main(["stories", "--json"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    expected = {story.title for card in load_deck(example_deck_path()).cards for story in card.stories if story.title}
    assert {story["title"] for story in data["stories"] if story["titled"]} == expected
    untold = [q["question"] for q in data["untold"]]
    assert any(question.startswith("Tell me about a time you received critical feedback") for question in untold)
    assert "Why do you want to work here?" not in untold


def test_stories_in_a_pipe_is_plain_text(example_db: Path, capsys) -> None:
    """Piped, the map is plain text with no escape sequences."""
    assert main(["stories"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Questions with no story" in out and "\x1b" not in out


def test_mock_report_before_any_mock_is_a_usage_error(example_db: Path, capsys) -> None:
    """No mock yet: one line, exit 2."""
    assert main(["mock-report"]) == EXIT_UNUSABLE
    assert capsys.readouterr().err.strip().endswith("no mock interview yet: run starcards mock")


def test_mock_report_json_after_a_mock(example_db: Path, capsys) -> None:
    """The latest mock's report as JSON: answers, over-time, repeats, no-story (told none of the card's stories,
    or the card has none written), trend."""
    with Store.open(example_db) as store:
        mock = MockInterview(store, Settings(), T0, questions=2, rng=random.Random(4))
        for spent, rating in ((130, Rating.GOOD), (40, Rating.AGAIN)):
            mock.answer(None, rating, spent * 1000, T0 + timedelta(seconds=spent))
        mock.finish(T0 + timedelta(minutes=5))
        written = [bool(question.stories) for question in mock.questions]
        wanted = [not question.stories and asks_for_story(question.asked) for question in mock.questions]
    assert main(["mock-report", "--json"]) == EXIT_OK
    report = json.loads(capsys.readouterr().out)
    assert report["over_time"] == [1] and report["again"] == [2]
    assert report["no_story"] == [position for position, has in enumerate(written, 1) if has]
    assert report["no_story_written"] == [position for position, wants in enumerate(wanted, 1) if wants]
    assert [answer["rating"] for answer in report["answers"]] == ["good", "again"]
    assert len(report["trend"]) == 1


def test_mock_report_survives_export_and_import(example_db: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    """`export --jsonl` then `import` into a fresh database: `mock-report --json` says the same."""
    with Store.open(example_db) as store:
        mock = MockInterview(store, Settings(), T0, questions=2, rng=random.Random(4))
        for spent, rating in ((130, Rating.GOOD), (40, Rating.AGAIN)):
            mock.answer("A story", rating, spent * 1000, T0 + timedelta(seconds=spent))
        mock.finish(T0 + timedelta(minutes=5))
    exported = tmp_path / "all.jsonl"
    assert main(["export", "--jsonl", str(exported)]) == EXIT_OK
    assert main(["mock-report", "--json"]) == EXIT_OK
    before = capsys.readouterr().out
    monkeypatch.setenv("STARCARDS_DB", str(tmp_path / "fresh.db"))
    assert main(["import", str(exported)]) == EXIT_OK
    assert ", 1 mock, 2 mock answers;" in capsys.readouterr().out
    assert main(["mock-report", "--json"]) == EXIT_OK
    assert capsys.readouterr().out == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["mock", "--questions", "0"], "--questions takes a whole number above 0, not '0'"),
        (["mock", "--minutes", "lots"], "--minutes takes a number of minutes from 1 to 600, not 'lots'"),
        (["mock", "--tag", "nope"], "no cards tagged #nope to ask"),
        (["readiness"], "no deck has an interview date ahead: set interview_date in the settings"),
    ],
)
@pytest.mark.usefixtures("terminal")
def test_bad_requests_are_one_line_and_exit_2(example_db: Path, capsys, args: list[str], message: str) -> None:
    """What cannot be done is said in one line, exit code 2, and no app starts."""
    assert main(args) == EXIT_UNUSABLE
    assert capsys.readouterr().err.strip().endswith(message)


def test_readiness_json_with_an_interview_date(example_db: Path, capsys, monkeypatch) -> None:
    """With an interview date in the settings, `readiness --json` gives the deck's figures and plan."""
    Path(os.environ["STARCARDS_CONFIG"]).parent.mkdir(parents=True, exist_ok=True)
    Path(os.environ["STARCARDS_CONFIG"]).write_text("interview_date = 2026-03-20\n", encoding="utf-8")
    monkeypatch.setenv("STARCARDS_NOW", "2026-03-10T12:00+00:00")
    assert main(["readiness", "--json"]) == EXIT_OK
    [deck] = json.loads(capsys.readouterr().out)
    assert deck["interview_date"] == "2026-03-20" and deck["days_left"] == 10
    assert deck["expected_recall"] == 0 and len(deck["at_risk"]) == deck["cards"] == 10
    assert len(deck["plan"]) == 10 and sum(day["reviews"] for day in deck["plan"]) >= 10


def test_stats_json_includes_readiness(example_db: Path, capsys, monkeypatch) -> None:
    """`stats --json` carries each deck's readiness when it has an interview date ahead, else none."""
    assert main(["stats", "--json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["readiness"] == []
    Path(os.environ["STARCARDS_CONFIG"]).parent.mkdir(parents=True, exist_ok=True)
    Path(os.environ["STARCARDS_CONFIG"]).write_text("interview_date = 2026-03-20\n", encoding="utf-8")
    monkeypatch.setenv("STARCARDS_NOW", "2026-03-10T12:00+00:00")
    assert main(["stats", "--json"]) == EXIT_OK
    [deck] = json.loads(capsys.readouterr().out)["readiness"]
    assert deck["deck"] == "Interview Stories" and deck["days_left"] == 10


@pytest.mark.parametrize("command", [["cards", "--json"], ["stories"], ["check", str(example_deck_path())]])
def test_a_closed_pipe_ends_the_command_without_a_traceback(example_db: Path, command: list[str]) -> None:
    """The reader closed the pipe before anything was written (so every write fails): no traceback
    on stderr, and the exit code is not a crash's."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "textual_app", *command],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    assert "Traceback" not in done.stderr and "BrokenPipeError" not in done.stderr
    assert done.returncode in (0, 1)
