"""The statistics screen and the card browser as pictures, after a simulated month of reviews.

Set STARCARDS_UPDATE_SCREENSHOT=1 to write them to docs/stats.svg and docs/cards.svg.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

from deck.examples import example_deck_path
from deck.loader import load_deck
from scheduler.decks import sync_deck
from tests.textual_app.month import simulate_month

DOCS = Path(__file__).resolve().parents[2] / "docs"


def _save(name: str, svg: str) -> None:
    """Write the picture into docs/ when asked to."""
    if os.environ.get("STARCARDS_UPDATE_SCREENSHOT"):
        DOCS.mkdir(exist_ok=True)
        (DOCS / name).write_text(svg, encoding="utf-8")


async def test_stats_and_browser_pictures(make_app, store, clock) -> None:
    """After a month on the example deck: the stats screen draws its panels, the browser a card's history."""
    sync_deck(store, load_deck(example_deck_path()), clock.now() - timedelta(days=40))
    simulate_month(store, clock, skip=(3, 11, 12))
    app = make_app()
    async with app.run_test(size=(100, 58)) as pilot:
        await pilot.press("s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        stats_svg = app.export_screenshot(title="starcards stats")
        await pilot.press("escape", "c")
        await pilot.resize_terminal(100, 36)
        await pilot.pause()
        await pilot.press("down", "down")
        await pilot.pause()
        cards_svg = app.export_screenshot(title="starcards cards")
    for text in ("Today", "Due in the next 30 days", "Reviews, last 12 months", "True retention", "Stability"):
        assert text.replace(" ", "&#160;") in stats_svg
    for text in ("Question", "History", "Good"):
        assert text in cards_svg
    _save("stats.svg", stats_svg)
    _save("cards.svg", cards_svg)
