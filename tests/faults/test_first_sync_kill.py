"""kill -9 in the middle of a first sync, with cards already inserted: the store is as before it began."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from scheduler.store import Store
from tests.faults.checks import ROOT
from tests.faults.worker import START, write_vault
from textual_app.syncing import sync_paths

CHILD = """
import sys
from pathlib import Path
import scheduler.first_sync as first_sync
from scheduler.store import Store
from tests.faults.worker import START
from textual_app.syncing import sync_paths

insert = first_sync.insert_cards

def insert_then_wait(*args):
    insert(*args)
    print("inserted", flush=True)
    sys.stdin.readline()  # held here until killed

first_sync.insert_cards = insert_then_wait
with Store.open(sys.argv[1]) as store:
    sync_paths(store, [sys.argv[2]], START)
"""


def test_killed_mid_first_sync_leaves_nothing(tmp_path: Path) -> None:
    """Cards of the first note inserted, then SIGKILL: no deck, no card, no stamp; the next sync stores all."""
    db, vault = tmp_path / "s.db", tmp_path / "vault"
    write_vault(vault, notes=6)
    env = os.environ | {"PYTHONPATH": str(ROOT), "STARCARDS_PARSE_WORKERS": "1"}
    command = [sys.executable, "-c", CHILD, str(db), str(vault)]
    child = subprocess.Popen(command, cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline() == "inserted\n"
    child.kill()
    child.wait()
    with Store.open(db) as store:
        counts = [store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in ("decks", "cards", "notes")]
        assert counts == [0, 0, 0]
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        (synced,) = sync_paths(store, [str(vault)], START)
        assert synced.report.new == 18
