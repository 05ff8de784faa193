"""The card browser: list, search, filter and sort; the card in full; suspend, reset and edit it."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from rich.console import Console
from textual.widgets import DataTable, Select

from scheduler.browse import card_history
from scheduler.engine import Rating
from scheduler.reviews import record_review
from tests.scheduler.history import FSRS
from tests.textual_app.waiting import until
from textual_app.cards_table import question_width
from textual_app.editor_command import run_plain
from textual_app.screens.cards import CardsScreen
from textual_app.screens.confirm import ConfirmScreen
from textual_app.widgets.card_detail import CardDetail


def _questions(app) -> list[str]:
    """The question column of the table, top to bottom."""
    table = app.screen.query_one("#cards-table", DataTable)
    return [str(table.get_row_at(index)[0]) for index in range(table.row_count)]


def _detail(app) -> str:
    """The detail pane's content as plain text."""
    console = Console(width=100, record=True, color_system=None, file=io.StringIO())
    console.print(app.screen.query_one("#card-detail", CardDetail).content)
    return console.export_text()


def _card_ids(store) -> list[int]:
    """Card ids in note order."""
    return [row[0] for row in store.conn.execute("SELECT id FROM cards ORDER BY line")]


async def _open(app, pilot) -> None:
    """Press `c` on the home screen and wait until the browser lists the cards and describes the highlighted one."""
    await pilot.press("c")
    await until(pilot, lambda: _settled(app.screen))


def _settled(screen) -> bool:
    """Whether the card browser is on top with its table filled and its detail pane written."""
    if not isinstance(screen, CardsScreen) or not screen.query("#card-detail"):
        return False
    return bool(screen.query_one("#cards-table", DataTable).columns) and bool(
        screen.query_one("#card-detail", CardDetail).content
    )


async def test_c_lists_every_card_and_shows_the_highlighted_one(make_app, deck_id, store) -> None:
    """Three cards in note order (all new); the first one's question and file:line below."""
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await _open(app, pilot)
        assert len(_questions(app)) == 3
        assert app.screen.current.id == _card_ids(store)[0]
        assert "Practice.md:5" in _detail(app)
        assert "Never reviewed." in _detail(app)
        assert app.screen.check_action("reset", ()) is False, "nothing to reset on a card never reviewed"


async def test_search_filters_and_sort(make_app, deck_id, store, clock) -> None:
    """Typing a search narrows the list; the state filter and the sort apply at once."""
    ids = _card_ids(store)
    record_review(store, FSRS, ids[2], Rating.AGAIN, clock.now(), 1000)
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await _open(app, pilot)
        await pilot.press("slash", *"strength", "enter")
        await until(pilot, lambda: _questions(app) == ["What is your greatest strength?"])
        app.screen.query_one("#cards-text").value = ""
        await pilot.press("enter")
        await until(pilot, lambda: len(app.screen.rows) == len(ids))
        app.screen.query_one("#cards-state", Select).value = "learning"
        await until(pilot, lambda: list(app.screen.rows) == [ids[2]])
        app.screen.query_one("#cards-state", Select).clear()
        app.screen.query_one("#cards-sort", Select).value = "retrievability"
        await until(pilot, lambda: len(app.screen.rows) == len(ids))
        assert list(app.screen.rows)[0] == ids[2], "the only reviewed card has a retrievability; the rest come after"


async def test_suspend_then_unsuspend(make_app, deck_id, store) -> None:
    """`s` suspends the highlighted card through the journal; `u` puts it back."""
    first = _card_ids(store)[0]
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await _open(app, pilot)
        assert app.screen.check_action("unsuspend", ()) is False
        await pilot.press("s")
        await pilot.pause()
        suspended = store.conn.execute("SELECT suspended FROM cards WHERE id = ?", (first,)).fetchone()[0]
        assert suspended == 1 and app.screen.current.status == "suspended"
        assert [entry.kind for entry in card_history(store, first)] == ["suspend"]
        await pilot.press("u")
        await pilot.pause()
        assert app.screen.current.status == "active"
        assert [entry.kind for entry in card_history(store, first)] == ["suspend", "unsuspend"]


@pytest.mark.parametrize(("answer", "reset"), [("y", True), ("n", False)])
async def test_reset_asks_first_and_keeps_the_history(make_app, deck_id, store, clock, answer, reset) -> None:
    """`r` asks; yes makes the card new again with its reviews kept; no changes nothing."""
    first = _card_ids(store)[0]
    record_review(store, FSRS, first, Rating.GOOD, clock.now(), 1000)
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await _open(app, pilot)
        app.screen.query_one("#cards-sort", Select).value = "lapses"
        await until(pilot, lambda: getattr(app.screen.current, "id", None) == first)
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press(answer)
        await until(pilot, lambda: isinstance(app.screen, CardsScreen) and ("reset" in _detail(app)) is reset)
        state = store.conn.execute("SELECT state FROM cards WHERE id = ?", (first,)).fetchone()[0]
        assert (state == 0) is reset
        kinds = [entry.kind for entry in card_history(store, first)]
        assert kinds == (["review", "reset"] if reset else ["review"])
        assert ("reset" in _detail(app)) is reset and "Good" in _detail(app)


async def test_edit_runs_the_editor_and_reads_the_note_again(
    make_app, deck_id, store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fake editor rewords the question; the card keeps its id and shows the new words."""
    script = tmp_path / "fake_editor.py"
    script.write_text(
        "import sys, pathlib\n"
        "note = pathlib.Path(sys.argv[-1])\n"
        "note.write_text(note.read_text().replace('greatest strength?', 'greatest strength at work?'))\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("VISUAL", f"{sys.executable} {script}")
    second = _card_ids(store)[1]
    app = make_app(run_editor=run_plain)
    async with app.run_test(size=(100, 40)) as pilot:
        await _open(app, pilot)
        await pilot.press("down", "e")
        await pilot.pause()
        assert app.screen.current.id == second
        assert app.screen.current.question == "What is your greatest strength at work?"


async def test_edit_opens_the_note_at_the_card_line(make_app, deck_id, tmp_path: Path, monkeypatch) -> None:
    """The editor is given the highlighted card's note and line (`+LINE file` for vim)."""
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", "vim")
    commands: list[list[str]] = []
    app = make_app(run_editor=lambda command: commands.append(list(command)) or 0)
    async with app.run_test(size=(100, 40)) as pilot:
        await _open(app, pilot)
        await pilot.press("down", "down", "e")
        await pilot.pause()
    assert commands == [["vim", "+13", str(tmp_path / "Practice.md")]]


async def test_a_question_longer_than_its_column_ends_in_an_ellipsis(make_app, deck_id, store) -> None:
    """At 80 columns the question column cuts a long question with `…`, not mid-word with nothing to say so."""
    app = make_app()
    async with app.run_test(size=(80, 30)) as pilot:
        await _open(app, pilot)
        table = app.screen.query_one("#cards-table", DataTable)
        lines = [strip.text for strip in table.render_lines(table.region.reset_offset)]
        long = [question for question in _questions(app) if len(question) > 30]
        assert long and any("\u2026" in line for line in lines), lines



def _widths(app) -> list[int]:
    """The width of each column of the table, padding included, left to right."""
    table = app.screen.query_one("#cards-table", DataTable)
    return [column.get_render_width(table) for column in table.ordered_columns]


def _spans(app, width: int) -> bool:
    """Whether the table's columns fill `width` cells but the scroll bar's place."""
    table = app.screen.query_one("#cards-table", DataTable)
    return sum(_widths(app)) == width - table.styles.scrollbar_size_vertical


async def test_the_question_column_takes_a_wide_terminal_and_gives_it_back(make_app, deck_id) -> None:
    """At 200 columns the question takes what the other columns leave; narrowed to 80 it gives it back (the
    table still spans the width), and the highlighted card stays highlighted."""
    app = make_app()
    async with app.run_test(size=(200, 60)) as pilot:
        await _open(app, pilot)
        await pilot.press("down")
        highlighted = app.screen.current.id
        assert _widths(app)[0] > 100 and _spans(app, 200)
        await pilot.resize_terminal(80, 30)
        await until(pilot, lambda: _spans(app, 80))
        assert _widths(app)[0] < 40 and app.screen.current.id == highlighted


@pytest.mark.parametrize(("room", "width"), [(200, 200 - 55 - 2), (80, 30), (40, 30)])
def test_the_question_width_is_what_the_other_columns_leave_but_never_under_30(room: int, width: int) -> None:
    """Other columns as wide as their widest cell or heading (the deck 12), each with 2 cells of padding: 55."""
    row = ("A question", "deck", "learning", "in 7m", "100%", "2.3", "2.1", "0")
    assert question_width([row], room, {"Question": 30, "Deck": 12}) == width


async def test_every_column_fits_at_80_columns(make_app, deck_id) -> None:
    """At 80×24 the question gives up width before R, S, D and Lapses go off screen, and the deck column is as
    wide as its names need."""
    from textual.widgets import DataTable

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(app, pilot)
        table = app.screen.query_one("#cards-table", DataTable)
        widths = {str(column.label): column.get_render_width(table) for column in table.columns.values()}
        assert sum(widths.values()) <= table.size.width
        assert widths["Deck"] <= len("Practice") + 2 * table.cell_padding
