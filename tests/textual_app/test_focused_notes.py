"""A note or folder inside a folder deck, given to a command: the deck is synced, the session keeps to those notes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scheduler.focus import Focus
from tests.textual_app.conftest import NOTE
from textual_app.cli import interview, main, notes, practice
from textual_app.errors import EXIT_OK, EXIT_UNUSABLE

BIG = NOTE.replace("# Practice", "# Big\n\n#work").replace("greatest strength", "biggest weakness")
"""A second note, in a sub-folder: its three cards ask other questions, all tagged `work`."""


@pytest.fixture
def vault(note_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A folder deck of two notes, one of them in `Stories/`, synced into `tmp_path/s.db`."""
    (note_dir / "Practice.md").write_text(NOTE, encoding="utf-8")
    (note_dir / "Stories").mkdir()
    (note_dir / "Stories" / "Big.md").write_text(BIG, encoding="utf-8")
    assert main(["--db", str(tmp_path / "s.db"), "sync", str(note_dir)]) == EXIT_OK
    capsys.readouterr()
    return note_dir


def _decks(db: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """The names of the decks in `db`."""
    assert main(["--db", str(db), "decks", "--json"]) == EXIT_OK
    return [deck["name"] for deck in json.loads(capsys.readouterr().out)]


def test_sync_of_a_note_inside_a_folder_deck_syncs_that_deck(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`sync vault/Stories/Big.md` and `sync vault/Stories` bring the deck up to date (a change in the note is
    read); no second deck is made, whose cards would be copies with schedules of their own."""
    db = tmp_path / "s.db"
    (vault / "Stories" / "Big.md").write_text(BIG + "- Why this company?\n\t- Its product.\n", encoding="utf-8")
    assert main(["--db", str(db), "sync", str(vault / "Stories" / "Big.md"), "--json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["new"] == 1
    assert main(["--db", str(db), "sync", str(vault / "Stories")]) == EXIT_OK
    capsys.readouterr()
    assert _decks(db, capsys) == [vault.name]


@pytest.mark.usefixtures("terminal")
@pytest.mark.parametrize(("inside", "kept"), [("Stories/Big.md", "Stories/Big.md"), ("Stories", "Stories")])
def test_review_of_a_note_inside_a_folder_deck_keeps_to_it(
    inside: str, kept: str, vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The review is of the deck, kept to the note or folder given (and to `--tag` too)."""
    started: dict[str, object] = {}
    monkeypatch.setattr(notes, "run_app", lambda *args, **options: started.update(options) or EXIT_OK)
    db = str(tmp_path / "s.db")
    assert main(["--db", db, "review", str(vault / inside)]) == EXIT_OK
    assert started["review_focus"] == Focus(notes=kept) and len(started["review_decks"]) == 1
    assert main(["--db", db, "review", str(vault / inside), "--tag", "#work"]) == EXIT_OK
    assert started["review_focus"] == Focus(tag="#work", notes=kept)
    assert main(["--db", db, "review", str(vault)]) == EXIT_OK
    assert started["review_focus"] is None


@pytest.mark.usefixtures("terminal")
@pytest.mark.parametrize(("inside", "tag", "said"), [
    ("Daily.md", None, "no cards in Daily.md to review"),
    (".obsidian", None, "no cards in .obsidian to review"),
    ("Stories", "home", "no cards tagged #home in Stories to review"),
])  # fmt: skip
def test_review_of_a_path_inside_a_deck_with_no_cards_says_so(
    inside: str, tag: str | None, said: str, vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A note of the deck that gives no card (a daily note, a hidden folder, a tag none of its cards has) is exit 2
    with what was asked, as `practice` and `mock` say; the app did open on "Nothing to review", and on the time of
    another note's card."""
    (vault / "Daily.md").write_text("# Groceries\n\n- milk\n", encoding="utf-8")
    (vault / ".obsidian").mkdir()
    argv = ["--db", str(tmp_path / "s.db"), "review", str(vault / inside), *(["--tag", tag] if tag else [])]
    assert main(argv) == EXIT_UNUSABLE
    assert said in capsys.readouterr().err


def test_a_symlinked_note_of_a_folder_deck_is_kept_to_in_that_deck(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`vault/Linked.md`, a link to a note outside the vault, is read as the vault's `Linked.md`: syncing it by its
    path syncs the vault, no second deck of a copy."""
    outside = tmp_path / "Ext.md"
    outside.write_text(NOTE.replace("# Practice", "# Ext"), encoding="utf-8")
    (vault / "Linked.md").symlink_to(outside)
    db = tmp_path / "s.db"
    assert main(["--db", str(db), "sync", str(vault / "Linked.md")]) == EXIT_OK
    capsys.readouterr()
    assert _decks(db, capsys) == [vault.name]


@pytest.mark.usefixtures("terminal")
def test_practice_and_mock_of_a_note_inside_a_folder_deck_keep_to_it(
    vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A drill or a mock of `vault/Stories/Big.md` asks only its cards; a note with none says so (exit 2)."""
    started: dict[str, object] = {}
    for module in (practice, interview):
        monkeypatch.setattr(module, "run_app", lambda *args, **options: started.update(options) or EXIT_OK)
    db = str(tmp_path / "s.db")
    assert main(["--db", db, "practice", str(vault / "Stories" / "Big.md")]) == EXIT_OK
    assert started["practice"].focus == Focus(notes="Stories/Big.md")
    assert main(["--db", db, "mock", str(vault / "Stories")]) == EXIT_OK
    assert started["mock"].focus == Focus(notes="Stories")
    (vault / "Empty.md").write_text("# Nothing to ask\n\nJust a thought.\n", encoding="utf-8")
    assert main(["--db", db, "practice", str(vault / "Empty.md")]) == EXIT_UNUSABLE
    assert "no cards in Empty.md to practise" in capsys.readouterr().err
    assert _decks(tmp_path / "s.db", capsys) == [vault.name]


@pytest.mark.parametrize("command", ["review", "sync"])
def test_a_note_inside_a_deck_beside_other_paths_is_refused(
    command: str, vault: Path, tmp_path: Path, note_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Given with another path, a note inside a folder deck is refused (exit 2, the deck named), even without a
    terminal, and nothing is written: which cards would the session keep to?"""
    other = tmp_path / "Other.md"
    other.write_text(NOTE, encoding="utf-8")
    db = tmp_path / "s.db"
    before = db.read_bytes()
    assert main(["--db", str(db), command, str(other), str(vault / "Practice.md")]) == EXIT_UNUSABLE
    said = capsys.readouterr().err
    assert f"is part of deck '{vault.name}'" in said and "terminal" not in said
    assert db.read_bytes() == before
    assert main(["--db", str(db), command, str(vault), str(vault / "Practice.md")]) == EXIT_UNUSABLE
    assert "given too: give the deck's folder alone" in capsys.readouterr().err


async def test_a_review_kept_to_a_folder_asks_only_its_cards(make_app, store, clock, tmp_path: Path) -> None:
    """Of a deck's six cards, the review of `Stories` asks the three of `Stories/Big.md`, and counts only them."""
    from deck.loader import load_deck
    from scheduler.decks import sync_deck

    (tmp_path / "deck" / "Stories").mkdir(parents=True)
    (tmp_path / "deck" / "Practice.md").write_text(NOTE, encoding="utf-8")
    (tmp_path / "deck" / "Stories" / "Big.md").write_text(BIG, encoding="utf-8")
    deck_id, _ = sync_deck(store, load_deck(tmp_path / "deck"), clock.now())
    app = make_app(review_decks=[deck_id], review_focus=Focus(notes="Stories"))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        session = app.screen.session
        assert session.left == 3
        assert session.current.content.file == "Stories/Big.md"
        assert session.summary().kept == "in Stories"


def test_the_summary_of_a_focused_review_says_what_it_kept_to() -> None:
    """`All done for today (in Amazon/Ownership.md)`: the deck list after it may still count other notes' cards."""
    from datetime import UTC, datetime

    from scheduler.surface import SessionSummary
    from textual_app.screens.summary import SummaryScreen

    summary = SessionSummary(1, 0, 12.0, None, cards=1, kept="in Amazon/Ownership.md")
    screen = SummaryScreen(summary, datetime(2026, 11, 27, tzinfo=UTC), left=0, stopped=False, can_undo=False)
    assert screen._title() == "All done for today (in Amazon/Ownership.md)"  # noqa: SLF001 - the title's words
    plain = SummaryScreen(SessionSummary(1, 0, 12.0, None), datetime(2026, 11, 27, tzinfo=UTC), left=0, stopped=False,
                          can_undo=False)  # fmt: skip
    assert plain._title() == "All done for today"  # noqa: SLF001


@pytest.mark.usefixtures("terminal")
def test_a_note_written_since_the_last_sync_is_read_before_its_review(
    vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new note in the vault, reviewed by its path before any sync has read it, is synced first and reviewed."""
    started: dict[str, object] = {}
    monkeypatch.setattr(notes, "run_app", lambda *args, **options: started.update(options) or EXIT_OK)
    (vault / "New.md").write_text(NOTE.replace("# Practice", "# New"), encoding="utf-8")
    assert main(["--db", str(tmp_path / "s.db"), "review", str(vault / "New.md")]) == EXIT_OK
    assert started["review_focus"] == Focus(notes="New.md") and started["notices"]


@pytest.mark.usefixtures("terminal")
@pytest.mark.parametrize("command", ["sync", "review"])
def test_a_new_folder_around_a_deck_is_refused_not_copied(
    command: str, vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The folder around a deck, given as a new deck, is refused (exit 2, the deck and `decks move` named): it made a
    second deck of copies of the deck's cards, each with a schedule of its own."""
    db = str(tmp_path / "s.db")
    assert main(["--db", db, command, str(tmp_path)]) == EXIT_UNUSABLE
    said = capsys.readouterr().err
    assert f"holds deck '{vault.name}'" in said and "starcards decks move" in said
    assert _decks(tmp_path / "s.db", capsys) == [vault.name]


def test_a_misspelled_path_inside_a_deck_is_no_such_file(vault: Path, tmp_path: Path, capsys) -> None:
    """`sync vault/Stories/Bgi.md` (a typo) says "no such file or folder" (exit 2): it synced the whole deck."""
    assert main(["--db", str(tmp_path / "s.db"), "sync", str(vault / "Stories" / "Bgi.md")]) == EXIT_UNUSABLE
    assert "no such file or folder" in capsys.readouterr().err
