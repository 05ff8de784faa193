"""A story's intro shows with its first section, and the answer's notes once all is revealed."""

from __future__ import annotations

from pathlib import Path

import pytest

from deck.loader import load_deck
from deck.models import CardContent, Story
from scheduler.clock import FixedClock
from scheduler.decks import sync_deck
from scheduler.store import Store
from textual_app.reveal import reveal_steps
from textual_app.widgets.answer_view import HIDDEN, NOTES_LABEL, AnswerView

NOTE = """\
## Tell me about a time you led a migration

Context: my [bold]second[/] job, 2023.

### Situation
The billing service had to move.

### Task
Move it with no downtime.

### Result
Done in six weeks.

---

Say it in under two minutes.
"""


@pytest.fixture
def intro_deck(store: Store, clock: FixedClock, tmp_path: Path) -> int:
    """A one-card deck whose story has an intro and whose answer has notes."""
    note = tmp_path / "Intro.md"
    note.write_text(NOTE, encoding="utf-8")
    deck_id, _ = sync_deck(store, load_deck(note), clock.now())
    return deck_id


def _lines(app) -> list[str]:
    """The lines the answer on screen draws, without blank ones."""
    return [line.strip() for line in app.screen.query_one("#answer", AnswerView).lines() if line.strip()]


def test_the_intro_goes_with_the_first_step_of_its_story_only() -> None:
    """Each story's intro rides on its first section; later sections carry none."""
    stories = [
        Story(intro="first intro", sections={"task": "t", "situation": "s"}),
        Story(sections={"action": "a"}),
    ]
    card = CardContent(key="k", file="n.md", line=1, question="Q?", phrasings=["Q?"], answer="x", stories=stories)
    assert [(step.label, step.intro) for step in reveal_steps(card, "x")] == [
        ("Situation", "first intro"), ("Task", ""), ("Action", "")
    ]


async def test_space_shows_the_intro_with_the_first_section(make_app, intro_deck) -> None:
    """Hidden before any reveal; the first space shows it, as plain text, never markup."""
    app = make_app(review_decks=[intro_deck])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert _lines(app) == [f"Situation   {HIDDEN}", f"Task        {HIDDEN}", f"Result      {HIDDEN}"]
        await pilot.press("space")
        await pilot.pause()
        assert _lines(app)[:3] == [
            "Context: my [bold]second[/] job, 2023.", "Situation   The billing service had to move.", f"Task        {HIDDEN}"
        ]


async def test_notes_show_only_when_everything_is_revealed(make_app, intro_deck) -> None:
    """Text in no story is labelled and shown after the last section, not before."""
    app = make_app(review_decks=[intro_deck])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("space", "space")
        await pilot.pause()
        assert NOTES_LABEL not in _lines(app) and "Say it in under two minutes." not in _lines(app)
        await pilot.press("space")
        await pilot.pause()
        assert _lines(app)[-2:] == [NOTES_LABEL, "Say it in under two minutes."]


async def test_reveal_all_shows_intro_and_notes(make_app, intro_deck) -> None:
    """`a` shows the intro, every section and the notes at once."""
    app = make_app(review_decks=[intro_deck])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        assert _lines(app) == [
            "Context: my [bold]second[/] job, 2023.",
            "Situation   The billing service had to move.",
            "Task        Move it with no downtime.",
            "Result      Done in six weeks.",
            NOTES_LABEL,
            "Say it in under two minutes.",
        ]
