"""Helpers for tests that put notes on disk."""

from __future__ import annotations

import os
from pathlib import Path


def age(*paths: Path) -> None:
    """Set the files' mtime an hour back: notes saved just now are not trusted to stay unchanged (`RACY_NS`)."""
    for path in paths:
        hour_ago = path.stat().st_mtime_ns - 3600 * 10**9
        os.utime(path, ns=(hour_ago, hour_ago))
