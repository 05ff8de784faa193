"""`starcards review --tag T`: a review of only the cards due with that tag."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from deck.loader import load_deck
from scheduler.decks import sync_deck
from scheduler.focus import Focus
from textual_app.cli import main, notes
from textual_app.errors import EXIT_OK

TAGGED_NOTE = """\
# Inline

#work What did you ship last quarter?::The billing export.
#home Where would you like to live?::By the sea.
#work/people Who did you mentor?::Two new hires.
"""


@pytest.mark.usefixtures("terminal")
def test_review_tag_reaches_the_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line passes the tag to the review it starts."""
    note = tmp_path / "Inline.md"
    note.write_text(TAGGED_NOTE, encoding="utf-8")
    started: dict[str, object] = {}
    monkeypatch.setattr(notes, "run_app", lambda *args, **options: started.update(options) or EXIT_OK)
    assert main(["--db", str(tmp_path / "t.db"), "review", str(note), "--tag", "work"]) == EXIT_OK
    assert started["review_focus"] == Focus(tag="work")


async def test_a_tagged_review_asks_only_tagged_cards(make_app, store, clock, tmp_path: Path) -> None:
    """Of three cards, the two tagged `work` (one nested) are asked; the other is left for another review."""
    note = tmp_path / "Inline.md"
    note.write_text(TAGGED_NOTE, encoding="utf-8")
    deck_id, _ = sync_deck(store, load_deck(note), clock.now())
    app = make_app(review_decks=[deck_id], review_focus=Focus(tag="work"))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert "What did you ship" in str(app.screen.query_one("#question", Static).render())
        assert app.screen.session.left == 2
