"""`starcards sync` with `[sync]` set: merging with another machine from the command line; `doctor` reports the folder."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from scheduler.engine import Rating, make_fsrs
from scheduler.reviews import record_review
from scheduler.settings import Settings
from scheduler.store import Store
from tests.textual_app.conftest import NOTE
from textual_app.cli import main
from textual_app.errors import EXIT_OK, EXIT_UNUSABLE


def _machine(tmp_path: Path, name: str, folder: Path) -> tuple[Path, Path, Path]:
    """A machine's vault (holding the deck `Interviews`), settings file naming it and the shared folder, database."""
    vault = tmp_path / name / "Notes"
    (vault / "Interviews").mkdir(parents=True)
    (vault / "Interviews" / "Practice.md").write_text(NOTE, encoding="utf-8")
    config = tmp_path / name / "config.toml"
    config.write_text(f"[sync]\nvault = {json.dumps(str(vault))}\nfolder = {json.dumps(str(folder))}\n")
    return vault, config, tmp_path / name / "starcards.db"


def _sync(config: Path, db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
          *paths: Path) -> dict:
    """`starcards sync [PATH...] --json` on this machine; its report."""
    monkeypatch.setenv("STARCARDS_CONFIG", str(config))
    assert main(["--db", str(db), "sync", *map(str, paths), "--json"]) == EXIT_OK
    return json.loads(capsys.readouterr().out)


def test_sync_merges_the_other_machines_reviews(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A's two reviews reach B through the folder: written by A's sync, merged by B's (notes at another path)."""
    folder = tmp_path / "shared"
    vault_a, config_a, db_a = _machine(tmp_path, "a", folder)
    vault_b, config_b, db_b = _machine(tmp_path, "b", folder)
    assert _sync(config_a, db_a, capsys, monkeypatch, vault_a / "Interviews")["machines"]["written"] == 0
    with Store.open(db_a) as store:
        for card_id in (1, 2):
            record_review(store, make_fsrs(Settings()), card_id, Rating.GOOD, datetime(2026, 3, 10, tzinfo=UTC), 900)
    assert _sync(config_a, db_a, capsys, monkeypatch)["machines"]["written"] == 2
    merged = _sync(config_b, db_b, capsys, monkeypatch, vault_b / "Interviews")["machines"]
    assert merged["added"]["review"] == 2 and merged["cards"] == 2 and merged["pending"] == 0
    monkeypatch.setenv("STARCARDS_CONFIG", str(config_b))
    assert main(["--db", str(db_b), "doctor"]) == EXIT_OK
    assert "another machine's file" in capsys.readouterr().out


def test_sync_without_path_or_vault_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing to sync: no PATH and no `[sync]` vault is exit 2 with one line saying what to do."""
    monkeypatch.setenv("STARCARDS_CONFIG", str(tmp_path / "none.toml"))
    assert main(["--db", str(tmp_path / "s.db"), "sync"]) == EXIT_UNUSABLE
    assert "name your vault under [sync]" in capsys.readouterr().err
