"""Names from the file system never reach the terminal raw: deck list, `cards`, JSON; a non-UTF-8 name is a warning."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from textual.widgets import DataTable

from deck.loader import load_deck
from scheduler.decks import sync_deck
from tests.textual_app.conftest import NOTE
from textual_app.cli import main
from textual_app.errors import EXIT_OK, EXIT_WARNINGS

OSC_52 = "\x1b]52;c;cHduZWQ=\x07"
"""Puts text on the clipboard of a terminal that shows it."""
OSC_0 = "\x1b]0;owned\x07"
"""Changes the window title."""
BIDI = "\u202e"
"""Right-to-left override: makes a name display in another order than written."""
RAW = ("\x1b", "\x07", BIDI)


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """A vault folder whose own name, subfolder and note names hold escape sequences and a bidi override."""
    vault = tmp_path / f"vault{OSC_52}"
    folder = vault / f"sub{OSC_0}"
    folder.mkdir(parents=True)
    (folder / f"note{BIDI}dm.md").write_text(NOTE, encoding="utf-8")
    return vault


def _clean(text: str) -> bool:
    """Whether `text` holds no escape, bell or bidi override."""
    return not any(raw in text for raw in RAW)


async def test_deck_list_shows_hostile_names_literally(make_app, store, clock, hostile: Path) -> None:
    """The deck list shows the folder name without its escape sequence, and its path likewise."""
    sync_deck(store, load_deck(hostile), clock.now())
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#decks", DataTable)
        row = [str(cell) for cell in table.get_row_at(0)]
        assert row[0] == "vault"
        assert all(_clean(cell) for cell in row)


def test_cards_text_and_json_carry_no_controls(hostile: Path, tmp_path: Path, capsys) -> None:
    """`cards` and `cards --json` show deck and file names with the controls taken out."""
    db = str(tmp_path / "s.db")
    assert main(["--db", db, "sync", str(hostile)]) == EXIT_OK
    capsys.readouterr()
    assert main(["--db", db, "cards"]) == EXIT_OK
    text = capsys.readouterr().out
    assert _clean(text) and "subowned" not in text and "sub/notedm.md:5" in text
    assert main(["--db", db, "cards", "--json"]) == EXIT_OK
    cards = json.loads(capsys.readouterr().out)
    assert all(_clean(card["file"]) and _clean(card["deck"]) for card in cards)


def test_check_json_carries_no_controls(hostile: Path, capsys) -> None:
    """`check --json` gives file paths without escapes or bidi overrides."""
    assert main(["check", str(hostile), "--json"]) == EXIT_OK
    report = json.loads(capsys.readouterr().out)
    assert report["cards"] and all(_clean(card["file"]) for card in report["cards"])


@pytest.mark.skipif(os.name != "posix", reason="file names are bytes only on POSIX")
def test_a_latin1_file_name_is_a_warning_not_a_crash(tmp_path: Path, capsys) -> None:
    """A note named in Latin-1 (`café.md`) is skipped with a warning; the folder's other notes sync."""
    vault = tmp_path / "vault"
    vault.mkdir()
    (vault / "good.md").write_text(NOTE, encoding="utf-8")
    with open(os.path.join(os.fsencode(vault), b"caf\xe9.md"), "w", encoding="utf-8") as note:
        note.write(NOTE)
    assert main(["--db", str(tmp_path / "s.db"), "sync", str(vault)]) == EXIT_OK
    err_and_out = capsys.readouterr()
    assert "not valid UTF-8" in err_and_out.out + err_and_out.err and "caf\ufffd.md" in err_and_out.out
    assert main(["check", str(vault)]) == EXIT_WARNINGS
