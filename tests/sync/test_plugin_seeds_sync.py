"""Seeds from the spaced-repetition plugin travel between machines: every machine replays from the same one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from deck.loader import load_deck
from scheduler.decks import sync_deck
from scheduler.note_stamps import known_stamps
from scheduler.plugin_seeds import schedulers_for
from tests.sync.machines import T0, Machine, write_notes

NOTE = """# Carried over

What does a canary release limit::How many users a bad build reaches
<!--SR:!2026-03-14,12,250-->

Why keep runbooks short::Nobody reads a long one at 3 a.m.
"""
QUESTION = "What does a canary release limit"
ON_THE_DAY = datetime(2026, 3, 14, 12, tzinfo=UTC)


def _seeding_read(machine: Machine, now: datetime = T0) -> None:
    """Sync the machine's deck from its notes as the app does: cards with the plugin's schedule are seeded."""
    root = machine.vault / "Interviews"
    content = load_deck(root, known=known_stamps(machine.store, str(root.resolve())))
    sync_deck(machine.store, content, now, schedulers=schedulers_for(machine.settings, UTC))


def _seed(machine: Machine) -> tuple[object, ...] | None:
    """The card's seed as the machine holds it: when read, the plugin's due date, interval and ease."""
    row = machine.store.conn.execute(
        "SELECT s.at, s.due, s.interval, s.ease FROM card_seeds AS s JOIN cards ON cards.id = s.card_id WHERE question = ?",
        (QUESTION,),
    ).fetchone()
    return None if row is None else tuple(row)


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Machine, Machine]:
    """Machines A and B with the plugin's note at different paths, one sync folder outside both."""
    machines = tuple(Machine.make(tmp_path / name, tmp_path / "shared", {"Interviews/n.md": NOTE}) for name in "ab")
    yield machines
    for machine in machines:
        machine.store.close()


def test_a_seed_reaches_a_machine_that_knew_the_card_without_it(pair: tuple[Machine, Machine]) -> None:
    """B read the note before it seeded cards; A's seed and review replay there as on A."""
    a, b = pair
    b.read_notes()  # no seeding: the card is new on B
    _seeding_read(a)
    a.rate(QUESTION, 3, ON_THE_DAY)
    a.sync(), b.sync()
    assert _seed(b) == _seed(a) is not None
    assert b.states() == a.states()
    assert a.true_to_log() and b.true_to_log()


def test_two_machines_that_seeded_a_card_keep_the_seed_read_first(pair: tuple[Machine, Machine]) -> None:
    """B read a later schedule an hour after A read its own: after A, B, A sync both replay from A's."""
    a, b = pair
    _seeding_read(a)
    write_notes(b.vault, {"Interviews/n.md": NOTE.replace("!2026-03-14,12,250", "!2026-03-20,30,270")})
    _seeding_read(b, T0 + timedelta(hours=1))
    a.rate(QUESTION, 3, ON_THE_DAY)
    b.rate(QUESTION, 2, ON_THE_DAY + timedelta(days=7))
    a.sync(), b.sync(), a.sync()
    assert _seed(a) == _seed(b) and _seed(a)[1:] == ("2026-03-14", 12, 250)
    assert a.states() == b.states()
    assert a.true_to_log() and b.true_to_log()


def test_a_seed_for_a_card_not_read_yet_waits_for_it(pair: tuple[Machine, Machine]) -> None:
    """B has not read the note: A's seed waits, and applies once B's notes give the card."""
    a, b = pair
    _seeding_read(a)
    a.sync()
    assert b.sync().pending >= 1
    b.read_notes(now=T0 + timedelta(hours=2))  # the card arrives on B, unseeded
    b.sync()
    assert _seed(b) == _seed(a)
    assert b.states() == a.states()
