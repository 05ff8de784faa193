"""`starcards sync` and the review's sync: indexing notes, reporting what changed, keeping history."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.textual_app.conftest import NOTE
from textual_app.cli import main
from textual_app.errors import EXIT_OK, EXIT_UNUSABLE


def _sync(paths: list[Path], db: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    """Run `starcards sync --json` and return its report."""
    assert main(["--db", str(db), "sync", *map(str, paths), "--json"]) == EXIT_OK
    return json.loads(capsys.readouterr().out)


def test_first_sync_reports_every_card_new(note_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A folder synced for the first time: all its cards are new, nothing else."""
    (note_dir / "Practice.md").write_text(NOTE, encoding="utf-8")
    report = _sync([note_dir], tmp_path / "s.db", capsys)
    assert report == {
        "new": 3, "updated": 0, "relinked": 0, "shifted": 0, "removed": 0, "unchanged": 0, "scheduled": 0,
        "moved": [], "warnings": [], "machines": None,
    }  # fmt: skip


_PLUGIN_NOTE = """# Carried over

What does a canary release limit::How many users a bad build reaches
<!--SR:!2026-12-03,21,250-->

Why keep runbooks short::Nobody reads a long one at 3 a.m.
"""


@pytest.mark.parametrize("first", [True, False], ids=["first sync", "later sync"])
def test_sync_reports_the_cards_the_plugin_scheduled(
    note_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], first: bool
) -> None:
    """A card with the spaced-repetition plugin's schedule is counted as scheduled, whether the deck is new or
    the card joins a deck already known; the note is never written."""
    note = note_dir / "Practice.md"
    if not first:
        note.write_text(NOTE, encoding="utf-8")
        _sync([note_dir], tmp_path / "s.db", capsys)
    (note_dir / "Carried.md").write_text(_PLUGIN_NOTE, encoding="utf-8")
    report = _sync([note_dir], tmp_path / "s.db", capsys)
    assert (report["new"], report["scheduled"]) == (2, 1)
    assert (note_dir / "Carried.md").read_text(encoding="utf-8") == _PLUGIN_NOTE
    assert _sync([note_dir], tmp_path / "s.db", capsys)["scheduled"] == 0


def test_check_shows_the_schedule_read_for_each_card(
    note_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`check --json` says which schedule starcards read for each card, before anything is synced."""
    (note_dir / "Carried.md").write_text(_PLUGIN_NOTE, encoding="utf-8")
    assert main(["--db", str(tmp_path / "s.db"), "check", str(note_dir / "Carried.md"), "--json"]) == EXIT_OK
    cards = json.loads(capsys.readouterr().out)["cards"]
    assert [(card["line"], card["plugin_schedule"]) for card in cards] == [(3, "2026-12-03,21,250"), (6, None)]


def test_sync_again_without_changes_changes_nothing(
    note_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Syncing an unchanged folder again reports every card unchanged."""
    (note_dir / "Practice.md").write_text(NOTE, encoding="utf-8")
    _sync([note_dir], tmp_path / "s.db", capsys)
    report = _sync([note_dir], tmp_path / "s.db", capsys)
    assert (report["new"], report["unchanged"]) == (0, 3)


def test_sync_again_without_changes_still_reports_the_warnings(
    note_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unchanged note is not read again, yet its warnings, kept by the store, are in the report and the text."""
    note = note_dir / "Practice.md"
    note.write_text(NOTE + "- Where do you see yourself in five years?\n", encoding="utf-8")
    os.utime(note, ns=(10**18, 10**18))  # long ago: a stamp fresh enough to be doubted would have the note read again
    first = _sync([note_dir], tmp_path / "s.db", capsys)["warnings"]
    again = _sync([note_dir], tmp_path / "s.db", capsys)
    assert first and (again["unchanged"], again["warnings"]) == (3, first)
    assert main(["--db", str(tmp_path / "s.db"), "sync", str(note_dir)]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith(", 1 warning") and lines[1].startswith(f"warning: {note}:")


def test_reworded_question_is_relinked_and_removed_one_reported(
    note_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Rewording a question relinks its card; deleting another marks it removed."""
    note = note_dir / "Practice.md"
    note.write_text(NOTE, encoding="utf-8")
    _sync([note_dir], tmp_path / "s.db", capsys)
    edited = NOTE.replace("What is your greatest strength?", "What would you say is your greatest strength?")
    edited = edited.replace("- Why do you want this job?\n\t- The product solves a problem I have had myself.\n", "")
    note.write_text(edited, encoding="utf-8")
    report = _sync([note_dir], tmp_path / "s.db", capsys)
    assert (report["relinked"], report["removed"], report["unchanged"]) == (1, 1, 1)


def test_sync_text_says_one_line_per_deck(note_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Without --json, one line names the deck and what changed."""
    (note_dir / "Practice.md").write_text(NOTE, encoding="utf-8")
    assert main(["--db", str(tmp_path / "s.db"), "sync", str(note_dir)]) == EXIT_OK
    assert capsys.readouterr().out.splitlines() == ["notes: 3 cards: 3 new, 0 updated, 0 relinked, 0 removed"]


def test_sync_of_missing_path_writes_nothing(
    note_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One bad path among good ones: exit 2 and no deck is added."""
    (note_dir / "Practice.md").write_text(NOTE, encoding="utf-8")
    db = tmp_path / "s.db"
    assert main(["--db", str(db), "sync", str(note_dir), str(tmp_path / "missing.md")]) == EXIT_UNUSABLE
    assert main(["--db", str(db), "due", "--json"]) == EXIT_OK
    assert _totals(json.loads(capsys.readouterr().out)) == {"new": 0, "learning": 0, "review": 0}


def test_sync_of_a_moved_folder_says_it_moved(note_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A folder synced from its new place is the same deck: the text and JSON reports name the move."""
    (note_dir / "Practice.md").write_text(NOTE, encoding="utf-8")
    db = tmp_path / "s.db"
    _sync([note_dir], db, capsys)
    moved = note_dir.rename(tmp_path / "Interviews")
    assert main(["--db", str(db), "sync", str(moved)]) == EXIT_OK
    assert capsys.readouterr().out.splitlines() == [
        f"moved deck notes from {note_dir.resolve()} to {moved.resolve()}",
        "notes: 3 cards: 0 new, 0 updated, 0 relinked, 0 removed",
    ]
    moved.rename(note_dir)
    report = _sync([note_dir], db, capsys)
    assert report["moved"] == [{"deck": "notes", "old_path": str(moved.resolve()), "new_path": str(note_dir.resolve())}]
    assert (report["new"], report["unchanged"]) == (0, 3)


def _totals(due: dict[str, object]) -> dict[str, object]:
    """The three totals of `due --json` (it also gives `total` and each deck's figures)."""
    return {name: due[name] for name in ("new", "learning", "review")}


@pytest.mark.parametrize("command", ["review", "mock", "practice"])
def test_a_missing_note_is_said_before_the_missing_terminal(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An app command given a path that is not there says so (exit 2), whether or not there is a terminal: a
    terminal would not help; no database is made."""
    db = tmp_path / "s.db"
    assert main(["--db", str(db), command, str(tmp_path / "Nope.md")]) == 2
    said = capsys.readouterr().err
    assert "no such file or folder" in said and "terminal" not in said
    assert not db.exists()
