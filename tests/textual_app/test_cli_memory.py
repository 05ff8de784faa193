"""`starcards optimize`, `simulate`, `export` and `import` from the command line: output, files, exit codes."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from scheduler.settings import load_settings
from scheduler.store import Store
from tests.scheduler.learned import learned_store
from textual_app.cli import main
from textual_app.errors import EXIT_OK, EXIT_UNUSABLE, EXIT_WARNINGS


@pytest.fixture(scope="module")
def learned_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database file with deck "Work" learnt over 120 days and an unstudied deck "Small" (built once)."""
    path = tmp_path_factory.mktemp("learned") / "learned.db"
    learned_store(str(path)).close()
    return path


@pytest.fixture
def learned(learned_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the learnt database as the command line's database."""
    copy = tmp_path / "db.sqlite"
    copy.write_bytes(learned_file.read_bytes())
    monkeypatch.setenv("STARCARDS_DB", str(copy))
    yield copy


def _config() -> Path:
    return Path(os.environ["STARCARDS_CONFIG"])


def test_optimize_reports_scores_and_saves_the_decks_parameters(learned: Path, capsys) -> None:
    """Scores of current and fitted parameters; the deck's parameters saved; not rescheduled without asking."""
    assert main(["optimize", "--deck", "work"]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith('deck "Work": ') and "current" in out and "fitted" in out and "they are kept" in out
    assert "Existing cards keep their schedule" in out
    assert load_settings(_config()).decks["Work"].parameters is not None


def test_optimize_reschedules_when_asked(learned: Path, capsys) -> None:
    """--reschedule rebuilds every card with the new parameters."""
    with Store.open(learned) as store:
        before = store.conn.execute("SELECT SUM(stability) FROM cards").fetchone()[0]
    assert main(["optimize", "--deck", "Work", "--reschedule"]) == EXIT_OK
    assert "Rescheduled 90 cards." in capsys.readouterr().out
    with Store.open(learned) as store:
        assert store.conn.execute("SELECT SUM(stability) FROM cards").fetchone()[0] != before


def test_optimize_with_too_little_history_says_so_and_exits_1(learned: Path, capsys) -> None:
    """The unstudied deck: one line saying how much history there is and is needed; nothing saved."""
    assert main(["optimize", "--deck", "Small"]) == EXIT_WARNINGS
    err = capsys.readouterr().err.splitlines()[-1]
    assert err.startswith('starcards: not enough history for deck "Small": 0 reviews') and "at least 400" in err
    assert not _config().exists()


def test_unknown_deck_is_a_usage_error(learned: Path, capsys) -> None:
    """An unknown --deck: exit 2 naming the known decks."""
    assert main(["simulate", "--deck", "Nope"]) == EXIT_UNUSABLE
    assert "unknown deck 'Nope'; known decks: Small, Work" in capsys.readouterr().err


def test_simulate_json_has_a_point_per_retention_and_marks_the_current(learned: Path, capsys) -> None:
    """--json: 0.70 to 0.97, more reviews for a higher retention, the current setting given."""
    assert main(["simulate", "--deck", "Work", "--json"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    retentions = [point["retention"] for point in data["points"]]
    assert retentions[0] == 0.7 and retentions[-1] == 0.97 and 0.9 in retentions
    assert data["current"] == 0.9 and data["cards"] == 80 and data["habits"]["reviews"] > 0
    assert data["points"][-1]["reviews_per_day"] > data["points"][0]["reviews_per_day"]


def test_simulate_text_is_a_chart_with_the_current_setting_marked(learned: Path, capsys) -> None:
    """One row per retention with a bar; the current one marked; a cap warning when the cap is tiny."""
    _config().write_text("maximum_reviews_per_day = 1\n", encoding="utf-8")
    assert main(["simulate", "--deck", "Work"]) == EXIT_OK
    out = capsys.readouterr().out
    current = next(line for line in out.splitlines() if line.startswith("▶ "))
    assert current.split()[:2] == ["▶", "0.90"] and "█" in current
    assert "Warning: from 0.70 on, the cap of 1 reviews a day is reached" in out


def test_export_then_import_into_a_fresh_database(learned: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    """export writes each file; import into a new database adds everything, a second time nothing."""
    csv_file, jsonl = tmp_path / "r.csv", tmp_path / "all.jsonl"
    assert main(["export", "--csv", str(csv_file)]) == EXIT_OK
    assert main(["export", "--jsonl", str(jsonl)]) == EXIT_OK
    assert csv_file.read_text().startswith("card_id,review_time,review_rating,review_state,review_duration\n")
    monkeypatch.setenv("STARCARDS_DB", str(tmp_path / "fresh.db"))
    assert main(["import", str(jsonl)]) == EXIT_OK
    assert main(["import", str(jsonl)]) == EXIT_OK
    first, second = capsys.readouterr().out.splitlines()
    assert "added 2 decks, 90 cards" in first and "already there" in first
    assert "added 0 decks, 0 cards, 0 reviews, 0 events, 0 practice, 0 mocks, 0 mock answers;" in second


def test_a_bad_import_is_one_line_and_exit_2(learned: Path, tmp_path: Path, capsys) -> None:
    """A file that is not an export, and a revlog without a map: one line each, exit 2."""
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"type": "starcards", "version": 1}\nnot json\n', encoding="utf-8")
    assert main(["import", str(bad)]) == EXIT_UNUSABLE
    assert capsys.readouterr().err.strip() == f"starcards: {bad}:2: not JSON: Expecting value"
    revlog = tmp_path / "revlog.csv"
    revlog.write_text("card_id,review_time,review_rating,review_state,review_duration\n", encoding="utf-8")
    assert main(["import", str(revlog)]) == EXIT_UNUSABLE
    assert "needs --map MAP.csv" in capsys.readouterr().err
    assert main(["export", "--jsonl", "-", "--deck", "Work"]) == EXIT_UNUSABLE
    assert "--jsonl writes every deck" in capsys.readouterr().err
