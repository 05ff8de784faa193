"""Opening a note in Obsidian: the `obsidian://open` URI for a note, and the system command that opens it.

The vault is the nearest folder above the note that holds `.obsidian` (Obsidian's own
settings folder); the URI names the vault by its folder name and the note by its path
inside the vault, both URL-encoded. The URI is handed to the system's opener
(`xdg-open`, `open` on macOS, `explorer` on Windows) as one argument, never through a
shell, so nothing in a note's name can run as a command.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

OBSIDIAN = "obsidian"
"""The value of the `editor` setting that opens notes in Obsidian."""

VAULT_MARKER = ".obsidian"
"""The folder that makes a folder an Obsidian vault."""


class NotInVault(ValueError):
    """The note is in no Obsidian vault: no folder above it holds `.obsidian`."""


def vault_of(note: Path) -> Path | None:
    """The vault holding `note`: the nearest folder above it with a `.obsidian` folder; None if none."""
    for folder in note.resolve().parents:
        if (folder / VAULT_MARKER).is_dir():
            return folder
    return None


def obsidian_uri(note: Path) -> str:
    """`obsidian://open?vault=NAME&file=PATH` for `note`; `NotInVault` when no vault holds it."""
    vault = vault_of(note)
    if vault is None:
        raise NotInVault(f"{note.name} is not in an Obsidian vault (no {VAULT_MARKER} folder above it)")
    inside = note.resolve().relative_to(vault).as_posix()
    return f"obsidian://open?vault={quote(vault.name, safe='')}&file={quote(inside, safe='')}"


def opener_command(uri: str, platform: str = sys.platform) -> list[str]:
    """The command that opens `uri` with the system's handler for it, as a list of arguments."""
    if platform == "darwin":
        return ["open", uri]
    if platform == "win32":
        return ["explorer", uri]
    return ["xdg-open", uri]


def open_uri(command: list[str]) -> int:
    """Run the opener `command` and wait for it (it returns once Obsidian has the URI); its exit status.

    Its output is discarded: it would otherwise be drawn over the app's screen.
    """
    quiet = subprocess.DEVNULL
    return subprocess.run(command, stdin=quiet, stdout=quiet, stderr=quiet, check=False).returncode
