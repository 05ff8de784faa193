"""The review screen as a picture: what the README shows is what the app draws.

Set STARCARDS_UPDATE_SCREENSHOT=1 to write the picture to docs/review.svg.
"""

from __future__ import annotations

import os
from pathlib import Path

from deck.examples import example_deck_path
from deck.loader import load_deck
from scheduler.decks import sync_deck

DOCS = Path(__file__).resolve().parents[2] / "docs"


async def test_half_revealed_example_card_draws_question_answer_and_buttons(make_app, store, clock, tmp_path) -> None:
    """The first example card, three sections revealed: question, those sections, the rest hidden, four ratings."""
    deck_id, _report = sync_deck(store, load_deck(example_deck_path()), clock.now())
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 34)) as pilot:
        clock.advance(seconds=83)
        await pilot.press("space", "space", "space")
        await pilot.pause()
        card = app.screen.session.current
        svg = app.export_screenshot(title="starcards")
    story = card.content.stories[0]
    for text in ("Situation", "Takeaways", "Again", "Hard", "Good", "Easy", "1:23&#160;/&#160;2:00"):
        assert text in svg
    assert story.sections["action"].split()[0] in svg
    assert card.asked.split()[0] in svg
    if os.environ.get("STARCARDS_UPDATE_SCREENSHOT"):
        DOCS.mkdir(exist_ok=True)
        (DOCS / "review.svg").write_text(svg, encoding="utf-8")
