"""Incremental loading: notes whose size and mtime are unchanged are not read again."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from deck.loader import load_deck
from deck.models import DeckContent
from tests.files import age

CARD = "- Why?\n  - because\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A deck folder of two notes, one of them in a subfolder."""
    root = tmp_path / "deck"
    (root / "sub").mkdir(parents=True)
    (root / "a.md").write_text(CARD, encoding="utf-8")
    (root / "sub" / "b.md").write_text("- Who?\n  - me\n", encoding="utf-8")
    age(root / "a.md", root / "sub" / "b.md")
    return root


def stamp_of(path: Path) -> tuple[int, int]:
    """The stamp the loader records for `path`: size, and the later of mtime and ctime."""
    status = path.stat()
    return status.st_size, max(status.st_mtime_ns, status.st_ctime_ns)


def reload(folder: Path, first: DeckContent) -> DeckContent:
    """Load `folder` again, knowing the stamps of the first load."""
    return load_deck(folder, known=first.stamps)


def test_stamps_list_every_note(folder: Path) -> None:
    """`stamps` maps every note found to its (size, mtime_ns)."""
    deck = load_deck(folder)
    assert deck.stamps == {
        "a.md": stamp_of(folder / "a.md"),
        "sub/b.md": stamp_of(folder / "sub" / "b.md"),
    }
    assert deck.skipped == []


def test_unchanged_notes_are_skipped(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A note whose stamp equals the known one is neither read nor parsed."""
    first = load_deck(folder)
    monkeypatch.setattr(Path, "read_bytes", lambda path: pytest.fail(f"read {path}"))
    again = reload(folder, first)
    assert (again.files, again.skipped, again.cards, again.warnings) == (
        [], ["a.md", "sub/b.md"], [], []
    )
    assert again.stamps == first.stamps


def test_touched_note_is_parsed_again(folder: Path) -> None:
    """A note whose mtime changed is parsed again, even with the same size."""
    first = load_deck(folder)
    later = (folder / "a.md").stat().st_mtime_ns + 1_000_000_000
    os.utime(folder / "a.md", ns=(later, later))
    again = reload(folder, first)
    assert (again.files, again.skipped) == (["a.md"], ["sub/b.md"])
    assert [card.question for card in again.cards] == ["Why?"]
    assert again.stamps["a.md"] == stamp_of(folder / "a.md") != first.stamps["a.md"]


def test_resized_note_is_parsed_again(folder: Path) -> None:
    """A note whose size changed is parsed again, even with the same mtime."""
    first = load_deck(folder)
    mtime_ns = first.stamps["a.md"][1]
    (folder / "a.md").write_text(CARD + "- When?\n  - now\n", encoding="utf-8")
    os.utime(folder / "a.md", ns=(mtime_ns, mtime_ns))
    again = reload(folder, first)
    assert again.files == ["a.md"]
    assert [card.question for card in again.cards] == ["Why?", "When?"]


def test_new_note_is_parsed(folder: Path) -> None:
    """A note the caller did not know is parsed."""
    first = load_deck(folder)
    (folder / "c.md").write_text("- What?\n  - this\n", encoding="utf-8")
    again = reload(folder, first)
    assert (again.files, again.skipped) == (["c.md"], ["a.md", "sub/b.md"])
    assert set(again.stamps) == {"a.md", "c.md", "sub/b.md"}


def test_deleted_note_is_absent_from_stamps(folder: Path) -> None:
    """A deleted note is in neither `stamps`, `files` nor `skipped`."""
    first = load_deck(folder)
    (folder / "sub" / "b.md").unlink()
    again = reload(folder, first)
    assert (again.stamps.keys(), again.files, again.skipped) == ({"a.md"}, [], ["a.md"])


def test_single_note_deck_is_incremental_too(folder: Path) -> None:
    """A one-note deck is stamped under the note's name and skipped when unchanged."""
    first = load_deck(folder / "a.md")
    assert first.stamps == {"a.md": stamp_of(folder / "a.md")}
    assert load_deck(folder / "a.md", known=first.stamps).skipped == ["a.md"]
