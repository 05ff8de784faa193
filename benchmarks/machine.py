"""The machine and software a run measured on: CPU, cores, memory, OS and the versions that matter."""

from __future__ import annotations

import os
import platform
import sqlite3
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path


def describe() -> dict[str, str]:
    """Date, CPU model, cores, RAM, OS, Python, SQLite, textual, fsrs and anki versions, load average."""
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": _cpu_model(),
        "cores": str(os.cpu_count() or "?"),
        "ram": _memory(),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "textual": _version("textual"),
        "fsrs": _version("fsrs"),
        "anki": _version("anki"),
        "load": _load(),
    }


def _cpu_model() -> str:
    """The CPU's model name (Linux /proc/cpuinfo, else what platform knows)."""
    info = Path("/proc/cpuinfo")
    if info.exists():
        for line in info.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def _memory() -> str:
    """Total RAM in GB, when the system says."""
    try:
        pages, size = os.sysconf("SC_PHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return "?"
    return f"{pages * size / 1024**3:.0f} GB"


def _load() -> str:
    """The 1-minute load average when the run started: other work on the machine skews figures."""
    try:
        return f"{os.getloadavg()[0]:.2f}"
    except OSError:
        return "?"


def _version(package: str) -> str:
    """The installed version of `package`, or `not installed`."""
    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"
