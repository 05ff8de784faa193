"""The example deck shipped with starcards: what a new user reviews first."""

from __future__ import annotations

from pathlib import Path

_EXAMPLES = Path(__file__).with_name("examples")


def example_deck_path() -> Path:
    """The path of the bundled example note, `Interview Stories.md`."""
    return _EXAMPLES / "Interview Stories.md"
