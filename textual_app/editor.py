"""Opening a card's note in the user's editor: `note_path` and `editor_command`.

The editor is `$VISUAL`, else `$EDITOR`. Editors known to take a line number get it
(`vim +12 file`, `code --goto file:12`); any other is given the file alone.
"""

from __future__ import annotations

import os
import shlex
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

PLUS_LINE = {"vi", "vim", "nvim", "nano", "emacs", "emacsclient", "micro", "kak", "joe", "ne", "mg", "jed"}
"""Editors that open a file at a line given as `+LINE` before it."""

GOTO = {"code", "codium", "code-insiders", "subl", "zed", "hx", "helix"}
"""Editors that take `FILE:LINE` (after `--goto` for the VS Code family)."""


@lru_cache(maxsize=256)
def _is_folder(root: str) -> bool:
    """Whether a deck's root is a folder (else it is a single note)."""
    return Path(root).is_dir()


def note_path(root: str, file: str) -> str:
    """The path on disk of note `file` of the deck at `root` (the root itself for a one-note deck).

    A one-note deck's cards name the note by its file name, the last part of the root.
    """
    single = Path(root).name == file and not _is_folder(root)
    return root if single else str(Path(root) / file)


def editor_command(path: str, line: int, environ: Mapping[str, str] | None = None) -> list[str] | None:
    """The command that opens `path` at `line` in the user's editor; None when no editor is set."""
    env = os.environ if environ is None else environ
    chosen = env.get("VISUAL") or env.get("EDITOR")
    if not chosen or not chosen.strip():
        return None
    command = shlex.split(chosen)
    name = Path(command[0]).name
    if name in PLUS_LINE:
        return [*command, f"+{line}", path]
    if name in GOTO:
        goto = ["--goto"] if name.startswith(("code", "codium")) else []
        return [*command, *goto, f"{path}:{line}"]
    return [*command, path]
