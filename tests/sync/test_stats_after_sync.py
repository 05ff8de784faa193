"""Statistics after two machines merge their logs: the card figures equal a fresh count on each machine."""

from __future__ import annotations

import random
from datetime import UTC
from pathlib import Path

import pytest

from scheduler.rules import Rules
from scheduler.stats import compute
from tests.scheduler.figures_oracle import fresh_figures, shown_figures
from tests.sync.machines import DAY, T0, Machine, note

QUESTIONS = [f"Tell me about time number {number}?" for number in range(1, 9)]


@pytest.mark.parametrize("seed", range(2))
def test_card_figures_after_merges_equal_a_fresh_count(tmp_path: Path, seed: int) -> None:
    """Both machines rate, undo and suspend offline, then sync both ways: each one's figures are a fresh count."""
    chance = random.Random(seed)
    folder = tmp_path / "shared"
    machines = [Machine.make(tmp_path / name, folder, {"Interviews/stories.md": note(QUESTIONS)}) for name in "ab"]
    for machine in machines:
        machine.read_notes()
    now = T0
    for _round in range(3):
        for machine in machines:
            for _ in range(8):
                now += DAY * chance.choice([0.01, 0.4, 1.3])
                review = machine.rate(chance.choice(QUESTIONS), chance.randint(1, 4), now)
                if chance.random() < 0.2:
                    machine.undo(review)
            machine.suspend(chance.choice(QUESTIONS), now)
        for machine in (*machines, machines[0]):
            machine.sync()
    for machine in machines:
        for later in (DAY * 0, DAY * 5.5):
            shown = shown_figures(compute(machine.store, now + later, Rules(tz=UTC)))
            fresh = fresh_figures(machine.store, now + later)
            assert shown["counts"] == fresh["counts"]
            for name in ("stability", "difficulty", "retrievability"):
                assert shown[name][0] == fresh[name][0]
                assert shown[name][1] == pytest.approx(fresh[name][1], rel=1e-12)
        machine.store.close()
