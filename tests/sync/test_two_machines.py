"""Two machines reviewing offline, then merging through one sync folder: the same log and states on both."""

from __future__ import annotations

from pathlib import Path

import pytest

from scheduler import actions
from tests.sync.machines import DAY, FSRS, T0, Machine, copy_vault, note, write_notes

QUESTIONS = [
    "Tell me about a time you failed?",
    "Describe a conflict with a colleague?",
    "When did you lead without authority?",
    "Tell me about a hard deadline?",
]
REWORDED = "When did you lead a team without having authority?"


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Machine, Machine]:
    """Machines A and B with the same notes at different paths, one sync folder outside both."""
    folder = tmp_path / "shared"
    notes = {"Interviews/stories.md": note(QUESTIONS)}
    a, b = (Machine.make(tmp_path / name, folder, notes) for name in ("a", "b"))
    a.read_notes()
    b.read_notes()
    yield a, b
    a.store.close()
    b.store.close()


def _offline_work(a: Machine, b: Machine) -> int:
    """Reviews on both (the same card the same day), undos, a suspend undone, a reword on A; reviews kept."""
    a.rate(QUESTIONS[0], 3, T0 + DAY)
    b.rate(QUESTIONS[0], 2, T0 + DAY + DAY / 12)
    a.undo(a.rate(QUESTIONS[1], 1, T0 + DAY))
    a.rate(QUESTIONS[1], 3, T0 + DAY + DAY / 24)
    b.rate(QUESTIONS[2], 3, T0 + DAY)
    b.undo(b.rate(QUESTIONS[3], 4, T0 + DAY))
    a.suspend(QUESTIONS[3], T0 + DAY)
    event = b.suspend(QUESTIONS[1], T0 + DAY)
    actions.undo_event(b.store, FSRS, event)
    write_notes(a.vault, {"Interviews/stories.md": note([*QUESTIONS[:2], REWORDED, QUESTIONS[3]])})
    a.read_notes(now=T0 + 2 * DAY)
    a.rate(REWORDED, 3, T0 + 3 * DAY)
    b.rate(QUESTIONS[2], 3, T0 + 3 * DAY)
    return 6


def test_two_machines_merge_to_the_same_log_and_states(pair: tuple[Machine, Machine]) -> None:
    """After A, B, A sync: one log on both, identical states equal to a replay, nothing lost or doubled."""
    a, b = pair
    kept = _offline_work(a, b)
    a.sync(), b.sync(), a.sync()
    assert _unkeyed(a) == _unkeyed(b)  # B still has the old question, under its old key
    assert sum(1 for row in a.log() if not row[9]) == kept
    assert len({row[:2] for row in a.log()}) == len(a.log()) == kept + 2
    copy_vault(a, b)
    b.read_notes(now=T0 + 4 * DAY)
    b.sync(), a.sync()
    assert a.log() == b.log()
    assert a.states() == b.states()
    assert a.true_to_log() and b.true_to_log()
    reworded = a.store.conn.execute("SELECT reps, suspended FROM cards WHERE question = ?", (REWORDED,)).fetchone()
    assert tuple(reworded) == (3, 0)
    assert a.states()[_key(a, QUESTIONS[3])][1] == 1


def test_merging_again_changes_nothing(pair: tuple[Machine, Machine]) -> None:
    """Once merged, further syncs on either side add, touch and write nothing."""
    a, b = pair
    _offline_work(a, b)
    a.sync(), b.sync(), a.sync()
    before = (_dump(a), _dump(b))
    again = [a.sync(), b.sync(), a.sync()]
    assert (_dump(a), _dump(b)) == before
    assert all(outcome.written == 0 and sum(outcome.added.values()) == 0 for outcome in again)


def test_events_for_cards_not_here_yet_wait_and_then_apply(pair: tuple[Machine, Machine]) -> None:
    """A's reviews in a deck B has not added stay pending on B, and apply once B adds the deck."""
    a, b = pair
    write_notes(a.vault, {"Other/more.md": note(["What is your greatest strength?"])})
    a.read_notes("Other")
    a.rate("What is your greatest strength?", 3, T0 + DAY)
    a.sync()
    assert b.sync().pending == 1
    copy_vault(a, b)
    b.read_notes("Other")
    outcome = b.sync()
    assert outcome.pending == 0 and outcome.added["review"] == 1
    assert a.log() == b.log() and a.states() == b.states()


def _unkeyed(machine: Machine) -> list[tuple[object, ...]]:
    """The log without the cards' keys."""
    return [row[:2] + row[3:] for row in machine.log()]


def _key(machine: Machine, question: str) -> str:
    """The key of the card asking `question`."""
    return str(machine.store.conn.execute("SELECT key FROM cards WHERE question = ?", (question,)).fetchone()[0])


def _dump(machine: Machine) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the tables a merge writes."""
    tables = ("review_log", "card_event_log", "undos", "key_links", "cards", "review_hours", "sync_pending")
    return {table: sorted(map(tuple, machine.store.conn.execute(f"SELECT * FROM {table}"))) for table in tables}
