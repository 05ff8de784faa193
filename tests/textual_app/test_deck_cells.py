"""The deck list's notes column: a long path is cut from the left, with `…`, so that the note's name stays."""

from __future__ import annotations

from rich.cells import cell_len

from textual_app.deck_cells import NARROWEST, notes_cell, notes_room


def test_a_long_path_keeps_its_end_and_fits() -> None:
    """`/tmp/…/Behavioural Interviews.md` in 30 cells: `…` then the path's last 29 cells; a short one is whole."""
    path = "/tmp/a very long folder/and more/Behavioural Interviews.md"
    cell = notes_cell(path, 0, 30)
    assert cell.plain == "\u2026" + path[-29:] and cell.cell_len == 30
    assert notes_cell("/tmp/prep.md", 0, 30).plain == "/tmp/prep.md"


def test_the_warning_count_is_never_cut() -> None:
    """The warnings' count stays whole; the path gives way to it."""
    cell = notes_cell("/tmp/a very long folder/Behavioural Interviews.md", 2, 40)
    assert cell.plain.endswith(" · 2 warnings (w)") and cell.plain.startswith("\u2026") and cell.cell_len == 40


def test_room_is_what_the_other_columns_leave() -> None:
    """Each column takes its widest cell and two cells of padding; the notes column keeps at least `NARROWEST`."""
    others = [["Deck", "Behavioural Interviews"], ["New", "10"], ["Learning", "0"], ["Due", "0"]]
    used = sum(max(map(cell_len, column)) + 2 for column in others)
    assert notes_room(80, others) == 80 - used - 2
    assert notes_room(20, others) == NARROWEST
