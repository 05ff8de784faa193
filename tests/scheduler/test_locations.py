"""Where the database and the settings live: environment overrides, then platformdirs."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from scheduler.locations import config_path, default_db_path


def test_db_path_follows_starcards_db(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """$STARCARDS_DB, when set, is the database path."""
    monkeypatch.setenv("STARCARDS_DB", str(tmp_path / "mine.db"))
    assert default_db_path() == tmp_path / "mine.db"


def test_config_path_follows_starcards_config(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """$STARCARDS_CONFIG, when set, is the settings path."""
    monkeypatch.setenv("STARCARDS_CONFIG", str(tmp_path / "mine.toml"))
    assert config_path() == tmp_path / "mine.toml"


def test_paths_default_to_the_user_dirs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without overrides: starcards.db in the user data dir, config.toml in the user config dir."""
    monkeypatch.delenv("STARCARDS_DB")
    monkeypatch.delenv("STARCARDS_CONFIG")
    assert default_db_path() == platformdirs.user_data_path("starcards") / "starcards.db"
    assert config_path() == platformdirs.user_config_path("starcards") / "config.toml"
