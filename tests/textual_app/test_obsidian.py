"""`editor = "obsidian"`: `e` opens the note through the obsidian:// URI with the system opener, then re-reads it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from scheduler.settings import Settings
from tests.textual_app.conftest import fake_program
from textual_app.obsidian import NotInVault, obsidian_uri, opener_command, vault_of
from textual_app.widgets.answer_view import AnswerView

FAKE_OPENER = """\
import os
import sys
from pathlib import Path

Path(os.environ["FAKE_OPENER_LOG"]).write_text("\\n".join(sys.argv[1:]), encoding="utf-8")
note = Path(os.environ["FAKE_OPENER_NOTE"])
note.write_text(note.read_text(encoding="utf-8").replace("two days early;", "a week early;"), encoding="utf-8")
"""
"""An `xdg-open` that logs its arguments and edits the note, as the user would in Obsidian."""


def test_uri_names_the_vault_and_the_note_inside_it_url_encoded(tmp_path: Path) -> None:
    """The vault is the nearest folder above the note holding `.obsidian`; names are URL-encoded."""
    vault = tmp_path / "My Vault"
    (vault / ".obsidian").mkdir(parents=True)
    note = vault / "Jobs & Interviews" / "Behavioural #1.md"
    note.parent.mkdir()
    note.write_text("x", encoding="utf-8")
    assert vault_of(note) == vault
    assert obsidian_uri(note) == "obsidian://open?vault=My%20Vault&file=Jobs%20%26%20Interviews%2FBehavioural%20%231.md"


def test_note_outside_any_vault_is_refused(tmp_path: Path) -> None:
    """No `.obsidian` folder above the note: NotInVault, naming the note."""
    note = tmp_path / "loose.md"
    note.write_text("x", encoding="utf-8")
    with pytest.raises(NotInVault, match="loose.md"):
        obsidian_uri(note)


@pytest.mark.parametrize(("platform", "program"), [("linux", "xdg-open"), ("darwin", "open"), ("win32", "explorer")])
def test_the_uri_is_one_argument_of_the_systems_opener(platform: str, program: str) -> None:
    """Never a shell: the opener gets the URI as a single argument."""
    uri = "obsidian://open?vault=V&file=a%3B%20rm%20-rf.md"
    assert opener_command(uri, platform) == [program, uri]


@pytest.fixture
def fake_opener(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fake `xdg-open` first on PATH and the deck's folder made a vault; returns the opener's log."""
    folder = fake_program(tmp_path, "xdg-open", FAKE_OPENER).parent
    (tmp_path / ".obsidian").mkdir()
    log = tmp_path / "opener.log"
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_OPENER_LOG", str(log))
    monkeypatch.setenv("FAKE_OPENER_NOTE", str(tmp_path / "Practice.md"))
    return log


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="the fake opener stands in for xdg-open")
async def test_e_opens_the_note_in_obsidian_and_shows_the_card_as_edited(
    make_app, deck_id, tmp_path: Path, fake_opener: Path
) -> None:
    """With editor = "obsidian", `e` hands the URI to the opener; the card is re-read after it returns."""
    app = make_app(Settings(editor="obsidian"), review_decks=[deck_id])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("space", "1", "u", "a")
        await pilot.pause()
        before = app.screen.card.id
        await pilot.press("e")
        await pilot.pause()
        assert fake_opener.read_text(encoding="utf-8") == f"obsidian://open?vault={tmp_path.name}&file=Practice.md"
        assert app.screen.card.id == before
        assert "shipped a week early;" in " ".join(app.screen.query_one("#answer", AnswerView).lines())


async def test_a_note_outside_a_vault_is_a_notification(make_app, deck_id) -> None:
    """editor = "obsidian" for a note in no vault: an error naming the note, and the card stays."""
    app = make_app(Settings(editor="obsidian"), review_decks=[deck_id])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        before = app.screen.card.id
        await pilot.press("e")
        await pilot.pause()
        messages = [notification.message for notification in app._notifications]
        assert any("Practice.md is not in an Obsidian vault" in message for message in messages)
        assert app.screen.card.id == before


def test_the_editor_setting_wins_over_visual_and_editor() -> None:
    """An `editor` command in the settings comes before $VISUAL and $EDITOR."""
    from textual_app.editor_command import choose_editor

    assert choose_editor({"VISUAL": "vim"}, configured="hx --vsplit").command == ["hx", "--vsplit"]


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="the fake opener stands in for xdg-open")
async def test_back_from_obsidian_the_note_is_read_again(
    make_app, deck_id, tmp_path: Path, fake_opener: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Edits made in Obsidian after the opener returned show once the terminal has focus again."""
    monkeypatch.setenv("FAKE_OPENER_NOTE", str(tmp_path / "elsewhere.md"))
    (tmp_path / "elsewhere.md").write_text("", encoding="utf-8")
    app = make_app(Settings(editor="obsidian"), review_decks=[deck_id])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("space", "1", "u", "a", "e")
        app.app_focus = False  # Obsidian has the focus; the user edits the note there
        note = tmp_path / "Practice.md"
        note.write_text(note.read_text(encoding="utf-8").replace("two days early;", "on the day;"), encoding="utf-8")
        app.app_focus = True
        await pilot.pause()
        assert "shipped on the day;" in " ".join(app.screen.query_one("#answer", AnswerView).lines())
        assert app.note_in_obsidian is None
