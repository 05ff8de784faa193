"""Every hint on the review screen that names a key names the key the user's keymap gives it."""

from __future__ import annotations

from textual.widgets import Button, Static

from scheduler.settings import Settings
from tests.textual_app.controls import controls, rating_labels

REMAPPED = {"reveal": "j", "reveal-all": "x", "edit": "w", "bury": "z", "suspend": "y", "undo": "k", "rate-3": "l"}
"""Every review key a hint names, moved off its default."""


def _text(app, selector: str) -> str:
    """What a Static of the current screen says."""
    return str(app.screen.query_one(selector, Static).render())


async def test_review_hints_name_the_remapped_keys(make_app, deck_id) -> None:
    """With `[keys] reveal = "j"` (and the rest moved), the prompt, the reveal hint and the leech line say so."""
    app = make_app(Settings(keys=REMAPPED), review_decks=[deck_id])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        prompt = _text(app, "#prompt")
        assert "press j to check" in prompt and "space" not in prompt
        leech = _text(app, "#leech")
        assert "Press w to rewrite" in leech and "z to bury" in leech and "y to suspend" in leech
        await pilot.press("j")
        await pilot.pause()
        assert controls(app).hint == "1 of 5 sections shown · j: Task · x: all"
        assert rating_labels(app)[2].startswith("l Good")
        await pilot.press("x", "l")
        await pilot.pause()
        await pilot.press("z")
        await pilot.pause()
        assert any("k brings it back" in str(notice.message) for notice in app._notifications)


MOCK_REMAPPED = {"mock-next": "j", "mock-notes": "w", "mock-rate-3": "l"}
"""The mock interview keys its hints name, moved off their defaults."""


async def test_mock_hints_name_the_remapped_keys(make_app, deck_id) -> None:
    """With the mock's keys remapped, its prompts and its Good button name the new keys."""
    from textual_app.requests import MockRequest

    app = make_app(Settings(keys=MOCK_REMAPPED))
    async with app.run_test(size=(100, 30)) as pilot:
        app.start_mock(MockRequest(deck_ids=[deck_id], questions=1))
        await pilot.pause()
        asking = _text(app, "#mock-prompt")
        assert "Press j when you have finished" in asking and "space" not in asking
        await pilot.press("j")
        await pilot.pause()
        if app.screen.step == "story":
            await pilot.press("enter")
            await pilot.pause()
        assert str(app.screen.query_one("#mock-ratings #rate-3", Button).label).startswith("l Good")
        await pilot.press("l")
        await pilot.pause()
        assert _text(app, "#mock-prompt") == "Press w to look at your notes, j for the next question."
