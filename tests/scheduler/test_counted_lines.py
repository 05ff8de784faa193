"""Lines the scheduler writes for the user count in the singular for one: `1 deck`, `read 1 file`."""

from __future__ import annotations

import pytest

from scheduler.restore import Contents
from scheduler.sync import SyncOutcome


@pytest.mark.parametrize(
    ("contents", "said"),
    [
        (Contents(1, 1, 1, None), "1 deck, 1 card, 1 review"),
        (Contents(2, 18, 0, "2026-03-10T08:01:22.5"), "2 decks, 18 cards, 0 reviews (last 2026-03-10T08:01:22Z)"),
    ],
)
def test_a_backup_is_described_with_its_counts_in_the_right_number(contents: Contents, said: str) -> None:
    """`starcards backups` and `restore` describe a database as `1 deck, 18 cards, 1 review`."""
    assert str(contents) == said


def test_a_sync_of_one_file_and_one_event_says_so_in_the_singular() -> None:
    """The sync summary: `wrote 1 event, read 1 file, merged 1 event, 1 card updated, 1 unreadable line`."""
    outcome = SyncOutcome(written=1, files_read=["a.jsonl"], cards=1, problems=["a.jsonl:3: not JSON"])
    outcome.added["review"] = 1
    assert outcome.summary() == "wrote 1 event, read 1 file, merged 1 event, 1 card updated, 1 unreadable line"

