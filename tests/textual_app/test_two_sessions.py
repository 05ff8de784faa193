"""Two review sessions on one database: the second is told, and a stale preview is never committed silently."""

from __future__ import annotations

from scheduler.engine import Rating
from scheduler.presence import ReviewPresence
from scheduler.session import ReviewSession
from scheduler.settings import Settings
from tests.textual_app.controls import controls


def _messages(app) -> list[str]:
    """Every notification the app has shown so far."""
    return [notification.message for notification in app._notifications]


async def test_a_second_review_on_the_same_database_is_told(make_app, deck_id, store) -> None:
    """Another session holds the database: the review says so at once; none does: nothing said."""
    other = ReviewPresence(store.path)
    assert other.claim()
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert any("Another starcards review is open" in message for message in _messages(app))
    other.release()
    alone = make_app(review_decks=[deck_id])
    async with alone.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert not any("Another starcards review" in message for message in _messages(alone))


async def test_a_card_rated_elsewhere_meanwhile_is_not_rated_on_a_stale_preview(make_app, deck_id, store, clock) -> None:
    """The other window rates the card after this one showed its intervals: nothing is saved, the user is told,
    the buttons show intervals from the card's new state, and the next rating is saved from that state."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("space")
        await pilot.pause()
        shown = app.screen.card
        before = dict(controls(app).intervals)
        elsewhere = ReviewSession(store, Settings(), clock, [deck_id])
        assert elsewhere.current.id == shown.id
        elsewhere.rate(Rating.EASY, 1000)
        await pilot.press("3")
        await pilot.pause()
        assert store.conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 1
        assert any("rated in another starcards window" in message for message in _messages(app))
        assert app.screen.card.id == shown.id and app.screen.card.state != shown.state
        after = dict(controls(app).intervals)
        assert after != before and after == dict(app.screen.session.intervals())
        await pilot.press("3")
        await pilot.pause()
        assert store.conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 2
