"""The start-up path stays light and the memory room never imports the UI."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ["fsrs", "pydantic", "markdown_it", "textual", "rich", "textual_app", "deck"]
UI = ["textual", "rich", "textual_app"]


def _imported_after(module: str, watched: list[str]) -> list[str]:
    """Which of `watched` a fresh interpreter has in sys.modules after importing `module`."""
    code = (
        f"import json, sys; import {module}; "
        f"print(json.dumps([m for m in {watched!r} if m in sys.modules]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    "module",
    [
        "scheduler",
        "scheduler.store",
        "scheduler.queue",
        "scheduler.allowance",
        "scheduler.rules",
        "scheduler.days",
        "scheduler.clock",
        "scheduler.decks",
        "scheduler.identity",
        "scheduler.similarity",
        "scheduler.locations",
    ],
)
def test_start_up_modules_are_light(module: str) -> None:
    """Counting due cards at start-up imports neither fsrs, pydantic, markdown_it, deck nor the UI."""
    assert _imported_after(module, HEAVY) == []


@pytest.mark.parametrize(
    "module",
    [
        "scheduler.session",
        "scheduler.practice",
        "scheduler.cards",
                "scheduler.maintenance",
        "scheduler.settings",
        "scheduler.toml_text",
    ],
)
def test_scheduler_never_imports_the_ui(module: str) -> None:
    """No scheduler module pulls in textual, rich or textual_app."""
    assert _imported_after(module, UI) == []
