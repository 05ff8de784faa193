"""Practice mode: the same screen, no interval previews, no bury or suspend, the schedule untouched."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from tests.textual_app.conftest import NOTE
from tests.textual_app.controls import rating_labels, shown_actions
from textual_app.cli import main
from textual_app.errors import EXIT_UNUSABLE
from textual_app.requests import PracticeRequest
from textual_app.screens.review import ReviewScreen
from textual_app.screens.summary import SummaryScreen
from textual_app.widgets.review_bar import ReviewBar


def _schedule(store) -> list[tuple]:
    """Every card's cached schedule, and the review log's size."""
    cards = store.conn.execute("SELECT id, state, due, stability, reps, lapses FROM cards ORDER BY id").fetchall()
    reviews = store.conn.execute("SELECT count(*) FROM reviews").fetchone()[0]
    return [tuple(row) for row in cards] + [("reviews", reviews)]


async def test_practice_says_so_and_shows_no_intervals(make_app, deck_id) -> None:
    """The top bar says PRACTICE; the rating buttons carry only their names; no bury or suspend."""
    app = make_app(practice=PracticeRequest(deck_ids=[deck_id]))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("space")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        assert "  PRACTICE — schedule untouched  0 done · 3 left  " in screen.query_one(ReviewBar).text
        assert rating_labels(app) == ["1 Again", "2 Hard", "3 Good", "4 Easy"]
        assert not screen.check_action("bury", ()) and not screen.check_action("suspend", ())
        assert not {"bury", "suspend"} & set(shown_actions(app))


async def test_practice_leaves_the_schedule_untouched(make_app, deck_id, store) -> None:
    """Rating every card in practice writes practice rows only; the cards' schedule is as before."""
    before = _schedule(store)
    app = make_app(practice=PracticeRequest(deck_ids=[deck_id]))
    async with app.run_test(size=(100, 40)) as pilot:
        for key in ("3", "4", "2"):
            await pilot.press("a", key)
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        title = str(app.screen.query_one("#summary-title", Static).render())
        assert title == "Practice over: the schedule is untouched"
        await pilot.press("b")  # not a key here: nothing is buried
    assert _schedule(store) == before
    assert store.conn.execute("SELECT count(*) FROM practice").fetchone()[0] == 3


@pytest.mark.usefixtures("terminal")
async def test_practice_of_a_tag_with_no_cards_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`practice PATH --tag nope`: one line, exit 2, no UI."""
    note = tmp_path / "Practice.md"
    note.write_text(NOTE, encoding="utf-8")
    assert main(["practice", str(note), "--tag", "nope"]) == EXIT_UNUSABLE
    err = capsys.readouterr().err
    assert err == "starcards: no cards tagged #nope to practise\n"


@pytest.mark.usefixtures("terminal")
@pytest.mark.parametrize("weakest", ["0", "-2", "many"])
def test_bad_weakest_is_one_line_and_exit_2(weakest: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--weakest takes a whole number above 0; anything else is refused before any database work."""
    assert main(["practice", "--weakest", weakest]) == EXIT_UNUSABLE
    err = capsys.readouterr().err
    assert err == f"starcards: --weakest takes a whole number above 0, not {weakest!r}\n"


@pytest.mark.usefixtures("terminal")
def test_practice_without_decks_says_how_to_add_one(capsys: pytest.CaptureFixture[str]) -> None:
    """No deck known and no path: exit 2, telling how to give one."""
    assert main(["practice"]) == EXIT_UNUSABLE
    assert "no decks yet" in capsys.readouterr().err


@pytest.mark.usefixtures("terminal")
def test_practice_of_a_missing_path_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A path that does not exist: the usual one line and exit 2."""
    assert main(["practice", str(tmp_path / "nope.md")]) == EXIT_UNUSABLE
    assert capsys.readouterr().err.count("\n") == 1


async def test_weakest_limits_the_drill_and_p_on_home_starts_one(make_app, deck_id) -> None:
    """--weakest 1 drills one card; p on the deck list drills the highlighted deck's three."""
    app = make_app(practice=PracticeRequest(deck_ids=[deck_id], weakest=1))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert app.screen.query_one(ReviewBar).progress == "0 done · 1 left"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen) and app.screen.session.practice
        assert app.screen.query_one(ReviewBar).progress == "0 done · 3 left"
