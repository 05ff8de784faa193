"""The interview report as a picture, after two mocks on the example deck.

Set STARCARDS_UPDATE_SCREENSHOT=1 to write it to docs/mock-report.svg.
"""

from __future__ import annotations

import os
import random
from datetime import timedelta
from pathlib import Path

from deck.examples import example_deck_path
from deck.loader import load_deck
from scheduler.decks import sync_deck
from scheduler.engine import Rating
from scheduler.mock import MockInterview
from scheduler.settings import Settings
from textual_app.screens.mock_report import MockReportScreen

DOCS = Path(__file__).resolve().parents[2] / "docs"


def run_mock(store, clock, answers: list[tuple[int, Rating, int]], seed: int) -> int | None:
    """A five-question, ten-minute mock: each answer (story index or -1 for none, rating, seconds)."""
    mock = MockInterview(store, Settings(), clock.now(), questions=len(answers), minutes=10, rng=random.Random(seed))
    for (story, rating, seconds), question in zip(answers, mock.questions, strict=False):
        clock.advance(seconds=seconds)
        told = question.stories[min(story, len(question.stories) - 1)] if story >= 0 and question.stories else None
        mock.answer(told, rating, seconds * 1000, clock.now())
    return mock.finish(clock.now())


async def test_mock_report_picture(make_app, store, clock) -> None:
    """Two mocks a day apart; the second's report shows answers, what to work on and the trend."""
    sync_deck(store, load_deck(example_deck_path()), clock.now() - timedelta(days=3))
    run_mock(store, clock, [(0, Rating.HARD, 150), (-1, Rating.AGAIN, 70), (0, Rating.GOOD, 100)], seed=1)
    clock.advance(days=1)
    latest = run_mock(
        store, clock,
        [(0, Rating.GOOD, 95), (0, Rating.GOOD, 140), (-1, Rating.AGAIN, 60), (0, Rating.EASY, 80), (0, Rating.GOOD, 110)],
        seed=7,
    )
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        app.push_screen(MockReportScreen(latest))
        await pilot.pause()
        svg = app.export_screenshot(title="starcards mock-report")
    for text in ("Mock interview", "Ran over the target", "Told no story", "Trend"):
        assert text.replace(" ", "&#160;") in svg
    if os.environ.get("STARCARDS_UPDATE_SCREENSHOT"):
        (DOCS / "mock-report.svg").write_text(svg, encoding="utf-8")
