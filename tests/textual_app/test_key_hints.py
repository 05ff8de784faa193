"""Every hint on the review screen that names a key names the key the user's keymap gives it."""

from __future__ import annotations

from textual.widgets import Button, Static

from scheduler.settings import Settings

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
        assert _text(app, "#reveal-hint") == "1 of 5 sections shown · j: Task · x: all"
        assert str(app.screen.query_one("#rate-3", Button).label).startswith("l Good")
        await pilot.press("x", "l")
        await pilot.pause()
        await pilot.press("z")
        await pilot.pause()
        assert any("k brings it back" in str(notice.message) for notice in app._notifications)
