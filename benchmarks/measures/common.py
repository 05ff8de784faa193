"""What the measures share: throw-away copies of a built collection, and timed subprocesses."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.build import Built

ROOT = Path(__file__).resolve().parents[2]
"""The repository: subprocesses run here, so `python -m textual_app` is this checkout."""

RATINGS = (3, 3, 3, 1, 3, 3, 4, 3, 2, 3)
"""The ratings given, in turn, by every rating loop: mostly Good, as a learner rates."""


def copy_store(built: Built, into: Path) -> Path:
    """A throw-away copy of the collection's store (measures that rate must not change the cache)."""
    into.mkdir(parents=True, exist_ok=True)
    target = into / "starcards.db"
    shutil.copyfile(built.db, target)
    return target


def copy_anki(built: Built, into: Path) -> Path:
    """A throw-away copy of the collection's Anki collection."""
    into.mkdir(parents=True, exist_ok=True)
    target = into / "collection.anki2"
    shutil.copyfile(built.anki, target)
    return target


def private_env(tmp: Path, **extra: str) -> dict[str, str]:
    """The environment for a starcards subprocess: its own settings path, never the user's."""
    env = dict(os.environ)
    env["STARCARDS_CONFIG"] = str(tmp / "no-settings.toml")
    env.update(extra)
    return env


def wall_ms(command: list[str], env: dict[str, str] | None = None) -> float:
    """Milliseconds from spawning `command` to its exit (it must succeed)."""
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT, env=env)
    return (time.perf_counter() - start) * 1000


def probe(kind: str, path: Path) -> dict[str, float]:
    """Run `benchmarks.probes` in a fresh process; its JSON result."""
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.probes", kind, str(path)],
        check=True, capture_output=True, text=True, cwd=ROOT,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def alternate(runs: int, *actions: callable) -> list[list]:  # type: ignore[valid-type]
    """Run each action once to warm up, then `runs` rounds of all actions in turn; their results.

    Alternating keeps a slow spell of the machine from landing on one side only.
    """
    for action in actions:
        action()
    results: list[list] = [[] for _ in actions]
    for _ in range(runs):
        for index, action in enumerate(actions):
            results[index].append(action())
    return results
