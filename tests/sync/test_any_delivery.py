"""Property: events from up to three machines, delivered in any order, in pieces and any number of times,
give the same final state everywhere."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scheduler import actions
from scheduler.sync_out import own_file
from scheduler.sync_settings import SyncSettings
from tests.sync.machines import FSRS, T0, Machine, note

QUESTIONS = ["Tell me about a failure?", "Describe a conflict?", "Why this company?"]

_op = st.one_of(
    st.tuples(st.just("rate"), st.integers(0, 2), st.integers(1, 4)),
    st.tuples(st.just("undo"), st.just(0), st.just(0)),
    st.tuples(st.sampled_from(["suspend", "unsuspend", "bury", "reset", "unevent"]), st.integers(0, 2), st.just(0)),
)
_step = st.one_of(
    st.tuples(st.just("op"), st.integers(0, 2), _op),
    st.tuples(st.just("deliver"), st.integers(0, 2), st.tuples(st.integers(0, 2), st.floats(0, 1), st.booleans())),
    st.tuples(st.just("sync"), st.integers(0, 2), st.just(None)),
)


class _World:
    """Machines each with a private view of the sync folder: delivery copies bytes between views."""

    def __init__(self, root: Path, count: int, skews: list[int]) -> None:
        """`count` machines under `root`, machine i's clock off by `skews[i]` hours."""
        self.machines = []
        for index in range(count):
            view = root / f"view{index}"
            machine = Machine.make(root / f"m{index}", view, {"Interviews/n.md": note(QUESTIONS)})
            machine.settings = replace(machine.settings, sync=SyncSettings(vault=str(machine.vault), folder=str(view)))
            machine.read_notes()
            self.machines.append(machine)
        self.views = [root / f"view{index}" for index in range(count)]
        self.skews = skews
        self.reviews: list[list[int]] = [[] for _ in range(count)]
        self.events: list[list[int]] = [[] for _ in range(count)]

    def op(self, index: int, number: int, op: tuple[str, int, int]) -> None:
        """Machine `index` does `op` at step `number` of its own clock."""
        machine, (kind, card, rating) = self.machines[index], op
        when = T0 + timedelta(hours=number * 7 + self.skews[index])
        question = QUESTIONS[card]
        if kind == "rate":
            self.reviews[index].append(machine.rate(question, rating, when))
        elif kind == "undo" and self.reviews[index]:
            machine.undo(self.reviews[index].pop())
        elif kind == "unevent" and self.events[index]:
            actions.undo_event(machine.store, FSRS, self.events[index].pop())
        elif kind in ("suspend", "unsuspend", "bury", "reset"):
            self.events[index].append(self._event(machine, kind, machine.card(question), when))

    @staticmethod
    def _event(machine: Machine, kind: str, card_id: int, when: object) -> int:
        """Do a card event; its id."""
        if kind == "bury":
            return actions.bury(machine.store, card_id, when, when + timedelta(days=1))  # type: ignore[operator]
        if kind == "reset":
            return actions.reset(machine.store, FSRS, card_id, when)  # type: ignore[arg-type]
        return getattr(actions, kind)(machine.store, card_id, when)

    def deliver(self, source: int, target: int, fraction: float, conflict: bool) -> None:
        """Copy the first `fraction` of `source`'s file (cut anywhere, even mid-line) into `target`'s view."""
        if source == target:
            return
        machine = self.machines[source]
        path = own_file(self.views[source], machine.store.conn.execute("SELECT id FROM machine").fetchone()[0])
        if not path.exists():
            return
        data = path.read_bytes()
        name = path.name.replace(".jsonl", ".sync-conflict-20260101-000000-X.jsonl") if conflict else path.name
        destination = self.views[target] / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        existing = destination.read_bytes() if destination.exists() else b""
        cut = data[: max(len(existing), int(len(data) * fraction))]
        destination.write_bytes(cut)

    def settle(self) -> None:
        """Everyone writes, everything is delivered whole to everyone, everyone merges (twice over)."""
        for _ in range(2):
            for machine in self.machines:
                machine.sync()
            for source in range(len(self.machines)):
                for target in range(len(self.machines)):
                    self.deliver(source, target, 1.0, False)
            for machine in self.machines:
                machine.sync()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    count=st.integers(2, 3),
    skews=st.lists(st.integers(-6, 6), min_size=3, max_size=3),
    steps=st.lists(_step, max_size=30),
)
def test_any_delivery_gives_the_same_state_everywhere(count: int, skews: list[int], steps: list[tuple]) -> None:
    """Whatever the machines did and however their files travelled, all end with one log and the same states."""
    with tempfile.TemporaryDirectory() as root:
        world = _World(Path(root), count, skews)
        try:
            for number, (kind, index, detail) in enumerate(steps):
                index %= count
                if kind == "op":
                    world.op(index, number, detail)
                elif kind == "deliver":
                    world.deliver(detail[0] % count, index, detail[1], detail[2])
                world.machines[index].sync() if kind == "sync" else None
            world.settle()
            first = world.machines[0]
            for other in world.machines[1:]:
                assert other.log() == first.log()
                assert other.states() == first.states()
            assert all(machine.true_to_log() for machine in world.machines)
        finally:
            for machine in world.machines:
                machine.store.close()
