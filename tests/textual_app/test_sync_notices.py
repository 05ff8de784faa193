"""What a review says at start about the decks it synced: only what changed or warns, not every time."""

from __future__ import annotations

from deck.models import DeckContent
from scheduler.decks import SyncReport
from textual_app.syncing import SyncedDeck, sync_notices


def _synced(name: str, report: SyncReport) -> SyncedDeck:
    """A deck called `name` synced with `report`."""
    return SyncedDeck(1, report, DeckContent(name=name, root="/notes"), name)


def test_only_decks_that_changed_or_warn_are_told() -> None:
    """Nothing new, changed, relinked, removed or warned: no notice to cover the card with."""
    quiet = _synced("Quiet", SyncReport(unchanged=5))
    grown = _synced("Grown", SyncReport(new=2, unchanged=3))
    warned = _synced("Warned", SyncReport(unchanged=1, warnings=1))
    notices = sync_notices([quiet, grown, warned])
    assert [notice.split(":")[0] for notice in notices] == ["Grown", "Warned"]
    assert "2 new" in notices[0]


def test_a_moved_deck_is_told_even_when_nothing_else_changed() -> None:
    """A deck found at a new path is announced with its move, then its counts."""
    moved = _synced("Moved", SyncReport(unchanged=4, moved_from="/old"))
    assert sync_notices([moved]) == ["moved deck Moved from /old to /notes", "Moved: " + str(moved.report)]
