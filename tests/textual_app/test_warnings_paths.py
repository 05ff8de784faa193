"""The warnings screen shortens a long note path so that the line and the message stay on screen."""

from __future__ import annotations

import pytest

from textual_app.screens.warnings import short_path


@pytest.mark.parametrize(
    ("path", "widest", "shown"),
    [
        ("Why us.md", 24, "Why us.md"),
        ("Interview Prep/Behavioral/Leadership.md", 32, "Interview Prep/…/Leadership.md"),
        ("Interview Prep/Behavioral/Leadership stories.md", 30, "…/Leadership stories.md"),
        ("a/b/A note named like its whole long question.md", 24, "… whole long question.md"),
    ],
)
def test_a_long_path_keeps_its_note_s_name_first(path: str, widest: int, shown: str) -> None:
    """Whole when it fits; else the first folder, `…` and the note's name; else `…/` and the name; else the name's end."""
    assert short_path(path, widest) == shown
    assert len(short_path(path, widest)) <= widest
