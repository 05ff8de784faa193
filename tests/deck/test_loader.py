"""Loading decks from a note or a folder, and the bundled example deck."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

from deck.examples import example_deck_path
from deck.loader import DeckError, find_notes, load_deck
from deck.models import ParseWarning

CARD = "- Why?\n  - because\n"


def write(path: Path, text: str | bytes) -> Path:
    """Write a file, creating its folders; return its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    """A small Obsidian-like vault: nested notes, hidden folders, a non-note file."""
    root = tmp_path / "Vault"
    write(root / "b.md", CARD)
    write(root / "a" / "z.md", "- Who?\n  - me\n- What?\n  - this\n")
    write(root / "a" / "deeper" / "y.MD", CARD)
    write(root / ".obsidian" / "hidden.md", CARD)
    write(root / ".trash" / "old.md", CARD)
    write(root / "a" / ".git" / "notes.md", CARD)
    write(root / ".hidden-note.md", CARD)
    write(root / "image.png", b"\x89PNG")
    write(root / "readme.txt", CARD)
    return root


def test_find_notes_recurses_sorted_skipping_hidden(vault: Path) -> None:
    """A folder gives every visible `.md` under it, sorted, hidden folders skipped."""
    found = [note.relative_to(vault).as_posix() for note in find_notes(vault)]
    assert found == ["a/deeper/y.MD", "a/z.md", "b.md"]


def test_find_notes_single_file(vault: Path) -> None:
    """A `.md` file is a deck of one note."""
    assert find_notes(vault / "b.md") == [vault / "b.md"]


def test_hidden_deck_folder_itself_is_read(tmp_path: Path) -> None:
    """Only hidden folders inside the deck are skipped, not a hidden deck root."""
    note = write(tmp_path / ".notes" / "n.md", CARD)
    assert find_notes(tmp_path / ".notes") == [note]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("missing.md", "no such file or folder: {path}"),
        ("missing-folder", "no such file or folder: {path}"),
        ("Vault/readme.txt", "not a Markdown note: {path}"),
    ],
)
def test_unusable_paths(vault: Path, name: str, message: str) -> None:
    """A missing path or a file that is not a note is a DeckError with one clear line."""
    path = vault.parent / name
    with pytest.raises(DeckError) as raised:
        load_deck(path)
    assert str(raised.value) == message.format(path=path)


def test_load_folder(vault: Path) -> None:
    """A folder deck: named after the folder, files relative with `/`, cards in order."""
    deck = load_deck(vault)
    assert (deck.name, deck.root) == ("Vault", str(vault.resolve()))
    assert deck.files == ["a/deeper/y.MD", "a/z.md", "b.md"]
    assert [(card.file, card.question) for card in deck.cards] == [
        ("a/deeper/y.MD", "Why?"),
        ("a/z.md", "Who?"),
        ("a/z.md", "What?"),
        ("b.md", "Why?"),
    ]
    assert deck.warnings == []


def test_load_single_note(vault: Path) -> None:
    """A one-note deck: named after the note without `.md`, its file is its name."""
    note = write(vault / "My Stories.md", CARD)
    deck = load_deck(note)
    assert (deck.name, deck.root) == ("My Stories", str(note.resolve()))
    assert deck.files == ["My Stories.md"]
    assert [card.file for card in deck.cards] == ["My Stories.md"]


def test_note_without_cards_warns(tmp_path: Path) -> None:
    """A note named on its own that gives no cards says why; in a folder deck it says nothing."""
    note = write(tmp_path / "d" / "empty.md", "# Nothing here\n")
    message = "no cards found: 1 heading, but no question with an answer"
    assert load_deck(note).warnings == [ParseWarning(file="empty.md", message=message)]
    deck = load_deck(tmp_path / "d")
    assert (deck.cards, deck.warnings, deck.files) == ([], [], ["empty.md"])


def test_invalid_utf8_replaced_with_warning(tmp_path: Path) -> None:
    """Undecodable bytes become U+FFFD and a warning names file and line."""
    write(tmp_path / "d" / "bad.md", b"- Why?\n  - caf\xe9 \xff\n")
    deck = load_deck(tmp_path / "d")
    assert [card.answer for card in deck.cards] == ["- caf\ufffd \ufffd"]
    assert deck.warnings == [
        ParseWarning(
            file="bad.md", line=2, message="not valid UTF-8: undecodable bytes replaced with \ufffd"
        )
    ]


def test_bom_and_crlf_file(tmp_path: Path) -> None:
    """A UTF-8 BOM and CRLF line endings read cleanly."""
    note = write(tmp_path / "n.md", b"\xef\xbb\xbf---\r\ntitle: T\r\n---\r\n- Why?\r\n  - yes\r\n")
    deck = load_deck(note)
    assert [(c.line, c.context, c.answer) for c in deck.cards] == [(4, ["T"], "- yes")]
    assert deck.warnings == []


@pytest.fixture
def locked_notes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every note named `locked.md` unreadable, as a permission problem would.

    Patched rather than chmod-ed so that the test also holds when run as root.
    """
    read_bytes = Path.read_bytes

    def refuse(path: Path) -> bytes:
        """Raise for `locked.md`, read anything else."""
        if path.name == "locked.md":
            raise PermissionError(13, "Permission denied", str(path))
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", refuse)


@pytest.mark.usefixtures("locked_notes")
def test_unreadable_note_in_folder_warns(tmp_path: Path) -> None:
    """An unreadable note in a folder is a warning; the other notes still load."""
    write(tmp_path / "d" / "ok.md", CARD)
    write(tmp_path / "d" / "locked.md", CARD)
    deck = load_deck(tmp_path / "d")
    assert deck.files == ["ok.md"]
    assert [card.file for card in deck.cards] == ["ok.md"]
    assert deck.warnings == [
        ParseWarning(file="locked.md", message="cannot read this note: Permission denied")
    ]


@pytest.mark.usefixtures("locked_notes")
def test_unreadable_single_note_is_an_error(tmp_path: Path) -> None:
    """A one-note deck that cannot be read is a DeckError."""
    locked = write(tmp_path / "locked.md", CARD)
    with pytest.raises(DeckError) as raised:
        load_deck(locked)
    assert str(raised.value) == f"cannot read {locked}: Permission denied"


def test_unreadable_deck_folder_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A deck folder that cannot be listed is a DeckError, not an empty deck."""
    folder = tmp_path / "d"
    folder.mkdir()

    def walk_refused(top, onerror=None):  # noqa: ANN001, ANN202 - test double for os.walk
        """Report the folder as unreadable, as os.walk does, and yield nothing."""
        onerror(PermissionError(13, "Permission denied", str(top)))
        return iter(())

    monkeypatch.setattr(os, "walk", walk_refused)
    with pytest.raises(DeckError) as raised:
        find_notes(folder)
    assert str(raised.value) == f"cannot read {folder}: Permission denied"


def test_example_deck_parses_cleanly() -> None:
    """The bundled example deck ships in the package and gives cards without warnings."""
    path = example_deck_path()
    deck = load_deck(path)
    assert path.is_file() and path.parent.parent == Path(__file__).parents[2] / "deck"
    assert (deck.name, deck.warnings) == ("Interview Stories", [])
    assert len(deck.cards) >= 6
    assert any(len(card.stories) == 2 for card in deck.cards)
    assert any(story.missing_sections for card in deck.cards for story in card.stories)
    assert any(card.answer.startswith("> ") for card in deck.cards)
    assert any(len(card.phrasings) > 1 for card in deck.cards)


def test_progress_is_told_after_every_note_with_the_cards_so_far(tmp_path: Path) -> None:
    """A plain callback gets (notes done, notes found, cards read) once per note, the last one complete."""
    for index in range(3):
        (tmp_path / f"n{index}.md").write_text(f"- Q{index}?\n\t- A.\n- R{index}?\n\t- B.\n", encoding="utf-8")
    told: list[tuple[int, int, int]] = []
    content = load_deck(tmp_path, progress=lambda *figures: told.append(figures))
    assert told == [(1, 3, 2), (2, 3, 4), (3, 3, 6)] and len(content.cards) == 6


def test_loading_a_folder_runs_no_garbage_collection(tmp_path: Path) -> None:
    """The collector stays paused across a whole deck (no collection scans the cards read so
    far after each note) and is on again afterwards (where it may collect once)."""
    for number in range(30):
        text = "".join(f"- Why {number} {line}?\n  - because\n" for line in range(40))
        (tmp_path / f"n{number}.md").write_text(text, encoding="utf-8")
    collections: list[str] = []

    def count(phase: str, _info: dict[str, int]) -> None:
        """Note each collection that starts."""
        if phase == "start":
            collections.append(phase)

    was = gc.isenabled()
    gc.enable()
    gc.collect()
    gc.callbacks.append(count)
    try:
        deck = load_deck(tmp_path)
        assert (len(collections) <= 1, gc.isenabled(), len(deck.cards)) == (True, True, 1200)
    finally:
        gc.callbacks.remove(count)
        (gc.enable if was else gc.disable)()
