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
