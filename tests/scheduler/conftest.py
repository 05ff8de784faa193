"""Fixtures for the scheduler tests: a private data dir, an in-memory store, a fixed clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from scheduler.clock import FixedClock
from scheduler.store import Store
from tests.scheduler.helpers import T0


@pytest.fixture(autouse=True)
def private_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point STARCARDS_DB and STARCARDS_CONFIG at tmp files: no test touches real user data."""
    monkeypatch.setenv("STARCARDS_DB", str(tmp_path / "env" / "starcards.db"))
    monkeypatch.setenv("STARCARDS_CONFIG", str(tmp_path / "env" / "config.toml"))


@pytest.fixture
def store() -> Iterator[Store]:
    """A fresh, migrated in-memory store."""
    with Store.open(":memory:") as opened:
        yield opened


@pytest.fixture
def clock() -> FixedClock:
    """A clock standing at T0 (noon UTC) so every expectation is exact."""
    return FixedClock(T0)
