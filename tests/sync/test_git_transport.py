"""git as the transport: a bare repository and two clones, each machine committing only its own file."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from scheduler.sync_settings import SyncSettings
from tests.sync.machines import DAY, T0, Machine, note

QUESTIONS = ["Tell me about a failure?", "Describe a conflict?", "Why this company?"]

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _git(where: Path, *args: str) -> str:
    """Run git in `where` with a fixed identity; its output (a failure fails the test, merge conflicts included)."""
    command = ["git", "-c", "user.name=starcards", "-c", "user.email=test@example.invalid",
               "-c", "init.defaultBranch=main", "-c", "pull.rebase=true", *args]
    done = subprocess.run(command, cwd=where, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"git {' '.join(args)}: {done.stdout}{done.stderr}"
    return done.stdout


def _clone(remote: Path, home: Path) -> Machine:
    """A machine whose vault is a clone of `remote`, its sync folder `.starcards` inside the vault."""
    home.mkdir()
    _git(home, "clone", str(remote), "Notes")
    machine = Machine.make(home, home / "unused", {})
    machine.settings = replace(machine.settings, sync=SyncSettings(vault=str(machine.vault)))
    machine.read_notes()
    return machine


def _publish(machine: Machine) -> None:
    """Sync, commit only this machine's own file, pull (rebasing), push, and merge what came."""
    machine.sync()
    me = machine.store.conn.execute("SELECT id FROM machine").fetchone()[0]
    _git(machine.vault, "add", f".starcards/starcards-{me}.jsonl")
    if _git(machine.vault, "status", "--porcelain", "--untracked-files=no"):
        _git(machine.vault, "commit", "-m", f"starcards reviews from {me}")
    _git(machine.vault, "pull")
    _git(machine.vault, "push", "origin", "HEAD:main")
    machine.sync()


def test_two_clones_never_conflict_and_converge(tmp_path: Path) -> None:
    """Both machines review offline, commit and push in turn, several rounds: no conflict, one state."""
    remote, seed = tmp_path / "remote.git", tmp_path / "seed"
    _git(tmp_path, "init", "--bare", str(remote))
    _git(tmp_path, "clone", str(remote), str(seed))
    (seed / "Interviews").mkdir()
    (seed / "Interviews" / "n.md").write_text(note(QUESTIONS), encoding="utf-8")
    _git(seed, "add", ".")
    _git(seed, "commit", "-m", "notes")
    _git(seed, "push", "origin", "HEAD:main")
    a, b = _clone(remote, tmp_path / "a"), _clone(remote, tmp_path / "b")
    try:
        for round_ in range(3):
            for offset, machine in enumerate((a, b)):
                for number, question in enumerate(QUESTIONS):
                    machine.rate(question, 1 + (round_ + number + offset) % 4, T0 + (round_ * 3 + offset) * DAY)
            _publish(a)
            _publish(b)
        _publish(a)
        assert a.log() == b.log() and a.states() == b.states()
        assert len(a.log()) == 18 and a.true_to_log() and b.true_to_log()
    finally:
        a.store.close()
        b.store.close()
