"""Fixtures for every room. No test may touch the user's real data or config folder."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _private_locations(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the database, the settings and the platform folders at a temporary place.

    Without this a test that forgets `--db` would write into the real user data folder.
    """
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("STARCARDS_DB", str(home / "starcards.db"))
    monkeypatch.setenv("STARCARDS_CONFIG", str(home / "config.toml"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))


@pytest.fixture
def note_dir(tmp_path: Path) -> Path:
    """A folder for notes written by a test."""
    folder = tmp_path / "notes"
    folder.mkdir()
    return folder
