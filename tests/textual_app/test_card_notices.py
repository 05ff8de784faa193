"""What the review screen says about a card: key phrases that read on any theme, leeches, the interview day."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from textual.color import Color
from textual.widgets import Static

from deck.models import KeyPhrase
from scheduler.settings import DeckSettings, Settings
from tests.textual_app.conftest import synced_note
from textual_app.highlight import PLAIN_HIGHLIGHT, contrast, highlighted, phrase_style

SEED_COLOURS = [
    "#ADCCFFA6",
    "#BBFABBA6",
    "#D2B3FFA6",
    "#FF5582A6",
    "#FFB86CA6",
    "#000",
    "#ffffff",
    "#1e3a8a",
    "#777777",
]

HIGHLIGHTED_NOTE = """\
- Tell me about a time you <mark style="background: #FF5582A6;">missed a deadline</mark>
\t1. **Situation**: the export slipped and we missed a deadline by a week;
\t2. **Result**: shipped the week after;
"""


@pytest.mark.parametrize("colour", SEED_COLOURS)
def test_key_phrase_text_contrasts_with_its_highlight(colour: str) -> None:
    """Whatever the note's colour, the phrase's text is black or white with a contrast of at least 4.5."""
    style = phrase_style(colour)
    _bold, text, _on, background = style.split()
    assert contrast(Color.parse(text), Color.parse(background)) >= 4.5


@pytest.mark.parametrize("colour", [None, "red; position: fixed", "#12", "#GGGGGG"])
def test_unusable_colours_fall_back_to_bold_underline(colour: str | None) -> None:
    """No colour, or anything but hex, is never put into a style."""
    assert phrase_style(colour) == PLAIN_HIGHLIGHT


def test_every_occurrence_is_highlighted_and_text_is_never_markup() -> None:
    """Both occurrences get the style; brackets stay text."""
    content = highlighted("[b]x[/b] x", [KeyPhrase(text="x", colour="#FFB86CA6")])
    assert content.plain == "[b]x[/b] x"
    assert [(span.start, span.end) for span in content.spans] == [(3, 4), (9, 10)]


@pytest.fixture
def marked_deck(store, clock, tmp_path: Path) -> int:
    """A one-card deck whose question and answer hold a highlighted key phrase."""
    return synced_note(store, clock, tmp_path / "Marked.md", HIGHLIGHTED_NOTE)


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_key_phrases_draw_the_same_on_dark_and_light_themes(make_app, marked_deck, theme: str) -> None:
    """On either theme the phrase is drawn black on the opaque note colour, in question and answer."""
    app = make_app(review_decks=[marked_deck])
    async with app.run_test(size=(100, 30)) as pilot:
        app.theme = theme
        await pilot.press("a")
        await pilot.pause()
        svg = app.export_screenshot().lower()
    assert "#ff5582" in svg
    assert svg.count("missed&#160;a&#160;deadline") == 2


async def test_a_leech_says_so_and_offers_to_edit(make_app, marked_deck, clock) -> None:
    """With a threshold of 1, a review card forgotten once is flagged, with e offered to rewrite it."""
    app = make_app(settings=Settings(leech_threshold=1), review_decks=[marked_deck])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert not app.screen.query_one("#leech").display
        await pilot.press("space", "4")
        clock.advance(days=30)
        await pilot.press("enter")
        await pilot.pause()
        app.start_review([marked_deck])
        await pilot.pause()
        assert not app.screen.query_one("#leech").display
        await pilot.press("space", "1")
        clock.advance(minutes=11)
        await pilot.pause()
        leech = app.screen.query_one("#leech", Static)
        assert leech.display and "Press e to rewrite it" in str(leech.render())
        assert app.screen.check_action("edit", ())


async def test_predicted_recall_on_interview_day_shows_after_reveal(make_app, deck_id, clock) -> None:
    """A reviewed card of a deck with an interview date shows its predicted recall on the day, once revealed."""
    day = clock.now().date() + datetime.timedelta(days=20)
    app = make_app(settings=Settings(decks={"Practice": DeckSettings(interview_date=day)}), review_decks=[deck_id])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("space", "4", "space", "4", "space", "4")
        clock.advance(days=12)
        await pilot.press("enter")
        await pilot.pause()
        app.start_review([deck_id])
        await pilot.pause()
        interview = app.screen.query_one("#interview", Static)
        assert not interview.display
        await pilot.press("space")
        await pilot.pause()
        recall = app.screen.card.recall_on_interview
        assert interview.display and recall is not None
        expected = f"Predicted recall on interview day ({day:%a %d %b}): {recall:.0%}"
        assert str(interview.render()) == expected
