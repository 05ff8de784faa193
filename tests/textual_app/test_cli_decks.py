"""`starcards decks`: list, rename (settings follow), move (history kept), remove (confirmed, backed up)."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from tests.textual_app.conftest import NOTE
from textual_app.cli import main
from textual_app.errors import EXIT_DECLINED, EXIT_OK, EXIT_UNUSABLE

OTHER = "- What is your greatest weakness?\n\t- I say yes too often; now I ask what it replaces.\n"


@pytest.fixture
def db(note_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A database holding the deck `notes` (the practice note, one card reviewed once)."""
    (note_dir / "Practice.md").write_text(NOTE, encoding="utf-8")
    path = tmp_path / "s.db"
    assert main(["--db", str(path), "sync", str(note_dir)]) == EXIT_OK
    from scheduler.engine import Rating, make_fsrs
    from scheduler.reviews import record_review
    from scheduler.settings import Settings
    from scheduler.store import Store
    from tests.textual_app.conftest import NOW

    with Store.open(path) as store:
        record_review(store, make_fsrs(Settings()), 1, Rating.GOOD, NOW, 1000)
    capsys.readouterr()
    return path


def _decks(db: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    """`starcards decks --json`, parsed."""
    assert main(["--db", str(db), "decks", "--json"]) == EXIT_OK
    return json.loads(capsys.readouterr().out)


def test_decks_json_lists_each_deck_with_its_sizes(db: Path, note_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`decks --json` (and `decks list --json`) give id, name, path, cards, reviews, warnings, path_exists."""
    expected = [{"id": 1, "name": "notes", "path": str(note_dir.resolve()), "cards": 3, "reviews": 1,
                 "warnings": 0, "path_exists": True}]
    assert _decks(db, capsys) == expected
    assert main(["--db", str(db), "decks", "list", "--json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out) == expected


def test_decks_text_flags_a_path_that_is_gone(db: Path, note_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The text list has one line per deck; a deck whose notes are gone says how to point it elsewhere."""
    (note_dir / "Practice.md").unlink()
    note_dir.rmdir()
    assert main(["--db", str(db), "decks"]) == EXIT_OK
    (line,) = capsys.readouterr().out.splitlines()
    assert line.startswith("notes") and "3 cards" in line and "1 review " in line
    assert line.endswith("(path not found: `starcards decks move` points it elsewhere)")


def test_rename_moves_the_decks_settings(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The deck takes the new name and its `[decks."notes"]` overrides move to `[decks."Stories"]`."""
    config = Path(os.environ["STARCARDS_CONFIG"])
    config.write_text('[decks.notes]\nnew_per_day = 3\n', encoding="utf-8")
    assert main(["--db", str(db), "decks", "rename", "Notes", "Stories"]) == EXIT_OK
    assert capsys.readouterr().out.splitlines()[0] == "renamed deck notes to Stories"
    assert [deck["name"] for deck in _decks(db, capsys)] == ["Stories"]
    from scheduler.settings import DeckSettings, load_settings

    assert load_settings(config).decks == {"Stories": DeckSettings(new_per_day=3)}


def test_rename_to_a_taken_name_is_refused(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two decks may not share a name: exit 2, one line, nothing renamed."""
    other = tmp_path / "Other.md"
    other.write_text(OTHER, encoding="utf-8")
    main(["--db", str(db), "sync", str(other)])
    capsys.readouterr()
    assert main(["--db", str(db), "decks", "rename", "Other", "NOTES"]) == EXIT_UNUSABLE
    assert capsys.readouterr().err == "starcards: there is already a deck named 'NOTES'\n"


def test_move_points_the_deck_at_a_new_path_and_keeps_its_reviews(
    db: Path, note_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`decks move` syncs the deck from the new path: same deck, same cards, the review still there."""
    new = tmp_path / "Vault" / "Practice.md"
    new.parent.mkdir()
    (note_dir / "Practice.md").rename(new)
    assert main(["--db", str(db), "decks", "move", "notes", str(new)]) == EXIT_OK
    out = capsys.readouterr().out.splitlines()
    assert out == [f"moved deck notes from {note_dir.resolve()} to {new.resolve()}",
                   "notes: 3 cards: 0 new, 0 updated, 0 relinked, 0 removed"]
    assert _decks(db, capsys)[0] | {"path": "?"} == {"id": 1, "name": "notes", "path": "?", "cards": 3,
                                                      "reviews": 1, "warnings": 0, "path_exists": True}


def test_move_to_notes_without_cards_is_refused(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Moving a deck to notes with no cards would remove every card: refused, exit 2."""
    empty = tmp_path / "Empty.md"
    empty.write_text("just prose\n", encoding="utf-8")
    assert main(["--db", str(db), "decks", "move", "notes", str(empty)]) == EXIT_UNUSABLE
    assert "the deck was not moved" in capsys.readouterr().err
    assert _decks(db, capsys)[0]["cards"] == 3


def test_remove_with_yes_deletes_and_keeps_a_backup(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--yes` removes without asking, says what went and where the backup is."""
    assert main(["--db", str(db), "decks", "remove", "notes", "--yes"]) == EXIT_OK
    removed, kept = capsys.readouterr().out.splitlines()
    assert removed == "removed deck notes (3 cards, 1 review)"
    assert kept.startswith("the database as it was is backed up: starcards restore starcards-")
    backup = db.parent / "backups" / kept.split()[-1]
    assert backup.exists()
    assert _decks(db, capsys) == []
    assert main(["--db", str(backup), "decks", "--json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)[0]["reviews"] == 1


@pytest.mark.parametrize(("answer", "code", "left"), [("y\n", EXIT_OK, 0), ("n\n", EXIT_DECLINED, 1), ("", EXIT_DECLINED, 1)])
def test_remove_asks_on_a_terminal(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], answer: str, code: int, left: int
) -> None:
    """On a terminal the removal is asked first: y removes, anything else (or end of input) keeps it, exit 1."""
    stdin = io.StringIO(answer)
    stdin.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr("sys.stdin", stdin)
    assert main(["--db", str(db), "decks", "remove", "notes"]) == code
    capsys.readouterr()
    assert len(_decks(db, capsys)) == left


def test_remove_without_a_terminal_needs_yes(db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Piped input cannot confirm: exit 2 with one line saying to add --yes; the deck stays."""
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    assert main(["--db", str(db), "decks", "remove", "notes"]) == EXIT_UNUSABLE
    assert capsys.readouterr().err == "starcards: not removing without confirmation: run it in a terminal, or add --yes\n"
    assert len(_decks(db, capsys)) == 1


@pytest.mark.parametrize("action", [["rename", "nope", "x"], ["move", "nope", "."], ["remove", "nope", "--yes"]])
def test_unknown_deck_is_exit_2(db: Path, capsys: pytest.CaptureFixture[str], action: list[str]) -> None:
    """Naming a deck that does not exist: one line naming the known decks, exit 2."""
    assert main(["--db", str(db), "decks", *action]) == EXIT_UNUSABLE
    assert capsys.readouterr().err == "starcards: unknown deck 'nope'; known decks: notes\n"


def test_decks_sharing_a_name_are_named_by_id(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two decks called `notes`: the name is refused with their ids; the id picks one."""
    twin = tmp_path / "twin" / "notes"
    twin.mkdir(parents=True)
    (twin / "Other.md").write_text(OTHER, encoding="utf-8")
    main(["--db", str(db), "sync", str(twin)])
    capsys.readouterr()
    assert main(["--db", str(db), "decks", "rename", "notes", "Twin"]) == EXIT_UNUSABLE
    assert capsys.readouterr().err == "starcards: 2 decks are named 'notes' (ids 1, 2): name one by its id instead\n"
    assert main(["--db", str(db), "decks", "rename", "2", "Twin"]) == EXIT_OK
    assert capsys.readouterr().out == "renamed deck notes to Twin\n"
    assert sorted(deck["name"] for deck in _decks(db, capsys)) == ["Twin", "notes"]
