"""kill -9 at any point of rating, undo, bury, suspend, sync and migration: nothing acknowledged is lost.

The default run kills a few workers; `pytest -m soak` kills many more (`SOAK_RUNS`).
Workers are killed after a chosen number of acknowledgements (state, not time); a
migration, which acknowledges nothing on the way, after a random pause.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from scheduler import schema
from scheduler.store import Store
from tests.faults.checks import ROOT, Acknowledged, check_store, start_worker
from tests.faults.worker import START, sync, write_vault
from tests.scheduler.old_schemas.make import HERE

QUICK_RUNS = 3
SOAK_RUNS = 100


def _one_kill(tmp_path: Path, seed: int) -> Acknowledged:
    """Start a worker, kill it with SIGKILL after a random number of acknowledgements, check the store."""
    db, vault = tmp_path / f"kill{seed}.db", tmp_path / f"vault{seed}"
    write_vault(vault)
    with Store.open(db) as store:
        sync(store, vault, START)
    acknowledged = Acknowledged()
    worker = start_worker(db, vault, seed, steps=100_000)
    assert worker.stdout is not None
    kill_after = random.Random(seed).randrange(1, 80)
    for line in worker.stdout:
        acknowledged.take(line)
        if acknowledged.lines >= kill_after:
            worker.kill()
            break
    acknowledged.read(worker.stdout)
    worker.wait()
    check_store(db, acknowledged)
    return acknowledged


@pytest.mark.parametrize("seed", range(QUICK_RUNS))
def test_kill_9_loses_nothing_acknowledged(tmp_path: Path, seed: int) -> None:
    """A worker killed mid-action: every acknowledged action is in the store, integrity ok, caches = replay."""
    assert _one_kill(tmp_path, seed).lines >= 1


@pytest.mark.soak
def test_kill_9_soak(tmp_path: Path) -> None:
    """The same, `SOAK_RUNS` times over."""
    for seed in range(QUICK_RUNS, QUICK_RUNS + SOAK_RUNS):
        _one_kill(tmp_path, seed)


def test_two_processes_rating_and_syncing_one_database(tmp_path: Path) -> None:
    """Two workers on one database at once: each acknowledged review is there exactly once, none extra."""
    db, vault = tmp_path / "shared.db", tmp_path / "vault"
    write_vault(vault)
    with Store.open(db) as store:
        sync(store, vault, START)
    workers = [start_worker(db, vault, seed, steps=120) for seed in (11, 12)]
    acknowledged = Acknowledged()
    for worker in workers:
        assert worker.stdout is not None
        acknowledged.read(worker.stdout)
        assert worker.wait() == 0
    check_store(db, acknowledged, exact=True)
    assert acknowledged.reviews


def _big_schema1(tmp_path: Path) -> Path:
    """The schema-1 fixture with its log repeated 300 times (about 20,000 reviews): a migration that takes a while."""
    db = tmp_path / "big1.db"
    shutil.copyfile(HERE / "schema1.db", db)
    with closing(sqlite3.connect(db)) as conn:
        for round_ in range(1, 300):
            conn.execute(
                "INSERT INTO reviews (card_id, rating, reviewed_at, duration_ms)"
                " SELECT card_id, rating, strftime('%Y-%m-%dT%H:%M:%S.000000+00:00', reviewed_at, ?), duration_ms"
                " FROM reviews WHERE id <= 68",
                (f"+{round_ * 20} days",),
            )
        conn.commit()
    return db


def _log(db: Path) -> list[tuple[object, ...]]:
    """The review log's rows as schema 1 had them."""
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute("SELECT id, card_id, rating, reviewed_at, duration_ms FROM reviews ORDER BY id").fetchall()


@pytest.mark.parametrize("seed", range(QUICK_RUNS))
def test_kill_9_during_a_migration_loses_nothing(tmp_path: Path, seed: int) -> None:
    """A migration killed at a random point leaves a database that the next open migrates, its log intact."""
    db = _big_schema1(tmp_path)
    before = _log(db)
    opener = subprocess.Popen(
        [sys.executable, "-c", f"from scheduler.store import Store; print('go', flush=True); Store.open({str(db)!r})"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert opener.stdout is not None and opener.stdout.readline().strip() == "go"
    time.sleep(random.Random(seed).uniform(0.2, 2.5))  # where the kill lands; nothing below depends on timing
    opener.kill()
    opener.wait()
    with Store.open(db) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS)
    assert _log(db) == before
