"""Test helpers for the review's buttons, drawn by one widget (`CardControls`): their labels, and a click on one."""

from __future__ import annotations

from textual.app import App

from textual_app.widgets.card_controls import CardControls


def controls(app: App[None]) -> CardControls:
    """The review screen's hint and buttons."""
    return app.screen.query_one(CardControls)


def rating_labels(app: App[None]) -> list[str]:
    """What the rating buttons say, Again to Easy (an empty list while they are hidden)."""
    return [control.label for control in controls(app).shown() if control.action.startswith("rate(")]


def shown_actions(app: App[None]) -> list[str]:
    """The screen actions of the action buttons showing now."""
    return [control.action for control in controls(app).shown() if not control.action.startswith("rate(")]


async def click_button(pilot, action: str) -> None:  # noqa: ANN001
    """Click the middle of the button that runs `action` (`bury`, `rate(3)`, …), once the screen has drawn it."""
    await pilot.pause()
    place = controls(pilot.app).place_of(action)
    await pilot.click(CardControls, offset=(place.x + place.width // 2, place.y))
