"""Where starcards keeps its files: the database and the settings file.

Each location has an environment-variable seam (`STARCARDS_DB`, `STARCARDS_CONFIG`)
that the tests and the `--db` option use.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "starcards"
"""The name under which the user's data and config directories are created."""


def default_db_path() -> Path:
    """`$STARCARDS_DB` if set, else `starcards.db` in the user data directory."""
    override = os.environ.get("STARCARDS_DB")
    if override:
        return Path(override)
    return platformdirs.user_data_path(APP_NAME) / "starcards.db"


def config_path() -> Path:
    """`$STARCARDS_CONFIG` if set, else `config.toml` in the user config directory."""
    override = os.environ.get("STARCARDS_CONFIG")
    if override:
        return Path(override)
    return platformdirs.user_config_path(APP_NAME) / "config.toml"
