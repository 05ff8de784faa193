"""The settings files pydantic accepted, remembered so that the next start reads the same file without pydantic.

When `scheduler.settings` has checked a settings file it leaves a memo beside it
(`.config.toml.accepted`): the rules it was checked under, the file's exact text, and
the settings it gave, as the TOML `save_settings` writes. A later start that finds the
same text under the same rules builds the settings from the memo, importing neither
pydantic nor py-fsrs; any other text, or other rules, is checked again. So no card is
ever shown under settings a check would refuse.

The rules are the code that decides what a file may hold: the modules of `RULES`, each
known by its file's size and modification time, so that installing another version of
starcards, pydantic or py-fsrs forgets every memo. A memo that cannot be read or written
only costs a check.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from scheduler.settings_file import replace_text

RULES = (
    "scheduler.settings",
    "scheduler.setting_types",
    "scheduler.deck_settings",
    "scheduler.notes_settings",
    "scheduler.sync_settings",
    "scheduler.parameters",
    "scheduler.clock",
    "scheduler.settings_check",
    "scheduler.settings_memo",
    "scheduler.toml_text",
    "deck.options",
    "pydantic",
    "pydantic_core",
    "fsrs",
)
"""The modules whose code decides whether a settings file is accepted, and what it gives.

Defaults count too: a memo leaves out what equalled a default when it was written, so
`deck.options` (the default study tags) and `scheduler.clock` (the years a day may
fall in) are rules as much as the settings modules are.
"""

_SEPARATOR = "\0"
"""Between the parts of a memo (no accepted TOML text holds it: TOML refuses a NUL)."""


def recall(path: Path, text: str) -> str | None:
    """The settings (as TOML) that `text`, read from `path`, gave when accepted under today's rules; else None."""
    try:
        memo = memo_path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    parts = memo.split(_SEPARATOR)
    if len(parts) != 4 or parts[3] or parts[1] != text or parts[0] != rules():
        return None  # another text, other rules, or a memo cut short
    return parts[2]


def remember(path: Path, text: str, settings_toml: str) -> None:
    """Leave the memo that `text`, the content of `path`, was accepted and gave `settings_toml`."""
    stamp = rules()
    if stamp is None:
        return
    with contextlib.suppress(OSError):
        replace_text(memo_path(path), _SEPARATOR.join([stamp, text, settings_toml, ""]))


def memo_path(path: Path) -> Path:
    """Where the memo of the settings file `path` is kept: a hidden file beside it."""
    return path.with_name(f".{path.name}.accepted")


def rules() -> str | None:
    """The rules a check runs under: Python's version and, for each module of `RULES`, its file's size and time.

    None when a module's file cannot be found (then nothing is remembered or recalled).
    """
    from importlib.util import find_spec  # noqa: PLC0415 - already loaded by the interpreter's start

    found = [sys.version]
    try:
        for name in RULES:
            spec = find_spec(name)
            origin = spec.origin if spec is not None else None
            if origin is None:
                return None
            stat = os.stat(origin)
            found.append(f"{name} {stat.st_size} {stat.st_mtime_ns}")
    except (ImportError, ValueError, OSError):
        return None
    return "\n".join(found)
