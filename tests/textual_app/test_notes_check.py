"""The change check after the first paint: a deck read before opens at once, then its edited notes land."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from textual.app import App

from scheduler.clock import FixedClock
from scheduler.store import Store
from tests.textual_app.conftest import NOTE
from tests.textual_app.waiting import until
from textual_app.app import StarcardsApp
from textual_app.notes_check import NotesCheck, decks_at
from textual_app.screens.review import ReviewScreen
from textual_app.screens.summary import SummaryScreen
from textual_app.widgets.answer_view import AnswerView

EDITED = NOTE.replace("ship the billing export on time", "ship the invoice export on time")
"""The practice note with the first card's Task reworded."""


def _notices(app: StarcardsApp) -> list[str]:
    """The text of every notification on show."""
    return [str(notice.message) for notice in app._notifications]


def _answer_text(screen: ReviewScreen) -> str:
    """Everything the answer's rows say."""
    return " ".join(screen.query_one("#answer", AnswerView).lines())


def _edit_note(folder: Path) -> str:
    """Reword the first card's Task in the practice note in `folder`; the note's path."""
    note = folder / "Practice.md"
    note.write_text(EDITED, encoding="utf-8")
    return str(note)


async def test_a_note_changed_before_start_shows_once_the_check_lands(
    store: Store, clock: FixedClock, deck_id: int, tmp_path: Path, make_app: Callable[..., StarcardsApp]
) -> None:
    """The first card is painted from the store; the worker's sync then shows the edit and says what changed."""
    check = NotesCheck(store, clock, None, [_edit_note(tmp_path)])
    app = make_app(review_decks=[deck_id], check=check)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen))
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        await pilot.press("a")
        await until(pilot, lambda: "invoice export" in _answer_text(screen))
        assert "billing export" not in _answer_text(screen)
        await until(pilot, lambda: any("1 updated" in notice for notice in _notices(app)))
        assert screen.shown == len(screen.query_one("#answer").steps)  # still revealed after the reload


async def test_unchanged_notes_say_nothing(
    store: Store, clock: FixedClock, deck_id: int, tmp_path: Path, make_app: Callable[..., StarcardsApp]
) -> None:
    """Nothing changed: the check lands without a notice and the card stays as it was."""
    check = NotesCheck(store, clock, None, [str(tmp_path / "Practice.md")])
    app = make_app(review_decks=[deck_id], check=check)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen))
        await until(pilot, lambda: not app.workers._workers)
        await pilot.pause()
        assert _notices(app) == []


async def test_with_nothing_to_show_the_notes_are_synced_before_the_first_card(
    store: Store, clock: FixedClock, tmp_path: Path, make_app: Callable[..., StarcardsApp]
) -> None:
    """A known deck with no card to show (all removed from the notes) is synced first: new cards show at once."""
    note = tmp_path / "Practice.md"
    note.write_text("# Empty\n\n- What is your greatest strength?\n\t- Patience.\n", encoding="utf-8")
    from deck.loader import load_deck
    from scheduler.actions import suspend
    from scheduler.decks import sync_deck

    deck_id, _ = sync_deck(store, load_deck(note), clock.now())
    for (card_id,) in store.conn.execute("SELECT id FROM cards").fetchall():
        suspend(store, card_id, clock.now())
    note.write_text(NOTE, encoding="utf-8")
    app = make_app(review_decks=[deck_id], check=NotesCheck(store, clock, None, [str(note)]))
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen) and app.screen.card is not None)
        assert any("new" in notice for notice in _notices(app))


def test_decks_at_knows_only_paths_read_before(store: Store, deck_id: int, tmp_path: Path) -> None:
    """A path no deck reads, or one that is gone, means the notes are synced before the review opens."""
    note = tmp_path / "Practice.md"
    assert decks_at(store, [str(note)]) == [deck_id]
    assert decks_at(store, [str(note), str(tmp_path / "Other.md")]) is None
    note.unlink()
    assert decks_at(store, [str(note)]) is None


@dataclass(frozen=True)
class HeldCheck(NotesCheck):
    """A change check whose worker reads the notes only once `go` is set: the user acts before it lands."""

    go: threading.Event = field(default_factory=threading.Event)

    def _read(self, app: App[None], known: dict[str, dict[str, tuple[int, int]]], marks: dict[str, int]) -> None:
        """Wait for the test's go, then read as the real check does."""
        self.go.wait()
        super()._read(app, known, marks)


async def test_a_check_landing_on_the_summary_leaves_the_summary_alone(
    store: Store, clock: FixedClock, deck_id: int, tmp_path: Path, make_app: Callable[..., StarcardsApp]
) -> None:
    """Every card rated before the check lands: the summary stays, alone, and the card shows again after undo."""
    check = HeldCheck(store, clock, None, [_edit_note(tmp_path)])
    app = make_app(review_decks=[deck_id], check=check)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen))
        review = app.screen
        for _ in range(3):
            await pilot.press("space", "4")
        await until(pilot, lambda: isinstance(app.screen, SummaryScreen))
        check.go.set()
        await until(pilot, lambda: any("1 updated" in notice for notice in _notices(app)))
        await until(pilot, lambda: not app.workers._workers)
        await pilot.pause()
        assert [type(screen) for screen in app.screen_stack].count(SummaryScreen) == 1
        await pilot.press("u")
        await until(pilot, lambda: app.screen is review)
        await pilot.press("a")
        assert review.card is not None and review.session.done == 2


async def test_a_check_read_before_an_edit_does_not_undo_the_edit(
    store: Store,
    clock: FixedClock,
    deck_id: int,
    tmp_path: Path,
    make_app: Callable[..., StarcardsApp],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The check has read the note when the user edits it with `e`: the edit stays, in the store and on screen."""
    from textual_app import syncing
    from textual_app.note_editing import resync

    read, go = syncing.read_deck, threading.Event()

    def read_then_wait(*args: object, **kwargs: object) -> object:
        """Read as the check does; off the UI thread, hold what was read until the test says go."""
        content = read(*args, **kwargs)
        if threading.current_thread() is not threading.main_thread():
            go.wait()
        return content

    monkeypatch.setattr(syncing, "read_deck", read_then_wait)
    note = _edit_note(tmp_path)
    app = make_app(review_decks=[deck_id], check=NotesCheck(store, clock, None, [note]))
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen))
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        await pilot.press("a")
        Path(note).write_text(NOTE.replace("ship the billing export on time", "ship the receipt export on time"))
        assert resync(app, note)  # what `e` does once the editor closes
        screen.show_edited_card()
        go.set()
        await until(pilot, lambda: not app.workers._workers)
        await pilot.pause()
        assert "receipt export" in _answer_text(screen)
        (content,) = store.conn.execute("SELECT content FROM cards WHERE line = 5").fetchone()
        assert "receipt export" in content and "invoice export" not in content


def _toasts_shown(screen: ReviewScreen, severity: str) -> list[str]:
    """The notices of `severity` showing on `screen` (their holders displayed)."""
    return [
        str(toast.render())
        for toast in screen.query(f"Toast.-{severity}")
        if toast.parent is not None and toast.parent.display and toast.parent.parent is not None
        and toast.parent.parent.display
    ]  # fmt: skip


async def test_a_sync_notice_steps_aside_once_the_answer_shows_and_a_warning_stays(
    store: Store, clock: FixedClock, deck_id: int, tmp_path: Path, make_app: Callable[..., StarcardsApp]
) -> None:
    """The sync's counts show over the question; revealing the answer hides them, as they would cover it (at
    80×24 they sit over the answer's rows). A warning on show stays, and a notice posted later shows."""
    check = NotesCheck(store, clock, None, [_edit_note(tmp_path)])
    app = make_app(review_decks=[deck_id], check=check)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen))
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        app.notify("Careful: a warning.", severity="warning", markup=False)
        await until(pilot, lambda: bool(_toasts_shown(screen, "information")) and bool(_toasts_shown(screen, "warning")))
        assert "1 updated" in " ".join(_toasts_shown(screen, "information"))
        await pilot.press("space")
        await until(pilot, lambda: not _toasts_shown(screen, "information"))
        assert _toasts_shown(screen, "warning") == ["Careful: a warning."]
        app.notify("Later news.", markup=False)
        await until(pilot, lambda: "Later news." in _toasts_shown(screen, "information"))
