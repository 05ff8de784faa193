"""The review screen's footer lets go of the keys it has replaced (Textual's own keeps them all)."""

from __future__ import annotations

import gc
import weakref

from textual.widgets import Footer
from textual.widgets._footer import FooterKey


async def test_replaced_footer_keys_are_freed(make_app, deck_id) -> None:
    """After the keys on offer change a few times, none of the first keys shown is still alive."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        footer = app.screen.query_one(Footer)
        first = [weakref.ref(key) for key in footer.query(FooterKey)]
        assert first
        for key in ("space", "3", "space", "3"):
            await pilot.press(key)
            await pilot.pause()
        gc.collect()
        assert [ref for ref in first if ref() is not None] == []
        assert footer.query(FooterKey)


async def test_the_keys_are_kept_while_the_keys_on_offer_stay_the_same(make_app, deck_id) -> None:
    """Reveals and the next card keep the footer's keys (no rebuild); a key that stops applying is only dimmed."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        footer = app.screen.query_one(Footer)
        first = list(footer.query(FooterKey))
        await pilot.press("space")  # one of five sections: Reveal still applies
        await pilot.pause()
        assert list(footer.query(FooterKey)) == first
        await pilot.press("3")  # the first rating puts Undo on offer: the one rebuild
        await pilot.pause()
        keys = list(footer.query(FooterKey))
        reveal = next(key for key in keys if key.action == "reveal")
        assert keys != first and not reveal.has_class("-disabled")
        await pilot.press("space")  # the second card's answer is one step: nothing left to reveal
        await pilot.pause()
        assert list(footer.query(FooterKey)) == keys and reveal.has_class("-disabled")
        await pilot.press("3")
        await pilot.pause()
        assert list(footer.query(FooterKey)) == keys and not reveal.has_class("-disabled")
