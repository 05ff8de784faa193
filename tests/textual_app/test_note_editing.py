"""Editing a card's note: the editor command, and the round trip through a fake editor."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

from scheduler.note_stamps import note_path
from tests.textual_app.conftest import fake_program
from textual_app.editor_command import EditorSettingError, choose_editor, editor_command
from textual_app.widgets.answer_view import AnswerView

FAKE_EDITOR = """\
import os
import sys
from pathlib import Path

Path(os.environ["FAKE_EDITOR_LOG"]).write_text(" ".join(sys.argv[1:]), encoding="utf-8")
path = Path(sys.argv[-1])
text = path.read_text(encoding="utf-8")
path.write_text(text.replace("shipped two days early;", "shipped three days early;"), encoding="utf-8")
"""
"""Writes its arguments to $FAKE_EDITOR_LOG, then rewrites one Result in the note it was given last."""


@pytest.fixture
def fake_vi(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An executable named `vi` that is the fake editor, set as $EDITOR; returns its log file."""
    script = fake_program(tmp_path, "vi", FAKE_EDITOR)
    log = tmp_path / "editor.log"
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", str(script))
    monkeypatch.setenv("FAKE_EDITOR_LOG", str(log))
    return log


@pytest.mark.parametrize(
    ("editor", "expected"),
    [
        (["vim"], ["vim", "+12", "/n/a.md"]),
        (["/usr/bin/nvim", "-u", "NONE"], ["/usr/bin/nvim", "-u", "NONE", "+12", "/n/a.md"]),
        (["nano"], ["nano", "+12", "/n/a.md"]),
        (["emacs", "-nw"], ["emacs", "-nw", "+12", "/n/a.md"]),
        (["hx"], ["hx", "+12", "/n/a.md"]),
        (["code", "--wait"], ["code", "--wait", "--goto", "/n/a.md:12"]),
        (["subl"], ["subl", "/n/a.md"]),
    ],
)
def test_editor_command_puts_the_line_where_each_editor_takes_it(editor: list[str], expected: list[str]) -> None:
    """`+LINE file` for vi-like editors, `--goto file:line` for VS Code, the file alone otherwise."""
    assert editor_command(editor, Path("/n/a.md"), 12) == expected


def test_visual_wins_over_editor_and_options_are_split() -> None:
    """$VISUAL comes first; its words are split as a shell would."""
    choice = choose_editor({"VISUAL": "code --wait", "EDITOR": "vim"})
    assert choice.command == ["code", "--wait"] and choice.fallback_note is None
    assert choose_editor({"EDITOR": "vim"}).command == ["vim"]


def test_no_editor_set_falls_back_and_says_so() -> None:
    """Neither variable set: a default editor, with a note saying so."""
    choice = choose_editor({})
    assert choice.command[0] in ("nano", "vi", "notepad")
    assert choice.fallback_note is not None and "$EDITOR" in choice.fallback_note


@pytest.mark.parametrize(
    ("configured", "environ", "named"),
    [
        ("ed-from-setting", {"VISUAL": "vim"}, "the `editor` setting"),
        (None, {"VISUAL": "ed-from-visual", "EDITOR": "vim"}, "$VISUAL"),
        (None, {"EDITOR": "ed-from-editor"}, "$EDITOR"),
    ],
)
def test_a_missing_editor_is_traced_to_where_it_was_named(configured, environ, named) -> None:
    """The message names the program and the setting or variable to change."""
    message = choose_editor(environ, configured).missing_message()
    assert "ed-from-" in message and f"Set {named} to an installed editor" in message


def test_a_missing_default_editor_asks_for_a_variable() -> None:
    """Neither variable set and the default not installed: set one."""
    message = choose_editor({}).missing_message()
    assert "default editor" in message and "Set $VISUAL or $EDITOR" in message


def test_an_unclosed_quote_is_an_error_naming_the_variable() -> None:
    """`EDITOR='code "--wait'` cannot be split as a shell would: a clear error, not a traceback."""
    with pytest.raises(EditorSettingError, match=r"\$EDITOR"):
        choose_editor({"EDITOR": 'code "--wait'})


def test_note_path_of_one_note_and_folder_decks(tmp_path: Path) -> None:
    """A one-note deck's root is the note; a folder deck's notes are under its root."""
    note = tmp_path / "n.md"
    note.write_text("x", encoding="utf-8")
    assert note_path(str(note), "n.md") == note
    assert note_path(str(tmp_path), "sub/m.md") == tmp_path / "sub" / "m.md"


def test_note_path_of_decks_whose_root_is_gone(tmp_path: Path) -> None:
    """A one-note deck whose note moved away is still that note, not a file under it; a gone folder's notes under it."""
    assert note_path(str(tmp_path / "n.md"), "n.md") == tmp_path / "n.md"
    assert note_path(str(tmp_path / "gone"), "m.md") == tmp_path / "gone" / "m.md"


def _runner(calls: list[list[str]]):
    """Runs the editor as a plain subprocess (no terminal to hand over in a test), remembering the call."""

    def run(command: Sequence[str]) -> int:
        calls.append(list(command))
        return subprocess.run(list(command), check=False).returncode

    return run


async def test_edit_round_trip_shows_the_updated_card(make_app, deck_id, store, tmp_path: Path, fake_vi) -> None:
    """e runs $EDITOR at the card's line; the note is re-synced and the same card shows its new answer."""
    calls: list[list[str]] = []
    app = make_app(review_decks=[deck_id], run_editor=_runner(calls))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("space", "1", "u", "a")
        await pilot.pause()
        before = app.screen.card.id
        await pilot.press("e")
        await pilot.pause()
        assert fake_vi.read_text(encoding="utf-8") == f"+5 {tmp_path / 'Practice.md'}"
        screen = app.screen
        assert screen.card.id == before and screen.shown == 5
        assert "shipped three days early;" in " ".join(screen.query_one("#answer", AnswerView).lines())
    assert calls and calls[0][-1] == str(tmp_path / "Practice.md")
    assert store.conn.execute("SELECT count(*) FROM cards WHERE removed_at IS NULL").fetchone()[0] == 3


async def test_edit_keeps_the_review_history(make_app, deck_id, store, fake_vi) -> None:
    """A rating made before the edit is still the card's after it, and undo still takes it back."""
    app = make_app(review_decks=[deck_id], run_editor=_runner([]))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("space", "1")  # Again: the card comes back in a minute
        first = store.conn.execute("SELECT card_id FROM reviews").fetchone()[0]
        await pilot.press("e")
        await pilot.pause()
        assert [tuple(row) for row in store.conn.execute("SELECT card_id FROM reviews")] == [(first,)]
        await pilot.press("u")
        await pilot.pause()
        assert app.screen.card.id == first
        assert store.conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0


async def test_missing_editor_is_a_notification_not_a_crash(make_app, deck_id, monkeypatch) -> None:
    """An editor that does not exist: an error notification naming it, and the card stays."""
    monkeypatch.setenv("VISUAL", "no-such-editor-anywhere")
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        app.run_editor = lambda command: subprocess.run(list(command), check=False).returncode
        before = app.screen.card.id
        await pilot.press("e")
        await pilot.pause()
        messages = [notification.message for notification in app._notifications]
        assert any("no-such-editor-anywhere" in message and "from $VISUAL" in message for message in messages)
        assert app.screen.card.id == before


async def test_an_unreadable_editor_variable_is_a_notification(make_app, deck_id, monkeypatch) -> None:
    """An editor variable with an unclosed quote: an error notification, no editor run, the card stays."""
    monkeypatch.setenv("VISUAL", "vim '")
    app = make_app(review_decks=[deck_id])
    ran = []
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        app.run_editor = lambda command: ran.append(command) or 0
        before = app.screen.card.id
        await pilot.press("e")
        await pilot.pause()
        messages = [notification.message for notification in app._notifications]
        assert any("Could not read $VISUAL" in message for message in messages)
        assert ran == [] and app.screen.card.id == before
