"""Which command opens a note at a line, and where a card's note is on disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from textual_app.editor import editor_command, note_path


@pytest.mark.parametrize(
    ("environ", "command"),
    [
        ({"EDITOR": "vim"}, ["vim", "+12", "/n/a.md"]),
        ({"VISUAL": "nvim -p", "EDITOR": "nano"}, ["nvim", "-p", "+12", "/n/a.md"]),
        ({"EDITOR": "/usr/bin/code --wait"}, ["/usr/bin/code", "--wait", "--goto", "/n/a.md:12"]),
        ({"EDITOR": "subl"}, ["subl", "/n/a.md:12"]),
        ({"EDITOR": "my-editor"}, ["my-editor", "/n/a.md"]),
        ({"EDITOR": "  "}, None),
        ({}, None),
    ],
)
def test_editor_command(environ: dict[str, str], command: list[str] | None) -> None:
    """$VISUAL before $EDITOR; the line passed the way the editor takes it; None without an editor."""
    assert editor_command("/n/a.md", 12, environ) == command


def test_note_path_for_folder_and_single_note_decks(tmp_path: Path) -> None:
    """A folder deck joins root and file; a one-note deck's root is the note."""
    (tmp_path / "notes").mkdir()
    assert note_path(str(tmp_path / "notes"), "sub/a.md") == str(tmp_path / "notes" / "sub" / "a.md")
    assert note_path(str(tmp_path / "Stories.md"), "Stories.md") == str(tmp_path / "Stories.md")
