"""The content room stays pure: no UI, no scheduler, no FSRS."""

from __future__ import annotations

import subprocess
import sys

MODULES = [
    "deck", "deck.models", "deck.text", "deck.frontmatter", "deck.questions",
    "deck.highlights", "deck.stories", "deck.notes", "deck.display", "deck.loader",
    "deck.examples", "deck.decoding", "deck.blocks", "deck.labels", "deck.scan",
    "deck.headings", "deck.list_cards", "deck.inline_cards", "deck.marks", "deck.content_json",
    "deck.validation",
]
FORBIDDEN = ["textual", "rich", "scheduler", "fsrs", "textual_app"]


def test_deck_imports_no_ui_or_scheduler() -> None:
    """Importing every deck module in a fresh interpreter loads none of the other rooms."""
    script = (
        "import importlib, sys\n"
        f"for name in {MODULES!r}: importlib.import_module(name)\n"
        f"print(sorted(m for m in {FORBIDDEN!r} if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_content_models_and_their_read_back_import_no_pydantic() -> None:
    """The models, the stored form's reader and what shows a card load without pydantic (fresh interpreter):
    pydantic checks content where it enters (`deck.validation`), on first use."""
    script = (
        "import sys\n"
        "import deck.models, deck.content_json, deck.display, deck.validation\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'pydantic_core')))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_package_imports_nothing_eagerly() -> None:
    """`import deck` alone loads no submodule, keeping start-up short."""
    script = "import sys, deck\nprint(sorted(m for m in sys.modules if m.startswith('deck.')))"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
