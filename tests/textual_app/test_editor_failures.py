"""An editor that fails, or a note that is gone: a notification, and the app back where it was."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest


def _messages(app) -> list[str]:
    """Every notification the app has shown so far."""
    return [notification.message for notification in app._notifications]


@pytest.fixture
def fake_suspend(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Stand-in for `App.suspend()` that, like Textual's, resumes only when its block ends without raising.

    A test has no terminal to hand over; this records whether the app would have taken it back.
    """
    events: list[str] = []

    @contextmanager
    def suspend(self) -> Iterator[None]:
        events.append("suspended")
        yield
        events.append("resumed")

    from textual_app.app import StarcardsApp

    monkeypatch.setattr(StarcardsApp, "suspend", suspend)
    return events


async def test_an_editor_that_cannot_start_leaves_the_app_resumed(make_app, deck_id, monkeypatch, fake_suspend) -> None:
    """No such editor: the terminal comes back (the failure is caught inside suspend) and a notification says why."""
    monkeypatch.setenv("VISUAL", "no-such-editor-anywhere")
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("space", "space")
        before = app.screen.card.id
        await pilot.press("e")
        await pilot.pause()
        assert fake_suspend == ["suspended", "resumed"]
        assert any("no-such-editor-anywhere" in message for message in _messages(app))
        assert app.screen.card.id == before and app.screen.shown == 2


async def test_an_editor_exiting_non_zero_is_said_and_the_card_stays(make_app, deck_id, monkeypatch) -> None:
    """An editor that fails (status 3): a warning naming the status; the same card, as far revealed."""
    monkeypatch.setenv("VISUAL", "vi")
    app = make_app(review_decks=[deck_id], run_editor=lambda command: 3)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("space")
        before = app.screen.card.id
        await pilot.press("e")
        await pilot.pause()
        assert any("status 3" in message for message in _messages(app))
        assert app.screen.card.id == before and app.screen.shown == 1


async def test_a_note_that_is_gone_is_said_and_no_editor_runs(make_app, deck_id, tmp_path: Path) -> None:
    """The card's note was deleted: no editor opens an empty new file; a notification names the note."""
    calls: list[Sequence[str]] = []
    app = make_app(review_decks=[deck_id], run_editor=lambda command: calls.append(command) or 0)
    (tmp_path / "Practice.md").unlink()
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        before = app.screen.card.id
        await pilot.press("e")
        await pilot.pause()
        assert calls == []
        note = (tmp_path / "Practice.md").resolve()
        assert any(f"The note {note} is not there any more" in message for message in _messages(app))
        assert app.screen.card.id == before


async def test_the_fallback_editor_notice_is_raised_after_the_editor(make_app, deck_id, monkeypatch) -> None:
    """Neither $VISUAL nor $EDITOR: the notice naming the fallback is raised once the app is back.

    Raised before, its time would run out under the editor and nobody would ever see it.
    """
    import time

    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    closed: list[float] = []
    app = make_app(review_decks=[deck_id], run_editor=lambda command: closed.append(time.time()) or 0)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("e")
        await pilot.pause()
        notices = [note for note in app._notifications if "Neither $VISUAL" in note.message]
        assert closed and notices and notices[0].raised_at >= closed[0]


async def test_time_in_the_editor_is_no_recall_time(make_app, deck_id, store, clock, monkeypatch) -> None:
    """10 s recalling, 5 minutes in the editor, 5 s more, then reveal and rate: the review records 15 s."""
    monkeypatch.setenv("VISUAL", "vi")

    def editor(_command: Sequence[str]) -> int:
        clock.advance(minutes=5)
        return 0

    app = make_app(review_decks=[deck_id], run_editor=editor)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        clock.advance(seconds=10)
        await pilot.press("e")
        await pilot.pause()
        clock.advance(seconds=5)
        await pilot.press("space", "3")
        await pilot.pause()
    assert [row[0] for row in store.conn.execute("SELECT duration_ms FROM reviews")] == [15_000]
