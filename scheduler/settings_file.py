"""The settings file as text: replaced atomically, an earlier file with the user's comments kept, TOML errors by line.

`scheduler.settings` decides what the text says; this module only reads and writes it
safely. Every failure is an `OSError` (or `UnicodeDecodeError` when reading) for the
caller to word.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

HEADER = "# starcards settings: see the README, section Settings.\n"
"""The first line of a settings file starcards writes."""


def replace_text(path: Path, text: str) -> None:
    """Make `text` the content of `path` by writing a temporary file beside it and renaming it.

    A crash never leaves half a file: the old content or the new one, whole.
    """
    import tempfile  # noqa: PLC0415 - only when saving, off the start-up path

    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def keep_commented(path: Path, backup: Path) -> bool:
    """Copy `path` to `backup` when it holds comments starcards did not write; whether it did."""
    try:
        earlier = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return False
    if "#" not in earlier.removeprefix(HEADER):
        return False
    replace_text(backup, earlier)
    return True


def toml_error(path: Path, message: str) -> str:
    """`file:line: invalid TOML: reason` from tomllib's "reason (at line L, column C)"."""
    found = re.search(r"\s*\(at line (\d+), column \d+\)$", message)
    if found is None:
        return f"{path}: invalid TOML: {message}"
    reason = message[: found.start()]
    return f"{path}:{found.group(1)}: invalid TOML: {reason}"
